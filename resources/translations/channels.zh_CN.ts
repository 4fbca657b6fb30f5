<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CalendarModel</name>
    <message>
        <source>Poster: #{id}</source>
        <translation>海报：#{id}</translation>
    </message>
    <message>
        <source>Poster: {name} (deleted)</source>
        <translation>海报：{name}（已删除）</translation>
    </message>
    <message>
        <source>Poster: {name} (checker errors: {n})</source>
        <translation>海报：{name}（检查错误：{n} 个）</translation>
    </message>
    <message>
        <source>Poster: {name}</source>
        <translation>海报：{name}</translation>
    </message>
    <message>
        <source>Copy: {title}</source>
        <translation>文案：{title}</translation>
    </message>
    <message>
        <source>Owner: {owner}</source>
        <translation>负责人：{owner}</translation>
    </message>
    <message>
        <source>Likes {likes} · comments {comments} · participants {participants}</source>
        <translation>点赞 {likes} · 评论 {comments} · 参与 {participants}</translation>
    </message>
    <message>
        <source>Launch day</source>
        <translation>开售日</translation>
    </message>
    <message>
        <source>The group closes</source>
        <translation>解散群</translation>
    </message>
    <message>
        <source>Outside the campaign window</source>
        <translation>不在活动期内</translation>
    </message>
</context>
<context>
    <name>ChannelChecks</name>
    <message>
        <source>{channel}, {day}: {count} posts on one day, but customers see only one a day here. Keep one and move the others to free days.</source>
        <translation>{channel}，{day}：同一天排了 {count} 条，但这里客户一天只看得到一条。留一条，其余挪到空闲的日子。</translation>
    </message>
    <message>
        <source>{channel}, {day}: this post comes after the group closes on {close}. Move it into the window or delete it.</source>
        <translation>{channel}，{day}：这条发布在解散群（{close}）之后。请挪到活动期内，或删掉。</translation>
    </message>
    <message>
        <source>{channel} has no post planned. Add one on the calendar or remove the channel from the matrix.</source>
        <translation>{channel} 还没有安排任何发布。请在预热日历上加一条，或从宣发规划表中移除这个渠道。</translation>
    </message>
    <message>
        <source>The first “{stage}” post is on {day}, not before the launch at {launch}: people cannot join in time. Move it earlier.</source>
        <translation>第一条“{stage}”发布在 {day}，没有早于开售时间 {launch}：客户来不及进群。请提前。</translation>
    </message>
    <message>
        <source>No channel opens the way into the group before the launch. Plan a “{stage}” post, for example on {channel} on {day}.</source>
        <translation>开售前没有任何渠道放出进群入口。请安排一条“{stage}”发布，例如在 {channel} 的 {day}。</translation>
    </message>
    <message>
        <source>{channel}, {day}: published, but no results recorded for the review. Enter its likes, comments and participants.</source>
        <translation>{channel}，{day}：已发布，但还没记录效果数据，复盘用不上。请填写点赞、评论和参与人数。</translation>
    </message>
    <message>
        <source>{channel}, {day}: {likes} likes and {comments} comments not followed up. Tag them as high intent, message each one, then tick “followed up”.</source>
        <translation>{channel}，{day}：{likes} 个点赞、{comments} 条评论还没跟进。给他们打上高意向标签、逐个私聊，然后勾选“已跟进”。</translation>
    </message>
    <message>
        <source>{channel}, {day}: the linked copy “{title}” needs rewording: {reasons}. Edit it in the copy library or pick another copy.</source>
        <translation>{channel}，{day}：关联文案“{title}”需要改写：{reasons}。请在文案库中修改，或换一条文案。</translation>
    </message>
    <message>
        <source>{channel}, {day}: the linked poster “{poster}” was deleted. Pick another poster in the post.</source>
        <translation>{channel}，{day}：关联的海报“{poster}”已被删除，请在这条发布里另选一张海报。</translation>
    </message>
    <message>
        <source>{channel}, {day}: the linked poster “{poster}” has checker errors ({n}). Fix it in the Posters tab before it goes out.</source>
        <translation>{channel}，{day}：关联的海报“{poster}”有 {n} 个检查错误，发出前请在“海报”页修好。</translation>
    </message>
