<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Store</name>
    <message>
        <source>{path} is a folder, not a store file. Choose or name a file, for example flashdesk.sqlite3 inside it.</source>
        <translation>{path} 是一个文件夹，不是数据库文件。请选择或填写一个文件名，例如其中的 flashdesk.sqlite3。</translation>
    </message>
    <message>
        <source>{path} cannot be read and written by you. Fix its permissions or open another store.</source>
        <translation>你没有 {path} 的读写权限。请修改文件权限，或打开其他数据库。</translation>
    </message>
    <message>
        <source>{path} is not a FlashDesk store (not an SQLite database). It was left untouched; open another store or create a new one.</source>
        <translation>{path} 不是 FlashDesk 数据库（不是 SQLite 数据库）。文件未被改动；请打开其他数据库或新建一个。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}. Choose a store location you can write to.</source>
        <translation>无法创建文件夹 {folder}：{reason}。请选择一个可写入的位置存放数据库。</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable. Choose a store location you can write to.</source>
        <translation>文件夹 {folder} 不可写入。请选择一个可写入的位置存放数据库。</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). It was left untouched; open another store or restore the latest backup.</source>
        <translation>{path} 已损坏（{detail}）。文件未被改动；请打开其他数据库，或恢复最近的备份。</translation>
    </message>
    <message>
        <source>{store} is a database, but not a FlashDesk store. It was left untouched; open another store or create a new one.</source>
        <translation>{store} 是数据库，但不是 FlashDesk 数据库。文件未被改动；请打开其他数据库或新建一个。</translation>
    </message>
    <message>
        <source>{store} was written by a newer FlashDesk ({version}; schema {schema}). This is FlashDesk {mine}: update FlashDesk to open it, or open another store.</source>
        <translation>{store} 由更新版本的 FlashDesk（{version}；数据结构 {schema}）写入。当前是 FlashDesk {mine}：请升级 FlashDesk 后再打开，或打开其他数据库。</translation>
    </message>
</context>
</TS>
