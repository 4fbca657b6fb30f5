"""The flow map (issue 17): the graph read from the plan, the review's numbers laid over it as
a funnel, the drawing as PNG and PDF in both languages, the command and the workbook page."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QColor, QImage

from flashdesk import i18n
from flashdesk.channels.service import list_channels
from flashdesk.flowmap.draw import ACCENTS, MARGIN, TITLE_H, geometry, save_pdf, save_png
from flashdesk.flowmap.graph import STEP_KEYS, build
from flashdesk.groups.service import KeyNode, rows
from flashdesk.review.records import KINDS, rows_from_sequences
from flashdesk.review.service import save_records


@pytest.fixture(autouse=True)
def _english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def _numbers(store, campaign_id):
    """Two groups over two days and two channels, counted by hand below."""
    from flashdesk.campaigns.service import get_campaign

    launch = get_campaign(store, campaign_id).launch_at.date()
    save_records(store, campaign_id, "daily", rows_from_sequences(KINDS["daily"], [
        [launch, "1群", 180, 90, 40, 13600], [launch, "2群", 120, 50, 20, 6800],
        [launch.replace(day=launch.day + 1), "1群", 200, 70, 10, 3400],
        [launch.replace(day=launch.day + 1), "2群", 110, 60, 5, 1700]]))
    channels = [c.name for c in list_channels(store, campaign_id)]
    save_records(store, campaign_id, "channels", rows_from_sequences(KINDS["channels"], [
        [launch, channels[0], 3, 700], [launch, channels[1], 2, 300]]))


def test_graph_follows_the_plan(store, campaign_id):
    flow = build(store, campaign_id)
    assert [s.key for s in flow.steps] == list(STEP_KEYS)
    assert [n.label for n in flow.step("channels").nodes] == \
        [c.name for c in list_channels(store, campaign_id)]
    planned = sorted(rows(store, KeyNode, campaign_id), key=lambda n: n.at)
    assert [n.label for n in flow.step("nodes").nodes] == [n.name for n in planned]
    assert flow.step("nodes").chain and not flow.step("channels").chain
    assert flow.step("entry").nodes[0].detail == "not set yet"  # no live code yet
    assert not flow.has_numbers and flow.rates() == {}


def test_review_numbers_make_a_funnel_right_by_hand(store, campaign_id):
    _numbers(store, campaign_id)
    flow = build(store, campaign_id)
    figures = {s.key: s.figure for s in flow.steps}
    # reached 700 + 300; joined = peak members 200 + 120; active = peaks 90 + 60; orders 75
    assert figures == {"channels": 1000, "entry": None, "groups": 320, "nodes": 150,
                       "order": 75, "follow_up": None}
    assert flow.rates() == pytest.approx({"groups": 0.32, "nodes": 150 / 320, "order": 0.5})
    assert [n.figure for n in flow.step("channels").nodes][:2] == [700, 300]
    assert flow.step("order").nodes[1].label == "Revenue ¥25,500"


def _colour(image: QImage, x: float, y: float) -> str:
    return QColor(image.pixel(round(x), round(y))).name().upper()


def test_png_shows_each_step_in_its_colour_and_the_funnel(store, campaign_id, tmp_path):
    _numbers(store, campaign_id)
    flow = build(store, campaign_id)
    image = QImage(str(save_png(flow, tmp_path / "map.png")))
    g = geometry(flow)
    assert (image.width(), image.height()) == (1800, round(g.height))
    for index in range(6):  # each header's top band, right of its title
        assert _colour(image, g.left(index) + g.column - 12, MARGIN + TITLE_H + 6) == ACCENTS[index]
    funnel_middle = g.nodes_top + g.nodes_h + 30 + 40 + (170 - 80) / 2
    assert _colour(image, g.left(0) + 10, funnel_middle) == ACCENTS[0]
    assert _colour(image, g.left(4) + g.column / 2, funnel_middle) == ACCENTS[4]
    assert _colour(image, g.left(1) + g.column / 2, funnel_middle) != ACCENTS[1]  # no number


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs poppler-utils")
@pytest.mark.parametrize("language,words", [("en", ["Channels", "Key nodes", "Follow-up"]),
                                            ("zh_CN", ["渠道", "关键节点", "跟进"])])
def test_pdf_reads_back_in_both_languages(store, campaign_id, tmp_path, language, words):
    _numbers(store, campaign_id)
    with i18n.speaking(language):
        pdf = save_pdf(build(store, campaign_id), tmp_path / "map.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for word in [*words, "叫醒红包", "1,000"]:
        assert word in text
    assert "⽉" not in text and "⽇" not in text  # Kangxi radicals mapped back
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    assert "842 x 595" in info.replace(".", " ").replace("  ", " ") or "841" in info


def test_flowmap_command(store, campaign_id, tmp_path, capsys):
    from flashdesk.cli import main

    target = tmp_path / "flow.png"
    assert main(["flowmap", str(campaign_id), "-o", str(target), "--lang", "en",
                 "--store", str(store.path)]) == 0
    assert QImage(str(target)).width() == 1800
    assert main(["flowmap", str(campaign_id), "-o", str(tmp_path / "flow.svg"),
                 "--store", str(store.path)]) == 2
    assert "must end in .png or .pdf" in capsys.readouterr().err
    assert not (tmp_path / "flow.svg").exists()


def test_workbook_page_has_the_step_table_and_the_map(store, campaign_id, tmp_path):
    from openpyxl import load_workbook

    from flashdesk.workbook.export import export_workbook

    _numbers(store, campaign_id)
    path = export_workbook(store, campaign_id, tmp_path / "team.xlsx", language="zh_CN",
                           only=("flashdesk.workbook.flowmap",))
    sheet = load_workbook(path)["流程图"]
    table = [[c.value for c in row] for row in sheet.iter_rows(min_row=2, max_row=8)]
    assert table[0] == ["步骤", "内容", "人数", "上一步转化"]
    assert [r[0] for r in table[1:]] == ["渠道", "入口", "群", "关键节点", "下单", "跟进"]
    assert [r[2] for r in table[1:]] == [1000, None, 320, 150, 75, None]
    assert table[3][3] == pytest.approx(0.32) and sheet["D6"].number_format == "0%"
    assert "叫醒红包" in table[4][1] and " → " in table[4][1]
    assert len(sheet._images) == 1
