<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrisisPage</name>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation>添加预案</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>删除预案</translation>
    </message>
    <message>
        <source>Delete crisis plan</source>
        <translation>删除危机预案</translation>
    </message>
    <message>
        <source>Add crisis plan</source>
        <translation>添加危机预案</translation>
    </message>
    <message>
        <source>New risk</source>
        <translation>新风险</translation>
    </message>
</context>
<context>
    <name>DaysPage</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
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
        <source>By</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>At</source>
        <translation>执行时间</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Mark pending</source>
        <translation>标记为待执行</translation>
    </message>
    <message>
        <source>Group day:</source>
        <translation>群的第几天：</translation>
    </message>
    <message>
        <source>Launch day</source>
        <translation>开售日</translation>
    </message>
    <message>
        <source>Close day</source>
        <translation>收尾日</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>第 {n} 天</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Whole team</source>
        <translation>全员</translation>
    </message>
    <message>
        <source>{done} of {total} ticked off</source>
        <translation>已处理 {done} / {total}</translation>
    </message>
    <message>
        <source>Select an item of the day first.</source>
        <translation>请先选中当天的一项。</translation>
    </message>
    <message>
        <source>Timetable item done</source>
        <translation>执行表事项完成</translation>
    </message>
    <message>
        <source>Timetable item skipped</source>
        <translation>执行表事项跳过</translation>
    </message>
    <message>
        <source>Timetable item pending again</source>
        <translation>执行表事项恢复待办</translation>
    </message>
</context>
<context>
    <name>GroupChecks</name>
    <message>
        <source>{name} is {share:.0%} full ({members}/{capacity}): open the next group and point the live code at it.</source>
        <translation>{name} 已满 {share:.0%}（{members}/{capacity}）：请开下一个群，并把群活码指向新群。</translation>
    </message>
    <message>
        <source>The QR code of {name} expired on {at}: make a new one and update the live code.</source>
        <translation>{name} 的群二维码已于 {at} 过期：请重新生成并更新群活码。</translation>
    </message>
    <message>
        <source>The QR code of {name} expires in {hours} h ({at}): renew it before it stops admitting scans.</source>
        <translation>{name} 的群二维码 {hours} 小时后（{at}）过期：请在失效前更新。</translation>
    </message>
    <message>
        <source>{name} has no QR payload yet: type it or read it from a screenshot of the group QR.</source>
        <translation>{name} 还没有二维码内容：请手动输入，或从群二维码截图中识别。</translation>
    </message>
    <message>
        <source>No group is open with a valid QR code at launch ({at}): add or reopen a group.</source>
        <translation>开售时（{at}）没有二维码有效的开放群：请新建或重新开放一个群。</translation>
    </message>
</context>
<context>
    <name>GroupCopyLinks</name>
    <message>
        <source>checklist line</source>
        <translation>搭建清单项</translation>
    </message>
    <message>
        <source>key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Unlink copy from {what}</source>
        <translation>取消{what}的关联文案</translation>
    </message>
    <message>
        <source>Link copy to {what}</source>
        <translation>为{what}关联文案</translation>
    </message>
</context>
<context>
    <name>GroupLabels</name>
    <message>
        <source>Finished</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <source>groups&apos; settings</source>
        <translation>社群设置</translation>
    </message>
    <message>
        <source>Live code</source>
        <translation>群活码</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
    <message>
        <source>group</source>
        <translation>社群</translation>
    </message>
    <message>
        <source>checklist item</source>
        <translation>搭建清单项</translation>
    </message>
    <message>
        <source>key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>beat</source>
        <translation>节点话术</translation>
    </message>
    <message>
        <source>timetable slot</source>
        <translation>日常维护时段</translation>
    </message>
    <message>
        <source>timetable item</source>
        <translation>日常维护事项</translation>
    </message>
    <message>
        <source>Timetable slot</source>
        <translation>日常维护时段</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>weekly habit</source>
        <translation>每周节奏</translation>
    </message>
    <message>
        <source>set-up topic</source>
        <translation>搭建SOP主题</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>危机预案</translation>
    </message>