</context>
<context>
    <name>ChannelDrafts</name>
    <message>
        <source>{field}: expected text.</source>
        <translation>{field}：这里要填文字。</translation>
    </message>
    <message>
        <source>{field} is empty; type a few words.</source>
        <translation>{field}为空，请填写几个字。</translation>
    </message>
    <message>
        <source>{field} is {count} characters long; keep it to {limit} or split it.</source>
        <translation>{field}有 {count} 个字，最多 {limit} 个，请精简或拆开。</translation>
    </message>
    <message>
        <source>{field} contains invisible control characters; retype it or paste plain text.</source>
        <translation>{field}含有看不见的控制字符，请重新输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>A channel named “{name}” is already in the matrix; give this one another name or edit that row.</source>
        <translation>宣发规划表里已有名为“{name}”的渠道，请换个名字，或直接编辑那一行。</translation>
    </message>
    <message>
        <source>“{form}” is not a publicity form; pick from: {forms}.</source>
        <translation>“{form}”不是宣发形式，请从这些里选：{forms}。</translation>
    </message>
    <message>
        <source>Content direction</source>
        <translation>宣发内容方向</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>“{stage}” is not a post stage; pick one of: {stages}.</source>
        <translation>“{stage}”不是发布阶段，请从这些里选：{stages}。</translation>
    </message>
    <message>
        <source>“{status}” is not a post status; use planned, ready or published.</source>
        <translation>“{status}”不是发布状态，请用：计划中、已备好、已发布。</translation>
    </message>
    <message>
        <source>The post needs a day.</source>
        <translation>这条发布需要一个日期。</translation>
    </message>
    <message>
        <source>Post text</source>
        <translation>发布内容</translation>
    </message>
    <message>
        <source>Results are counts: {value!r} is not a whole number of 0 or more.</source>
        <translation>效果数据是计数：{value!r} 不是 0 或以上的整数。</translation>
    </message>
    <message>
        <source>Results are recorded after publishing; set the status to published first.</source>
        <translation>效果数据要在发布后填写，请先把状态改为“已发布”。</translation>
    </message>
</context>
<context>
    <name>ChannelEdits</name>
    <message>
        <source>Edit “{name}”</source>
        <translation>编辑“{name}”</translation>
    </message>
    <message>
        <source>Add channel “{name}”</source>
        <translation>添加渠道“{name}”</translation>
    </message>
    <message>
        <source>Paste %n channel row(s)</source>
        <translation>粘贴 %n 行渠道</translation>
    </message>
    <message>
        <source>Remove channel “{name}”</source>
        <translation>移除渠道“{name}”</translation>
    </message>
    <message>
        <source>Remove {count} channels</source>
        <translation>移除 {count} 个渠道</translation>
    </message>
    <message>
        <source>Move “{name}”</source>
        <translation>移动“{name}”</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>添加发布</translation>
    </message>
    <message>
        <source>Unlink copy from post</source>
        <translation>取消帖子的关联文案</translation>
    </message>
    <message>
        <source>Link copy to post</source>
        <translation>为帖子关联文案</translation>
    </message>
    <message>
        <source>Unlink poster from post</source>
        <translation>取消发布关联的海报</translation>
    </message>
    <message>
        <source>Link poster to post</source>
        <translation>为发布关联海报</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑发布</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>删除发布</translation>
    </message>
</context>
<context>
    <name>ChannelLabels</name>
    <message>
        <source>planned</source>
        <translation>计划中</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>已备好</translation>
    </message>
    <message>
        <source>published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>post</source>
        <translation>预热发布</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>已跟进</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
</context>
<context>
    <name>ChannelPosters</name>
    <message>
        <source>Pick the post&apos;s poster from the list.</source>
        <translation>请从列表中选择这条发布的海报。</translation>
    </message>
    <message>
        <source>Poster {id} is not one of this campaign&apos;s posters; pick one from the list or none.</source>
        <translation>海报 {id} 不属于本活动，请从列表中选择一张，或不关联海报。</translation>
    </message>
