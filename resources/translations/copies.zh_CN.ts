<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CampaignValuesDialog</name>
    <message>
        <source>Campaign values for copy variables</source>
        <translation>文案变量的活动取值</translation>
    </message>
    <message>
        <source>From Group SOP: {value}</source>
        <translation>来自社群 SOP：{value}</translation>
    </message>
    <message>
        <source>each person&apos;s own, in their follow-up message</source>
        <translation>每人各自的昵称，用于其跟进私信</translation>
    </message>
    <message>
        <source>Leave a field empty to use what the Group SOP tab knows (open group, live code, quota minus sold). The other values come from the campaign&apos;s details; change them there.</source>
        <translation>留空则使用社群 SOP 页中的数据（当前开放的群、群活码、限量减去已售）。其他值来自活动详情，请在那里修改。</translation>
    </message>
</context>
<context>
    <name>CopiesTab</name>
    <message>
        <source>Copy library</source>
        <translation>文案库</translation>
    </message>
    <message>
        <source>Search titles and bodies, e.g. 福利 倒计时</source>
        <translation>搜索标题和正文，例如：福利 倒计时</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>全部阶段</translation>
    </message>
    <message>
        <source>All levers</source>
        <translation>全部心理抓手</translation>
    </message>
    <message>
        <source>Library and campaign</source>
        <translation>文案库和本活动</translation>
    </message>
    <message>
        <source>Library only</source>
        <translation>仅文案库</translation>
    </message>
    <message>
        <source>This campaign only</source>
        <translation>仅本活动</translation>
    </message>
    <message>
        <source>★ only</source>
        <translation>只看 ★</translation>
    </message>
    <message>
        <source>Most used</source>
        <translation>使用最多</translation>
    </message>
    <message>
        <source>Best results</source>
        <translation>效果最好</translation>
    </message>
    <message>
        <source>Recently edited</source>
        <translation>最近编辑</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>New copy</source>
        <translation>新建文案</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Add copies from a 文案库 sheet (.xlsx) or a .csv</source>
        <translation>从文案库表格（.xlsx）或 .csv 添加文案</translation>
    </message>
    <message>
        <source>Copy filled text</source>
        <translation>复制填好的文案</translation>
    </message>
    <message>
        <source>Copy the text filled for the current campaign to the clipboard and count one use</source>
        <translation>把按当前活动填好变量的文案复制到剪贴板，并记一次使用</translation>
    </message>
    <message>
        <source>Duplicate into campaign</source>
        <translation>复制到本活动</translation>
    </message>
    <message>
        <source>Make this campaign its own copy to adapt, leaving the library copy as it is</source>
        <translation>为本活动复制一份来修改，文案库里的原稿保持不变</translation>
    </message>
    <message>
        <source>Campaign values…</source>
        <translation>活动取值…</translation>
    </message>
    <message>
        <source>Group name, live code and remaining slots for the variables</source>
        <translation>变量用的群名、群活码和剩余名额</translation>
    </message>
    <message>
        <source>Sort:</source>
        <translation>排序：</translation>
    </message>
    <message>
        <source>Find copy</source>
        <translation>查找文案</translation>
    </message>
    <message>
        <source>Favourite / unfavourite</source>
        <translation>收藏 / 取消收藏</translation>
    </message>
    <message>
        <source>No copy matches the search and filters. Clear the search or choose wider filters to see more.</source>
        <translation>没有符合搜索和筛选条件的文案。清空搜索或放宽筛选即可看到更多。</translation>
    </message>
    <message>
        <source>No copies yet: New copy writes one, Import… adds a sheet of them.</source>
        <translation>还没有文案：点“新建文案”写一条，或用“导入…”导入一整张表。</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ 已收藏</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ 收藏</translation>
    </message>
    <message>
        <source>Not saved yet: the store cannot be reached. What you typed stays here and is saved when it is back.</source>
        <translation>尚未保存：连不上数据库。你输入的内容留在这里，连上后自动保存。</translation>
    </message>
    <message>
        <source>Rename copy</source>
        <translation>修改文案标题</translation>
    </message>
    <message>
        <source>Edit copy text</source>
        <translation>编辑文案正文</translation>
    </message>
    <message>
        <source>Change copy channel</source>
        <translation>修改文案渠道</translation>
    </message>
    <message>
        <source>Change copy stage</source>
        <translation>修改文案阶段</translation>
    </message>
    <message>
        <source>Change copy levers</source>
        <translation>修改文案心理抓手</translation>
    </message>
    <message>
        <source>Record copy results</source>
        <translation>记录文案效果</translation>
    </message>
    <message>
        <source>Delete copy “{title}”</source>
        <translation>删除文案“{title}”</translation>
    </message>
    <message numerus="yes">
        <source>%n warm-up post(s)</source>
        <translation>
            <numerusform>%n 条预热帖子</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist line(s)</source>
        <translation>
            <numerusform>%n 个搭建清单项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n key node(s)</source>
        <translation>
            <numerusform>%n 个关键节点</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review row(s)</source>
        <translation>
            <numerusform>%n 条复盘文案记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete copy</source>
        <translation>删除文案</translation>
    </message>
    <message>
        <source>“{title}” is linked by {uses}. They keep the link and show the copy as deleted until you pick another one. Delete it anyway?</source>
        <translation>{uses}关联了“{title}”。删除后它们仍保留关联，并显示该文案已删除，直到你另选文案。仍要删除吗？</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between linked rows</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Mark favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>Unmark favourite</source>
        <translation>取消收藏</translation>
    </message>
    <message>
        <source>Duplicate copy into campaign</source>
        <translation>复制文案到本活动</translation>
    </message>
    <message>
        <source>Select a campaign first: the copy is filled with its product, prices and dates.</source>
        <translation>请先选择一个活动：文案要用它的产品、价格和日期来填写。</translation>
    </message>
    <message numerus="yes">
        <source>Copied to the clipboard, filled for the campaign (used %n times).</source>
        <translation>
            <numerusform>已复制到剪贴板，变量已按活动填好（已使用 %n 次）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>People who took part after this copy was used (from the review); the list sorts by it.</source>
        <translation>使用这条文案后参与的人数（来自复盘）；列表可以按它排序。</translation>
    </message>
    <message>
        <source>Write the copy; insert {product}, {deal_price} … for the campaign&apos;s values.</source>
        <translation>在这里写文案；插入 {product}、{deal_price} 等变量，使用时按活动填写。</translation>
    </message>
    <message>
        <source>Insert variable</source>
        <translation>插入变量</translation>
    </message>
    <message>
        <source>Preview for the current campaign</source>
        <translation>按当前活动预览</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Results:</source>
        <translation>效果：</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <source>Levers:</source>
        <translation>心理抓手：</translation>
    </message>
    <message>
        <source>Compliance and checks</source>
        <translation>合规与检查</translation>
    </message>
    <message>
        <source>Safer: {wording}</source>
        <translation>建议改为：{wording}</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <source>Select a campaign to see this copy filled in.</source>
        <translation>选择一个活动，即可看到填好变量的文案。</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n 个字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>filled: %n</source>
        <translation>
            <numerusform>填好后 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>limit for this channel: {limit}</source>
        <translation>本渠道建议上限 {limit} 字</translation>
    </message>
