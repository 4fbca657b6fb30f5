<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Activity log</source>
        <translation>操作记录</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部活动</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>What</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>涉及的行</translation>
    </message>
    <message>
        <source>Select an action to see what it changed.</source>
        <translation>选中一条操作，查看它改了什么。</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation>（你）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more rows</source>
        <translation>
            <numerusform>……另有 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>{row} {key} added</source>
        <translation>{row} · {key} 已添加</translation>
    </message>
    <message>
        <source>{row} {key} deleted</source>
        <translation>{row} · {key} 已删除</translation>
    </message>
    <message>
        <source>{row} {key} changed</source>
        <translation>{row} · {key} 已修改</translation>
    </message>
    <message>
        <source>{row} added</source>
        <translation>{row}已添加</translation>
    </message>
    <message>
        <source>{row} deleted</source>
        <translation>{row}已删除</translation>
    </message>
    <message>
        <source>{row} changed</source>
        <translation>{row}已修改</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>{column}: {before} → {after}</source>
        <translation>{column}：{before} → {after}</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message numerus="yes">
        <source>(%n bytes)</source>
        <translation>
            <numerusform>（%n 字节）</numerusform>
        </translation>
    </message>
</context>
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
        <source>A longer or shorter group refits the copy&apos;s group days: each day gets its key nodes, tasks and timetable items, and the close day&apos;s nodes move to the new last day</source>
        <translation>改变群的天数会重排副本的每一天：每天都有自己的关键节点、任务和执行表事项，收尾日的节点移到新的最后一天</translation>
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
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>None: the plain playbook</source>
        <translation>不选：按通用剧本规划</translation>
    </message>
    <message>
        <source>No fission model: the campaign plans as the playbook has it.</source>
        <translation>不选裂变模型：活动按剧本原样规划。</translation>
    </message>
    <message>
        <source>Fission &amp;model</source>
        <translation>裂变模型(&amp;M)</translation>
    </message>
    <message>
        <source>What buyers get besides the deal price. Copies and posters show it through {gift}, {coupon}, {deposit} … and leave out what is empty.</source>
        <translation>到手价之外顾客还能得到什么。文案和海报通过 {gift}、{coupon}、{deposit} … 显示，空着的就不显示。</translation>
    </message>
    <message>
        <source>e.g. 380ml 正装; empty for no gift</source>
        <translation>如 380ml 正装；没有赠品就留空</translation>
    </message>
    <message>
        <source>none (立减)</source>
        <translation>无门槛（立减）</translation>
    </message>
    <message>
        <source>no pre-sale</source>
        <translation>不预售</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>e.g. 旅行装小样 3 件</source>
        <translation>如 旅行装小样 3 件</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>不限购</translation>
    </message>
    <message>
        <source>&amp;Gift</source>
        <translation>赠品(&amp;G)</translation>
    </message>
    <message>
        <source>Gift &amp;value (yuan)</source>
        <translation>赠品价值（元）(&amp;V)</translation>
    </message>
    <message>
        <source>Coupon: &amp;spend at least (yuan)</source>
        <translation>优惠券：满（元）(&amp;S)</translation>
    </message>
    <message>
        <source>Coupon: amount o&amp;ff (yuan)</source>
        <translation>优惠券：减（元）(&amp;F)</translation>
    </message>
    <message>
        <source>D&amp;eposit (yuan)</source>
        <translation>定金（元）(&amp;E)</translation>
    </message>
    <message>
        <source>Balance opens after launch</source>
        <translation>开售后多久开始付尾款</translation>
    </message>
    <message>
        <source>Balance window lasts</source>
        <translation>尾款支付时长</translation>
    </message>
    <message>
        <source>Ne&amp;w-member gift</source>
        <translation>新人礼(&amp;W)</translation>
    </message>
    <message>
        <source>Li&amp;mit per person</source>
        <translation>每人限购(&amp;M)</translation>
    </message>
    <message>
        <source>Red packet &amp;budget (yuan)</source>
        <translation>红包预算（元）(&amp;B)</translation>
    </message>
    <message>
        <source>Shown as: {coupon}</source>
        <translation>显示为：{coupon}</translation>
    </message>
    <message>
        <source>No coupon (amount off is 0).</source>
        <translation>没有优惠券（减免金额为 0）。</translation>
    </message>
    <message>
        <source>Balance paid {start} – {end}</source>
        <translation>尾款支付时间 {start} – {end}</translation>
    </message>
    <message>
        <source>No pre-sale: set a deposit to plan the balance window.</source>
        <translation>不预售：填写定金后才能安排尾款时间。</translation>
    </message>
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
        <source>Gift</source>
        <translation>赠品</translation>
    </message>
    <message>
        <source>Gift value</source>
        <translation>赠品价值</translation>
    </message>
    <message>
        <source>Coupon threshold</source>
        <translation>优惠券门槛</translation>
    </message>
    <message>
        <source>Coupon amount off</source>
        <translation>优惠券减免</translation>
    </message>
    <message>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <source>Balance opens</source>
        <translation>尾款开始</translation>
    </message>
    <message>
        <source>Balance window</source>
        <translation>尾款时长</translation>
    </message>
    <message>
        <source>New-member gift</source>
        <translation>新人礼</translation>
    </message>
    <message>
        <source>Limit per person</source>
        <translation>每人限购</translation>
    </message>
    <message>
        <source>Red packet budget</source>
        <translation>红包预算</translation>
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
    <name>ChangeCommand</name>
    <message>
        <source>“{action}” was changed since by {name}: their change stays, and the step is off your undo list.</source>
        <translation>“{action}”之后被 {name} 改过：保留对方的修改，这一步已从你的撤销列表中去掉。</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to team store</source>
        <translation>连接团队存储</translation>
    </message>
    <message>
        <source>The team&apos;s shared store on a PostgreSQL server. Whoever runs the server gives you its address, the database and your user name.</source>
        <translation>团队共用的存储在一台 PostgreSQL 服务器上。服务器的管理人会告诉你它的地址、数据库名和你的用户名。</translation>
    </message>
    <message>
        <source>empty: taken from ~/.pgpass</source>
        <translation>留空：从 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>Keep the password in ~/.pgpass (readable only by you)</source>
        <translation>把密码保存在 ~/.pgpass（只有你能读取）</translation>
    </message>
    <message>
        <source>Server (host):</source>
        <translation>服务器（主机）：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>your user name</source>
        <translation>你的用户名</translation>
    </message>
    <message>
        <source>Give {what}.</source>
        <translation>请填写{what}。</translation>
    </message>
    <message>
        <source>Connecting to the team store…</source>
        <translation>正在连接团队存储…</translation>
    </message>
    <message>
        <source>The connection failed: {error}</source>
        <translation>连接失败：{error}</translation>
    </message>
    <message>
        <source>Connected. The database is empty: Connect sets up a new FlashDesk store in it.</source>
        <translation>已连接。该数据库是空的：点“连接”会在其中建立新的 FlashDesk 存储。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: a FlashDesk store with %n campaign(s).</source>
        <translation>
            <numerusform>已连接：FlashDesk 存储，含 %n 个活动。</numerusform>
        </translation>
    </message>
    <message>
        <source>Set up a team store</source>
        <translation>建立团队存储</translation>
    </message>
    <message>
        <source>The database {database} is empty. Set up a new FlashDesk store in it? Everyone who connects to it then works on this plan.</source>
        <translation>数据库 {database} 是空的。要在其中建立新的 FlashDesk 存储吗？之后连接它的每个人都在这份计划上工作。</translation>
    </message>
    <message>
        <source>Cannot keep the password in {file}: {reason}. Untick the box to connect without keeping it.</source>
        <translation>无法把密码保存到 {file}：{reason}。取消勾选即可不保存密码直接连接。</translation>
    </message>
