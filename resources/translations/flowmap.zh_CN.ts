<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FlowMap</name>
    <message>
        <source>The output must end in .png or .pdf, not “{name}”.</source>
        <translation>输出文件须以 .png 或 .pdf 结尾，而不是“{name}”。</translation>
    </message>
    <message>
        <source>Flow map: where people see the campaign, how they join, what happens in the group, what they pay, how they are followed up</source>
        <translation>流程图：用户在哪里看到活动、怎样进群、群里发生什么、付多少钱、之后如何跟进</translation>
    </message>
    <message>
        <source>no numbers yet</source>
        <translation>暂无数据</translation>
    </message>
    <message>
        <source>+ %n more</source>
        <translation>另有 %n 项</translation>
    </message>
    <message>
        <source>Funnel (from the review)</source>
        <translation>转化漏斗（来自复盘）</translation>
    </message>
    <message>
        <source>No review numbers yet: record the daily numbers and channel results in the Review tab, and each step shows how many made it.</source>
        <translation>复盘还没有数据：在“复盘”页录入每日数据和渠道效果后，每一步都会显示到达人数。</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入口</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Key nodes</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>%n post(s)</source>
        <translation>%n 条预热</translation>
    </message>
    <message>
        <source>%n order(s)</source>
        <translation>%n 单</translation>
    </message>
    <message>
        <source>%n people</source>
        <translation>%n 人</translation>
    </message>
    <message>
        <source>Live code</source>
        <translation>群活码</translation>
    </message>
    <message>
        <source>not set yet</source>
        <translation>尚未设置</translation>
    </message>
    <message>
        <source>poster with QR</source>
        <translation>带二维码的海报</translation>
    </message>
    <message>
        <source>{members} / {capacity} members</source>
        <translation>{members} / {capacity} 人</translation>
    </message>
    <message>
        <source>Pay ¥{deal}</source>
        <translation>到手价 ¥{deal}</translation>
    </message>
    <message>
        <source>list price ¥{price} · quota {quota}</source>
        <translation>原价 ¥{price} · 限量 {quota}</translation>
    </message>
    <message>
        <source>Revenue ¥{revenue}</source>
        <translation>销售额 ¥{revenue}</translation>
    </message>
    <message>
        <source>{done} done</source>
        <translation>已完成 {done}</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>触达</translation>
    </message>
    <message>
        <source>Add channels in the Channels tab.</source>
        <translation>请在“渠道”页添加渠道。</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>进群</translation>
    </message>
    <message>
        <source>Add groups in the Group SOP tab.</source>
        <translation>请在“社群 SOP”页添加群。</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>The runbook has no key nodes yet.</source>
        <translation>执行流程里还没有关键节点。</translation>
    </message>
    <message>
        <source>ordered</source>
        <translation>下单</translation>
    </message>
    <message>
        <source>Follow-up lists fill once customers are imported.</source>
        <translation>导入客户后会生成跟进清单。</translation>
    </message>
</context>
<context>
    <name>FlowMapDialog</name>
    <message>
        <source>Flow map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>导出 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Numbers come from the Review tab; each arrow shows the share that made it from the step before.</source>
        <translation>数字来自“复盘”页；每个箭头上标的是从上一步走到这一步的比例。</translation>
    </message>
    <message>
        <source>The review has no numbers yet: once daily numbers and channel results are recorded, each step shows its count.</source>
        <translation>复盘还没有数据：录入每日数据和渠道效果后，每一步都会显示人数。</translation>
    </message>
    <message>
        <source>flow map</source>
        <translation>流程图</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export flow map</source>
        <translation>导出流程图</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
</context>
</TS>
