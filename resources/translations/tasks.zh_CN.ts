<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export chart</source>
        <translation>导出甘特图</translation>
    </message>
    <message>
        <source>PNG image, {width} × {height} pixels</source>
        <translation>PNG 图片，{width} × {height} 像素</translation>
    </message>
    <message numerus="yes">
        <source>PDF, A4 landscape, %n page(s)</source>
        <translation>
            <numerusform>PDF，A4 横向，共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>PDF, A3 landscape, %n page(s)</source>
        <translation>
            <numerusform>PDF，A3 横向，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Print (with preview)</source>
        <translation>打印（带预览）</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>活动：</translation>
    </message>
    <message>
        <source>Tasks:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>{first} – {last}</source>
        <translation>{first} – {last}</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>时间刻度：</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>输出：</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s), none filtered out</source>
        <translation>
            <numerusform>%n 个任务，未筛选</numerusform>
        </translation>
    </message>
    <message>
        <source>owner {name}</source>
        <translation>负责人“{name}”</translation>
    </message>
    <message>
        <source>phase {name}</source>
        <translation>阶段“{name}”</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n task(s), filtered by {filters}</source>
        <translation>
            <numerusform>%n 个任务中的 {shown} 个，按{filters}筛选</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>保存甘特图</translation>
    </message>
</context>
<context>
    <name>GanttLegend</name>
    <message>
        <source>critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <source>launch</source>
        <translation>开售</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>选中</translation>
    </message>
</context>
<context>
    <name>LoadView</name>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
</context>
<context>
    <name>OwnersDialog</name>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Give each role the name of the person who does it; every task of that role follows.</source>
        <translation>给每个角色填上实际负责的人，该角色的所有任务会随之更新。</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>(nobody)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Milestone (a moment, shown as a diamond)</source>
        <translation>里程碑（一个时间点，显示为菱形）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>The warm-up post on the publicity calendar this task gets out (channel · day · stage)</source>
        <translation>此任务负责发出的宣发日历上的预热发布（渠道 · 日期 · 阶段）</translation>
    </message>
    <message>
        <source>e.g. 3FS+2h; 5SS-30m</source>
        <translation>例如 3FS+2h; 5SS-30m</translation>
    </message>
    <message>
        <source>The tasks this one follows: a task&apos;s number, the link type (FS when left out) and a lag; several separated by ;</source>
        <translation>本任务接在哪些任务之后：任务序号、依赖类型（不写即 FS）和间隔；多个用 ; 隔开</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>开始：</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>结束：</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>截止：</translation>
    </message>
    <message>
        <source>Progress:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Key node:</source>
        <translation>关键节点：</translation>
    </message>
    <message>
        <source>Channel post:</source>
        <translation>渠道发布：</translation>
    </message>
    <message>
        <source>Predecessors:</source>
        <translation>前置任务：</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>There is no task {number}.</source>
        <translation>没有第 {number} 号任务。</translation>
    </message>
    <message>
        <source>Predecessors: {problem}</source>
        <translation>前置任务：{problem}</translation>
    </message>
</context>
<context>
    <name>TaskExport</name>
    <message>
        <source>Cannot write {name}: the chart is saved as .png, .jpg or .pdf; name the file with one of those endings.</source>
        <translation>无法写出 {name}：图表只能保存为 .png、.jpg 或 .pdf，请用其中一种扩展名。</translation>
    </message>
