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
        <source>{path} is not a regular file (a pipe or a device); choose a store file.</source>
        <translation>{path} 不是普通文件（而是管道或设备）；请选择一个数据库文件。</translation>
    </message>
    <message>
        <source>There is no store at {path}. Check the path; `flashdesk new --store PATH` creates one.</source>
        <translation>{path} 处没有数据库。请检查路径；`flashdesk new --store PATH` 可以新建一个。</translation>
    </message>
    <message>
        <source>{path} is not a FlashDesk store (not an SQLite database). It was left untouched; open another store or create a new one.</source>
        <translation>{path} 不是 FlashDesk 数据库（不是 SQLite 数据库）。文件未被改动；请打开其他数据库或新建一个。</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({detail}). It was left untouched.</source>
        <translation>无法打开 {path}（{detail}）。文件未被改动。</translation>
    </message>
    <message>
        <source>{store} is an empty database, not a FlashDesk store yet. `flashdesk new --store {store}` or File → Connect to team store… sets one up there.</source>
        <translation>{store} 是一个空数据库，还不是 FlashDesk 存储。用 `flashdesk new --store {store}` 或“文件 → 连接团队存储…”即可在其中建立。</translation>
    </message>
    <message>
        <source>{store} could not be opened or brought up to date ({reason}). It was left as it was; open another store, or keep this file and report the problem.</source>
        <translation>{store} 无法打开或升级（{reason}）。文件保持原样；请打开其他数据库，或保留此文件并报告问题。</translation>
    </message>
    <message>
        <source>Cannot create the folder {folder}: {reason}. Choose a store location you can write to.</source>
        <translation>无法创建文件夹 {folder}：{reason}。请选择一个可写入的位置存放数据库。</translation>
    </message>
    <message>
        <source>The store {store} cannot be reached ({reason}). Nothing was saved; what you typed is still there: try again once the status bar no longer says the store is gone.</source>
        <translation>连不上数据库 {store}（{reason}）。没有保存任何内容；你输入的内容还在：等状态栏不再提示连不上后再试一次。</translation>
    </message>
    <message>
        <source>{path} cannot be read by you. Fix its permissions or open another store.</source>
        <translation>你没有读取 {path} 的权限。请修改它的权限，或打开另一个存储。</translation>
    </message>
    <message>
        <source>The folder {folder} is not writable. Choose a store location you can write to.</source>
        <translation>文件夹 {folder} 不可写入。请选择一个可写入的位置存放数据库。</translation>
    </message>
    <message>
        <source>The server of {store} refused the password of {user}. Correct it in ~/.pgpass, or enter it in File → Connect to team store….</source>
        <translation>{store} 的服务器拒绝了用户 {user} 的密码。请在 ~/.pgpass 中改正，或在“文件 → 连接团队存储…”中重新输入。</translation>
    </message>
    <message>
        <source>The server of {store} asks for a password: put it in ~/.pgpass (a line host:port:database:user:password, readable only by you), or enter it in File → Connect to team store….</source>
        <translation>{store} 的服务器需要密码：请写入 ~/.pgpass（一行 主机:端口:数据库:用户:密码，只有你能读取），或在“文件 → 连接团队存储…”中输入。</translation>
    </message>
    <message>
        <source>The server of {store} has no user {user}. Ask whoever runs the team server to create one for you (see Team mode in the README).</source>
        <translation>{store} 的服务器上没有用户 {user}。请让团队服务器的管理人为你创建（见 README 的“团队模式”）。</translation>
    </message>
    <message>
        <source>There is no database {database} on the server of {store}. Check the name, or ask whoever runs the team server to create it.</source>
        <translation>{store} 的服务器上没有数据库 {database}。请检查名称，或让团队服务器的管理人创建它。</translation>
    </message>
    <message>
        <source>The server of {store} does not let you in from this computer. Ask whoever runs the team server to allow it (pg_hba.conf and GRANT CONNECT).</source>
        <translation>{store} 的服务器不允许你从这台电脑连接。请让团队服务器的管理人放行（pg_hba.conf 和 GRANT CONNECT）。</translation>
    </message>
    <message>
        <source>The server name in {store} is unknown. Check the host, or the network.</source>
        <translation>{store} 中的服务器名称无法识别。请检查主机名或网络。</translation>
    </message>
    <message>
        <source>The server of {store} does not answer: it is not running, or the host or port is wrong. Start it or check the address, then try again; nothing was changed.</source>
        <translation>{store} 的服务器没有响应：它没有运行，或主机、端口有误。请启动它或检查地址后重试；没有任何改动。</translation>
    </message>
    <message>
        <source>{store} is in use by another program right now. Wait a moment and try again, or close the other program; nothing was changed.</source>
        <translation>{store} 正被另一个程序使用。请稍后重试，或关闭那个程序；没有做任何改动。</translation>
    </message>
    <message>
        <source>{store} cannot be written: the file or its folder is read-only. Make both writable, or copy the store to a folder you can write to.</source>
        <translation>{store} 无法写入：文件或其所在文件夹是只读的。请将两者设为可写，或把数据库复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>{store} could not be written: the disk is full or failing. Free some space and try again; the store keeps what was saved before.</source>
        <translation>{store} 无法写入：磁盘已满或出错。请腾出空间后重试；之前保存的内容都还在。</translation>
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
    <message>
        <source>{store} cannot be opened ({reason}).</source>
        <translation>{store} 无法打开（{reason}）。</translation>
    </message>
    <message>
        <source>{store} holds no FlashDesk store: there is nothing to copy. Check the source of the copy.</source>
        <translation>{store} 中没有 FlashDesk 存储，没有可复制的内容。请检查复制的来源。</translation>
    </message>
    <message>
        <source>{store} is not empty (it holds {count} tables): a copy only goes into a new store. Give a file name that does not exist yet, or an empty database (createdb, or DROP and CREATE DATABASE on the server).</source>
        <translation>{store} 不是空的（其中有 {count} 张表）：只能复制到新的存储中。请给一个还不存在的文件名，或一个空数据库（createdb，或在服务器上 DROP 后再 CREATE DATABASE）。</translation>
    </message>
    <message>
        <source>A row of {table} does not fit into {store}: {reason}. Nothing was copied; fix that row in the source (or report it) and copy again.</source>
        <translation>{table} 中有一行放不进 {store}：{reason}。没有复制任何内容；请在来源中修正该行（或报告问题）后再复制。</translation>
    </message>
    <message>
        <source>The source and the destination are the same store; give another destination.</source>
        <translation>来源和目标是同一个存储；请换一个目标。</translation>
    </message>
    <message>
        <source>The copy into {store} stopped: {reason}. Nothing was copied.</source>
        <translation>复制到 {store} 时中止：{reason}。没有复制任何内容。</translation>
    </message>
