<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ABPage</name>
    <message>
        <source>New test</source>
        <translation>新建测试</translation>
    </message>
    <message>
        <source>Delete test</source>
        <translation>删除测试</translation>
    </message>
    <message>
        <source>e.g. invitation copy, poster headline</source>
        <translation>例如：邀请文案、海报标题</translation>
    </message>
    <message>
        <source>Step tested:</source>
        <translation>测试环节：</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Exposed</source>
        <translation>曝光人数</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>转化人数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>No A/B tests yet. Test one uncertain step (change one thing, keep the rest) before scaling it: press New test.</source>
        <translation>还没有 A/B 测试。放量之前，先对拿不准的环节做测试（只改一处，其余不变）：点“新建测试”。</translation>
    </message>
    <message>
        <source>Difference B − A: {diff} points (95 % interval {low} to {high}) · p-value {p}</source>
        <translation>差值 B − A：{diff} 个百分点（95% 区间 {low} 到 {high}）· p 值 {p}</translation>
    </message>
    <message>
        <source>Edit A/B test {step}</source>
        <translation>编辑 A/B 测试“{step}”</translation>
    </message>
    <message>
        <source>New test {n}</source>
        <translation>新测试 {n}</translation>
    </message>
    <message>
        <source>Add A/B test</source>
        <translation>新建 A/B 测试</translation>
    </message>
    <message>
        <source>Delete A/B test {step}</source>
        <translation>删除 A/B 测试“{step}”</translation>
    </message>
</context>
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
    <message>
        <source>That A/B test no longer exists; it may have been deleted. Pick another test.</source>
        <translation>这个 A/B 测试已不存在，可能已被删除。请选择其他测试。</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export all charts…</source>
        <translation>导出全部图表…</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Cannot write {path}</source>
        <translation>无法写入 {path}</translation>
    </message>
    <message>
        <source>Export all charts to a folder</source>
        <translation>把全部图表导出到文件夹</translation>
    </message>
    <message>
        <source>Cannot write to {folder}</source>
        <translation>无法写入文件夹 {folder}</translation>
    </message>
</context>
<context>
    <name>NotesPage</name>
    <message>
        <source>What happened, what you would change…</source>
        <translation>发生了什么，下次要改什么……</translation>
    </message>
    <message>
        <source>Draft from the data</source>
        <translation>根据数据生成草稿</translation>
    </message>
    <message>
        <source>Write an outline from the recorded numbers, notes and A/B tests: what went well and what did not, by dimension.</source>
        <translation>根据已记录的数据、流程备注和 A/B 测试生成提纲：按维度列出做得好和待改进的地方。</translation>
    </message>
    <message>
        <source>Press “Draft from the data”, then edit.</source>
        <translation>点“根据数据生成草稿”，再修改。</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>Draft the outline</source>
        <translation>生成提纲草稿</translation>
    </message>
    <message>
        <source>Replace the outline you wrote with a fresh draft? Undo brings yours back.</source>
        <translation>用新草稿替换你写的提纲吗？撤销可以恢复原来的内容。</translation>
    </message>
