<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BatchDialog</name>
    <message>
        <source>Posters per staff member</source>
        <translation>按员工批量生成海报</translation>
    </message>
    <message>
        <source>One row per person: name, QR link
张三, https://example.com/live/zhang</source>
        <translation>每人一行：姓名, 二维码链接
张三, https://example.com/live/zhang</translation>
    </message>
    <message>
        <source>Load CSV / Excel…</source>
        <translation>导入 CSV / Excel…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Replace posters already in the folder</source>
        <translation>替换文件夹中已有的海报</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>输出文件夹</translation>
    </message>
    <message>
        <source>Each row gets the poster with its own QR code and name; every poster is checked and its QR decoded.</source>
        <translation>每一行生成一张带本人二维码和姓名的海报；每张海报都会检查并识别二维码。</translation>
    </message>
    <message>
        <source>Staff list</source>
        <translation>员工名单</translation>
    </message>
    <message>
        <source>Lists (*.csv *.txt *.xlsx)</source>
        <translation>名单 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <source>Add at least one row: name, QR link.</source>
        <translation>请至少添加一行：姓名, 二维码链接。</translation>
    </message>
    <message>
        <source>Choose the folder the posters go to.</source>
        <translation>请选择海报的输出文件夹。</translation>
    </message>
</context>
<context>
    <name>ColorButton</name>
    <message>
        <source>Choose a colour</source>
        <translation>选择颜色</translation>
    </message>
</context>
<context>
    <name>GroupChecks</name>
    <message>
        <source>Put the live code ({url}) on the poster instead.</source>
        <translation>请改为在海报上放群活码（{url}）。</translation>
    </message>
    <message>
        <source>Set the campaign&apos;s live code, then put it on the poster.</source>
        <translation>请先设置本活动的群活码，再把它放到海报上。</translation>
    </message>
    <message>
        <source>{problem} {fix}</source>
        <translation>{problem}{fix}</translation>
    </message>
    <message>
        <source>Poster “{poster}” carries the QR of {group} instead of the live code: it stops admitting at {capacity} members and expires on {at}.</source>
        <translation>海报“{poster}”放的是{group}的群二维码而不是群活码：满 {capacity} 人后无法扫码进群，且将于 {at} 失效。</translation>
    </message>
    <message>
        <source>Poster “{poster}” carries a single WeChat group&apos;s QR (none of this campaign&apos;s groups) instead of the live code.</source>
        <translation>海报“{poster}”放的是单个微信群的二维码（不属于本活动的任何群），而不是群活码。</translation>
    </message>
    <message>
        <source>Poster “{poster}” still carries the sample link {payload}, not the live code.</source>
        <translation>海报“{poster}”的二维码仍是示例链接 {payload}，不是群活码。</translation>
    </message>
    <message>
        <source>No live code (群活码) is set yet: the QR on {posters} follows it and carries the sample link {url} until you paste the live code link above.</source>
        <translation>还没有设置群活码：{posters} 上的二维码跟随群活码，在上方粘贴群活码链接之前，放的是示例链接 {url}。</translation>
    </message>
