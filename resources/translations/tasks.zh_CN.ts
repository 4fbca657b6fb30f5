<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>TaskService</name>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
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
        <source>That owner does not belong to this campaign.</source>
        <translation>该负责人不属于这个活动。</translation>
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
        <source>An owner's name is 1 to 100 characters.</source>
        <translation>负责人名称为 1 到 100 个字符。</translation>
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
</TS>