</context>
<context>
    <name>TaskImport</name>
    <message>
        <source>No task rows were found (only a header, or nothing); give one row per task. Nothing was added.</source>
        <translation>没有找到任务行（只有表头或为空）；请每个任务一行。没有添加任何任务。</translation>
    </message>
    <message>
        <source>{count} rows is more than the {limit} a campaign can hold; split them up.</source>
        <translation>{count} 行超过了一个活动能容纳的 {limit} 个任务；请分批导入。</translation>
    </message>
    <message>
        <source>Row {row}, {column}: {problem} Nothing was added.</source>
        <translation>第 {row} 行，{column}：{problem} 没有添加任何任务。</translation>
    </message>
    <message>
        <source>time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>{value!r} is not a time; write 2026-06-18 20:00.</source>
        <translation>{value!r} 不是时间；请写成 2026-06-18 20:00。</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>a start time is needed.</source>
        <translation>需要开始时间。</translation>
    </message>
    <message>
        <source>{value:%Y-%m-%d} is far from the campaign ({year}); check the year.</source>
        <translation>{value:%Y-%m-%d} 离活动（{year} 年）太远；请检查年份。</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>{owner!r} is not an owner of this campaign ({known}).</source>
        <translation>{owner!r} 不是这个活动的负责人（{known}）。</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>{value!r} is not a percentage from 0 to 100.</source>
        <translation>{value!r} 不是 0 到 100 之间的百分数。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>predecessors</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>number</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>number {number} is also row {other}&apos;s; give each row its own number so predecessors are clear.</source>
        <translation>序号 {number} 与第 {other} 行重复；请给每行不同的序号，前置任务才不会含糊。</translation>
    </message>
    <message>
        <source>Row {row}: predecessor {ref} is not a task number among these rows. Nothing was added.</source>
        <translation>第 {row} 行：前置任务 {ref} 不是这些行中的任务序号。没有添加任何任务。</translation>
    </message>
    <message>
        <source>{path} has no sheet named {sheet}.</source>
        <translation>{path} 中没有名为 {sheet} 的工作表。</translation>
    </message>
</context>
<context>
    <name>TaskLabels</name>
    <message>
        <source>Warm-up</source>
        <translation>预热</translation>
    </message>
    <message>
        <source>Group entry</source>
        <translation>进群</translation>
    </message>
    <message>
        <source>Launch day</source>
        <translation>发售日</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收尾</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>时</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Wake-up red packet</source>
        <translation>叫醒红包</translation>
    </message>
    <message>
        <source>Sign-up chain</source>
        <translation>群接龙</translation>
    </message>
    <message>
        <source>Order flood</source>
        <translation>订单刷屏</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>产品倒计时</translation>
    </message>
    <message>
        <source>Close and preview</source>
        <translation>收尾与预告</translation>
    </message>
    <message>
        <source>Buyers show their orders</source>
        <translation>晒单</translation>
    </message>
    <message>
        <source>What is left</source>
        <translation>余量提醒</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>答疑</translation>
    </message>
    <message>
        <source>Last-day countdown</source>
        <translation>最后倒计时</translation>
    </message>
    <message>
        <source>Finish to start</source>
        <translation>完成-开始</translation>
    </message>
    <message>
        <source>Start to start</source>
        <translation>开始-开始</translation>
    </message>
    <message>
        <source>Finish to finish</source>
        <translation>完成-完成</translation>
    </message>
    <message>
        <source>Start to finish</source>
        <translation>开始-完成</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>里程碑</translation>
    </message>
    <message>
        <source>Key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>link between tasks</source>
        <translation>任务依赖</translation>
    </message>
    <message>
        <source>Predecessor</source>
        <translation>前置任务</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>后续任务</translation>
    </message>
    <message>
        <source>Link type</source>
        <translation>依赖类型</translation>
    </message>
    <message>
        <source>Lag (min)</source>
        <translation>间隔（分钟）</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name}（{code}）</translation>
    </message>