</context>
<context>
    <name>PersonalPosters</name>
    <message>
        <source>the avatar is a web address; FlashDesk works offline, so save the picture and give its file path</source>
        <translation>头像是网址；FlashDesk 离线工作，请先把图片保存到本地并填写文件路径</translation>
    </message>
    <message>
        <source>the avatar file {name} was not found</source>
        <translation>找不到头像文件 {name}</translation>
    </message>
    <message>
        <source>the avatar file {name} is {mb} MB; an avatar needs far less than {limit} MB</source>
        <translation>头像文件 {name} 有 {mb} MB；头像远用不到 {limit} MB</translation>
    </message>
    <message>
        <source>{name} is not a picture FlashDesk can read (use PNG or JPEG)</source>
        <translation>{name} 不是 FlashDesk 能读取的图片（请用 PNG 或 JPEG）</translation>
    </message>
    <message>
        <source>the avatar {name} is {w}×{h} pixels, too large to be a profile picture; use a smaller copy</source>
        <translation>头像 {name} 为 {w}×{h} 像素，作为头像过大；请换一张小一些的</translation>
    </message>
    <message>
        <source>{name} could not be read: {reason}</source>
        <translation>无法读取 {name}：{reason}</translation>
    </message>
    <message>
        <source>{n} character(s) of the nickname are not in the poster font (emoji, symbols) and were left out</source>
        <translation>昵称中有 {n} 个字符不在海报字体中（表情、符号），已略去</translation>
    </message>
    <message>
        <source>poster made without the avatar: {why}</source>
        <translation>海报已生成，但未放头像：{why}</translation>
    </message>
    <message>
        <source>the QR on the rendered poster reads {found} instead of the person&apos;s link; the poster was not kept</source>
        <translation>生成的海报上的二维码识别为 {found}，与本人链接不符；该海报未保存</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>The headings name no nickname or no link column. Title them 昵称 (nickname) and 专属链接 (link); 头像 (avatar) is optional.</source>
        <translation>表头里没有昵称列或链接列。请把列标题写成“昵称”和“专属链接”；“头像”列可选。</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>promoter</source>
        <translation>推广员</translation>
    </message>
    <message>
        <source>The promoter list is empty; give one row per person: nickname, avatar (optional), link.</source>
        <translation>推广员名单为空；请每人一行：昵称、头像（可选）、专属链接。</translation>
    </message>
    <message>
        <source>Give the link pattern with {id} where each person&apos;s customer id goes, e.g. https://shop.example.com/join?ref={id}.</source>
        <translation>请填写含 {id} 的链接模板，{id} 处会填入每人的客户编号，例如 https://shop.example.com/join?ref={id}。</translation>
    </message>
    <message>
        <source>No customer matches; import customers first or loosen the filter.</source>
        <translation>没有符合条件的客户；请先导入客户，或放宽筛选条件。</translation>
    </message>
    <message>
        <source>customer {n}</source>
        <translation>客户 {n}</translation>
    </message>
    <message>
        <source>no personal link; add the person&apos;s link or leave them out</source>
        <translation>没有专属链接；请补上此人的链接，或将其移出名单</translation>
    </message>
    <message>
        <source>no nickname; the poster shows who invites, so add it</source>
        <translation>没有昵称；海报要显示邀请人，请补上</translation>
    </message>
    <message>
        <source>this is the campaign&apos;s shared live code, not a personal link: invites through it cannot be counted for this person</source>
        <translation>这是活动共用的群活码，不是专属链接：通过它进来的人无法记到此人名下</translation>
    </message>
    <message>
        <source>the link is also given to {others}; each person needs a link of their own</source>
        <translation>该链接也分给了 {others}；每人都需要自己的专属链接</translation>
    </message>
    <message>
        <source>listed again (same nickname and link as {first}); one poster is made</source>
        <translation>重复出现（昵称和链接与{first}相同）；只生成一张海报</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}.</source>
        <translation>无法创建文件夹 {folder}：{reason}。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>昵称</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>made</source>
        <translation>已生成</translation>
    </message>
    <message>
        <source>not made</source>
        <translation>未生成</translation>
    </message>
</context>
<context>
    <name>PosterCanvas</name>
    <message>
        <source>Resize element</source>
        <translation>调整元素大小</translation>
    </message>
    <message>
        <source>Move element</source>
        <translation>移动元素</translation>
    </message>
    <message>
        <source>Nudge element</source>
        <translation>微移元素</translation>
    </message>
