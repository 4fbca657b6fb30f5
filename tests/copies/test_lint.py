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
