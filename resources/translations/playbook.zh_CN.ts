<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>PlanModels</name>
    <message>
        <source>There is no campaign model {name!r}; choose one of: {choices}.</source>
        <translation>没有名为 {name!r} 的活动模型；请从这些中选择：{choices}。</translation>
    </message>
</context>
</TS>
