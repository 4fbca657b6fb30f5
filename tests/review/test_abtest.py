"""The two-proportion test against values computed independently (scipy.stats.norm, the
standard sample-size formula)."""

import pytest

from flashdesk.review.abtest import evaluate, normal_cdf
from flashdesk.review.experiments import ABDraft, ABTestError, check


def test_normal_cdf_known_points():
    assert normal_cdf(0) == pytest.approx(0.5)
    assert normal_cdf(1.959963984540054) == pytest.approx(0.975, abs=1e-12)
    assert normal_cdf(-1) == pytest.approx(0.15865525393145707, abs=1e-12)


def test_significant_difference():
    result = evaluate(1000, 200, 1000, 250)
    assert result.rate_a == pytest.approx(0.20)
    assert result.rate_b == pytest.approx(0.25)
    assert result.difference == pytest.approx(0.05)
    assert result.low == pytest.approx(0.01346362168753984, abs=1e-9)
    assert result.high == pytest.approx(0.08653637831246014, abs=1e-9)
    assert result.p_value == pytest.approx(0.007419649261025687, rel=1e-6)
    assert result.verdict.startswith("B wins")
    assert result.more_per_variant == 0


def test_not_significant_says_how_many_more():
    result = evaluate(500, 50, 500, 60)
    assert result.p_value == pytest.approx(0.3121752029650514, rel=1e-6)
    assert result.low == pytest.approx(-0.018765689606345747, abs=1e-9)
    assert result.needed_per_variant == 3841  # 10 % vs 12 %, alpha 5 %, power 80 %
    assert result.more_per_variant == 3341
    assert "Not enough data yet: about 3341 more per variant" in result.verdict


def test_a_better_than_b_names_a():
    result = evaluate(1000, 300, 1000, 200, "倒计时海报", "红包海报")
    assert result.difference < 0 and result.p_value < 0.001
    assert result.verdict.startswith("倒计时海报 wins")


def test_edge_cases():
    assert "nobody converted" in evaluate(100, 0, 100, 0).verdict
    assert "No difference" in evaluate(1000, 100, 1000, 100).verdict
    assert "Enter how many" in evaluate(0, 0, 10, 1).verdict
    tiny = evaluate(20, 2, 20, 1)
    assert tiny.more_per_variant > 0 and "Not enough data yet" in tiny.verdict


@pytest.mark.parametrize("draft, field", [
    (ABDraft(step=""), "step"),
    (ABDraft(step="邀请文案", exposed_a=-1), "exposed_a"),
    (ABDraft(step="邀请文案", exposed_a=10, converted_a=11), "converted_a"),
    (ABDraft(step="邀请文案", exposed_b=10, converted_b=12), "converted_b"),
])
def test_bad_drafts_name_the_field(draft, field):
    with pytest.raises(ABTestError) as caught:
        check(draft)
    assert caught.value.field == field