</context>
<context>
    <name>IncentivesDialog</name>
    <message>
        <source>Red packets and draws</source>
        <translation>红包与抽奖</translation>
    </message>
    <message>
        <source>Each line is sent every time its key node comes: a node of every group day sends it once a day. Planned spending counts every packet at its highest amount.</source>
        <translation>每一行在它的关键节点每次到来时发放：每天都有的节点就每天发一次。计划支出按每个红包的最高金额计算。</translation>
    </message>
    <message>
        <source>Key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>个数</translation>
    </message>
    <message>
        <source>From (yuan)</source>
        <translation>最低（元）</translation>
    </message>
    <message>
        <source>To (yuan)</source>
        <translation>最高（元）</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>发送人</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加一行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除一行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Budget (yuan)</source>
        <translation>预算（元）(&amp;B)</translation>
    </message>
    <message>
        <source>Planned at most ¥{planned}, expected about ¥{expected}, budget ¥{budget}.</source>
        <translation>计划最多 ¥{planned}，预计约 ¥{expected}，预算 ¥{budget}。</translation>
    </message>
    <message>
        <source>Edit red packets and draws</source>
        <translation>编辑红包与抽奖</translation>
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
        <source>Connect to &amp;team store…</source>
        <translation>连接团队存储(&amp;T)…</translation>
    </message>
    <message>
        <source>Open the team&apos;s shared store on a PostgreSQL server</source>
        <translation>打开团队放在 PostgreSQL 服务器上的共用存储</translation>
    </message>
    <message>
        <source>Your &amp;name in the team…</source>
        <translation>我在团队中的名字(&amp;N)…</translation>
    </message>
    <message>
        <source>The name the others see beside your changes</source>
        <translation>其他人在你的改动旁看到的名字</translation>
    </message>
    <message>
        <source>&amp;Activity log…</source>
        <translation>操作记录(&amp;A)…</translation>
    </message>
    <message>
        <source>Who changed what in this campaign, and when</source>
        <translation>谁在什么时候改了本活动的什么</translation>
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
        <source>&amp;Flow map…</source>
        <translation>流程图(&amp;F)…</translation>
    </message>
    <message>
        <source>The campaign&apos;s flow from channels to follow-up, with the review&apos;s funnel</source>
        <translation>活动从渠道到跟进的完整流程，附复盘漏斗</translation>
    </message>
    <message>
        <source>My &amp;role</source>
        <translation>我的角色(&amp;R)</translation>
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
        <source>Whole team</source>
        <translation>全员</translation>
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
        <source>Your name in the team</source>
        <translation>我在团队中的名字</translation>
    </message>
    <message>
        <source>The others see this name beside your changes (empty: your login name):</source>
        <translation>其他人会在你的改动旁看到这个名字（留空则用你的登录名）：</translation>
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
        <source>Edit red packets and draws…</source>
        <translation>编辑红包与抽奖…</translation>
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
        <source>The deal</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>Red packets and draws</source>
        <translation>红包与抽奖</translation>
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
        <source>not set yet: posters leave the price out</source>
        <translation>还没有设置：海报上不显示价格</translation>
    </message>
    <message>
        <source>first {quota} buyers</source>
        <translation>前 {quota} 名</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <source>{node}: {kind} × {count}, {amount} each, sent by {sender}</source>
        <translation>{node}：{kind} × {count}，每个 {amount}，由{sender}发</translation>
    </message>
    <message numerus="yes">
        <source>(%n time(s) in this group)</source>
        <translation>
            <numerusform>（本群共 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>None planned.</source>
        <translation>还没有安排。</translation>
    </message>
    <message>
        <source>Budget ¥{budget} · planned at most ¥{planned} · expected about ¥{expected}</source>
        <translation>预算 ¥{budget} · 计划最多 ¥{planned} · 预计约 ¥{expected}</translation>
    </message>
