<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CustomerLabels</name>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>forgotten person</source>
        <translation>已遗忘的人</translation>
    </message>
    <message>
        <source>remembered columns of an export</source>
        <translation>记住的导出列</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出类型</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>名单条目</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>row matched by nickname</source>
        <translation>按昵称匹配的行</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>导入为</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>group membership</source>
        <translation>入群记录</translation>
    </message>
    <message>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Counted as paid</source>
        <translation>计入已付</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Tagged by</source>
        <translation>打标方式</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>规则</translation>
    </message>
</context>
<context>
    <name>Customers</name>
    <message>
        <source>--map {item!r}: write FIELD=HEADING, e.g. --map nickname=微信名.</source>
        <translation>--map {item!r}：请写成 字段=表头，例如 --map nickname=微信名。</translation>
    </message>
    <message>
        <source>{count} rows skipped: they are people who were forgotten, and a forgotten person is never imported again.</source>
        <translation>跳过 {count} 行：这些是已被遗忘的人，已遗忘的人不会再被导入。</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，没有导入任何内容。</translation>
    </message>
    <message>
        <source>Matching people…</source>
        <translation>正在匹配客户…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <source>Updating tags and the plan&apos;s numbers…</source>
        <translation>正在更新标签和方案数据…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
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
    <message>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
</context>
<context>
    <name>CustomersTab</name>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>People</source>
        <translation>客户名单</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Uncertain matches</source>
        <translation>待确认匹配</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>This campaign only</source>
        <translation>仅本活动</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>A WeCom customer list, a group member list, a shop order export (.xlsx or .csv) or a list of names</source>
        <translation>企业微信客户列表、群成员列表、店铺订单导出（.xlsx 或 .csv）或一份名单</translation>
    </message>
    <message>
        <source>Show full phone numbers</source>
        <translation>显示完整手机号</translation>
    </message>
    <message>
        <source>Phone numbers are masked (138****8000) in the list, on a person&apos;s page and in exported sheets unless this is ticked</source>
        <translation>未勾选时，列表、客户页和导出的表格中手机号都以 138****8000 的形式隐藏中间四位</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Add tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <source>Stage…</source>
        <translation>阶段…</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <source>Forget this person</source>
        <translation>删除此人全部信息</translation>
    </message>
    <message>
        <source>Remove the person and every row about them: tags, groups, orders, lists, follow-ups</source>
        <translation>删除此人及与其相关的所有记录：标签、群、订单、名单、跟进</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>私信草稿</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>复制私信</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>改回待办</translation>
    </message>
    <message>
        <source>Matched to</source>
        <translation>匹配到</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>These rows were matched by nickname alone while several people share it. Confirm the match, or split the row off to a person of its own.</source>
        <translation>这些行仅凭昵称匹配，而有多人使用同一昵称。请确认匹配，或把该行拆分为一个新客户。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Split off</source>
        <translation>拆分</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a person to see their page.</source>
        <translation>选择一位客户查看详情。</translation>
    </message>
    <message>
        <source>No one matches these filters.</source>
        <translation>没有符合这些筛选条件的客户。</translation>
    </message>
    <message>
        <source>No customers yet. Import… reads a WeCom customer list, a group member list, a shop order export or a list of names.</source>
        <translation>还没有客户。点“导入…”读入企业微信客户列表、群成员列表、店铺订单导出或名单。</translation>
    </message>
    <message>
        <source>Tier {tier} · stage {stage} · paid {paid:.2f} · phone {phone}</source>
        <translation>等级 {tier} · 阶段 {stage} · 累计实付 {paid:.2f} · 手机 {phone}</translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>标签：{tags}</translation>
    </message>
    <message>
        <source>Source: {source} · added by {who} on {when}</source>
        <translation>来源：{source} · 添加人 {who} · 添加于 {when}</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>所在群</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>名单</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Pick a campaign to see its follow-up lists.</source>
        <translation>选择一个活动查看其跟进清单。</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-ups</source>
        <translation>
            <numerusform>%n 条跟进</numerusform>
        </translation>
    </message>
    <message>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <source>Exports (*.xlsx *.csv *.txt)</source>
        <translation>导出文件 (*.xlsx *.csv *.txt)</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>加标签</translation>
    </message>
    <message>
        <source>Set stage</source>
        <translation>设置阶段</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <source>Remove this person and every row about them from this machine?</source>
        <translation>要从本机删除此人及与其相关的所有记录吗？</translation>
    </message>
    <message>
        <source>Forget person</source>
        <translation>删除客户</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Confirm match</source>
        <translation>确认匹配</translation>
    </message>
    <message>
        <source>Split match</source>
        <translation>拆分匹配</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>External user id</source>
        <translation>外部联系人ID</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群名称</translation>
    </message>
    <message>
        <source>Nickname in the group</source>
        <translation>群昵称</translation>
    </message>
    <message>
        <source>Joined at</source>
        <translation>入群时间</translation>
    </message>
    <message>
        <source>Join method</source>
        <translation>入群方式</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Order no.</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Ordered at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <source>Paid at</source>
        <translation>付款时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>实付金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>导入 {name}</translation>
    </message>
    <message>
        <source>Customer list (WeCom)</source>
        <translation>客户列表（企业微信）</translation>
    </message>
    <message>
        <source>Group members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Shop orders</source>
        <translation>店铺订单</translation>
    </message>
    <message>
        <source>Names (e.g. likers of a post)</source>
        <translation>名单（如朋友圈点赞人）</translation>
    </message>
    <message>
        <source>The file lists</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>Which column holds each field (guessed from the headings; remembered for files of this shape):</source>
        <translation>每个字段在哪一列（按表头猜测；同样格式的文件会记住）：</translation>
    </message>
    <message>
        <source>No headings: every line is one name.</source>
        <translation>没有表头：每行是一个名字。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Choose the column for {fields}.</source>
        <translation>请为 {fields} 选择列。</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <source>Imported {name}: {new} new people, {updated} people updated, {added} rows added, {changed} rows updated.</source>
        <translation>已导入 {name}：新增 {new} 人，更新 {updated} 人，新增 {added} 行，更新 {changed} 行。</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>累计实付</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
</TS>