</context>
<context>
    <name>PosterChecks</name>
    <message>
        <source>Fix the QR payload in the properties.</source>
        <translation>请在属性中修正二维码内容。</translation>
    </message>
    <message>
        <source>The phone poster is {w}×{h}, not 9:16; it will be cropped or shown with bars in chats and Moments.</source>
        <translation>手机海报为 {w}×{h}，不是 9:16；在聊天和朋友圈中会被裁切或出现黑边。</translation>
    </message>
    <message>
        <source>Use the phone format (1080×1920).</source>
        <translation>使用手机海报尺寸（1080×1920）。</translation>
    </message>
    <message>
        <source>The print poster is set up at {dpi} dpi; print shops need 300.</source>
        <translation>印刷海报设置为 {dpi} dpi；印刷厂需要 300 dpi。</translation>
    </message>
    <message>
        <source>Use the A4 or A5 format (300 dpi).</source>
        <translation>使用 A4 或 A5 尺寸（300 dpi）。</translation>
    </message>
    <message>
        <source>The print poster has {mm:.1f} mm bleed; trimming leaves white edges without 3 mm.</source>
        <translation>印刷海报出血只有 {mm:.1f} 毫米；不足 3 毫米裁切后会露白边。</translation>
    </message>
    <message>
        <source>Use the A4 or A5 format, which add 3 mm bleed.</source>
        <translation>使用 A4 或 A5 尺寸，它们带 3 毫米出血。</translation>
    </message>
    <message>
        <source>{n} elements compete for attention; a poster seen for two seconds needs one focus.</source>
        <translation>{n} 个元素在争夺注意力；只被看两秒的海报需要一个焦点。</translation>
    </message>
    <message>
        <source>Keep at most {max}: merge or delete the weakest ones.</source>
        <translation>最多保留 {max} 个：合并或删除最弱的元素。</translation>
    </message>
    <message>
        <source>The poster has no headline, so nothing tells the hook first.</source>
        <translation>海报没有主标题，没有东西先把卖点说出来。</translation>
    </message>
    <message>
        <source>Add a headline with the strongest hook.</source>
        <translation>添加一个写着最强卖点的主标题。</translation>
    </message>
    <message>
        <source>Another text is more prominent than the headline; the eye lands there first.</source>
        <translation>另一段文字比主标题更醒目，视线会先落在那里。</translation>
    </message>
    <message>
        <source>Make the headline larger or bolder, or this text smaller.</source>
        <translation>把主标题放大或加粗，或把这段文字缩小。</translation>
    </message>
    <message>
        <source>Palette “{name}” suits: {suits}.</source>
        <translation>配色「{name}」适合：{suits}。</translation>
    </message>
    <message>
        <source>Check it fits the campaign&apos;s season and theme; pick another template if not.</source>
        <translation>确认它符合活动的季节和主题；不符合就换一个模板。</translation>
    </message>
    <message>
        <source>Text contrast against what is behind it is {ratio:.1f}:1 (needs 3:1 for large text, 4.5:1 for body text).</source>
        <translation>文字与其背后画面的对比度为 {ratio:.1f}:1（大字需 3:1，正文需 4.5:1）。</translation>
    </message>
    <message>
        <source>Darken or lighten the text colour, or put a calmer, stronger background behind it.</source>
        <translation>加深或调浅文字颜色，或在文字下方放一块更干净、对比更强的底色。</translation>
    </message>
    <message>
        <source>{n} characters of text; a {format} poster carries about {limit} before nobody reads it.</source>
        <translation>共 {n} 个字；{format} 大约承载 {limit} 个字，再多就没人读了。</translation>
    </message>
    <message>
        <source>Keep only the strongest hook, the price and the call to scan.</source>
        <translation>只保留最强卖点、价格和扫码引导。</translation>
    </message>
    <message>
        <source>“{words}”: {reason}</source>
        <translation>“{words}”：{reason}</translation>
    </message>
    <message>
        <source>Say instead: {safer}</source>
        <translation>可改为：{safer}</translation>
    </message>
    <message>
        <source>Remove the claim or back it with proof.</source>
        <translation>删去这个说法，或提供依据。</translation>
    </message>
    <message>
        <source>The campaign has no deal price yet, so the linked price is left out of the poster.</source>
        <translation>活动还没有设置到手价，所以海报上不显示关联的价格。</translation>
    </message>
    <message>
        <source>Set the list and deal price in the campaign (Overview → Edit details…).</source>
        <translation>在活动里设置原价和到手价（活动概览 → 编辑详情…）。</translation>
    </message>
    <message>
        <source>Another element overlaps or touches the QR code; covered or crowded codes fail to scan.</source>
        <translation>有元素压住或紧贴二维码；被遮挡或拥挤的二维码扫不出来。</translation>
    </message>
    <message>
        <source>Move it away so the QR keeps its own clear area.</source>
        <translation>把它移开，让二维码有自己的独立区域。</translation>
    </message>
    <message>
        <source>The quiet zone is {n} modules; scanners need {min} light modules around the code.</source>
        <translation>静区只有 {n} 个模块宽；扫码需要四周留出 {min} 个模块的浅色空白。</translation>
    </message>
    <message>
        <source>Set the quiet zone back to {min}.</source>
        <translation>把静区改回 {min}。</translation>
    </message>
    <message>
        <source>One module is {mm:.2f} mm; below 0.5 mm print blurs it.</source>
        <translation>单个模块只有 {mm:.2f} 毫米；小于 0.5 毫米印刷会糊。</translation>
    </message>
    <message>
        <source>Make the QR larger or the link shorter.</source>
        <translation>放大二维码或缩短链接。</translation>
    </message>
    <message>
        <source>The code is {mm:.0f} mm wide; on {format} people scan from a distance and need at least {min:.0f} mm.</source>
        <translation>二维码宽 {mm:.0f} 毫米；{format} 通常隔一段距离扫，至少需要 {min:.0f} 毫米。</translation>
    </message>
    <message>
        <source>Enlarge the QR element.</source>
        <translation>放大二维码元素。</translation>
    </message>
    <message>
        <source>One module is {px:.1f} px; below {min} px the code breaks up once the poster is shared and compressed.</source>
        <translation>单个模块只有 {px:.1f} 像素；小于 {min} 像素时，海报被转发压缩后二维码会糊掉。</translation>
    </message>
    <message>
        <source>The code is inverted (light modules on a dark ground); many scanners do not read it.</source>
        <translation>二维码是反色的（深底浅码）；很多扫码工具识别不了。</translation>
    </message>
    <message>
        <source>Use dark modules on a light ground.</source>
        <translation>改用浅色底深色码。</translation>
    </message>
    <message>
        <source>The modules contrast {ratio:.1f}:1 with their ground; below 3:1 scanners miss them.</source>
        <translation>码点与底色的对比度为 {ratio:.1f}:1；低于 3:1 扫码会失败。</translation>
    </message>
    <message>
        <source>Use near-black modules on white.</source>
        <translation>使用接近黑色的码点和白色底。</translation>
    </message>
    <message>
        <source>The logo covers {pct:.0f} % of the code; error correction H repairs at most about 15 %.</source>
        <translation>Logo 覆盖了二维码的 {pct:.0f}%；H 级纠错最多只能修复约 15%。</translation>
    </message>
    <message>
        <source>Make the logo smaller.</source>
        <translation>把 Logo 缩小。</translation>
    </message>
    <message>
        <source>Put the campaign&apos;s live code ({url}) here instead.</source>
        <translation>请改为放本活动的群活码（{url}）。</translation>
    </message>
    <message>
        <source>This is the QR of {group}, one of the campaign&apos;s groups: it expires after 7 days and stops admitting at 200 members.</source>
        <translation>这是本活动的群“{group}”的二维码：7 天后失效，满 200 人后无法扫码进群。</translation>
    </message>
    <message>
        <source>This is a single WeChat group&apos;s QR: it expires after 7 days and stops admitting at 200 members.</source>
        <translation>这是单个微信群的二维码：7 天后失效，满 200 人后无法扫码进群。</translation>
    </message>
    <message>
        <source>Use a live code (群活码) that rotates groups automatically.</source>
        <translation>改用能自动切换群的群活码。</translation>
    </message>
    <message>
        <source>The rendered poster does not decode to the entered payload.</source>
        <translation>渲染出的海报无法识别出填写的二维码内容。</translation>
    </message>
    <message>
        <source>Enlarge the QR, raise its contrast, and clear what covers it.</source>
        <translation>放大二维码、提高对比度，并移开遮挡物。</translation>
    </message>
    <message>
        <source>After sharing (downscaled to 540 px wide, JPEG quality 60) the code no longer decodes.</source>
        <translation>转发后（缩小到 540 像素宽、JPEG 质量 60）二维码无法识别。</translation>
    </message>
    <message>
        <source>Enlarge the QR or shorten the link.</source>
        <translation>放大二维码或缩短链接。</translation>
    </message>
    <message>
        <source>The image is missing from the store.</source>
        <translation>数据库中找不到这张图片。</translation>
    </message>
    <message>
        <source>Import the image again.</source>
        <translation>请重新导入图片。</translation>
    </message>
    <message>
        <source>The image prints at {ppi:.0f} ppi; below 300 it looks soft, below 150 blurry.</source>
        <translation>图片印刷分辨率为 {ppi:.0f} ppi；低于 300 会发虚，低于 150 会模糊。</translation>
    </message>
    <message>
        <source>Use a larger original or make the image smaller.</source>
        <translation>换用更大的原图，或把图片缩小。</translation>
    </message>
    <message>
        <source>The image is shown larger than its pixels; it is upscaled and looks blurry.</source>
        <translation>图片显示尺寸大于原始像素，被放大后会模糊。</translation>
    </message>
    <message>
        <source>The visual weight leans to the {side} ({pct:.0f} % off centre).</source>
        <translation>视觉重心偏向{side}（偏离中心 {pct:.0f}%）。</translation>
    </message>
    <message>
        <source>left</source>
        <translation>左侧</translation>
    </message>
    <message>
        <source>right</source>
        <translation>右侧</translation>
    </message>
    <message>
        <source>Balance it with an element on the other side, or centre the layout.</source>
        <translation>在另一侧放一个元素来平衡，或改为居中排版。</translation>
    </message>
    <message>
        <source>The visual weight sits in the {side} part ({pct:.0f} % off centre).</source>
        <translation>视觉重心集中在{side}（偏离中心 {pct:.0f}%）。</translation>
    </message>
    <message>
        <source>top</source>
        <translation>上部</translation>
    </message>
    <message>
        <source>The QR still holds the sample link, not the campaign&apos;s live code.</source>
        <translation>二维码仍是示例链接，不是本活动的群活码。</translation>
    </message>
    <message>
        <source>bottom</source>
        <translation>下部</translation>
    </message>
    <message>
        <source>Spread the content over the page.</source>
        <translation>把内容在页面上分布得更均匀。</translation>
    </message>
    <message>
        <source>The text does not fit its box and is cut off.</source>
        <translation>文字超出文本框，会被截断。</translation>
    </message>
    <message>
        <source>Shorten it, make the font smaller or the box larger.</source>
        <translation>缩短文字、调小字号或放大文本框。</translation>
    </message>
    <message>
        <source>The font has no glyph for: {chars}; they would print as boxes or in another font.</source>
        <translation>字体缺少这些字符：{chars}；它们会显示成方框或换成别的字体。</translation>
    </message>
    <message>
        <source>Replace those characters.</source>
        <translation>请替换这些字符。</translation>
    </message>
    <message>
        <source>The element reaches outside the page and will be cut.</source>
        <translation>元素超出页面，会被裁掉。</translation>
    </message>
    <message>
        <source>Move it inside the page.</source>
        <translation>把它移回页面内。</translation>
    </message>
    <message>
        <source>The element is outside the safe area; trimming or phone screen corners may cut it.</source>
        <translation>元素超出安全区；裁切或手机屏幕圆角可能会切掉它。</translation>
    </message>
    <message>
        <source>Move it inside the dashed safe-area line.</source>
        <translation>把它移到虚线安全区以内。</translation>
    </message>