</context>
<context>
    <name>Team</name>
    <message>
        <source>{name} changed this at {time}, after you loaded it. Your edit was not saved, so theirs is not overwritten: reload to see their change, then edit again.</source>
        <translation>{name} 在 {time} 修改了这里，晚于你载入它的时间。你的编辑没有保存，以免覆盖对方的修改：请重新载入查看对方的修改，再重新编辑。</translation>
    </message>
    <message>
        <source>{name} changed this at {time}, after your edit. Undoing or redoing it now would overwrite their change, so nothing was changed.</source>
        <translation>{name} 在 {time} 修改了这里，晚于你的编辑。现在撤销或重做会覆盖对方的修改，因此没有做任何改动。</translation>
    </message>
    <message>
        <source>Rows of this edit others changed besides: {count}.</source>
        <translation>这次编辑涉及的行中，另有 {count} 行也被别人改过。</translation>
    </message>
    <message>
        <source>{store} is open read-only (your role or the file allows reading only), so nothing was changed. Ask the team&apos;s admin for write access, or open a store you can write to.</source>
        <translation>{store} 以只读方式打开（你的角色或文件只允许读取），因此没有做任何改动。请向团队管理员申请写权限，或打开一个你可以写入的数据库。</translation>
    </message>
    <message>
        <source>Undo: {action}</source>
        <translation>撤销：{action}</translation>
    </message>
    <message>
        <source>Redo: {action}</source>
        <translation>重做：{action}</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
</TS>
