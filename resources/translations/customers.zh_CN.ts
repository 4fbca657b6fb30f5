<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Customers</name>
    <message>
        <source>--map {item!r}: write FIELD=HEADING, e.g. --map nickname=微信名.</source>
        <translation>--map {item!r}：请写成 字段=表头，例如 --map nickname=微信名。</translation>
    </message>
    <message>
        <source>Nothing to import: the file has no data rows under its headings.</source>
        <translation>没有可导入的内容：文件表头下没有数据行。</translation>
    </message>
    <message>
        <source>{name}: customers are imported from .xlsx or .csv files (a paste of names may be .txt); save the export in one of those.</source>
        <translation>{name}：客户只能从 .xlsx 或 .csv 文件导入（粘贴的名单可以是 .txt），请把导出文件另存为其中一种。</translation>
    </message>
    <message>
        <source>{name} has no rows.</source>
        <translation>{name} 中没有任何行。</translation>
    </message>
    <message>
        <source>{name} has no heading row FlashDesk recognises, so it cannot be read as {kind}. Add the export&apos;s headings or name the columns.</source>
        <translation>{name} 没有 FlashDesk 能识别的表头行，无法按 {kind} 读取。请补上导出文件的表头，或指定各列对应的字段。</translation>
    </message>
    <message>
        <source>{name}: the headings ({headings}) match no known export; choose the kind ({kinds}) and name the columns.</source>
        <translation>{name}：表头（{headings}）与已知的导出格式都不匹配；请选择类型（{kinds}）并指定各列对应的字段。</translation>
    </message>
    <message>
        <source>{field} is not a field of {kind}; the fields are {fields}.</source>
        <translation>{field} 不是 {kind} 的字段；可用字段为 {fields}。</translation>
    </message>
    <message>
        <source>{name} has no column headed {heading!r} (for {field}).</source>
        <translation>{name} 中没有表头为 {heading!r} 的列（用于 {field}）。</translation>
    </message>
    <message>
        <source>{name}: no column for {fields} of {kind}; name the columns.</source>
        <translation>{name}：找不到 {kind} 所需的 {fields} 列；请指定各列对应的字段。</translation>
    </message>
    <message>
        <source>{value!r} is not a date; write it as 2026-06-18 20:00 or 2026/6/18.</source>
        <translation>{value!r} 不是日期；请写成 2026-06-18 20:00 或 2026/6/18。</translation>
    </message>
    <message>
        <source>{value!r} is not an amount; write a number such as 199.00.</source>
        <translation>{value!r} 不是金额；请填写数字，例如 199.00。</translation>
    </message>
    <message>
        <source>{value} is not an amount between 0 and 10,000,000.</source>
        <translation>{value} 不在 0 到 10,000,000 之间，不是有效金额。</translation>
    </message>
    <message>
        <source>{value!r} is not a mobile number; write 11 digits such as 13800138000.</source>
        <translation>{value!r} 不是手机号；请填写 11 位数字，例如 13800138000。</translation>
    </message>
    <message>
        <source>the text is {length} characters; at most {limit} fit.</source>
        <translation>文字有 {length} 个字符，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <source>the cell is empty; every row needs {fields}.</source>
        <translation>单元格为空；每一行都必须填写 {fields}。</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 或 </translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>……另有 {count} 处问题。</translation>
    </message>
    <message>
        <source>{name}: nothing was imported; correct the file and import it again.</source>
        <translation>{name}：未导入任何数据；请修正文件后重新导入。</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>第 {row} 行：</translation>
    </message>
    <message>
        <source>Row {row}, column {column} ({heading}): </source>
        <translation>第 {row} 行，{column} 列（{heading}）：</translation>
    </message>
    <message>
        <source>There is no tier {name!r}; the tiers are {names}.</source>
        <translation>没有名为 {name!r} 的等级；可用等级为 {names}。</translation>
    </message>
    <message>
        <source>Playbook [customers] {key}: {problem}</source>
        <translation>剧本 [customers] {key}：{problem}</translation>
    </message>
    <message>
        <source>There is no person {id}.</source>
        <translation>没有编号为 {id} 的客户。</translation>
    </message>
    <message>
        <source>There is no uncertain match {id}; it may have been confirmed or split already.</source>
        <translation>没有编号为 {id} 的待确认匹配；它可能已被确认或拆分。</translation>
    </message>
    <message>
        <source>{stage!r} is not a stage; the stages are {stages}.</source>
        <translation>{stage!r} 不是有效阶段；可选阶段为 {stages}。</translation>
    </message>
    <message>
        <source>Notes hold at most 5000 characters; these are {length}.</source>
        <translation>备注最多 5000 个字符，当前为 {length} 个。</translation>
    </message>
    <message>
        <source>A tag is 1 to {limit} characters.</source>
        <translation>标签长度须为 1 到 {limit} 个字符。</translation>
    </message>
    <message>
        <source>A follow-up is one of {kinds} and is done, skipped or to do.</source>
        <translation>跟进类型须为 {kinds} 之一，状态须为已完成、跳过或待办。</translation>
    </message>
</context>
</TS>
