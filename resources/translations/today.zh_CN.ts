<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DueBanner</name>
    <message>
        <source>Open Today</source>
        <translation>打开今天</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>DueNotifier</name>
    <message>
        <source>{count} items due</source>
        <translation>{count} 项到点了</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Due now: {time}</source>
        <translation>到点了：{time}</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Mark the selected item done where it lives: the task, the post (published), the beat or the timetable item</source>
        <translation>把选中的事项在它所在的地方标记完成：任务、发布（已发布）、节拍或执行表事项</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Skip the selected beat or timetable item</source>
        <translation>跳过选中的节拍或执行表事项</translation>
    </message>
    <message>
        <source>My role:</source>
        <translation>我的角色：</translation>
    </message>
    <message>
        <source>Whose share Today, its reminders and the calendar export show (also under View → My role)</source>
        <translation>“今天”、提醒和日历导出按这个角色筛选（也可在 视图 → 我的角色 中选择）</translation>
    </message>
    <message>
        <source>No campaign selected. Pick one on the left to see what is due today.</source>
        <translation>未选择活动。在左侧选一个，查看今天要做的事。</translation>
    </message>
    <message>
        <source>Today, {date} — {campaign}</source>
        <translation>今天，{date} — {campaign}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>今天稍后</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Done today</source>
        <translation>今天已处理</translation>
    </message>
    <message>
        <source>Nothing is due today for this role. The plan&apos;s next items are on the Gantt and in the runbook.</source>
        <translation>这个角色今天没有要做的事。后续事项请看甘特图和执行手册。</translation>
    </message>
    <message>
        <source>Warm-up: {days} days to launch</source>
        <translation>预热期：距开售还有 {days} 天</translation>
    </message>
    <message>
        <source>Group day {day} of {total}</source>
        <translation>群的第 {day} 天，共 {total} 天</translation>
    </message>
    <message>
        <source>The group has closed</source>
        <translation>群已收尾</translation>
    </message>
    <message>
        <source>My role: {role}</source>
        <translation>我的角色：{role}</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>全员</translation>
    </message>
    <message>
        <source>{now} now · {late} overdue · {later} later today</source>
        <translation>现在 {now} 项 · 逾期 {late} 项 · 今天稍后 {later} 项</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Runbook beat</source>
        <translation>执行节拍</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>执行表</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>A task or a post cannot be skipped: mark it done, or change it on its own tab.</source>
        <translation>任务和发布不能跳过：请标记完成，或到它所在的页签里修改。</translation>
    </message>
    <message>
        <source>Done: {item}</source>
        <translation>完成：{item}</translation>
    </message>
    <message>
        <source>Skipped: {item}</source>
        <translation>跳过：{item}</translation>
    </message>
</context>
</TS>
