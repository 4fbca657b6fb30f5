<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
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
        <source>A slot must end after it starts ({start}–{end}).</source>
        <translation>时段的结束时间必须晚于开始时间（{start}–{end}）。</translation>
    </message>
    <message>
        <source>{field} cannot be edited here.</source>
        <translation>这里不能编辑 {field}。</translation>
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
    <name>Runbook</name>
    <message>
        <source>Every beat of the runbook is already done.</source>
        <translation>执行表里的每一拍都已完成。</translation>
    </message>
</context>
</TS>
