<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ReadBack</name>
    <message>
        <source>this copy was deleted in the app after the export; add it again as a new row (clear its hidden {column} cell) to keep it.</source>
        <translation>这条文案在导出后已在应用中删除；如需保留，请清空它隐藏的{column}单元格，作为新行再读入。</translation>
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
        <source>{path} was exported from the campaign {other}, not {campaign}; read it back into that campaign (or its store).</source>
        <translation>{path} 是从活动“{other}”导出的，不是“{campaign}”；请读回到那个活动（或它所在的数据库）。</translation>
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
        <source>this task was deleted in the app after the export; add it again as a new row (clear its hidden {column} cell) to keep it.</source>
        <translation>这个任务在导出后已在应用中删除；如需保留，请清空它隐藏的{column}单元格，作为新行再读入。</translation>
    </message>
</context>
</TS>