</context>
<context>
    <name>PersonalPostersDialog</name>
    <message>
        <source>Personal posters</source>
        <translation>专属海报</translation>
    </message>
    <message>
        <source>Every promoter gets the campaign&apos;s poster with their nickname, avatar and own QR code; each QR is read back and compared with the person&apos;s link before the file is kept.</source>
        <translation>每位推广员都会得到一张带自己昵称、头像和专属二维码的活动海报；保存前会识别每个二维码，并与本人的链接核对一致。</translation>
    </message>
    <message>
        <source>From a file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <source>From the customer list</source>
        <translation>从客户列表选取</translation>
    </message>
    <message>
        <source>.xlsx or .csv: nickname, avatar (optional), link</source>
        <translation>.xlsx 或 .csv：昵称、头像（可选）、专属链接</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Each person&apos;s link: {id} is replaced by their customer id</source>
        <translation>每人的链接：{id} 会替换为其客户编号</translation>
    </message>
    <message>
        <source>all customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Only customers tagged</source>
        <translation>仅限带此标签的客户</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>People without a poster and notes appear here after a run.</source>
        <translation>生成后，未出图的人员和提示会列在这里。</translation>
    </message>
    <message>
        <source>&amp;Make posters</source>
        <translation>生成海报(&amp;M)</translation>
    </message>
    <message>
        <source>This campaign has no poster yet; make one in the Posters tab first.</source>
        <translation>这个活动还没有海报，请先在“海报”页制作一张。</translation>
    </message>
    <message>
        <source>Promoter list</source>
        <translation>推广员名单</translation>
    </message>
    <message>
        <source>Lists (*.xlsx *.csv *.txt)</source>
        <translation>名单 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Choose the promoter file.</source>
        <translation>请选择推广员名单文件。</translation>
    </message>
    <message>
        <source>Choose the folder the posters go to.</source>
        <translation>请选择海报保存的文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>Making %n poster(s)…</source>
        <translation>
            <numerusform>正在生成 %n 张海报…</numerusform>
        </translation>
    </message>
    <message>
        <source>Making personal posters</source>
        <translation>正在生成专属海报</translation>
    </message>
    <message>
        <source>Nothing more was made.</source>
        <translation>没有再生成新的海报。</translation>
    </message>
    <message numerus="yes">
        <source>%n poster(s) made</source>
        <translation>
            <numerusform>已生成 %n 张海报</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there from an earlier run</source>
        <translation>
            <numerusform>%n 张此前已生成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people without a poster</source>
        <translation>
            <numerusform>%n 人未生成海报</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped. Make posters again to go on where it stopped.</source>
        <translation>已停止。再次点击“生成海报”会从中断处继续。</translation>
    </message>
    <message>
        <source>The full list is in {name} in the folder.</source>
        <translation>完整清单见文件夹中的 {name}。</translation>
    </message>
    <message>
        <source>Not made — {line}</source>
        <translation>未生成 — {line}</translation>
    </message>
    <message>
        <source>Note — {line}</source>
        <translation>提示 — {line}</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the report file</source>
        <translation>
            <numerusform>… 其余 %n 条见清单文件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadBackDialog</name>
    <message>
        <source>Read back workbook</source>
        <translation>读回工作簿</translation>
    </message>
    <message>
        <source>Tick the rows to write into the campaign. A conflict is a cell changed in the workbook and in the app since the export (marked ⚠); ticking its row takes the workbook&apos;s values.</source>
        <translation>勾选要写入活动的行。冲突是指导出后在工作簿和应用里都改过的单元格（标 ⚠）；勾选该行即采用工作簿里的值。</translation>
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
        <source>Tick all</source>
        <translation>全部勾选</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>全部取消</translation>
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
        <source>changed in both</source>
        <translation>两边都改过</translation>
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
    <message>
        <source>No changes in: {sheets}</source>
        <translation>没有改动：{sheets}</translation>
    </message>