</context>
<context>
    <name>TaskService</name>
    <message>
        <source>Task {id} does not exist (it may have been deleted).</source>
        <translation>任务 {id} 不存在（可能已被删除）。</translation>
    </message>
    <message>
        <source>Give the task a name.</source>
        <translation>请给任务起个名字。</translation>
    </message>
    <message>
        <source>Name too long: {count} characters, at most {limit}.</source>
        <translation>名称太长：{count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Ends {end:%m-%d %H:%M}, before it starts ({start:%m-%d %H:%M}); pick a later end.</source>
        <translation>结束时间 {end:%m-%d %H:%M} 早于开始时间（{start:%m-%d %H:%M}）；请选一个更晚的结束时间。</translation>
    </message>
    <message>
        <source>Progress is a percentage from 0 to 100.</source>
        <translation>进度是 0 到 100 之间的百分数。</translation>
    </message>
    <message>
        <source>Unknown status {status!r}; use one of {known}.</source>
        <translation>未知状态 {status!r}；请使用 {known} 之一。</translation>
    </message>
    <message>
        <source>Pick a phase.</source>
        <translation>请选择阶段。</translation>
    </message>
    <message>
        <source>Unknown key node {node!r}.</source>
        <translation>未知的关键节点 {node!r}。</translation>
    </message>
    <message>
        <source>That owner does not belong to this campaign.</source>
        <translation>该负责人不属于这个活动。</translation>
    </message>
    <message>
        <source>That channel post is gone or belongs to another campaign; pick one of this campaign&apos;s posts.</source>
        <translation>该渠道发布已不存在或属于其他活动，请从本活动的发布中选择。</translation>
    </message>
    <message>
        <source>The task was not saved: {problems}</source>
        <translation>任务未保存：{problems}</translation>
    </message>
    <message>
        <source>A campaign holds at most {limit} tasks.</source>
        <translation>一个活动最多 {limit} 个任务。</translation>
    </message>
    <message>
        <source>Unknown link type {kind!r}; use FS, SS, FF or SF.</source>
        <translation>未知的依赖类型 {kind!r}；请用 FS、SS、FF 或 SF。</translation>
    </message>
    <message>
        <source>Both tasks must belong to the same campaign.</source>
        <translation>两个任务必须属于同一个活动。</translation>
    </message>
    <message>
        <source>A task cannot depend on itself ({name}).</source>
        <translation>任务不能依赖自己（{name}）。</translation>
    </message>
    <message>
        <source>A lag of {lag} is longer than the whole campaign ({days} days); use a shorter lag.</source>
        <translation>间隔 {lag} 比整个活动（{days} 天）还长；请缩短间隔。</translation>
    </message>
    <message>
        <source>{a} and {b} are already linked; edit that link instead.</source>
        <translation>{a} 和 {b} 已经有依赖关系；请改那条依赖。</translation>
    </message>
    <message>
        <source>This link would close a loop: {path}. Remove one of those links first.</source>
        <translation>这条依赖会形成循环：{path}。请先删掉其中一条依赖。</translation>
    </message>
    <message>
        <source>That link no longer exists.</source>
        <translation>该依赖已不存在。</translation>
    </message>
    <message>
        <source>An owner&apos;s name is 1 to 100 characters.</source>
        <translation>负责人名称为 1 到 100 个字符。</translation>
    </message>
    <message>
        <source>There are no task rows to add; give at least one row with a name and a start.</source>
        <translation>没有可添加的任务行；请至少给出一行带名称和开始时间的任务。</translation>
    </message>
    <message>
        <source>Row {row}: {problems} Nothing was added.</source>
        <translation>第 {row} 行：{problems} 没有添加任何任务。</translation>
    </message>
    <message>
        <source>{count} tasks would make {total}; a campaign holds at most {limit}. Nothing was added.</source>
        <translation>加上这 {count} 个任务共 {total} 个；一个活动最多 {limit} 个。没有添加任何任务。</translation>
    </message>
    <message>
        <source>Row {row}: predecessor row {other} is not among the added rows. Nothing was added.</source>
        <translation>第 {row} 行：前置行 {other} 不在本次添加的行中。没有添加任何任务。</translation>
    </message>
    <message>
        <source>Row {row}: a lag of {lag} is longer than the whole campaign ({days} days). Nothing was added.</source>
        <translation>第 {row} 行：间隔 {lag} 比整个活动（{days} 天）还长。没有添加任何任务。</translation>
    </message>
    <message>
        <source>Row {row}: its predecessors close a loop through rows {rows}. Nothing was added.</source>
        <translation>第 {row} 行：前置任务经由第 {rows} 行形成循环。没有添加任何任务。</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>该任务已不存在。</translation>
    </message>
    <message>
        <source>A predecessor of {name} is not among the rows read back.</source>
        <translation>{name} 的前置任务不在读回的行中。</translation>
    </message>
    <message>
        <source>That owner no longer exists.</source>
        <translation>该负责人已不存在。</translation>
    </message>
    <message>
        <source>Another owner is already called {name}.</source>
        <translation>已有负责人叫 {name}。</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Channel post</source>
        <translation>渠道发布</translation>
    </message>
    <message>
        <source>Past its deadline ({deadline:%m-%d %H:%M}) and not done.</source>
        <translation>已过截止时间（{deadline:%m-%d %H:%M}）且未完成。</translation>
    </message>
    <message>
        <source>On the critical path to the group&apos;s close.</source>
        <translation>在到收群为止的关键路径上。</translation>
    </message>
    <message>
        <source>Carries out the post: {post}</source>
        <translation>负责发布：{post}</translation>
    </message>
</context>
<context>
    <name>TasksTab</name>
    <message>
        <source>Tasks</source>
        <translation>任务甘特图</translation>
    </message>
    <message>
        <source>No campaign selected: pick one on the left to see its task board.</source>
        <translation>未选择活动：在左侧选一个活动查看它的任务甘特图。</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <source>Add a task after the selected one (Insert)</source>
        <translation>在选中任务之后添加任务（Insert）</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Edit the selected task (F2, or double-click it)</source>
        <translation>编辑选中的任务（F2 或双击）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected task (Delete)</source>
        <translation>删除选中的任务（Delete）</translation>
    </message>
    <message>
        <source>Owners…</source>
        <translation>负责人…</translation>
    </message>
    <message>
        <source>Rename the owner roles to the people doing them</source>
        <translation>把负责人角色改成实际负责的人</translation>
    </message>
    <message>
        <source>Zoom (Ctrl + mouse wheel)</source>
        <translation>缩放（Ctrl + 鼠标滚轮）</translation>
    </message>
    <message>
        <source>Launch day</source>
        <translation>发售日</translation>
    </message>
    <message>
        <source>Show launch day by the hour</source>
        <translation>按小时显示发售日</translation>
    </message>
    <message>
        <source>Colour by phase</source>
        <translation>按阶段着色</translation>
    </message>
    <message>
        <source>Colour by owner</source>
        <translation>按负责人着色</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>甘特图</translation>
    </message>
    <message>
        <source>Owner load</source>
        <translation>负责人负荷</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the chart as PNG or PDF, or print it</source>
        <translation>把甘特图保存为 PNG 或 PDF，或打印</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add tasks from a team workbook&apos;s 甘特图 sheet or a tab-separated file (Ctrl+V pastes copied rows)</source>
        <translation>从团队工作簿的“甘特图”表或制表符分隔的文件添加任务（Ctrl+V 可直接粘贴复制的行）</translation>
    </message>
    <message>
        <source>All owners</source>
        <translation>全部负责人</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>移动“{name}”</translation>
    </message>
    <message>
        <source>Resize “{name}”</source>
        <translation>调整“{name}”时长</translation>
    </message>
    <message>
        <source>Link “{a}” → “{b}”</source>
        <translation>依赖“{a}”→“{b}”</translation>
    </message>
    <message>
        <source>Task {number}</source>
        <translation>任务 {number}</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>New task “{name}”</source>
        <translation>新建任务“{name}”</translation>
    </message>
    <message>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message numerus="yes">
        <source>Waiting on “{name}”: %n task(s), {names}. Delete it anyway? Their links to it go too; Undo brings the task and its links back.</source>
        <translation>
            <numerusform>有 %n 个任务依赖“{name}”：{names}。仍要删除吗？它们与该任务的关联也会一并删除；撤销可恢复任务及其关联。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>删除“{name}”</translation>
    </message>
    <message>
        <source>Import tasks</source>
        <translation>导入任务</translation>
    </message>
    <message>
        <source>Workbook or table (*.xlsx *.tsv *.txt)</source>
        <translation>工作簿或表格 (*.xlsx *.tsv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>Add %n task(s)</source>
        <translation>
            <numerusform>添加 %n 个任务</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark not done</source>
        <translation>标记为未完成</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <source>New task after it</source>
        <translation>在其后新建任务</translation>
    </message>
    <message>
        <source>Remove link {a} → {b} ({kind})</source>
        <translation>删除依赖 {a} → {b}（{kind}）</translation>
    </message>
    <message>
        <source>Mark “{name}” done</source>
        <translation>将“{name}”标记为完成</translation>
    </message>
    <message>
        <source>Mark “{name}” not done</source>
        <translation>将“{name}”标记为未完成</translation>
    </message>
    <message>
        <source>Unlink “{a}” → “{b}”</source>
        <translation>删除依赖“{a}”→“{b}”</translation>
    </message>
    <message>
        <source>Rename owners</source>
        <translation>重命名负责人</translation>
    </message>
</context>
</TS>
