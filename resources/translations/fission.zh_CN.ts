<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Fission</name>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>试运行：没有做任何修改。</translation>
    </message>
    <message>
        <source>{name}: invites are imported from an .xlsx or .csv export; save the file as one of those.</source>
        <translation>{name}：邀请记录要从 .xlsx 或 .csv 导出文件导入，请另存为其中一种格式。</translation>
    </message>
    <message>
        <source>{name}: no heading row names an inviter (邀请人) and an invitee (被邀请人 or 昵称) among the first {count} rows. Export the invite records or the group member list with its inviter column.</source>
        <translation>{name}：前 {count} 行里找不到同时写有邀请人和被邀请人（被邀请人或昵称）的表头。请导出邀请记录，或带“邀请人”列的群成员列表。</translation>
    </message>
    <message>
        <source>Row {row}, column {column} ({heading}): </source>
        <translation>第 {row} 行，{column} 列（{heading}）：</translation>
    </message>
    <message>
        <source>the text is {length} characters; at most {limit} fit.</source>
        <translation>内容有 {length} 个字，最多只能 {limit} 个。</translation>
    </message>
    <message>
        <source>the invitee is empty; every invite needs the person invited.</source>
        <translation>被邀请人为空；每条邀请都要写明邀请了谁。</translation>
    </message>
    <message>
        <source>… and {count} more problems.</source>
        <translation>……还有 {count} 处问题。</translation>
    </message>
    <message>
        <source>{name}: nothing was imported; correct the file and import it again.</source>
        <translation>{name}：什么都没有导入；请改正文件后重新导入。</translation>
    </message>
    <message>
        <source>Invites per promoter</source>
        <translation>人均邀请</translation>
    </message>
    <message>
        <source>Share of members who invited someone</source>
        <translation>邀请过人的成员占比</translation>
    </message>
    <message>
        <source>Members per promoter</source>
        <translation>每位推广员对应成员</translation>
    </message>
    <message>
        <source>invited themselves</source>
        <translation>邀请了自己</translation>
    </message>
    <message>
        <source>left the group; the file does not say when they joined</source>
        <translation>已退群，文件里没有写何时进群</translation>
    </message>
    <message>
        <source>left the group after {hours} h (within {limit} h)</source>
        <translation>进群 {hours} 小时就退群（{limit} 小时内）</translation>
    </message>
    <message>
        <source>already a customer since {day} (before the campaign began on {start})</source>
        <translation>{day} 起就是客户（活动 {start} 开始之前）</translation>
    </message>
    <message>
        <source>A reward is {choices}, not {status!r}.</source>
        <translation>奖励状态只能是 {choices}，不能是 {status!r}。</translation>
    </message>
    <message>
        <source>The campaign has no reward for {count} invites.</source>
        <translation>本活动没有邀请 {count} 人对应的奖励。</translation>
    </message>
    <message>
        <source>{file}: {added} added, {updated} updated, {same} unchanged, {skipped} skipped; {counted} count, {not_counted} do not; {alone} rows without an inviter.</source>
        <translation>{file}：新增 {added}，更新 {updated}，未变 {same}，跳过 {skipped}；计入 {counted}，不计入 {not_counted}；另有 {alone} 行没有邀请人。</translation>
    </message>
    <message>
        <source>already invited by {name} (row {row})</source>
        <translation>已由 {name} 邀请（第 {row} 行）</translation>
    </message>
    <message>
        <source>already counted for {name}</source>
        <translation>已算在 {name} 名下</translation>
    </message>
</context>
<context>
    <name>FissionLabels</name>
    <message>
        <source>fission model</source>
        <translation>裂变模型</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>invite</source>
        <translation>邀请</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row in the file</source>
        <translation>文件中的行</translation>
    </message>
    <message>
        <source>reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Tier (invites)</source>
        <translation>档位（邀请数）</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>发放时间</translation>
    </message>
