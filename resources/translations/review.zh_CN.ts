<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ABTest</name>
    <message>
        <source>Enter how many people saw each variant.</source>
        <translation>请填写每个版本的曝光人数。</translation>
    </message>
    <message>
        <source>Not enough data yet: nobody converted in either variant.</source>
        <translation>数据还不够：两个版本都还没有人转化。</translation>
    </message>
    <message>
        <source>No difference so far: both convert {rate}. Keep the one that is cheaper to run.</source>
        <translation>目前没有差别：两个版本的转化率都是 {rate}。选执行成本更低的那个即可。</translation>
    </message>
    <message>
        <source>{better} wins: it converts {points} percentage points better than {worse} (95 % sure the gain is between {low} and {high} points). Scale {better}.</source>
        <translation>{better} 胜出：转化率比 {worse} 高 {points} 个百分点（95% 把握提升在 {low} 到 {high} 个百分点之间）。可以放量使用 {better}。</translation>
    </message>
    <message>
        <source>Not enough data yet: about {more} more per variant to tell whether the {points}-point gap is real.</source>
        <translation>数据还不够：每个版本大约还需要 {more} 人，才能判断 {points} 个百分点的差距是否真实。</translation>
    </message>
    <message>
        <source>No real difference: with this many people a gap of {points} points is within chance (p = {p}). Either variant will do.</source>
        <translation>没有实质差别：在这个样本量下，{points} 个百分点的差距属于随机波动（p = {p}）。两个版本都可以。</translation>
    </message>
    <message>
        <source>Name the step being tested (e.g. the invitation copy).</source>
        <translation>请填写测试的环节（例如：邀请文案）。</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number.</source>
        <translation>{value!r} 不是整数。</translation>
    </message>
    <message>
        <source>Counts cannot be negative ({value}).</source>
        <translation>人数不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>Variant {variant}: {converted} converted but only {exposed} exposed; converted people are part of the exposed ones.</source>
        <translation>版本 {variant}：转化 {converted} 人，但曝光只有 {exposed} 人；转化人数应包含在曝光人数之内。</translation>
    </message>
</context>
<context>
    <name>ReviewCharts</name>
    <message>
        <source>Members and active members per day</source>
        <translation>每日群成员与活跃成员</translation>
    </message>
    <message>
        <source>Orders per day and cumulative against the quota</source>
        <translation>每日订单与累计销量（对比限量）</translation>
    </message>
    <message>
        <source>Revenue per day</source>
        <translation>每日销售额</translation>
    </message>
    <message>
        <source>Channel contribution (participants)</source>
        <translation>渠道贡献（参与人数）</translation>
    </message>
    <message>
        <source>Copy ranking (participants after use)</source>
        <translation>文案排行（使用后参与人数）</translation>
    </message>
    <message>
        <source>Material ranking</source>
        <translation>素材排行</translation>
    </message>
    <message>
        <source>Funnel: reach to group joins to orders</source>
        <translation>漏斗：触达 → 进群 → 下单</translation>
    </message>
    <message>
        <source>No numbers recorded yet</source>
        <translation>还没有记录数据</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人数</translation>
    </message>
    <message>
        <source>Orders per day</source>
        <translation>每日订单</translation>
    </message>
    <message>
        <source>Cumulative orders</source>
        <translation>累计订单</translation>
    </message>
    <message>
        <source>Quota {quota}</source>
        <translation>限量 {quota}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Participants after use</source>
        <translation>使用后参与人数</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>转发</translation>
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
        <source>Reached on channels</source>
        <translation>渠道触达</translation>
    </message>
    <message>
        <source>Joined a group</source>
        <translation>进群</translation>
    </message>
    <message>
        <source>Active in the group</source>
        <translation>群内活跃</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>下单</translation>
    </message>
</context>
<context>
    <name>ReviewImport</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{path} is not an Excel workbook FlashDesk can read ({error}). Choose an .xlsx exported by FlashDesk.</source>
        <translation>{path} 不是 FlashDesk 能读取的 Excel 工作簿（{error}）。请选择 FlashDesk 导出的 .xlsx 文件。</translation>
    </message>
    <message>
        <source>{path} has no 复盘数据 sheets ({sheets}).</source>
        <translation>{path} 里没有复盘数据工作表（{sheets}）。</translation>
    </message>
    <message>
        <source>the column heading is missing from row {row}.</source>
        <translation>第 {row} 行缺少这一列的表头。</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was changed.</source>
        <translation>已取消导入，数据没有任何改动。</translation>
    </message>
</context>
<context>
    <name>ReviewRecords</name>
    <message>
        <source>Daily numbers</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>群成员</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃成员</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue (yuan)</source>
        <translation>销售额（元）</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>动作次数</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Used on</source>
        <translation>使用日期</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Shares</source>
        <translation>转发</translation>
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
        <source>Reads</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>{where}, row {row}, column {column}: {problem} Nothing was saved.</source>
        <translation>{where}，第 {row} 行，“{column}”列：{problem}未保存任何数据。</translation>
    </message>
    <message>
        <source>the day is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>{value!r} is not a date; write it like 2026-06-18.</source>
        <translation>{value!r} 不是日期，请写成 2026-06-18 这样的格式。</translation>
    </message>
    <message>
        <source>{day} is outside the campaign ({start} to {end}); check the year and month.</source>
        <translation>{day} 不在活动期间（{start} 至 {end}）内，请检查年份和月份。</translation>
    </message>
    <message>
        <source>the name is missing.</source>
        <translation>缺少名称。</translation>
    </message>
    <message>
        <source>is longer than 200 characters.</source>
        <translation>超过 200 个字。</translation>
    </message>
    <message>
        <source>{value!r} is not a material type; use poster, video or article (海报, 视频, 文章).</source>
        <translation>{value!r} 不是素材类型，请填写 海报、视频 或 文章。</translation>
    </message>
    <message>
        <source>{value!r} is text; a number is needed here.</source>
        <translation>{value!r} 是文字，这里需要填数字。</translation>
    </message>
    <message>
        <source>{value} is negative; counts and amounts start at 0.</source>
        <translation>{value} 是负数；人数和金额最小为 0。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>{value} 不是整数。</translation>
    </message>
    <message>
        <source>{active} active members but only {members} members; active members are part of the members.</source>
        <translation>活跃成员 {active} 人，但群成员只有 {members} 人；活跃成员应包含在群成员之内。</translation>
    </message>
</context>
<context>
    <name>ReviewService</name>
    <message>
        <source>{count} row(s) are recorded twice ({sample}). Choose whether the new numbers or the recorded ones win.</source>
        <translation>有 {count} 行重复记录（{sample}）。请选择保留新数据还是已记录的数据。</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Before the launch</source>
        <translation>发售前</translation>
    </message>
    <message>
        <source>During the launch</source>
        <translation>发售中</translation>
    </message>
    <message>
        <source>After the launch</source>
        <translation>发售后</translation>
    </message>
    <message>
        <source>Review outline</source>
        <translation>复盘提纲</translation>
    </message>
    <message>
        <source>The text has {count} characters; at most {max} fit. Shorten it.</source>
        <translation>文字共 {count} 个字，最多 {max} 个，请删减。</translation>
    </message>
</context>
</TS>