</context>
<context>
    <name>ChannelService</name>
    <message>
        <source>That channel was removed meanwhile; reload the matrix.</source>
        <translation>这个渠道已被删除，请刷新宣发规划表。</translation>
    </message>
    <message>
        <source>That post was removed meanwhile; reload the calendar.</source>
        <translation>这条发布已被删除，请刷新预热日历。</translation>
    </message>
    <message>
        <source>“{kind}” is not a channel type of the playbook.</source>
        <translation>“{kind}”不是剧本中的渠道类型。</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>{field} 不能在这里修改。</translation>
    </message>
    <message>
        <source>Nothing to paste: copy rows of channel type, forms, content direction, notes and owner, separated by tabs.</source>
        <translation>没有可粘贴的内容：请复制以制表符分隔的行，依次为渠道类型、宣发形式、宣发内容方向、备注、负责人。</translation>
    </message>
    <message>
        <source>Row {row} has {count} columns; the matrix takes at most 5 (channel type, forms, content direction, notes, owner). Nothing was pasted.</source>
        <translation>第 {row} 行有 {count} 列，宣发规划表最多 5 列（渠道类型、宣发形式、宣发内容方向、备注、负责人）。没有粘贴任何内容。</translation>
    </message>
    <message>
        <source>Row {row}: “{form}” is not a publicity form (known: {forms}). Nothing was pasted.</source>
        <translation>第 {row} 行：“{form}”不是宣发形式（可用：{forms}）。没有粘贴任何内容。</translation>
    </message>
    <message>
        <source>Row {row}: {problem} Nothing was pasted.</source>
        <translation>第 {row} 行：{problem} 没有粘贴任何内容。</translation>
    </message>
    <message>
        <source>{day} is %n day(s) before warm-up starts on {start}.</source>
        <translation>{day} 比预热开始日 {start} 早 %n 天。</translation>
    </message>
    <message>
        <source>{day} is %n day(s) after the group closes on {close}; nobody is left to read it.</source>
        <translation>{day} 比解散群的 {close} 晚 %n 天，那时已经没人看了。</translation>
    </message>
    <message>
        <source>Pick a day from {start} to {close}, or change the launch date or group lifetime first.</source>
        <translation>请选 {start} 到 {close} 之间的日期，或先修改开售时间或群存续天数。</translation>
    </message>
    <message>
        <source>Pick a channel of this campaign for the post.</source>
        <translation>请为这条发布选择本活动的渠道。</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <source>Channels</source>
        <translation>渠道宣发</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>添加渠道</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add from playbook</source>
        <translation>从剧本添加</translation>
    </message>
    <message>
        <source>A playbook channel type with its forms, direction and default posts, e.g. a second staff account&apos;s Moments</source>
        <translation>按剧本添加一种渠道，连同宣发形式、内容方向和默认发布，例如第二个员工号的朋友圈</translation>
    </message>
    <message>
        <source>Double-click a cell to edit; Ctrl+Enter saves multi-line text. Drag rows to reorder. Ctrl+V pastes rows copied from Excel.</source>
        <translation>双击单元格即可编辑，多行文字按 Ctrl+Enter 保存。拖动行可调整顺序。Ctrl+V 可粘贴从 Excel 复制的行。</translation>
    </message>
    <message>
        <source>Add post</source>
        <translation>添加发布</translation>
    </message>
    <message>
        <source>Edit post</source>
        <translation>编辑发布</translation>
    </message>
    <message>
        <source>Remove post</source>
        <translation>删除发布</translation>
    </message>
    <message>
        <source>Double-click or Enter opens a cell; drag a post to another day or channel; right-click to mark it ready or published.</source>
        <translation>双击或按 Enter 打开单元格；把发布拖到其他日期或渠道即可挪动；右键可标为已备好或已发布。</translation>
    </message>
    <message>
        <source>Publicity matrix</source>
        <translation>宣发规划表</translation>
    </message>
    <message>
        <source>Warm-up calendar</source>
        <translation>预热日历</translation>
    </message>
    <message>
        <source>No campaign selected. Pick one on the left to plan its channels.</source>
        <translation>尚未选择活动。请在左侧选一个活动来规划渠道。</translation>
    </message>
    <message>
        <source>Problems ({count})</source>
        <translation>待处理问题（{count}）</translation>
    </message>
    <message>
        <source>No problems found</source>
        <translation>没有发现问题</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>新渠道</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新建发布</translation>
    </message>
    <message>
        <source>Edit “{post}”…</source>
        <translation>编辑“{post}”…</translation>
    </message>
    <message>
        <source>Mark “{post}” ready</source>
        <translation>将“{post}”标为已备好</translation>
    </message>
    <message>
        <source>Mark “{post}” published</source>
        <translation>将“{post}”标为已发布</translation>
    </message>
    <message>
        <source>Remove “{post}”</source>
        <translation>删除“{post}”</translation>
    </message>
    <message>
        <source>New post here…</source>
        <translation>在此新建发布…</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>Channel type</source>
        <translation>渠道类型</translation>
    </message>
    <message>
        <source>Publicity forms</source>
        <translation>宣发形式</translation>
    </message>
    <message>
        <source>Content direction</source>
        <translation>宣发内容方向</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <source>Campaign window: {start} – {close}, launch {launch}</source>
        <translation>活动期：{start} 至 {close}，开售 {launch}</translation>
    </message>
    <message>
        <source>What the post says or shows</source>
        <translation>这条发布要说什么、展示什么</translation>
    </message>
    <message>
        <source>Pick from library…</source>
        <translation>从文案库选择…</translation>
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
        <source>Participants</source>
        <translation>参与人数</translation>
    </message>
    <message>
        <source>— means not recorded yet</source>
        <translation>“—”表示尚未记录</translation>
    </message>
    <message>
        <source>Likers and commenters followed up one-to-one</source>
        <translation>已逐个私聊跟进点赞和评论的人</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>文案：</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>海报：</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>效果数据：</translation>
    </message>
    <message>
        <source>none linked</source>
        <translation>未关联</translation>
    </message>
</context>
<context>
    <name>PosterPicker</name>
    <message>
        <source>(no poster)</source>
        <translation>（不关联海报）</translation>
    </message>
    <message>
        <source>{poster} (deleted)</source>
        <translation>{poster}（已删除）</translation>
    </message>
    <message>
        <source>{poster} — checker errors: {n}</source>
        <translation>{poster} — 检查错误：{n} 个</translation>
    </message>
    <message>
        <source>The post shares no poster.</source>
        <translation>这条发布不带海报。</translation>
    </message>
    <message>
        <source>This poster was deleted; pick another or none.</source>
        <translation>这张海报已被删除，请另选一张或不关联。</translation>
    </message>
    <message>
        <source>Checker errors on this poster: {n}. Fix them in the Posters tab before the post goes out.</source>
        <translation>这张海报有 {n} 个检查错误，发布前请在“海报”页修好。</translation>
    </message>
    <message>
        <source>The poster checker finds no errors.</source>
        <translation>海报检查没有发现错误。</translation>
    </message>
</context>
</TS>