</context>
<context>
    <name>PosterImageCheck</name>
    <message>
        <source>The poster is {w}×{h}; under 1080 px wide it looks soft on phones.</source>
        <translation>海报为 {w}×{h}；宽度不足 1080 像素在手机上会发虚。</translation>
    </message>
    <message>
        <source>Export at 1080×1920.</source>
        <translation>按 1080×1920 导出。</translation>
    </message>
    <message>
        <source>The image says {dpi} dpi; print needs 300 dpi at the printed size.</source>
        <translation>图片标注为 {dpi} dpi；印刷需要在成品尺寸下达到 300 dpi。</translation>
    </message>
    <message>
        <source>Export the print poster at 300 dpi.</source>
        <translation>按 300 dpi 导出印刷海报。</translation>
    </message>
    <message>
        <source>The image is {w}×{h}: neither a 9:16 phone poster nor an A4/A5 page.</source>
        <translation>图片为 {w}×{h}：既不是 9:16 手机海报，也不是 A4/A5 页面。</translation>
    </message>
    <message>
        <source>Use 1080×1920 for phones, A4 or A5 for print.</source>
        <translation>手机用 1080×1920，印刷用 A4 或 A5。</translation>
    </message>
    <message>
        <source>The QR is inverted (light modules on a dark ground); many scanners do not read it.</source>
        <translation>二维码是反色的（深底浅码）；很多扫码工具识别不了。</translation>
    </message>
    <message>
        <source>Use dark modules on a light ground.</source>
        <translation>改用浅色底深色码。</translation>
    </message>
    <message>
        <source>No QR code decodes in this image.</source>
        <translation>这张图片里没有能识别的二维码。</translation>
    </message>
    <message>
        <source>Enlarge the QR, raise its contrast, and clear what covers it.</source>
        <translation>放大二维码、提高对比度，并移开遮挡物。</translation>
    </message>
    <message>
        <source>The QR modules contrast {ratio:.1f}:1 with their ground; below 3:1 scanners miss them.</source>
        <translation>二维码码点与底色的对比度为 {ratio:.1f}:1；低于 3:1 扫码会失败。</translation>
    </message>
    <message>
        <source>Use near-black modules on white.</source>
        <translation>使用接近黑色的码点和白色底。</translation>
    </message>
    <message>
        <source>The quiet zone is not clear: scanners need 4 light modules around the code.</source>
        <translation>静区不干净：二维码四周需要留出 4 个模块宽的浅色空白。</translation>
    </message>
    <message>
        <source>Keep other elements and dark background away from the code.</source>
        <translation>让其他元素和深色背景远离二维码。</translation>
    </message>
    <message>
        <source>One module is {mm:.2f} mm; below 0.5 mm print blurs it.</source>
        <translation>单个模块只有 {mm:.2f} 毫米；小于 0.5 毫米印刷会糊。</translation>
    </message>
    <message>
        <source>Make the QR larger or the link shorter.</source>
        <translation>放大二维码或缩短链接。</translation>
    </message>
    <message>
        <source>The code is {mm:.0f} mm wide; printed posters need at least {min:.0f} mm.</source>
        <translation>二维码宽 {mm:.0f} 毫米；印刷海报至少需要 {min:.0f} 毫米。</translation>
    </message>
    <message>
        <source>Enlarge the QR.</source>
        <translation>放大二维码。</translation>
    </message>
    <message>
        <source>One module is {px:.1f} px; below {min} px the code breaks up once the poster is shared and compressed.</source>
        <translation>单个模块只有 {px:.1f} 像素；小于 {min} 像素时，海报被转发压缩后二维码会糊掉。</translation>
    </message>
    <message>
        <source>After sharing (downscaled to 540 px wide, JPEG quality 60) the code no longer decodes.</source>
        <translation>转发后（缩小到 540 像素宽、JPEG 质量 60）二维码无法识别。</translation>
    </message>
    <message>
        <source>Enlarge the QR or shorten the link.</source>
        <translation>放大二维码或缩短链接。</translation>
    </message>
    <message>
        <source>This is a single WeChat group&apos;s QR: it expires after 7 days and stops admitting at 200 members.</source>
        <translation>这是单个微信群的二维码：7 天后失效，满 200 人后无法扫码进群。</translation>
    </message>
    <message>
        <source>Use a live code (群活码) that rotates groups automatically.</source>
        <translation>改用能自动切换群的群活码。</translation>
    </message>
    <message>
        <source>The QR decodes to: {text}</source>
        <translation>二维码识别结果：{text}</translation>
    </message>
    <message>
        <source>Make sure this is the link you meant.</source>
        <translation>请确认这是你想要的链接。</translation>
    </message>
    <message>
        <source>About {n} characters of text; a poster like this carries about {limit} before nobody reads it.</source>
        <translation>约 {n} 个字；这类海报大约 {limit} 个字以内才有人读。</translation>
    </message>
    <message>
        <source>“{text}” contrasts {ratio:.1f}:1 with what is behind it (needs 3:1 for large text, 4.5:1 for body text).</source>
        <translation>“{text}”与背后画面的对比度只有 {ratio:.1f}:1（大字需要 3:1，正文需要 4.5:1）。</translation>
    </message>
    <message>
        <source>The text reader is missing ({problem}); reinstall FlashDesk to check the text of poster images.</source>
        <translation>缺少文字识别组件（{problem}）；请重新安装 FlashDesk 才能检查海报图片上的文字。</translation>
    </message>
