<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignDraft</name>
    <message>
        <source>Required: type a few words.</source>
        <translation>必填：请输入内容。</translation>
    </message>
    <message>
        <source>Too long: {count} characters, at most {limit}.</source>
        <translation>太长：{count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype or paste plain text.</source>
        <translation>含有不可见的控制字符；请重新输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>Not a number: type a price such as 199 or 19.9.</source>
        <translation>不是数字：请输入价格，例如 199 或 19.9。</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <source>Too large: at most {limit} yuan.</source>
        <translation>数值过大：最多 {limit} 元。</translation>
    </message>
    <message>
        <source>The deal price is above the list price; the anchor works only when the deal is lower.</source>
        <translation>到手价高于原价；只有到手价更低，价格锚点才起作用。</translation>
    </message>
    <message>
        <source>The quota must be at least 1 (how many buyers get the offer).</source>
        <translation>限量至少为 1（能享受优惠的购买人数）。</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>数值过大：最多 {limit}。</translation>
    </message>
    <message>
        <source>A flash group lives 1 to 7 days.</source>
        <translation>快闪群的存续时间为 1 到 7 天。</translation>
    </message>
    <message>
        <source>Launch date and time are needed, e.g. 2026-06-18 20:00.</source>
        <translation>需要开售日期和时间，例如 2026-06-18 20:00。</translation>
    </message>
    <message>
        <source>The launch year must lie between 2000 and 2100.</source>
        <translation>开售年份须在 2000 到 2100 之间。</translation>
    </message>
    <message>
        <source>Cannot read {text!r} as a launch date; write it like 2026-06-18T20:00.</source>
        <translation>无法把 {text!r} 识别为开售时间；请按 2026-06-18T20:00 的格式填写。</translation>
    </message>
</context>
<context>
    <name>CampaignLabels</name>
    <message>
        <source>campaign</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>offer</source>
        <translation>优惠</translation>
    </message>
    <message>
        <source>red packet or draw</source>
        <translation>红包或抽奖</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>The campaign was not saved. {problems}</source>
        <translation>活动未保存。{problems}</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>{count} campaigns are named {name!r} (ids {ids}); give the id instead.</source>
        <translation>有 {count} 个活动都叫 {name!r}（编号 {ids}）；请改用编号。</translation>
    </message>
    <message>
        <source>No campaign with id or name {ref!r}; `flashdesk campaigns` lists them.</source>
        <translation>没有编号或名称为 {ref!r} 的活动；用 `flashdesk campaigns` 可以列出全部活动。</translation>
    </message>
</context>
<context>
    <name>Incentives</name>
    <message>
        <source>Red packet</source>
        <translation>红包</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>抽奖</translation>
    </message>
    <message>
        <source>The incentives can spend ¥{planned}, above the budget of ¥{budget} by ¥{over}: lower counts or amounts, or raise the budget.</source>
        <translation>红包和抽奖最多会花 ¥{planned}，比预算 ¥{budget} 多出 ¥{over}：减少个数或金额，或者提高预算。</translation>
    </message>
    <message>
        <source>At most {count} incentives per campaign.</source>
        <translation>每个活动最多 {count} 条红包/抽奖。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>unknown key node {key!r}; pick one of the runbook&apos;s nodes.</source>
        <translation>没有关键节点 {key!r}，请从执行表的节点中选一个。</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}; use a red packet or a draw.</source>
        <translation>没有 {kind!r} 这种形式，请选红包或抽奖。</translation>
    </message>
    <message>
        <source>the count must lie between 1 and {most}.</source>
        <translation>个数须在 1 到 {most} 之间。</translation>
    </message>
    <message>
        <source>an amount is not a number.</source>
        <translation>金额不是数字。</translation>
    </message>
    <message>
        <source>an amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>the highest amount must be above 0.</source>
        <translation>最高金额须大于 0。</translation>
    </message>
    <message>
        <source>the lowest amount ({low}) is above the highest ({high}); swap them.</source>
        <translation>最低金额（{low}）高于最高金额（{high}），请对调。</translation>
    </message>
    <message>
        <source>too large: at most {limit} yuan.</source>
        <translation>太大了：最多 {limit} 元。</translation>
    </message>
    <message>
        <source>the sender&apos;s name is longer than 100 characters.</source>
        <translation>发送人名字超过 100 个字符。</translation>
    </message>
    <message>
        <source>The budget must be an amount from 0 to {limit} yuan.</source>
        <translation>预算须在 0 到 {limit} 元之间。</translation>
    </message>
    <message>
        <source>The incentives were not saved. {problems}</source>
        <translation>红包和抽奖没有保存。{problems}</translation>
    </message>