</context>
<context>
    <name>GroupModels</name>
    <message>
        <source>open</source>
        <translation>开放</translation>
    </message>
    <message>
        <source>full</source>
        <translation>已满</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待执行</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>every group day</source>
        <translation>每个群日</translation>
    </message>
    <message>
        <source>launch day only</source>
        <translation>仅开售日</translation>
    </message>
    <message>
        <source>the days after launch day</source>
        <translation>开售日之后的每天</translation>
    </message>
    <message>
        <source>say</source>
        <translation>发言</translation>
    </message>
    <message>
        <source>announce</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>question</source>
        <translation>提问</translation>
    </message>
    <message>
        <source>helper answers if silent</source>
        <translation>冷场时小号回答</translation>
    </message>
    <message>
        <source>congratulate</source>
        <translation>恭喜</translation>
    </message>
    <message>
        <source>post</source>
        <translation>发帖</translation>
    </message>
    <message>
        <source>Template: {text}</source>
        <translation>模板：{text}</translation>
    </message>
    <message>
        <source>Edit {what}</source>
        <translation>编辑{what}</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Double-click to pick a copy from the library</source>
        <translation>双击从文案库选择文案</translation>
    </message>
    <message>
        <source>Key node</source>
        <translation>关键节点</translation>
    </message>
    <message>
        <source>Node time</source>
        <translation>节点时间</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到点</translation>
    </message>
    <message>
        <source>Beat</source>
        <translation>节拍</translation>
    </message>
    <message>
        <source>Text to send</source>
        <translation>要发送的内容</translation>
    </message>
    <message>
        <source>Wait (min)</source>
        <translation>等待（分钟）</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Linked copy</source>
        <translation>关联文案</translation>
    </message>
    <message>
        <source>Red packets / draws</source>
        <translation>红包/抽奖</translation>
    </message>
</context>
<context>
    <name>GroupQr</name>
    <message>
        <source>Cannot read {name}: the file does not exist or is not readable.</source>
        <translation>无法读取 {name}：文件不存在或没有读取权限。</translation>
    </message>
    <message>
        <source>{name} is {mb:.0f} MB; a screenshot of a group QR is far smaller. Crop it to the QR code and try again.</source>
        <translation>{name} 有 {mb:.0f} MB，群二维码截图不会这么大。请裁剪到二维码后重试。</translation>
    </message>
    <message>
        <source>{name} is {w}×{h} pixels, too large to read; crop it to the QR code.</source>
        <translation>{name} 尺寸为 {w}×{h} 像素，太大无法识别；请裁剪到二维码。</translation>
    </message>
    <message>
        <source>{name} is not an image FlashDesk can open (PNG, JPEG, BMP or WebP).</source>
        <translation>{name} 不是 FlashDesk 能打开的图片（支持 PNG、JPEG、BMP、WebP）。</translation>
    </message>
    <message>
        <source>No QR code found in {name}. Take a sharper screenshot that shows the whole group QR code.</source>
        <translation>{name} 中没有找到二维码。请重新截一张清晰、完整包含群二维码的图。</translation>
    </message>
    <message>
        <source>{name} shows {count} different QR codes; crop it to the one group QR.</source>
        <translation>{name} 中有 {count} 个不同的二维码；请裁剪到要用的那个群二维码。</translation>
    </message>
    <message>
        <source>The QR code&apos;s content</source>
        <translation>二维码内容</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>{label}: type text.</source>
        <translation>{label}：请输入文字。</translation>
    </message>
    <message>
        <source>{label} is required: type a few words.</source>
        <translation>{label}为必填项：请输入内容。</translation>
    </message>
    <message>
        <source>{label} is too long: {count} characters, at most {limit}.</source>
        <translation>{label}太长：{count} 个字符，最多 {limit} 个。</translation>
    </message>
    <message>
        <source>{label} contains invisible control characters; retype it or paste plain text.</source>
        <translation>{label}含有不可见的控制字符；请重新输入或粘贴纯文本。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label}为必填项。</translation>
    </message>
    <message>
        <source>{label} should be a web address starting with https:// (or http://), not “{value}”.</source>
        <translation>{label}应是以 https://（或 http://）开头的网址，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{label} should be a whole number.</source>
        <translation>{label}应为整数。</translation>
    </message>
    <message>
        <source>{label} should be between {low} and {high}, not {value}.</source>
        <translation>{label}应在 {low} 到 {high} 之间，而不是 {value}。</translation>
    </message>
    <message>
        <source>{label} should be a time of day like 07:30, not “{value}”.</source>
        <translation>{label}应为 07:30 这样的时间，而不是“{value}”。</translation>
    </message>
    <message>
        <source>{label} should be one of {options}.</source>
        <translation>{label}应为以下之一：{options}。</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Beat state</source>
        <translation>节拍状态</translation>
    </message>