</context>
<context>
    <name>PosterLabels</name>
    <message>
        <source>poster</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Palette</source>
        <translation>配色</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>设计</translation>
    </message>
    <message>
        <source>image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>PosterLiveCode</name>
    <message>
        <source>The QR follows the campaign&apos;s live code, but no live code is set yet: it carries the sample link {url}, which leads nowhere.</source>
        <translation>二维码跟随活动的群活码，但还没有设置群活码：现在放的是示例链接 {url}，扫了打不开任何群。</translation>
    </message>
    <message>
        <source>Paste the live code (群活码) link in the Group SOP tab (Groups &amp; live code); this poster follows it.</source>
        <translation>在“社群 SOP”页（社群与群活码）粘贴群活码链接，这张海报会自动跟随。</translation>
    </message>
</context>
<context>
    <name>Posters</name>
    <message>
        <source>Unknown poster format {key!r}; use one of: {keys}.</source>
        <translation>未知的海报尺寸 {key!r}；可选：{keys}。</translation>
    </message>
    <message>
        <source>Unknown poster template {key!r}; use one of: {keys}.</source>
        <translation>未知的海报模板 {key!r}；可选：{keys}。</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>{name} is not an image FlashDesk can read (PNG, JPEG, WebP, BMP); export it as PNG or JPEG and try again.</source>
        <translation>{name} 不是 FlashDesk 能读取的图片（PNG、JPEG、WebP、BMP）；请导出为 PNG 或 JPEG 后重试。</translation>
    </message>
    <message>
        <source>{name} claims to be {w}×{h} pixels, too large to open safely; use an image under 40 megapixels.</source>
        <translation>{name} 声称有 {w}×{h} 像素，过大，无法安全打开；请使用 4000 万像素以下的图片。</translation>
    </message>
    <message>
        <source>Downsampled from {w}×{h} to {sw}×{sh} pixels on import.</source>
        <translation>导入时已从 {w}×{h} 缩小到 {sw}×{sh} 像素。</translation>
    </message>
    <message>
        <source>{name} could not be decoded ({reason}); the file may be damaged. Re-export it as PNG or JPEG.</source>
        <translation>{name} 无法解码（{reason}），文件可能已损坏。请重新导出为 PNG 或 JPEG。</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>Poster {id} does not exist.</source>
        <translation>海报 {id} 不存在。</translation>
    </message>
    <message>
        <source>Template {template} is for {group} posters, not {format}; pick a template made for this format.</source>
        <translation>模板「{template}」用于 {group} 海报，不适用于 {format}；请选择适合该尺寸的模板。</translation>
    </message>
    <message>
        <source>A poster needs a name.</source>
        <translation>海报需要一个名称。</translation>
    </message>
    <message>
        <source>This campaign already has a poster named {name!r}; choose another name.</source>
        <translation>该活动已有名为 {name!r} 的海报，请换一个名称。</translation>
    </message>
    <message>
        <source>This campaign has no poster yet; create one from a template in the Posters tab.</source>
        <translation>该活动还没有海报；请在“海报”页从模板新建一张。</translation>
    </message>
    <message>
        <source>No poster named {name!r}; this campaign has: {names}.</source>
        <translation>没有名为 {name!r} 的海报；该活动现有：{names}。</translation>
    </message>
    <message>
        <source>Unknown palette {key!r}; use one of: {keys}.</source>
        <translation>未知的配色 {key!r}；可选：{keys}。</translation>
    </message>
    <message>
        <source>The QR payload should be a web address starting with https:// (or http://), not “{value}”.</source>
        <translation>二维码内容应是以 https://（或 http://）开头的网址，而不是“{value}”。</translation>
    </message>
    <message>
        <source>The QR payload is empty; paste the link of your live code (群活码) into the QR element.</source>
        <translation>二维码内容为空；请把群活码链接粘贴到二维码元素中。</translation>
    </message>
    <message>
        <source>The QR payload is {length} bytes; at error correction {level} a QR holds at most {limit} bytes. Use a shorter link (a short URL or live code).</source>
        <translation>二维码内容有 {length} 字节；纠错等级 {level} 的二维码最多容纳 {limit} 字节。请使用更短的链接（短网址或群活码）。</translation>
    </message>
    <message>
        <source>{name} is not a readable Excel file ({reason}).</source>
        <translation>{name} 不是可读取的 Excel 文件（{reason}）。</translation>
    </message>
    <message>
        <source>{name} is neither UTF-8 nor GBK text; save it as CSV UTF-8.</source>
        <translation>{name} 既不是 UTF-8 也不是 GBK 文本；请另存为 CSV UTF-8。</translation>
    </message>
    <message>
        <source>The staff list is empty; give one row per person: name, QR link.</source>
        <translation>员工名单为空；每人一行：姓名、二维码链接。</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>Rows {rows} not written: the checker found errors; fix them, or add --force to write them anyway.</source>
        <translation>第 {rows} 行没有写出：检查发现错误；请修正，或加 --force 强制写出。</translation>
    </message>
    <message>
        <source>The output must end in .png or .pdf.</source>
        <translation>输出文件必须以 .png 或 .pdf 结尾。</translation>
    </message>
    <message>
        <source>Nothing written: the checker found errors. Fix them, or add --force to write {path} anyway.</source>
        <translation>没有写出文件：检查发现错误。请修正，或加 --force 强制写出 {path}。</translation>
    </message>