</context>
<context>
    <name>RecordsModel</name>
    <message>
        <source>Linked to the library copy “{title}”: its participants follow this row and the copies tab.</source>
        <translation>已关联文案库中的“{title}”：其参与人数与此行及文案页保持一致。</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Delete rows</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Paste from Excel</source>
        <translation>从 Excel 粘贴</translation>
    </message>
    <message>
        <source>Copy rows in Excel (columns in this table&apos;s order, a heading row is fine) and paste them here (Ctrl+V).</source>
        <translation>在 Excel 里复制若干行（列顺序与本表相同，可带表头行），再粘贴到这里（Ctrl+V）。</translation>
    </message>
    <message>
        <source>Link library copy…</source>
        <translation>关联文案库…</translation>
    </message>
    <message>
        <source>Pick the copy library&apos;s copy this row reports on: its participants are then kept in step with the copies tab, and the best copy uses them.</source>
        <translation>选择此行对应的文案库文案：之后参与人数会与文案页保持一致，最佳文案也会据此计算。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the copy row to link first.</source>
        <translation>请先选中要关联的文案行。</translation>
    </message>
    <message>
        <source>Link {row} to a library copy</source>
        <translation>将“{row}”关联到文案库</translation>
    </message>
    <message>
        <source>Unlink {row} from the library</source>
        <translation>取消“{row}”与文案库的关联</translation>
    </message>
    <message>
        <source>Edit {column} in {table}</source>
        <translation>编辑{table}的“{column}”</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>群 {n}</translation>
    </message>
    <message>
        <source>Channel {n}</source>
        <translation>渠道 {n}</translation>
    </message>
    <message>
        <source>Copy {n}</source>
        <translation>文案 {n}</translation>
    </message>
    <message>
        <source>Material {n}</source>
        <translation>素材 {n}</translation>
    </message>
    <message>
        <source>Add a row to {table}</source>
        <translation>在{table}中添加一行</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n row(s) from {table}</source>
        <translation>
            <numerusform>从{table}删除 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted rows</source>
        <translation>粘贴的数据</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n row(s) into {table}</source>
        <translation>
            <numerusform>向{table}粘贴 %n 行</numerusform>
        </translation>
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
    <name>ReviewEdits</name>
    <message>
        <source>Recorded twice</source>
        <translation>重复记录</translation>
    </message>
    <message>
        <source>Use the new numbers</source>
        <translation>用新数据</translation>
    </message>
    <message>
        <source>Keep the recorded ones</source>
        <translation>保留已记录的</translation>
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
    <name>ReviewLabels</name>
    <message>
        <source>day&apos;s numbers</source>
        <translation>每日数据</translation>
    </message>
    <message>
        <source>channel&apos;s numbers</source>
        <translation>渠道数据</translation>
    </message>
    <message>
        <source>copy&apos;s numbers</source>
        <translation>文案数据</translation>
    </message>
    <message>
        <source>Library copy</source>
        <translation>文案库文案</translation>
    </message>
    <message>
        <source>material&apos;s numbers</source>
        <translation>素材数据</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Step tested</source>
        <translation>测试环节</translation>
    </message>
    <message>
        <source>Variant A</source>
        <translation>版本 A</translation>
    </message>
    <message>
        <source>Variant B</source>
        <translation>版本 B</translation>
    </message>
    <message>
        <source>Exposed (A)</source>
        <translation>曝光人数（A）</translation>
    </message>
    <message>
        <source>Converted (A)</source>
        <translation>转化人数（A）</translation>
    </message>
    <message>
        <source>Exposed (B)</source>
        <translation>曝光人数（B）</translation>
    </message>
    <message>
        <source>Converted (B)</source>
        <translation>转化人数（B）</translation>
    </message>
    <message>
        <source>review notes</source>
        <translation>复盘笔记</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>ReviewLinks</name>
    <message>
        <source>The copies table has no row {title!r}; add the row first.</source>
        <translation>文案表中没有“{title}”这一行，请先添加该行。</translation>
    </message>
    <message>
        <source>Copy {id} is not in the copy library (any more); pick another.</source>
        <translation>文案 {id} 不在（或已不在）文案库中，请另选一条。</translation>
    </message>
    <message>
        <source>{copy!r} belongs to another campaign; pick a library-wide copy or one of this campaign.</source>
        <translation>“{copy}”属于另一个活动，请选择通用文案或本活动的文案。</translation>
    </message>
    <message>
        <source>{copy!r} is already linked to the row {row!r}; unlink it there first.</source>
        <translation>“{copy}”已关联到“{row}”这一行，请先在那里取消关联。</translation>
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
        <source>{where}: %n row(s) recorded twice ({sample}). Choose whether the new numbers or the recorded ones win.</source>
        <translation>{where}：有 %n 行重复记录（{sample}）。请选择保留新数据还是已记录的数据。</translation>
    </message>
    <message>
        <source>that row was deleted meanwhile.</source>
        <translation>这一行在此期间已被删除。</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>Review</source>
        <translation>复盘</translation>
    </message>
    <message>
        <source>Quota sold</source>
        <translation>限量售出</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Best channel</source>
        <translation>最佳渠道</translation>
    </message>
    <message>
        <source>Best copy</source>
        <translation>最佳文案</translation>
    </message>
    <message>
        <source>Import from workbook…</source>
        <translation>从工作簿导入…</translation>
    </message>
    <message>
        <source>Read the 复盘数据 sheets of a team workbook exported by FlashDesk (every row is checked first).</source>
        <translation>读取 FlashDesk 导出的团队工作簿中的复盘数据工作表（先逐行检查）。</translation>
    </message>
    <message>
        <source>Fill in example numbers</source>
        <translation>填入示例数据</translation>
    </message>
    <message>
        <source>Record a realistic example campaign&apos;s numbers to see the charts and outline; Undo removes them.</source>
        <translation>填入一组贴近真实的示例数据，看看图表和提纲的效果；撤销即可删除。</translation>
    </message>
    <message>
        <source>Nothing recorded yet. Type or paste numbers from Excel into the tables below, or import a team workbook.</source>
        <translation>还没有记录数据。可以在下面的表格里直接填写、从 Excel 粘贴，或导入团队工作簿。</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <source>Notes and outline</source>
        <translation>流程备注与提纲</translation>
    </message>
    <message>
        <source>No campaign selected. Pick one on the left to record and review its numbers.</source>
        <translation>未选择活动。请在左侧选择一个活动来记录和复盘数据。</translation>
    </message>
    <message numerus="yes">
        <source>Also counted: %n channel-day(s) from published posts in the warm-up calendar (their participants, likes and comments). A row here for the same channel and day replaces that day&apos;s posts.</source>
        <translation>
            <numerusform>另外计入：宣发日历中已发布帖子的 %n 个渠道日（参与人数、点赞和评论）。在此表中为同一渠道同一天记一行，将取代当天的帖子数据。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Also counted: %n day-group(s) of paid orders from imported shop exports (Customers tab), with the group&apos;s members from its member export. A row here for the same day and group replaces them.</source>
        <translation>
            <numerusform>另已计入：来自导入的店铺订单（客户页）的 %n 个“日期+群”的已付订单，群成员数取自该群的成员导出。此处同一日期和群的一行会替代它们。</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} of {quota}</source>
        <translation>{orders} / {quota}</translation>
    </message>
    <message>
        <source>no quota set</source>
        <translation>未设置限量</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) recorded</source>
        <translation>
            <numerusform>已记录 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>¥{avg:,.0f} per order</source>
        <translation>客单价 ¥{avg:,.0f}</translation>
    </message>
    <message>
        <source>orders / {members} members</source>
        <translation>订单 / {members} 名群成员</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n 人参与</numerusform>
        </translation>
    </message>
    <message>
        <source>Fission ({model}): {valid} valid invites from {promoters} promoters, {members} members. {figures}</source>
        <translation>裂变（{model}）：{promoters} 位推广员带来 {valid} 个有效邀请，群成员 {members} 人。{figures}</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>未选模型</translation>
    </message>
    <message>
        <source>Import review numbers</source>
        <translation>导入复盘数据</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Import review numbers from {file}</source>
        <translation>从 {file} 导入复盘数据</translation>
    </message>
    <message>
        <source>{file} holds no numbers that are not recorded already.</source>
        <translation>{file} 中的数据都已记录过，没有新数据。</translation>
    </message>
    <message>
        <source>Importing review numbers…</source>
        <translation>正在导入复盘数据…</translation>
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
