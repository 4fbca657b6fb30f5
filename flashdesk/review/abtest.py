"""A/B tests of one step (change one thing, keep the rest): a two-proportion test on
exposed and converted counts. The normal distribution comes from math.erf, so no
statistics package is needed; the tests check the figures against known values.

- difference = rate B − rate A, with a 95 % Wald interval (unpooled standard error);
- p-value: two-sided z-test with the pooled rate (what textbooks and most tools report);
- needed sample: per variant, to detect the observed difference at 5 % significance with
  80 % power — the basis of "not enough data yet: about N more per variant"."""

from __future__ import annotations

import math
from dataclasses import dataclass

from flashdesk.i18n import translate

Z_95 = 1.959963984540054  # two-sided 5 %
Z_POWER_80 = 0.8416212335729143
ALPHA = 0.05


def normal_cdf(z: float) -> float:
    return 0.5 * (1.0 + math.erf(z / math.sqrt(2.0)))


@dataclass(frozen=True)
class ABResult:
    rate_a: float
    rate_b: float
    difference: float  # B − A
    low: float
    high: float
    p_value: float
    needed_per_variant: int | None  # None when no difference was seen at all
    more_per_variant: int  # 0 when the sample is already big enough
    verdict: str


def _needed(p_a: float, p_b: float) -> int | None:
    """Per-variant sample size to detect p_b vs p_a (alpha 5 % two-sided, power 80 %)."""
    delta = abs(p_b - p_a)
    if delta == 0:
        return None
    mean = (p_a + p_b) / 2
    top = (Z_95 * math.sqrt(2 * mean * (1 - mean))
           + Z_POWER_80 * math.sqrt(p_a * (1 - p_a) + p_b * (1 - p_b)))
    return math.ceil(top * top / (delta * delta))


def _more_for_five(p_a: float, p_b: float, pooled: float, exposed: int) -> int:
    rare = min(min(p, 1 - p) for p in (p_a, p_b))
    rare = rare or min(pooled, 1 - pooled)
    return max(0, math.ceil(5 / rare) - exposed) if rare else 0


def evaluate(exposed_a: int, converted_a: int, exposed_b: int, converted_b: int,
             label_a: str = "A", label_b: str = "B") -> ABResult:
    """The figures and a plain-words verdict. Counts must already be valid (see check)."""
    if exposed_a <= 0 or exposed_b <= 0:
        return ABResult(0.0, 0.0, 0.0, 0.0, 0.0, 1.0, None, 0, translate(
            "ABTest", "Enter how many people saw each variant."))
    p_a, p_b = converted_a / exposed_a, converted_b / exposed_b
    diff = p_b - p_a
    se = math.sqrt(p_a * (1 - p_a) / exposed_a + p_b * (1 - p_b) / exposed_b)
    low, high = diff - Z_95 * se, diff + Z_95 * se
    pooled = (converted_a + converted_b) / (exposed_a + exposed_b)
    se0 = math.sqrt(pooled * (1 - pooled) * (1 / exposed_a + 1 / exposed_b))
    p_value = 1.0 if se0 == 0 else math.erfc(abs(diff) / se0 / math.sqrt(2.0))
    needed = _needed(p_a, p_b)
    more = max(0, needed - min(exposed_a, exposed_b)) if needed else 0
    small = min(converted_a, converted_b, exposed_a - converted_a, exposed_b - converted_b) < 5
    if small:  # the normal approximation needs about 5 of each outcome per variant
        more = max(more, _more_for_five(p_a, p_b, pooled, min(exposed_a, exposed_b)))
    if pooled == 0:
        verdict = translate("ABTest", "Not enough data yet: nobody converted in either variant.")
    elif diff == 0:
        verdict = translate("ABTest", "No difference so far: both convert {rate}. Keep the one "
                            "that is cheaper to run.").format(rate=_pct(p_a))
    elif p_value < ALPHA and not small:
        more = 0
        better, worse = (label_b, label_a) if diff > 0 else (label_a, label_b)
        verdict = translate("ABTest", "{better} wins: it converts {points} percentage points "
                            "better than {worse} (95 % sure the gain is between {low} and {high} "
                            "points). Scale {better}.").format(
            better=better, worse=worse, points=_points(abs(diff)),
            low=_points(min(abs(low), abs(high))), high=_points(max(abs(low), abs(high))))
    elif more > 0:
        verdict = translate("ABTest", "Not enough data yet: about {more} more per variant to "
                            "tell whether the {points}-point gap is real.").format(
            more=more, points=_points(abs(diff)))
    else:
        verdict = translate("ABTest", "No real difference: with this many people a gap of "
                            "{points} points is within chance (p = {p}). Either variant will do.")\
            .format(points=_points(abs(diff)), p=f"{p_value:.2f}")
    return ABResult(p_a, p_b, diff, low, high, p_value, needed, more, verdict)


def _pct(rate: float) -> str:
    return f"{rate * 100:.1f} %"


def _points(diff: float) -> str:
    return f"{diff * 100:.1f}"
