<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReadBack</name>
    <message>
        <source>{value!r} is not a number; write a whole number such as 12.</source>
        <translation>{value!r} 不是数字；请写整数，例如 12。</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number from 0 to {high}.</source>
        <translation>{value!r} 不是 0 到 {high} 之间的整数。</translation>
    </message>
    <message>
        <source>a date and time is needed here, such as 2026-06-18 20:00.</source>
        <translation>这里需要日期和时间，例如 2026-06-18 20:00。</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time; write it like 2026-06-18 20:00.</source>
        <translation>{value!r} 不是日期时间；请写成 2026-06-18 20:00 这样。</translation>
    </message>
    <message>
        <source>{value!r} is not a date; write it like 2026-06-18.</source>
        <translation>{value!r} 不是日期；请写成 2026-06-18 这样。</translation>
    </message>
    <message>
        <source>{value!r} is not a time of day; write it like 20:00.</source>
        <translation>{value!r} 不是时刻；请写成 20:00 这样。</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {known}.</source>
        <translation>{value!r} 不在可选项中：{known}。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not a workbook FlashDesk exported (its hidden FlashDesk sheet is missing); export the campaign and fill that in.</source>
        <translation>{path} 不是 FlashDesk 导出的工作簿（缺少隐藏的 FlashDesk 工作表）；请先导出活动，再在导出的文件里填写。</translation>
    </message>
    <message>
        <source>This workbook was exported from the store {store} (campaign {other}), not from this one ({this}); open that store to read it back.</source>
        <translation>这个工作簿导出自数据库 {store}（活动 {other}），不是当前数据库（{this}）；请打开那个数据库再读回。</translation>
    </message>
    <message>
        <source>This workbook was exported from the campaign {other}, not {campaign}; read it back into that campaign.</source>
        <translation>这个工作簿导出自活动 {other}，不是 {campaign}；请读回到那个活动。</translation>
    </message>
    <message>
        <source>this row was deleted in the app after the export; to keep it, add it again as a new row (copy it into an empty row below the table).</source>
        <translation>导出后这一行已在应用中删除；如要保留，请把它作为新行重新添加（复制到表格下方的空行）。</translation>
    </message>
    <message>
        <source>Sheet {sheet} has more than {limit} rows; split it up.</source>
        <translation>工作表 {sheet} 超过 {limit} 行，请拆分后再读回。</translation>
    </message>
    <message>
        <source>Sheet {sheet} has no header row with {title}; keep the exported header row.</source>
        <translation>工作表 {sheet} 找不到含“{title}”的表头行；请保留导出时的表头行。</translation>
    </message>
    <message>
        <source>the channel has no name; give it one.</source>
        <translation>渠道没有名称；请填写。</translation>
    </message>
    <message>
        <source>{value!r} is not a publicity form; use: {known}.</source>
        <translation>{value!r} 不是宣发形式；可用：{known}。</translation>
    </message>
    <message>
        <source>{value!r} is not a tick; write ✓ when done, or leave ☐.</source>
        <translation>{value!r} 不是勾选标记；完成请写 ✓，未完成保留 ☐。</translation>
    </message>
    <message>
        <source>the group has no name; give it one.</source>
        <translation>群没有名称；请填写。</translation>
    </message>
    <message>
        <source>{members} members is more than the group&apos;s capacity of {capacity}.</source>
        <translation>{members} 名成员超过了群容量 {capacity}。</translation>
    </message>
    <message>
        <source>a line added to this sheet is not read back; add set-up steps in the app&apos;s Groups tab.</source>
        <translation>在此表新加的行不会读回；请在应用的社群页添加搭建步骤。</translation>
    </message>
    <message>
        <source>{value!r} is not a channel of this campaign ({known}); add it to 宣发规划表 first.</source>
        <translation>{value!r} 不是本活动的渠道（{known}）；请先加到宣发规划表。</translation>
    </message>
    <message>
        <source>results are recorded for a published post; set the status to {published}.</source>
        <translation>数据只记录已发布的帖子；请把状态改为 {published}。</translation>
    </message>
    <message>
        <source>{day} is outside the campaign ({start} to {end}); check the month and day.</source>
        <translation>{day} 不在活动期间（{start} 至 {end}）；请检查月份和日期。</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>the app (a row deleted from the sheet)</source>
        <translation>应用中（表里删掉的一行）</translation>
    </message>
    <message>
        <source>{key} is recorded twice (also in {where}); keep one of them.</source>
        <translation>{key} 记录了两次（另见{where}）；请只保留一条。</translation>
    </message>
    <message>
        <source>{part!r}: no row of the table has the number {number}; write the number (序号) or the name of a task of this sheet.</source>
        <translation>{part!r}：表中没有序号为 {number} 的行；请写本表任务的序号或名称。</translation>
    </message>
    <message>
        <source>{part!r} is neither a row number (序号) nor the name of a task of this sheet; write e.g. 3FS+2h or 开箱视频FS.</source>
        <translation>{part!r} 既不是本表的序号，也不是本表任务的名称；请写成 3FS+2h 或 开箱视频FS 这样。</translation>
    </message>
    <message>
        <source>the task has no name; give it one.</source>
        <translation>任务没有名称；请填写。</translation>
    </message>
    <message>
        <source>{owner!r} is not an owner of this campaign ({known}).</source>
        <translation>{owner!r} 不是本活动的负责人（{known}）。</translation>
    </message>
    <message>
        <source>{value:%Y-%m-%d} is far from the campaign ({year}); check the year.</source>
        <translation>{value:%Y-%m-%d} 离活动（{year} 年）太远；请检查年份。</translation>
    </message>
    <message>
        <source>ends before it starts; give a later end.</source>
        <translation>结束早于开始；请把结束时间往后调。</translation>
    </message>
    <message>
        <source>these predecessors close a loop ({path}); a task cannot wait for itself. Remove one of them.</source>
        <translation>这些前置任务形成了循环（{path}）；任务不能等待自己。请去掉其中一个。</translation>
    </message>
    <message>
        <source>{value!r} is not a percentage from 0 to 100.</source>
        <translation>{value!r} 不是 0 到 100 的百分比。</translation>
    </message>
    <message>
        <source>name the step being tested.</source>
        <translation>请写明测试的环节。</translation>
    </message>
    <message>
        <source>{converted} converted but only {exposed} exposed; converted people are part of the exposed ones.</source>
        <translation>转化 {converted} 人，但曝光只有 {exposed} 人；转化的人应包含在曝光的人之内。</translation>
    </message>
    <message>
        <source>{value!r} is not a tick; write ✓ when the beat was sent, 跳过 when it was skipped, or leave ☐.</source>
        <translation>{value!r} 不是勾选标记；已发送写 ✓，跳过写 跳过，未发送保留 ☐。</translation>
    </message>
    <message>
        <source>a line added to the runbook is not read back; add beats in the app&apos;s runbook.</source>
        <translation>在执行表里新加的行不会读回；请在应用的执行表中添加节拍。</translation>
    </message>
</context>
</TS>