</context>
<context>
    <name>PostersTab</name>
    <message>
        <source>Posters</source>
        <translation>海报</translation>
    </message>
    <message>
        <source>Palette: recolours what came from the template&apos;s colours</source>
        <translation>配色：替换来自模板配色的颜色</translation>
    </message>
    <message>
        <source>No campaign selected. Pick one on the left to design its posters.</source>
        <translation>未选择活动。请在左侧选择一个活动来设计海报。</translation>
    </message>
    <message>
        <source>New poster…</source>
        <translation>新建海报…</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>新版本</translation>
    </message>
    <message>
        <source>Keep this version as it is and edit a copy</source>
        <translation>保留当前版本不变，编辑一个副本</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Image…</source>
        <translation>图片…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Bring the element one step forward</source>
        <translation>把元素上移一层</translation>
    </message>
    <message>
        <source>Backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Send the element one step backward</source>
        <translation>把元素下移一层</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the selected element</source>
        <translation>删除所选元素</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <source>Zoom to fit</source>
        <translation>缩放到适应窗口</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Posters per staff member…</source>
        <translation>按员工批量生成…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message numerus="yes">
        <source>Checker: %n error(s)</source>
        <translation>
            <numerusform>检查：%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>，%n 个提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation>打印预览…</translation>
    </message>
    <message>
        <source>Export PDF with crop marks…</source>
        <translation>导出带裁切线的 PDF…</translation>
    </message>
    <message>
        <source>For the print shop: marks outside the bleed show where to cut (print formats)</source>
        <translation>给印刷厂用：出血位外的裁切线标出裁切位置（印刷尺寸）</translation>
    </message>
    <message>
        <source>Export and print</source>
        <translation>导出与打印</translation>
    </message>
    <message>
        <source>Poster:</source>
        <translation>海报：</translation>
    </message>
    <message>
        <source>Checker</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Change palette</source>
        <translation>更换配色</translation>
    </message>
    <message>
        <source>Add element</source>
        <translation>添加元素</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Unlock the element before deleting it.</source>
        <translation>请先解锁该元素再删除。</translation>
    </message>
    <message>
        <source>Delete element</source>
        <translation>删除元素</translation>
    </message>
    <message>
        <source>Bring forward</source>
        <translation>上移一层</translation>
    </message>
    <message>
        <source>Send backward</source>
        <translation>下移一层</translation>
    </message>
    <message>
        <source>Poster {n}</source>
        <translation>海报 {n}</translation>
    </message>
    <message>
        <source>New poster</source>
        <translation>新建海报</translation>
    </message>
    <message>
        <source>New poster version</source>
        <translation>新建海报版本</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>选择图片</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Image imported</source>
        <translation>图片已导入</translation>
    </message>
    <message>
        <source>Set image</source>
        <translation>设置图片</translation>
    </message>
    <message>
        <source>The checker found errors</source>
        <translation>检查发现错误</translation>
    </message>
    <message>
        <source>{n} errors, e.g.: {first}