</context>
<context>
    <name>TableLabels</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>store setting</source>
        <translation>库设置</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <source>Reconnect now</source>
        <translation>立即重新连接</translation>
    </message>
    <message>
        <source>Read-only: you can look and export, not change</source>
        <translation>只读：可以查看和导出，不能修改</translation>
    </message>
    <message>
        <source>The store cannot be reached — retrying; unsaved edits are kept</source>
        <translation>连不上数据库，正在重试；未保存的修改会保留</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被别人修改</translation>
    </message>
    <message>
        <source>{name} changed this at {time}, after you loaded it.</source>
        <translation>{name} 在 {time} 修改了这里，晚于你打开它的时间。</translation>
    </message>
    <message>
        <source>Reload shows their change and drops your edit. Keep mine writes your edit over theirs.</source>
        <translation>“重新载入”显示对方的修改并放弃你的编辑；“保留我的”用你的编辑覆盖对方的。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新载入</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <source>{name} changed this at {time}, after your edit.</source>
        <translation>{name} 在 {time} 修改了这里，晚于你的这次编辑。</translation>
    </message>
    <message>
        <source>Keep theirs leaves their change and takes this step off your undo list. {action} anyway puts your version back over theirs.</source>
        <translation>“保留对方的”留下对方的修改，并把这一步从你的撤销列表中去掉；“仍然{action}”会用你的版本覆盖对方的。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>保留对方的</translation>
    </message>
    <message>
        <source>Undo anyway</source>
        <translation>仍然撤销</translation>
    </message>
    <message>
        <source>Redo anyway</source>
        <translation>仍然重做</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>WhoTips</name>
    <message>
        <source>Last changed by {name} at {time}</source>
        <translation>最后由 {name} 于 {time} 修改</translation>
    </message>
</context>
</TS>