</context>
<context>
    <name>FissionTab</name>
    <message>
        <source>Fission</source>
        <translation>裂变</translation>
    </message>
    <message>
        <source>Import invites…</source>
        <translation>导入邀请记录…</translation>
    </message>
    <message>
        <source>An SCRM invite export, or a group member export with its inviter column (.xlsx or .csv)</source>
        <translation>SCRM 导出的邀请记录，或带“邀请人”列的群成员导出（.xlsx 或 .csv）</translation>
    </message>
    <message>
        <source>Save leaderboard image…</source>
        <translation>保存排行榜图片…</translation>
    </message>
    <message>
        <source>A PNG of the leaderboard to post in the group</source>
        <translation>排行榜 PNG 图片，可直接发到群里</translation>
    </message>
    <message>
        <source>Personal posters…</source>
        <translation>专属海报…</translation>
    </message>
    <message>
        <source>Each promoter&apos;s own poster with their nickname, avatar and personal QR code</source>
        <translation>为每位推广员生成带其昵称、头像和专属二维码的海报</translation>
    </message>
    <message>
        <source>Mark reward sent</source>
        <translation>标记奖励已发放</translation>
    </message>
    <message>
        <source>Review figures</source>
        <translation>复盘指标</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Promoter</source>
        <translation>推广员</translation>
    </message>
    <message>
        <source>Valid invites</source>
        <translation>有效邀请</translation>
    </message>
    <message>
        <source>Not counted</source>
        <translation>不计入</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>发放状态</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>被邀请人</translation>
    </message>
    <message>
        <source>Invited at</source>
        <translation>邀请时间</translation>
    </message>
    <message>
        <source>Left at</source>
        <translation>退群时间</translation>
    </message>
    <message>
        <source>Counts?</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Invites</source>
        <translation>邀请明细</translation>
    </message>
    <message>
        <source>No invites yet. Import invites… reads an SCRM invite export, or a group member export with its inviter column; the leaderboard is counted from them.</source>
        <translation>还没有邀请记录。点“导入邀请记录…”读入 SCRM 邀请导出，或带邀请人列的群成员导出；排行榜据此统计。</translation>
    </message>
    <message>
        <source>Choose a campaign to see its invites and rewards.</source>
        <translation>请先选择一个活动，查看它的邀请和奖励。</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待发放</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>{count} more for {reward}</source>
        <translation>再邀 {count} 人得{reward}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>Valid invites: {valid}, not counted: {other}, members: {members}.</source>
        <translation>有效邀请 {valid}，不计入 {other}，群成员 {members}。</translation>
    </message>
    <message>
        <source>This campaign was planned without a fission model, so it has no reward ladder; invites still count. Plan a campaign as 传播型, 产品型 or 服务型 to get one.</source>
        <translation>这个活动规划时没有选裂变模型，所以没有奖励阶梯；邀请照常计数。新建活动时选择传播型、产品型或服务型即可获得奖励阶梯。</translation>
    </message>
    <message>
        <source>Model: {name} — {summary}</source>
        <translation>模型：{name} —— {summary}</translation>
    </message>
    <message>
        <source>{count} invites → {reward}</source>
        <translation>邀 {count} 人 → {reward}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reward tiers</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Not counted: people who left within {hours} h of joining, and customers known before {day}.</source>
        <translation>不计入：进群 {hours} 小时内退群的人，以及 {day} 之前就已是客户的人。</translation>
    </message>
    <message>
        <source>Rewards: {tiers}.</source>
        <translation>奖励：{tiers}。</translation>
    </message>
    <message>
        <source>Mark reward pending</source>
        <translation>改回待发放</translation>
    </message>
    <message>
        <source>Reward sent to {name}</source>
        <translation>已给 {name} 发放奖励</translation>
    </message>
    <message>
        <source>Reward pending for {name}</source>
        <translation>{name} 的奖励改回待发放</translation>
    </message>
    <message>
        <source>Import invites</source>
        <translation>导入邀请记录</translation>
    </message>
    <message>
        <source>Invite exports (*.xlsx *.csv)</source>
        <translation>邀请记录导出文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import invites from {name}</source>
        <translation>从 {name} 导入邀请</translation>
    </message>
    <message>
        <source>Save leaderboard image</source>
        <translation>保存排行榜图片</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
</context>
<context>
    <name>InvitePreview</name>
    <message>
        <source>Import invites: {name}</source>
        <translation>导入邀请：{name}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Inviter</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Invitee</source>
        <translation>被邀请人</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Counts?</source>
        <translation>是否计入</translation>
    </message>
    <message>
        <source>counts</source>
        <translation>计入</translation>
    </message>
    <message>
        <source>The campaign already holds these invites; importing would change nothing.</source>
        <translation>活动里已经有这些邀请，再导入也不会有任何变化。</translation>
    </message>
</context>
</TS>