</context>
<context>
    <name>Offer</name>
    <message>
        <source>Cannot read the coupon {text!r}; write it as 满300减50 (spend 300, 50 off) or 立减20 (20 off).</source>
        <translation>看不懂优惠券 {text!r}，请写成 满300减50（满 300 元减 50 元）或 立减20（直接减 20 元）。</translation>
    </message>
    <message>
        <source>Not a number: type an amount such as 50 or 9.9.</source>
        <translation>不是数字：请输入金额，如 50 或 9.9。</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>Too large: at most {limit} yuan.</source>
        <translation>太大了：最多 {limit} 元。</translation>
    </message>
    <message>
        <source>Too long: {count} characters, at most {limit}.</source>
        <translation>太长了：{count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>Contains invisible control characters; retype or paste plain text.</source>
        <translation>含有看不见的控制字符，请重新输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>The gift has a value but no name: say what the buyer gets, e.g. 380ml 正装.</source>
        <translation>赠品有价值却没有名称：写明顾客拿到什么，例如 380ml 正装。</translation>
    </message>
    <message>
        <source>The coupon has a threshold but nothing off: type the amount off, or set the threshold to 0.</source>
        <translation>优惠券有门槛却没有减免金额：填写减多少，或把门槛设为 0。</translation>
    </message>
    <message>
        <source>The threshold ({threshold}) must be above the amount off ({off}), or the order would cost nothing.</source>
        <translation>门槛（{threshold}）须高于减免金额（{off}），否则订单等于白送。</translation>
    </message>
    <message>
        <source>立减 {off} takes the whole deal price ({deal}); make it smaller.</source>
        <translation>立减 {off} 抵掉了整个到手价（{deal}），请调小。</translation>
    </message>
    <message>
        <source>A deposit needs a deal price to be part of: set the deal price first.</source>
        <translation>定金是到手价的一部分：请先设置到手价。</translation>
    </message>
    <message>
        <source>The deposit ({deposit}) must be below the deal price ({deal}); the balance is the rest.</source>
        <translation>定金（{deposit}）须低于到手价（{deal}），剩下的是尾款。</translation>
    </message>
    <message>
        <source>The balance window lasts 1 to {most} hours.</source>
        <translation>尾款支付时长为 1 到 {most} 小时。</translation>
    </message>
    <message>
        <source>The balance window opens 0 to {most} hours after launch.</source>
        <translation>尾款在开售后 0 到 {most} 小时内开始支付。</translation>
    </message>
    <message>
        <source>A limit per person must be at least 1; leave it empty for no limit.</source>
        <translation>每人限购至少 1 件；不限购请留空。</translation>
    </message>
    <message>
        <source>Too large: at most {limit}.</source>
        <translation>太大了：最多 {limit}。</translation>
    </message>
    <message>
        <source>The limit per person ({limit}) is above the quota ({quota}); lower it.</source>
        <translation>每人限购（{limit}）超过了限量（{quota}），请调低。</translation>
    </message>
    <message>
        <source>Deal price ¥{deal}</source>
        <translation>到手价 ¥{deal}</translation>
    </message>
    <message>
        <source> (list ¥{list})</source>
        <translation>（原价 ¥{list}）</translation>
    </message>
    <message>
        <source>No deal price yet</source>
        <translation>还没有设置到手价</translation>
    </message>
    <message>
        <source>Gift: {gift} (worth ¥{value})</source>
        <translation>赠品：{gift}（价值 ¥{value}）</translation>
    </message>
    <message>
        <source>Gift: {gift}</source>
        <translation>赠品：{gift}</translation>
    </message>
    <message>
        <source>Coupon {coupon}</source>
        <translation>优惠券 {coupon}</translation>
    </message>
    <message>
        <source>Deposit ¥{deposit}, balance paid {window}</source>
        <translation>定金 ¥{deposit}，尾款 {window} 支付</translation>
    </message>
    <message>
        <source>New members get {gift}</source>
        <translation>新人礼：{gift}</translation>
    </message>
    <message>
        <source>Limit {limit} per person</source>
        <translation>每人限购 {limit} 件</translation>
    </message>
    <message>
        <source>Saves ¥{saving} against the list price</source>
        <translation>比原价省 ¥{saving}</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Overview</source>
        <translation>活动概览</translation>
    </message>
</context>
</TS>
