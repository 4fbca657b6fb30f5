<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</TS>