</context>
<context>
    <name>GroupService</name>
    <message>
        <source>That row no longer exists; it may have been deleted. Reload the tab.</source>
        <translation>该行已不存在，可能已被删除。请重新加载此页。</translation>
    </message>
    <message>
        <source>Group name</source>
        <translation>群名</translation>
    </message>
    <message>
        <source>QR payload</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
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
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>素材来源</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>应对</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期范围</translation>
    </message>
    <message>
        <source>Beat kind</source>
        <translation>节拍类型</translation>
    </message>
    <message>
        <source>Give a date and time.</source>
        <translation>请填写日期和时间。</translation>
    </message>
    <message>
        <source>{members} members is more than the group&apos;s capacity of {capacity}; correct the count or raise the capacity.</source>
        <translation>{members} 人超过了群容量 {capacity}；请更正人数或调高容量。</translation>
    </message>
    <message>
        <source>The QR code must expire after it was created.</source>
        <translation>二维码的过期时间必须晚于创建时间。</translation>
    </message>
    <message>
        <source>{name} must stay on launch day ({day}); {at} is outside it.</source>
        <translation>{name}必须在开售当天（{day}）；{at} 不在当天。</translation>
    </message>
    <message>
        <source>{name} must stay within the group&apos;s days ({first} to {last}); {at} is outside them.</source>
        <translation>{name} 须在群的存续日内（{first} 至 {last}）；{at} 不在其中。</translation>
    </message>
    <message>
        <source>A slot must end after it starts ({start}–{end}).</source>
        <translation>时段的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>Pick a copy from the copy library.</source>
        <translation>请从文案库中选择文案。</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>这里不能编辑 {field}。</translation>
    </message>
    <message>
        <source>That row belongs to another campaign.</source>
        <translation>这一行属于另一个活动。</translation>
    </message>
    <message>
        <source>Live code</source>
        <translation>群活码</translation>
    </message>
    <message>
        <source>That row no longer exists.</source>
        <translation>该行已不存在。</translation>
    </message>
    <message>
        <source>Live-code URL</source>
        <translation>群活码链接</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>https://… the live code your posters carry</source>
        <translation>https://… 海报上使用的群活码链接</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群</translation>
    </message>
    <message>
        <source>QR payload</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员数</translation>
    </message>
    <message>
        <source>QR created</source>
        <translation>二维码生成</translation>
    </message>
    <message>
        <source>QR expires</source>
        <translation>二维码过期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>新建群</translation>
    </message>
    <message>
        <source>Read QR from screenshot…</source>
        <translation>从截图识别二维码…</translation>
    </message>
    <message>
        <source>Paste QR screenshot</source>
        <translation>粘贴二维码截图</translation>
    </message>
    <message>
        <source>Read the group QR from a screenshot you copied to the clipboard</source>
        <translation>从剪贴板里的截图识别群二维码</translation>
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
        <source>Delete group</source>
        <translation>删除群</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Linked copy</source>
        <translation>关联文案</translation>
    </message>
    <message>
        <source>Pick copy for line…</source>
        <translation>为此项选择文案…</translation>
    </message>
    <message>
        <source>Link a copy of the library to the selected checklist line (announcement, welcome message, group rules…)</source>
        <translation>为选中的搭建清单项（群公告、欢迎语、群规……）关联文案库中的文案</translation>
    </message>
    <message>
        <source>Live code:</source>
        <translation>群活码：</translation>
    </message>
    <message>
        <source>Set-up checklist — {name}</source>
        <translation>基础设置清单 — {name}</translation>
    </message>
    <message>
        <source>Set-up checklist</source>
        <translation>基础设置清单</translation>
    </message>
    <message>
        <source>Select a line of the set-up checklist first.</source>
        <translation>请先在搭建清单中选中一项。</translation>
    </message>
    <message>
        <source>Set live code</source>
        <translation>设置群活码</translation>
    </message>
    <message>
        <source>Move group</source>
        <translation>移动群</translation>
    </message>
    <message>
        <source>Select the group whose QR code you are reading.</source>
        <translation>请先选中要识别二维码的群。</translation>
    </message>
    <message>
        <source>Screenshot of the group QR code</source>
        <translation>群二维码截图</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.webp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Select a group and copy a screenshot of its QR code first.</source>
        <translation>请先选中一个群，并复制它的二维码截图。</translation>
    </message>
    <message>
        <source>Read group QR</source>
        <translation>识别群二维码</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <source>Group SOP</source>
        <translation>社群 SOP</translation>
    </message>
    <message>
        <source>No campaign selected. Pick one on the left to run its groups.</source>
        <translation>未选择活动。请在左侧选择一个活动来管理它的社群。</translation>
    </message>
    <message>
        <source>Groups &amp;&amp; live code</source>
        <translation>群与群活码</translation>
    </message>
    <message>
        <source>Key-node runbook</source>
        <translation>关键节点执行表</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每日执行</translation>
    </message>
    <message>
        <source>Daily timetable</source>
        <translation>日常维护执行表</translation>
    </message>
    <message>
        <source>Set-up SOP</source>
        <translation>基础搭建 SOP</translation>
    </message>
    <message>
        <source>Crisis plans</source>
        <translation>危机预案</translation>
    </message>
