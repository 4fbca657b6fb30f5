<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Posters</name>
    <message>
        <source>Unknown poster format {key!r}; use one of: {keys}.</source>
        <translation>未知的海报尺寸 {key!r}；可选：{keys}。</translation>
    </message>
    <message>
        <source>Unknown poster template {key!r}; use one of: {keys}.</source>
        <translation>未知的海报模板 {key!r}；可选：{keys}。</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>Poster {id} does not exist.</source>
        <translation>海报 {id} 不存在。</translation>
    </message>
    <message>
        <source>Template {template} is for {group} posters, not {format}; pick a template made for this format.</source>
        <translation>模板「{template}」用于 {group} 海报，不适用于 {format}；请选择适合该尺寸的模板。</translation>
    </message>
    <message>
        <source>A poster needs a name.</source>
        <translation>海报需要一个名称。</translation>
    </message>
    <message>
        <source>This campaign already has a poster named {name!r}; choose another name.</source>
        <translation>该活动已有名为 {name!r} 的海报，请换一个名称。</translation>
    </message>
    <message>
        <source>This campaign has no poster yet; create one from a template in the Posters tab.</source>
        <translation>该活动还没有海报；请在“海报”页从模板新建一张。</translation>
    </message>
    <message>
        <source>No poster named {name!r}; this campaign has: {names}.</source>
        <translation>没有名为 {name!r} 的海报；该活动现有：{names}。</translation>
    </message>
</context>
</TS>