Continue anyway?</source>
        <translation>共 {n} 个错误，例如：{first}

仍然继续吗？</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export poster</source>
        <translation>导出海报</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>正在渲染…</translation>
    </message>
    <message>
        <source>Exporting poster</source>
        <translation>正在导出海报</translation>
    </message>
    <message>
        <source>{n} posters written to {folder}.</source>
        <translation>已生成 {n} 张海报，保存在 {folder}。</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>第 {row} 行：{problem}</translation>
    </message>
    <message>
        <source>Posters per staff member</source>
        <translation>按员工批量生成海报</translation>
    </message>
    <message>
        <source>Rendering staff posters</source>
        <translation>正在生成员工海报</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Solid colour</source>
        <translation>纯色</translation>
    </message>
    <message>
        <source>Gradient</source>
        <translation>渐变</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Live code link, e.g. https://…</source>
        <translation>群活码链接，例如 https://…</translation>
    </message>
    <message>
        <source>Follow the live code</source>
        <translation>跟随群活码</translation>
    </message>
    <message>
        <source>Carry the campaign&apos;s live code (群活码) from the Group SOP again instead of the typed link.</source>
        <translation>改回使用社群 SOP 里的活动群活码，不再用手动输入的链接。</translation>
    </message>
    <message>
        <source>Link QR to the live code</source>
        <translation>二维码关联群活码</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> 个模块</translation>
    </message>
    <message>
        <source>Choose image…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Logo in the QR…</source>
        <translation>二维码中间的 Logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>移除 Logo</translation>
    </message>
    <message>
        <source>Remove QR logo</source>
        <translation>移除二维码 Logo</translation>
    </message>
    <message>
        <source>Locked (cannot be moved or resized)</source>
        <translation>锁定（不能移动或调整大小）</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>背景</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>主标题</translation>
    </message>
    <message>
        <source>Subheadline</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Benefit lines</source>
        <translation>利益点</translation>
    </message>
    <message>
        <source>Quota / countdown badge</source>
        <translation>限量 / 倒计时标签</translation>
    </message>
    <message>
        <source>QR caption</source>
        <translation>二维码引导语</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由文字</translation>
    </message>
    <message>
        <source>Price block</source>
        <translation>价格区</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>元素</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>Deal price</source>
        <translation>到手价</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>字号</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>字重</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>List price colour</source>
        <translation>原价颜色</translation>
    </message>
    <message>
        <source>Badge colour</source>
        <translation>标签底色</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>对齐</translation>
    </message>
    <message>
        <source>Fill</source>
        <translation>填充</translation>
    </message>
    <message>
        <source>Gradient end</source>
        <translation>渐变终点色</translation>
    </message>
    <message>
        <source>QR payload</source>
        <translation>二维码内容</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>码点颜色</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>底色</translation>
    </message>
    <message>
        <source>Quiet zone</source>
        <translation>静区</translation>
    </message>
    <message>
        <source>Click an element on the poster to change its text, size, colour or QR code here. Add puts a new text, badge or image on it.</source>
        <translation>点选海报上的元素，就能在这里修改文字、字号、颜色或二维码。用“添加”可以放上新的文字、角标或图片。</translation>
    </message>
    <message>
        <source>Edit list price</source>
        <translation>编辑原价</translation>
    </message>
    <message>
        <source>Edit deal price</source>
        <translation>编辑到手价</translation>
    </message>
    <message>
        <source>Change text size</source>
        <translation>修改字号</translation>
    </message>
    <message>
        <source>Change font weight</source>
        <translation>修改字重</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>修改颜色</translation>
    </message>
    <message>
        <source>Change alignment</source>
        <translation>修改对齐</translation>
    </message>
    <message>
        <source>Edit QR payload</source>
        <translation>编辑二维码内容</translation>
    </message>
    <message>
        <source>Follows the campaign&apos;s live code (Group SOP); typing a link here unlinks it.</source>
        <translation>跟随活动的群活码（社群 SOP）；在这里输入链接会取消关联。</translation>
    </message>
    <message>
        <source>Change QR colour</source>
        <translation>修改二维码颜色</translation>
    </message>
    <message>
        <source>Change quiet zone</source>
        <translation>修改静区</translation>
    </message>
    <message>
        <source>Lock element</source>
        <translation>锁定元素</translation>
    </message>
    <message>
        <source>Unlock element</source>
        <translation>解锁元素</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <source>Change background fill</source>
        <translation>修改背景填充</translation>
    </message>
    <message>
        <source>Filled from the campaign ({bind}); typing here unlinks it.</source>
        <translation>由活动信息自动填充（{bind}）；在此输入会取消关联。</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <source>New poster</source>
        <translation>新建海报</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Palette: {name} — suits {suits}</source>
        <translation>配色：{name} —— 适合{suits}</translation>
    </message>
</context>
</TS>
