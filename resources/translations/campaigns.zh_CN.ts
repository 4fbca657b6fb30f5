<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignDraft</name>
    <message>
        <source>Required: type a few words.</source>
        <translation>必填：请输入内容。</translation>
    </message>
    <message>
        <source>Too long: {count} characters, at most {limit}.</source>
        <translation>太长：{count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype or paste plain text.</source>
        <translation>含有不可见的控制字符；请重新输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>Not a number: type a price such as 199 or 19.9.</source>
        <translation>不是数字：请输入价格，例如 199 或 19.9。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Too large: at most {limit} yuan.</source>
        <translation>数值过大：最多 {limit} 元。</translation>
    </message>
    <message>
        <source>The deal price is above the list price; the anchor works only when the deal is lower.</source>
        <translation>到手价高于原价；只有到手价更低，价格锚点才起作用。</translation>
    </message>
    <message>
        <source>The quota must be at least 1 (how many buyers get the offer).</source>
        <translation>限量至少为 1（能享受优惠的购买人数）。</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>数值过大：最多 {limit}。</translation>
    </message>
    <message>
        <source>A flash group lives 1 to 7 days.</source>
        <translation>快闪群的存续时间为 1 到 7 天。</translation>
    </message>
    <message>
        <source>Launch date and time are needed, e.g. 2026-06-18 20:00.</source>
        <translation>需要开售日期和时间，例如 2026-06-18 20:00。</translation>
    </message>
    <message>
        <source>The launch year must lie between 2000 and 2100.</source>
        <translation>开售年份须在 2000 到 2100 之间。</translation>
    </message>
    <message>
        <source>Cannot read {text!r} as a launch date; write it like 2026-06-18T20:00.</source>
        <translation>无法把 {text!r} 识别为开售时间；请按 2026-06-18T20:00 的格式填写。</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>The campaign was not saved. {problems}</source>
        <translation>活动未保存。{problems}</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>{count} campaigns are named {name!r} (ids {ids}); give the id instead.</source>
        <translation>有 {count} 个活动都叫 {name!r}（编号 {ids}）；请改用编号。</translation>
    </message>
    <message>
        <source>No campaign with id or name {ref!r}; `flashdesk campaigns` lists them.</source>
        <translation>没有编号或名称为 {ref!r} 的活动；用 `flashdesk campaigns` 可以列出全部活动。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>活动概览</translation>
    </message>
</context>
</TS>
