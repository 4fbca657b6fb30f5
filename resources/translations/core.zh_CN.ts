<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Agenda</name>
    <message>
        <source>No role {role!r} in {campaign}; use one of: {names}.</source>
        <translation>{campaign} 里没有角色 {role!r}；可用的角色：{names}。</translation>
    </message>
    <message>
        <source>Mark an item done or skipped.</source>
        <translation>请把事项标记为完成或跳过。</translation>
    </message>
    <message>
        <source>A task or a post cannot be skipped: mark it done, or change it on its own tab.</source>
        <translation>任务和发布不能跳过：请标记完成，或到它所在的页签里修改。</translation>
    </message>
    <message>
        <source>That task no longer exists; it may have been deleted.</source>
        <translation>这个任务已不存在，可能已被删除。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The store cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open another store…</source>
        <translation>打开其他数据库…</translation>
    </message>
    <message>
        <source>Restore the latest backup</source>
        <translation>恢复最近的备份</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>FlashDesk store (*.sqlite3 *.db);;All files (*)</source>
        <translation>FlashDesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>{path} does not exist or is not a file.</source>
        <translation>{path} 不存在或不是文件。</translation>
    </message>
    <message>
        <source>{path} is {size} MB; imports take files up to {limit} MB. Split it up.</source>
        <translation>{path} 有 {size} MB；导入的文件最大 {limit} MB，请拆分后再导入。</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor GBK text; save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>{name} 既不是 UTF-8 也不是 GBK 文本；请另存为“CSV UTF-8”或 .xlsx。</translation>
    </message>
    <message>
        <source>Row {row}: a cell is longer than {limit} characters (or a quote is never closed). Nothing was added.</source>
        <translation>第 {row} 行：有单元格超过 {limit} 个字符（或引号没有闭合）。没有添加任何内容。</translation>
    </message>
    <message>
        <source>{name} is not a readable .xlsx file ({reason}).</source>
        <translation>{name} 不是可读取的 .xlsx 文件（{reason}）。</translation>
    </message>
    <message>
        <source>{name} unpacks to {size} MB, more than the {limit} MB an import reads; it is not a plain workbook. Save only the sheet you need.</source>
        <translation>{name} 解压后有 {size} MB，超过导入可读取的 {limit} MB，不像普通工作簿。请只保存需要的工作表。</translation>
    </message>
    <message>
        <source>More than {limit} {what} rows; split the file up. Nothing was added.</source>
        <translation>{what}行数超过 {limit} 行；请拆分文件。没有添加任何内容。</translation>
    </message>
    <message>
        <source>Row {row}: a cell is longer than {limit} characters. Nothing was added.</source>
        <translation>第 {row} 行：有单元格超过 {limit} 个字符。没有添加任何内容。</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <source>Could not write {target}: {reason}. Free some space or choose another folder; any previous {name} was left as it was.</source>
        <translation>无法写入 {target}：{reason}。请腾出磁盘空间或换一个文件夹；原有的 {name} 保持不变。</translation>
    </message>
    <message>
        <source>{target} already exists; it was left as it was. Choose another folder or allow replacing files.</source>
        <translation>{target} 已存在，未作改动。请换一个文件夹，或允许替换文件。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist; choose an existing folder.</source>
        <translation>文件夹 {folder} 不存在；请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <source>the written file was incomplete ({detail}), the disk may be full</source>
        <translation>写出的文件不完整（{detail}），磁盘可能已满</translation>
    </message>
</context>
</TS>
