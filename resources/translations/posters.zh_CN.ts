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
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not an image FlashDesk can read (PNG, JPEG, WebP, BMP); export it as PNG or JPEG and try again.</source>
        <translation>{name} 不是 FlashDesk 能读取的图片（PNG、JPEG、WebP、BMP）；请导出为 PNG 或 JPEG 后重试。</translation>
    </message>
    <message>
        <source>{name} claims to be {w}×{h} pixels, too large to open safely; use an image under 40 megapixels.</source>
        <translation>{name} 声称有 {w}×{h} 像素，过大，无法安全打开；请使用 4000 万像素以下的图片。</translation>
    </message>
    <message>
        <source>Downsampled from {w}×{h} to {sw}×{sh} pixels on import.</source>
        <translation>导入时已从 {w}×{h} 缩小到 {sw}×{sh} 像素。</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({reason}); the file may be damaged. Re-export it as PNG or JPEG.</source>
        <translation>{name} 无法解码（{reason}），文件可能已损坏。请重新导出为 PNG 或 JPEG。</translation>
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
    <message>
        <source>The QR payload is empty; paste the link of your live code (群活码) into the QR element.</source>
        <translation>二维码内容为空；请把群活码链接粘贴到二维码元素中。</translation>
    </message>
    <message>
        <source>The QR payload is {length} bytes; at error correction {level} a QR holds at most {limit} bytes. Use a shorter link (a short URL or live code).</source>
        <translation>二维码内容有 {length} 字节；纠错等级 {level} 的二维码最多容纳 {limit} 字节。请使用更短的链接（短网址或群活码）。</translation>
    </message>
    <message>
        <source>Could not write {path}; check the folder exists and is writable.</source>
        <translation>无法写入 {path}；请检查文件夹是否存在且可写。</translation>
    </message>
</context>
</TS>
