"""Charts are drawn with their labels, the PNG is a real, non-blank image, and Chinese text
renders with the bundled font (no missing-glyph boxes: matplotlib would warn)."""

import warnings

import pytest
from PIL import Image, ImageStat

from flashdesk.review.charts import CHART_KEYS, chart_title, draw, new_figure, save_png
from flashdesk.review.sample import add_sample_numbers
from flashdesk.review.summary import review_data


@pytest.fixture
def data(store, campaign_id):
    add_sample_numbers(store, campaign_id)
    return review_data(store, campaign_id)


def _texts(figure) -> str:
    ax = figure.axes[0]
    parts = [ax.get_title(), ax.get_xlabel(), ax.get_ylabel()]
    parts += [t.get_text() for t in ax.get_xticklabels() + ax.get_yticklabels() + ax.texts]
    legend = ax.get_legend()
    if legend:
        parts += [t.get_text() for t in legend.get_texts()]
    return " | ".join(parts)


@pytest.mark.parametrize("key", CHART_KEYS)
def test_each_chart_has_its_labels_and_a_real_image(data, key, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font" would fail here
        path = save_png(key, data, tmp_path / f"{key}.png")
    image = Image.open(path).convert("L")
    assert image.size[0] >= 800 and image.size[1] >= 400
    assert ImageStat.Stat(image).stddev[0] > 10, "the image is blank"
    figure = new_figure()
    draw(key, figure, data)
    text = _texts(figure)
    assert chart_title(key) in text
    expected = {"members": "Active members", "orders": "Quota 500", "revenue": "06-18",
                "channels": "公众号", "copies": "开售日叫醒红包", "materials": "开箱视频",
                "funnel": "Joined a group"}[key]
    assert expected in text


def test_empty_campaign_says_so(store, campaign_id):
    figure = new_figure()
    draw("orders", figure, review_data(store, campaign_id))
    assert "No numbers recorded yet" in _texts(figure)
