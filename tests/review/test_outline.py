"""The review outline is drafted from the data, by dimension, good and bad."""

from flashdesk.review.outline import draft_outline
from flashdesk.review.sample import add_sample_numbers


def test_outline_of_the_sample(store, campaign_id):
    add_sample_numbers(store, campaign_id)
    text = draft_outline(store, campaign_id)
    for heading in ("## 数据", "## 渠道", "## 文案", "## 素材", "## 流程", "## A/B 测试"):
        assert heading in text
    assert "售出 388 单（77.6%）" in text and "未达八成" in text
    assert "公众号 带来 2100 人参与" in text
    assert "“开售日叫醒红包”使用后参与人数最多（402 人）" in text
    assert "发售中：20:00 叫醒红包" in text
    assert "邀请文案：强调限量 500 名 11.5% vs 强调多得 360ml 14.5%" in text


def test_outline_of_an_empty_campaign(store, campaign_id):
    text = draft_outline(store, campaign_id)
    assert text.count("（未记录数据）") == 4 and "没有 A/B 测试" in text
