<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>CampaignActions</name>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>New campaign “{name}”</source>
        <translation>新建活动“{name}”</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>活动详情</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>Rename campaign</source>
        <translation>重命名活动</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Rename to “{name}”</source>
        <translation>重命名为“{name}”</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name}（副本）</translation>
    </message>
    <message>
        <source>Duplicate as template</source>
        <translation>复制为模板</translation>
    </message>
    <message>
        <source>Duplicate “{name}”</source>
        <translation>复制“{name}”</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>Delete “{name}” and its whole plan? You can undo this with Ctrl+Z.</source>
        <translation>删除“{name}”及其全部计划？可以用 Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Archive “{name}”</source>
        <translation>归档“{name}”</translation>
    </message>
    <message>
        <source>Unarchive “{name}”</source>
        <translation>取消归档“{name}”</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Deal price</source>
        <translation>到手价</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>限量</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>开售</translation>
    </message>
    <message>
        <source>Group lifetime</source>
        <translation>群存续时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>One campaign is one launch through a flash group. The playbook plans the warm-up, the group and launch day from these details.</source>
        <translation>一个活动就是一次快闪群发售。剧本会根据这些信息排好预热、建群和开售当天的计划。</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>e.g. 618 toner flash group</source>
        <translation>例如：618 爽肤水快闪群</translation>
    </message>
    <message>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;List price (yuan)</source>
        <translation>原价（元）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Deal price (yuan)</source>
        <translation>到手价（元）(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quota (buyers)</source>
        <translation>限量（名）(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Launch</source>
        <translation>开售时间(&amp;L)</translation>
    </message>
    <message>
        <source>Group &amp;lifetime (days)</source>
        <translation>群存续天数(&amp;L)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
</context>
<context>
    <name>CampaignListModel</name>
    <message>
        <source> (archived)</source>
        <translation>（已归档）</translation>
    </message>
</context>
<context>
    <name>CampaignSidebar</name>
    <message>
        <source>Search campaigns…</source>
        <translation>搜索活动…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>FlashDesk — flash-group launches</source>
        <translation>FlashDesk 快闪群发售台</translation>
    </message>
    <message>
        <source>Opening the campaign store…</source>
        <translation>正在打开活动数据库…</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>Plan a new launch from the playbook</source>
        <translation>按剧本规划一次新的发售</translation>
    </message>
    <message>
        <source>&amp;Duplicate as template…</source>
        <translation>复制为模板(&amp;D)…</translation>
    </message>
    <message>
        <source>Copy the whole plan to a new launch date</source>
        <translation>把整套计划复制到新的开售日期</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>重命名(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>De&amp;lete campaign…</source>
        <translation>删除活动(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export workbook…</source>
        <translation>导出工作簿(&amp;E)…</translation>
    </message>
    <message>
        <source>Write the team&apos;s Excel workbook for this campaign</source>
        <translation>为本活动导出团队用的 Excel 工作簿</translation>
    </message>
    <message>
        <source>Export &amp;calendar…</source>
        <translation>导出日历(&amp;C)…</translation>
    </message>
    <message>
        <source>Write every task, post, runbook beat and timetable slot as calendar events with reminders (.ics), for the team&apos;s phones</source>
        <translation>把每项任务、发布、执行节拍和日常时段写成带提醒的日历事件（.ics），导入团队成员的手机</translation>
    </message>
    <message>
        <source>&amp;Read back workbook…</source>
        <translation>读回工作簿(&amp;R)…</translation>
    </message>
    <message>
        <source>Read the team&apos;s filled-in workbook back into this campaign</source>
        <translation>把团队填好的工作簿读回本活动</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Campaign list</source>
        <translation>活动列表(&amp;C)</translation>
    </message>
    <message>
        <source>Show or fold away the campaign list</source>
        <translation>显示或收起左侧的活动列表</translation>
    </message>
    <message>
        <source>Show &amp;archived campaigns</source>
        <translation>显示已归档活动(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About FlashDesk</source>
        <translation>关于 FlashDesk(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit details…</source>
        <translation>编辑详情(&amp;E)…</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>撤销：%1</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>重做：%1</translation>
    </message>
    <message>
        <source>Store: {store}</source>
        <translation>数据库：{store}</translation>
    </message>
    <message>
        <source>Export workbook</source>
        <translation>导出工作簿</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <source>iCalendar file (*.ics)</source>
        <translation>iCalendar 日历文件 (*.ics)</translation>
    </message>
    <message>
        <source>Calendar written: {path}</source>
        <translation>日历已写入：{path}</translation>
    </message>
    <message>
        <source>Read back workbook</source>
        <translation>读回工作簿</translation>
    </message>
    <message>
        <source>The workbook matches the campaign: there is nothing to read back.</source>
        <translation>工作簿与活动一致，没有需要读回的内容。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>已取消导出，没有写入任何文件。</translation>
    </message>
    <message>
        <source>Cannot write {path}: choose another file.</source>
        <translation>无法写入 {path}：请另选一个文件。</translation>
    </message>
    <message>
        <source>Workbook written: {path}</source>
        <translation>工作簿已导出：{path}</translation>
    </message>
    <message>
        <source>Exporting workbook…</source>
        <translation>正在导出工作簿…</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <source>FlashDesk store (*.sqlite3 *.db);;All files (*)</source>
        <translation>FlashDesk 数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>About FlashDesk</source>
        <translation>关于 FlashDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;FlashDesk {version}&lt;/h3&gt;&lt;p&gt;Plan, run and review flash-group launches: publicity, tasks, copy, posters, the group runbook and the review.&lt;/p&gt;&lt;p&gt;Licence: MIT. Built with Qt for Python (PySide6, LGPLv3), SQLModel and SQLAlchemy (MIT), Alembic (MIT), openpyxl (MIT), matplotlib (PSF-style), qrcode (BSD), Pillow (MIT-CMU), zxing-cpp (Apache 2.0), platformdirs (MIT). Chinese text is set in Noto Sans CJK (SIL Open Font License 1.1).&lt;/p&gt;&lt;p&gt;Store: {store}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;FlashDesk {version}&lt;/h3&gt;&lt;p&gt;快闪群发售的规划、执行与复盘：宣发、任务、文案、海报、社群执行手册与复盘。&lt;/p&gt;&lt;p&gt;许可证：MIT。基于 Qt for Python（PySide6，LGPLv3）、SQLModel 与 SQLAlchemy（MIT）、Alembic（MIT）、openpyxl（MIT）、matplotlib（PSF 类许可）、qrcode（BSD）、Pillow（MIT-CMU）、zxing-cpp（Apache 2.0）、platformdirs（MIT）构建。中文字体为思源黑体 Noto Sans CJK（SIL 开放字体许可 1.1）。&lt;/p&gt;&lt;p&gt;数据库：{store}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>FlashDesk</source>
        <translation>FlashDesk</translation>
    </message>
    <message>
        <source>Something went wrong that FlashDesk did not expect: {error}. Your data was not changed. Details are in the log.</source>
        <translation>出现了 FlashDesk 未预料到的问题：{error}。数据没有被改动，详情已写入日志。</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Edit details…</source>
        <translation>编辑详情…</translation>
    </message>
    <message>
        <source>No campaign selected. Create one with File → New campaign (Ctrl+N) or pick one on the left.</source>
        <translation>尚未选择活动。可用 文件 → 新建活动（Ctrl+N）创建，或在左侧列表中选择。</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>List price → deal price</source>
        <translation>原价 → 到手价</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>限量</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>开售</translation>
    </message>
    <message>
        <source>Group lifetime</source>
        <translation>群存续时间</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Warm-up starts</source>
        <translation>预热开始</translation>
    </message>
    <message>
        <source>Group opens</source>
        <translation>开群</translation>
    </message>
    <message>
        <source>Group closes</source>
        <translation>解散群</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>The flow</source>
        <translation>活动流程</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>¥{list:g} → ¥{deal:g}</source>
        <translation>¥{list:g} → ¥{deal:g}</translation>
    </message>
    <message>
        <source>first {quota} buyers</source>
        <translation>前 {quota} 名</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Read back workbook</source>
        <translation>读回工作簿</translation>
    </message>
    <message>
        <source>Tick the rows to write into the campaign. Conflicts were changed in the workbook and in the app since the export; ticking one takes the workbook&apos;s value.</source>
        <translation>勾选要写入活动的行。冲突行在导出后既在工作簿里、也在应用里被改过；勾选它就采用工作簿里的值。</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>In the app now</source>
        <translation>应用中现在的值</translation>
    </message>
    <message>
        <source>In the workbook</source>
        <translation>工作簿中的值</translation>
    </message>
    <message>
        <source>Apply ticked rows</source>
        <translation>写入勾选的行</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>{added} added, {changed} changed, {conflicts} conflicts, {bad} unreadable, {missing} not in the workbook</source>
        <translation>新增 {added}，修改 {changed}，冲突 {conflicts}，无法读取 {bad}，工作簿中已删 {missing}</translation>
    </message>
    <message>
        <source>row {row}: {kind}</source>
        <translation>第 {row} 行：{kind}</translation>
    </message>
    <message>
        <source>row {row}: unreadable</source>
        <translation>第 {row} 行：无法读取</translation>
    </message>
    <message>
        <source>deleted by the team</source>
        <translation>团队已删除</translation>
    </message>
    <message>
        <source>kept in the app</source>
        <translation>应用中保留</translation>
    </message>
</context>
</TS>