</context>
<context>
    <name>CopyImport</name>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} 不存在。</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>{path}: import takes .xlsx or .csv files.</source>
        <translation>{path}：导入只接受 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>{column} {value!r} is not a whole number.</source>
        <translation>{column} {value!r} 不是整数。</translation>
    </message>
    <message>
        <source>{column} {value!r} should be a whole number of 0 or more.</source>
        <translation>{column} {value!r} 应为 0 或更大的整数。</translation>
    </message>
    <message>
        <source>channel {value!r} is not a known channel.</source>
        <translation>渠道 {value!r} 不是已知渠道。</translation>
    </message>
    <message>
        <source>stage {value!r} is not a known stage.</source>
        <translation>阶段 {value!r} 不是已知阶段。</translation>
    </message>
    <message>
        <source>tag {value!r} is not a known lever.</source>
        <translation>标签 {value!r} 不是已知的心理抓手。</translation>
    </message>
    <message>
        <source>{path} has no header row starting with {title}; the columns are: {columns}.</source>
        <translation>{path} 没有以“{title}”开头的表头行；列应为：{columns}。</translation>
    </message>
</context>
<context>
    <name>CopyImportAction</name>
    <message>
        <source>Import copies</source>
        <translation>导入文案</translation>
    </message>
    <message>
        <source>Copy sheets (*.xlsx *.csv);;All files (*)</source>
        <translation>文案表格 (*.xlsx *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>… and %n more bad rows.</source>
        <translation>……另有 %n 行有问题。</translation>
    </message>
    <message>
        <source>{file} has %n bad rows; nothing was imported. Fix them and import again.</source>
        <translation>{file} 有 %n 行有问题，什么也没有导入。请修正后重新导入。</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>没有导入</translation>
    </message>
    <message>
        <source>{file} holds no copies.</source>
        <translation>{file} 里没有文案。</translation>
    </message>
    <message>
        <source>Add %n copies from {file} to the library?</source>
        <translation>把 {file} 里的 %n 条文案加入文案库？</translation>
    </message>
    <message>
        <source>Import %n copies</source>
        <translation>导入 %n 条文案</translation>
    </message>
</context>
<context>
    <name>CopyLabels</name>
    <message>
        <source>copy</source>
        <translation>文案</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>心理抓手</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>收藏</translation>
    </message>
    <message>
        <source>campaign value</source>
        <translation>文案变量取值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
</context>
<context>
    <name>CopyLinks</name>
    <message>
        <source>Copy {id} is not in the copy library (it may have been deleted). Pick another copy or clear the link.</source>
        <translation>文案库里没有文案 {id}（可能已被删除）。请换一条文案，或取消关联。</translation>
    </message>
    <message>
        <source>“{title}” belongs to another campaign. Pick a library copy or one of this campaign&apos;s copies.</source>
        <translation>“{title}”属于另一个活动。请选择文案库中的通用文案或本活动的文案。</translation>
    </message>
    <message>
        <source>{title} (deleted)</source>
        <translation>{title}（已删除）</translation>
    </message>
</context>
<context>
    <name>CopyLint</name>
    <message>
        <source>{{{name}}} has no value for this campaign, so the copy would show a gap.</source>
        <translation>{{{name}}} 在本活动里没有值，文案会出现空缺。</translation>
    </message>
    <message>
        <source>Set the value, or remove the variable.</source>
        <translation>填写这个值，或删掉这个变量。</translation>
    </message>
    <message>
        <source>Doubled punctuation looks careless and shouting.</source>
        <translation>重复标点显得随意，也像在喊叫。</translation>
    </message>
    <message>
        <source>A link in a Moments post is easy to miss; say that it is in the comment area and post it there.</source>
        <translation>朋友圈正文里的链接容易被忽略：写明链接在评论区，并把链接发在评论里。</translation>
    </message>
    <message>
        <source>Add a line such as “link in the comment area”.</source>
        <translation>加一句“链接在评论区”。</translation>
    </message>
    <message>
        <source>{length} characters; this channel reads best within {limit}.</source>
        <translation>共 {length} 字；这个渠道建议不超过 {limit} 字。</translation>
    </message>
    <message>
        <source>Cut {n} characters.</source>
        <translation>删减 {n} 个字。</translation>
    </message>
    <message>
        <source>{path} is not a valid word list: {problem}. Fix or remove it.</source>
        <translation>{path} 不是有效的词表：{problem}。请修正或删除它。</translation>
    </message>
    <message>
        <source>{path}: word {n} has no text. Every [[word]] needs text = &quot;…&quot;.</source>
        <translation>{path}：第 {n} 个词没有 text。每个 [[word]] 都需要 text = &quot;…&quot;。</translation>
    </message>
    <message>
        <source>{path}: word {word!r} has kind {kind!r}; use extreme or promise.</source>
        <translation>{path}：词 {word!r} 的 kind 是 {kind!r}；请用 extreme 或 promise。</translation>
    </message>
    <message>
        <source>Unknown channel {key!r}; use one of: {keys}.</source>
        <translation>未知渠道 {key!r}；请使用以下之一：{keys}。</translation>
    </message>
    <message>
        <source>safer: {safer}</source>
        <translation>建议：{safer}</translation>
    </message>
</context>
<context>
    <name>CopyListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>more than {n} copies</source>
        <translation>超过 {n} 条文案</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 条文案</numerusform>
        </translation>
    </message>
    <message>
        <source>◆ This campaign&apos;s own copy</source>
        <translation>◆ 本活动专属文案</translation>
    </message>
</context>
<context>
    <name>CopyPicker</name>
    <message>
        <source>Pick a copy</source>
        <translation>选择文案</translation>
    </message>
    <message>
        <source>Search titles and text</source>
        <translation>搜索标题和正文</translation>
    </message>
    <message>
        <source>Only {name}</source>
        <translation>仅限{name}</translation>
    </message>
    <message>
        <source>Select a copy to see it filled for this campaign</source>
        <translation>选中一条文案，查看代入本活动后的内容</translation>
    </message>
    <message>
        <source>Filled for this campaign:</source>
        <translation>代入本活动后：</translation>
    </message>
    <message>
        <source>Link this copy</source>
        <translation>关联这条文案</translation>
    </message>
    <message>
        <source>No copy</source>
        <translation>不关联文案</translation>
    </message>
    <message>
        <source>Remove the link to the copy</source>
        <translation>取消与文案的关联</translation>
    </message>
    <message>
        <source> (this campaign)</source>
        <translation>（本活动）</translation>
    </message>
    <message>
        <source>used {n}×</source>
        <translation>用过 {n} 次</translation>
    </message>
    <message>
        <source>No copy matches. Clear the search or untick a filter.</source>
        <translation>没有匹配的文案。请清空搜索或取消勾选筛选条件。</translation>
    </message>
    <message>
        <source>First {n} copies; search to narrow them down.</source>
        <translation>只显示前 {n} 条；请搜索以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <source>%n copies</source>
        <translation>
            <numerusform>%n 条文案</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopyService</name>
    <message>
        <source>Give the copy a title.</source>
        <translation>请给文案起个标题。</translation>
    </message>
    <message>
        <source>The title is longer than {max} characters; shorten it.</source>
        <translation>标题超过 {max} 个字，请缩短。</translation>
    </message>
    <message>
        <source>The body is {n} characters; a copy holds at most {max}.</source>
        <translation>正文有 {n} 个字，一条文案最多 {max} 个字。</translation>
    </message>
    <message>
        <source>Unknown channel {key!r}.</source>
        <translation>未知渠道 {key!r}。</translation>
    </message>
    <message>
        <source>Unknown stage {key!r}.</source>
        <translation>未知阶段 {key!r}。</translation>
    </message>
    <message>
        <source>Unknown lever {key!r}.</source>
        <translation>未知心理抓手 {key!r}。</translation>
    </message>
    <message>
        <source>Participants cannot be negative.</source>
        <translation>参与人数不能为负数。</translation>
    </message>
    <message>
        <source>The copy was not saved. {problems}</source>
        <translation>文案未保存。{problems}</translation>
    </message>
    <message>
        <source>Copy {id} does not exist.</source>
        <translation>文案 {id} 不存在。</translation>
    </message>
    <message>
        <source>Campaign {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <source>Unknown sort {key!r}.</source>
        <translation>未知排序方式 {key!r}。</translation>
    </message>
    <message>
        <source>{{{name}}} is filled from the campaign and cannot be set by hand.</source>
        <translation>{{{name}}} 由活动信息自动填写，不能手动设置。</translation>
    </message>
</context>
<context>
    <name>CopyVariables</name>
    <message>
        <source>product name</source>
        <translation>产品名称</translation>
    </message>
    <message>
        <source>list price (yuan)</source>
        <translation>原价（元）</translation>
    </message>
    <message>
        <source>deal price in the group (yuan)</source>
        <translation>群内到手价（元）</translation>
    </message>
    <message>
        <source>number of slots</source>
        <translation>限量份数</translation>
    </message>
    <message>
        <source>slots left (quota minus sold in Group SOP)</source>
        <translation>剩余名额（社群 SOP 中的限量减去已售）</translation>
    </message>
    <message>
        <source>the open flash group&apos;s name</source>
        <translation>当前开放的快闪群群名</translation>
    </message>
    <message>
        <source>live code link for joining (Group SOP)</source>
        <translation>进群用的群活码链接（社群 SOP）</translation>
    </message>
    <message>
        <source>launch date and time</source>
        <translation>开售日期和时间</translation>
    </message>
    <message>
        <source>what the buyer saves: list price minus deal price, plus the gift&apos;s value (empty when none)</source>
        <translation>顾客省下多少：原价减到手价，再加赠品价值（没有则为空）</translation>
    </message>
    <message>
        <source>the gift buyers get on top (offer)</source>
        <translation>加赠的赠品（优惠）</translation>
    </message>
    <message>
        <source>the gift&apos;s value (yuan)</source>
        <translation>赠品价值（元）</translation>
    </message>
    <message>
        <source>the coupon, e.g. 满300减50 or 立减20</source>
        <translation>优惠券，如 满300减50 或 立减20</translation>
    </message>
    <message>
        <source>the pre-sale deposit (yuan)</source>
        <translation>预售定金（元）</translation>
    </message>
    <message>
        <source>when the balance is paid (pre-sale)</source>
        <translation>尾款支付时间（预售）</translation>
    </message>
    <message>
        <source>pieces one buyer may take</source>
        <translation>每人限购件数</translation>
    </message>
    <message>
        <source>what a new member gets for joining</source>
        <translation>新人进群礼</translation>
    </message>
    <message>
        <source>the day the group closes</source>
        <translation>解散群的日期</translation>
    </message>
    <message>
        <source>campaign name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>the person&apos;s nickname (each follow-up message is filled for its person)</source>
        <translation>客户昵称（每条跟进私信按各自的客户填入）</translation>
    </message>
    <message>
        <source>Unknown variable {{{name}}} at line {line}, column {column}. Known: {known}.</source>
        <translation>第 {line} 行第 {column} 列的变量 {{{name}}} 不认识。可用的变量：{known}。</translation>
    </message>
</context>
<context>
    <name>CopyVocab</name>
    <message>
        <source>Any channel</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>WeCom Moments</source>
        <translation>企业微信朋友圈</translation>
    </message>
    <message>
        <source>WeCom customer group</source>
        <translation>企业微信客户群</translation>
    </message>
    <message>
        <source>One-to-one message</source>
        <translation>一对一私聊</translation>
    </message>
    <message>
        <source>Official account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Channels video</source>
        <translation>视频号</translation>
    </message>
    <message>
        <source>Douyin / Kuaishou</source>
        <translation>抖音/快手</translation>
    </message>
    <message>
        <source>Review &amp; deal platform</source>
        <translation>大众点评等团购平台</translation>
    </message>
    <message>
        <source>Xiaohongshu / Zhihu</source>
        <translation>小红书/知乎</translation>
    </message>
    <message>
        <source>Selection survey</source>
        <translation>选品调研</translation>
    </message>
    <message>
        <source>Discount teaser</source>
        <translation>优惠预告</translation>
    </message>
    <message>
        <source>Like-to-win</source>
        <translation>点赞抽奖</translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Entry channel</source>
        <translation>入群渠道</translation>
    </message>
    <message>
        <source>Invitation DM</source>
        <translation>邀约私信</translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation>群欢迎语</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>群公告</translation>
    </message>
    <message>
        <source>Group rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Wake-up red packet</source>
        <translation>叫醒红包</translation>
    </message>
    <message>
        <source>Sign-up chain</source>
        <translation>群接龙</translation>
    </message>
    <message>
        <source>Order flood</source>
        <translation>订单刷屏</translation>
    </message>
    <message>
        <source>Close &amp; preview</source>
        <translation>收尾与预告</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进回访</translation>
    </message>
    <message>
        <source>Crisis reply</source>
        <translation>危机回复</translation>
    </message>
    <message>
        <source>Quiz script</source>
        <translation>红包答题话术</translation>
    </message>
    <message>
        <source>Herd</source>
        <translation>从众</translation>
    </message>
    <message>
        <source>Loss aversion</source>
        <translation>损失厌恶</translation>
    </message>
    <message>
        <source>Anchoring</source>
        <translation>价格锚点</translation>
    </message>
    <message>
        <source>Scarcity</source>
        <translation>稀缺</translation>
    </message>
    <message>
        <source>Time pressure</source>
        <translation>时间紧迫</translation>
    </message>
    <message>
        <source>Universality</source>
        <translation>普适</translation>
    </message>
    <message>
        <source>Simplicity</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Greed</source>
        <translation>贪利</translation>
    </message>
    <message>
        <source>Celebrity</source>
        <translation>名人效应</translation>
    </message>
</context>
<context>
    <name>CopyVocabShort</name>
    <message>
        <source>Any</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>朋友圈</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>客户群</translation>
    </message>
    <message>
        <source>1-to-1</source>
        <translation>私聊</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>公众号</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频号</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>抖音快手</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>团购平台</translation>
    </message>
    <message>
        <source>XHS</source>
        <translation>小红书等</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>选品调研</translation>
    </message>
    <message>
        <source>Teaser</source>
        <translation>优惠预告</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>点赞抽奖</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <source>Greet</source>
        <translation>欢迎语</translation>
    </message>
    <message>
        <source>Wake</source>
        <translation>叫醒红包</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>群接龙</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>跟进回访</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>入群渠道</translation>
    </message>
    <message>
        <source>Invite</source>
        <translation>邀约私信</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>群公告</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>群规</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单刷屏</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>收尾预告</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>危机回复</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>答题话术</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Set campaign values</source>
        <translation>设置活动取值</translation>
    </message>
</context>
</TS>
