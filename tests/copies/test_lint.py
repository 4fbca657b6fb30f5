"""The compliance lint: each rule fires on bad text and clears on the fixed text."""

from flashdesk.copies.lint import lint
from flashdesk.copies.seed import seed_copies
from flashdesk.copies.words import user_words_path


def _rules(text, channel=None, **kwargs):
    return [(f.rule, text[f.start:f.end]) for f in lint(text, channel, **kwargs)]


def test_extreme_words_with_reason_and_safer_wording():
    text = "史上最好用的爽肤水，全网最低价！"
    findings = lint(text)
    assert [(f.rule, text[f.start:f.end]) for f in findings] == [
        ("extreme_word", "史上"), ("extreme_word", "最好"), ("extreme_word", "全网最低")]
    assert all(f.reason and f.safer for f in findings)
    assert _rules("很好用的爽肤水，群内专享价！") == []
    assert _rules("最美的季节，最划算的价格") == [("extreme_word", "最"), ("extreme_word", "最")]
    assert _rules("最后一天，最近很多人问，最多买3件") == []


def test_promises_and_allowed_phrases():
    assert _rules("100%有效，无效退款") == [("promise", "100%"), ("promise", "无效退款")]
    assert _rules("第一时间通知，第一题答对有奖") == []
    assert _rules("行业第一") == [("extreme_word", "第一")]


def test_empty_variable_values():
    text = "进群链接：{live_code}，群名{group_name}"
    values = {"live_code": "", "group_name": "福利群"}
    assert _rules(text, values=values) == [("empty_variable", "{live_code}")]
    assert _rules(text, values={**values, "live_code": "https://w.cn/x"}) == []


def test_doubled_punctuation():
    assert _rules("快来！！真的，，") == [("doubled_punctuation", "！！"), ("doubled_punctuation", "，，")]
    assert _rules("快来！真的……") == []


def test_moments_link_needs_the_comment_area():
    text = "新品上线 https://w.cn/abc"
    assert _rules(text, "moments") == [("moments_link", "https://w.cn/abc")]
    assert _rules(text + " 评论区也有", "moments") == []
    assert _rules(text, "wecom_group") == []
    assert _rules("扫码进群 {live_code}", "moments") == [("moments_link", "{live_code}")]


def test_over_long_copy_for_its_channel():
    text = "字" * 151
    assert _rules(text, "moments") == [("too_long", "字")]  # the part past the limit
    assert _rules(text[:150], "moments") == []
    assert _rules(text, "wecom_group") == []  # no limit for customer groups
    long = lint("{product}" * 10, "private", limits={"private": 50}, values={"product": "一二三四五六"})
    assert [f.rule for f in long] == ["too_long"] and "60" in long[0].reason
    assert lint("{product}" * 10, "private", limits={"private": 50}, values={"product": "一"}) == []


def test_operator_word_list_extends_and_disables(tmp_path):
    path = user_words_path()
    path.parent.mkdir(parents=True)
    path.write_text('[[word]]\ntext = "秒杀全场"\nkind = "extreme"\nreason = "夸大"\nsafer = "力度大"\n\n'
                    '[[word]]\ntext = "独家"\ndisabled = true\n', encoding="utf-8")
    assert _rules("独家秒杀全场") == [("extreme_word", "秒杀全场")]
    path.unlink()
    assert _rules("独家秒杀全场") == [("extreme_word", "独家")]


def test_seed_library_is_clean():
    for entry in seed_copies():
        assert lint(entry["body"], entry["channel"]) == [], entry["key"]


# Words operators' ad-law checkers flag, by the Advertising Law's categories; each must be
# caught in a sentence, as the category the list files it under.
CAUGHT = {
    "superlative": ["最低价", "最好", "最佳", "最美", "最高级"],
    "rank": ["全网第一", "行业第一", "唯一", "绝无仅有", "No.1"],
    "grade": ["国家级", "世界级", "全球级", "顶级"],
    "first": ["首个", "首款", "首选"],
    "house": ["独家", "首家"],
    "national": ["国家免检", "特供", "专供", "世界领先", "国际领先"],
    "extreme": ["极品", "极致", "终极"],
    "absolute": ["绝对", "万能", "无敌"],
    "authority": ["权威", "专家推荐", "免检"],
    "brand": ["驰名商标", "著名商标", "顶尖", "领导品牌"],
    "urgency": ["史无前例", "空前绝后", "仅此一次", "史上"],
    "medical": ["无副作用", "治愈", "包治百病", "根治", "排毒"],
    "promise": ["100%", "保证", "零风险", "无效退款"],
}
EVERYDAY = ["最后一天", "最近很多人问", "最多买3件", "第一次来", "第一时间通知", "首页有链接",
            "首单立减", "保证金已交", "绝对值", "高级感", "极简包装", "积极参与", "专业客服",
            "国家统计局数据", "第一批发货", "最好是早点下单", "新品首发", "你最想要哪一款"]


def test_every_category_catches_its_words():
    from flashdesk.copies.words import categories

    assert set(CAUGHT) == set(categories()), "every category of the list is tried"
    for category, words in CAUGHT.items():
        for word in words:
            text = f"这款{word}的礼盒"
            findings = lint(text)
            assert [f.category for f in findings] == [category], word
            assert findings[0].text_in(text) in word, word  # 最美: the 最 is marked
            assert findings[0].reason and findings[0].safer, word


def test_everyday_phrases_stay_clean():
    for phrase in EVERYDAY:
        assert lint(phrase) == [], phrase


def test_copies_lint_command(capsys, monkeypatch):
    import io

    from flashdesk.cli import main

    assert main(["copies", "lint", "全网第一的粽子\n国家级工艺，最低价"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("1:1-4  «全网第一»  [extreme word · 第一 / 唯一]")
    assert lines[1].startswith("2:1-3  «国家级»") and lines[2].startswith("2:7-9  «最低价»")
    assert all("safer: " in line for line in lines)
    monkeypatch.setattr("sys.stdin", io.StringIO("最后一天，群内专享价，保证金已交"))
    assert main(["copies", "lint", "-"]) == 0
    assert capsys.readouterr().out == ""
    monkeypatch.setattr("sys.stdin", io.StringIO("扫码进群 https://w.cn/x"))
    assert main(["copies", "lint", "--channel", "moments"]) == 1
    assert "moments link" in capsys.readouterr().out
    assert main(["copies", "lint", "x", "--channel", "tiktok"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Unknown channel 'tiktok'" in err[0] and "moments" in err[0]