</context>
<context>
    <name>QuotaBox</name>
    <message>
        <source>Sold:</source>
        <translation>已售：</translation>
    </message>
    <message>
        <source>of {quota} · {remaining} left</source>
        <translation>/ {quota} · 剩余 {remaining}</translation>
    </message>
    <message>
        <source>Reminder line: {line}</source>
        <translation>提醒话术：{line}</translation>
    </message>
    <message>
        <source>Sold count {count}</source>
        <translation>已售 {count}</translation>
    </message>
</context>
<context>
    <name>RunModeWindow</name>
    <message>
        <source>Run mode — launch night</source>
        <translation>执行模式 — 开售之夜</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>复制文案</translation>
    </message>
    <message>
        <source>Done ✓</source>
        <translation>完成 ✓</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Next up:</source>
        <translation>接下来：</translation>
    </message>
    <message>
        <source>Beat {n} of {total}</source>
        <translation>第 {n} 拍 / 共 {total} 拍</translation>
    </message>
    <message>
        <source>All beats done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>Every key node of launch day is finished. Well done!</source>
        <translation>开售当天的关键节点都已完成，辛苦了！</translation>
    </message>
    <message>
        <source>{node} · {time} · owner {owner}</source>
        <translation>{node} · {time} · 负责人 {owner}</translation>
    </message>
    <message numerus="yes">
        <source>Due on {date} at {time}, in %n day(s)</source>
        <translation>
            <numerusform>{date} {time} 到点，还有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Due in {span} (at {time})</source>
        <translation>{span} 后到点（{time}）</translation>
    </message>
    <message>
        <source>Due now — send it (since {time})</source>
        <translation>已到点 — 请发送（{time} 起）</translation>
    </message>
    <message>
        <source>Beat due</source>
        <translation>节拍到点</translation>
    </message>
    <message>
        <source>Copied — paste it into the group.</source>
        <translation>已复制 — 粘贴到群里即可。</translation>
    </message>
    <message>
        <source>Beat done</source>
        <translation>节拍完成</translation>
    </message>
    <message>
        <source>Beat skipped</source>
        <translation>节拍跳过</translation>
    </message>
</context>
<context>
    <name>Runbook</name>
    <message>
        <source>Every beat of the runbook is already done.</source>
        <translation>执行表里的每一拍都已完成。</translation>
    </message>
    <message>
        <source>Beat kind</source>
        <translation>节拍类型</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
</context>
<context>
    <name>RunbookPage</name>
    <message>
        <source>Right-click a column title to show or hide columns</source>
        <translation>右键点击列标题可显示或隐藏列</translation>
    </message>
    <message>
        <source>Run mode…</source>
        <translation>执行模式…</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Mark pending</source>
        <translation>标记为待执行</translation>
    </message>
    <message>
        <source>Reset runbook…</source>
        <translation>重置执行表…</translation>
    </message>
    <message>
        <source>Add beat</source>
        <translation>添加节拍</translation>
    </message>
    <message>
        <source>Insert a new line to send after the selected beat</source>
        <translation>在选中的节拍后插入一条要发送的内容</translation>
    </message>
    <message>
        <source>Delete beat</source>
        <translation>删除节拍</translation>
    </message>
    <message>
        <source>Pick copy for node…</source>
        <translation>为节点选择文案…</translation>
    </message>
    <message>
        <source>Link a copy of the library to the selected beat&apos;s key node</source>
        <translation>为选中节拍所属的关键节点关联文案库中的文案</translation>
    </message>
    <message>
        <source>Red packets…</source>
        <translation>红包…</translation>
    </message>
    <message>
        <source>Plan the red packets and draws of each key node and their budget</source>
        <translation>规划每个关键节点的红包和抽奖及其预算</translation>
    </message>
    <message>
        <source>All {total} beats done.</source>
        <translation>全部 {total} 拍已完成。</translation>
    </message>
    <message>
        <source>{done} of {total} beats done. Now: {node}, due {time}.</source>
        <translation>已完成 {done}/{total} 拍。当前：{node}，{time} 到点。</translation>
    </message>
    <message>
        <source>Select a beat of the key node first.</source>
        <translation>请先选中该关键节点的一个节拍。</translation>
    </message>
    <message>
        <source>Beat done</source>
        <translation>节拍完成</translation>
    </message>
    <message>
        <source>Beat skipped</source>
        <translation>节拍跳过</translation>
    </message>
    <message>
        <source>Beat pending again</source>
        <translation>节拍恢复待执行</translation>
    </message>
    <message>
        <source>Select the beat the new one should follow.</source>
        <translation>请先选中新节拍要跟在哪一拍后面。</translation>
    </message>
    <message>
        <source>New line to send</source>
        <translation>新的发送内容</translation>
    </message>
    <message>
        <source>Reset runbook</source>
        <translation>重置执行表</translation>
    </message>
    <message>
        <source>Set every beat back to pending? (Undo brings the progress back.)</source>
        <translation>把所有节拍都恢复为待执行吗？（撤销可找回进度。）</translation>
    </message>
</context>
<context>
    <name>SopPage</name>
    <message>
        <source>Topic</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Add topic</source>
        <translation>添加项目</translation>
    </message>
    <message>
        <source>Delete topic</source>
        <translation>删除项目</translation>
    </message>
    <message>
        <source>New topic</source>
        <translation>新项目</translation>
    </message>
</context>
<context>
    <name>Timetable</name>
    <message>
        <source>Item state</source>
        <translation>事项状态</translation>
    </message>
    <message>
        <source>Done by</source>
        <translation>执行人</translation>
    </message>
    <message>
        <source>That timetable item no longer exists; the group may have become shorter. Reload the tab.</source>
        <translation>这条执行表事项已不存在，群的天数可能缩短了。请重新载入页签。</translation>
    </message>
</context>
<context>
    <name>TimetablePage</name>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>互动</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>素材来源</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>哪几天</translation>
    </message>
    <message>
        <source>Add slot</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Delete slot</source>
        <translation>删除时段</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Weekly rhythm</source>
        <translation>每周节奏</translation>
    </message>
    <message>
        <source>Add weekly item</source>
        <translation>添加每周事项</translation>
    </message>
    <message>
        <source>Delete weekly item</source>
        <translation>删除每周事项</translation>
    </message>
    <message>
        <source>⚠ {a} and {b} overlap: two things at once in the group.</source>
        <translation>⚠ {a} 与 {b} 时间重叠：群里同时安排了两件事。</translation>
    </message>
    <message>
        <source>New slot</source>
        <translation>新时段</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>新活动</translation>
    </message>
</context>
</TS>
