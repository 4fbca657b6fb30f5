"""Promoters from a file or the customer list, who gets a poster, and the run: every poster
file decoded from disk reads its own person's link; a cancelled run goes on where it stopped."""

from __future__ import annotations

import csv
import json

import pytest
from PySide6.QtGui import QImage

from flashdesk.fission.personal import poster_base, promoters_from_customers, read_promoters
from flashdesk.posters.personal import Promoter
from flashdesk.posters.personal_run import (
    RECORD_NAME,
    REPORT_NAME,
    PromoterFileError,
    file_name,
    render_posters,
    screen,
)
from flashdesk.posters.qr import decode
from tests.fission_posters.promoters import PEOPLE, many, promoter_book


def test_file_with_headings_is_read_with_row_numbers(tmp_path):
    promoters = read_promoters(promoter_book(tmp_path))
    assert [(p.nickname, p.avatar, p.link) for p in promoters] == [tuple(r) for r in PEOPLE]
    assert promoters[0].source == "row 2" and promoters[-1].source == "row 9"


def test_csv_without_headings_in_gbk_finds_the_link_and_avatar_columns(tmp_path):
    path = tmp_path / "codes.csv"
    path.write_bytes("https://scrm.example.com/p/a1,小红,red.png\r\n"
                     "https://scrm.example.com/p/b2,小蓝,\r\n".encode("gbk"))
    promoters = read_promoters(path)
    assert [(p.nickname, p.avatar, p.link, p.source) for p in promoters] == [
        ("小红", "red.png", "https://scrm.example.com/p/a1", "row 1"),
        ("小蓝", "", "https://scrm.example.com/p/b2", "row 2")]


def test_headings_without_a_link_column_say_how_to_name_them(tmp_path):
    path = tmp_path / "p.csv"
    path.write_text("昵称,头像\n小红,a.png\n", encoding="utf-8")
    with pytest.raises(PromoterFileError, match="专属链接"):
        read_promoters(path)


def test_screen_reports_missing_shared_and_live_code_links():
    people = [Promoter(n, link, "", f"row {i}") for i, (n, _a, link) in enumerate(PEOPLE, start=2)]
    people.append(Promoter("吴十", "https://example.com/live-code", "", "row 10"))
    people.append(Promoter("郑一", "weixin://not-a-web-link", "", "row 11"))
    kept, problems = screen(people, live_code="https://example.com/live-code/")
    assert [p.nickname for p in kept] == ["张三", "李四", "王五", PEOPLE[7][0]]
    reasons = {p.promoter.source: p.message for p in problems}
    assert set(reasons) == {"row 5", "row 6", "row 7", "row 8", "row 10", "row 11"}
    assert "no personal link" in reasons["row 5"]
    assert "also given to row 7 (孙八)" in reasons["row 6"]
    assert "also given to row 6 (钱七)" in reasons["row 7"]
    assert "listed again" in reasons["row 8"] and "row 2" in reasons["row 8"]
    assert "shared live code" in reasons["row 10"]
    assert "https://" in reasons["row 11"]


def test_every_poster_on_disk_decodes_to_its_own_link(store, campaign_id, tmp_path):
    source = promoter_book(tmp_path)
    out = tmp_path / "out"
    run = render_posters(poster_base(store, campaign_id), read_promoters(source), out,
                         avatar_folder=tmp_path)
    assert run.total == 4 and len(run.written) == 4 and not run.cancelled
    links = {}
    for path in run.written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1080, 1920)
        [found] = decode(image)
        links[path.name] = found
    expected = {file_name(Promoter(n, link)): link for n, _a, link in PEOPLE
                if link.endswith(("zs01", "ls02", "ww03", "zj09"))}
    assert links == expected
    assert len({p.promoter.source for p in run.problems}) == 4
    notes = {n.promoter.source: n.message for n in run.notes}
    assert "without the avatar" in notes["row 4"] and "not found" in notes["row 4"]
    assert "not in the poster font" in notes["row 9"]
    with run.report.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["Source", "Nickname", "Link", "Poster", "Reason"]
    assert sorted(r[0] for r in rows[1:] if r[3] == "not made") == ["row 5", "row 6", "row 7",
                                                                    "row 8"]
    assert run.report.name == REPORT_NAME


def test_cancelled_run_goes_on_where_it_stopped(store, campaign_id, tmp_path):
    people = [Promoter(n, link, a, f"row {i}") for i, (n, a, link) in enumerate(many(7), start=2)]
    base = poster_base(store, campaign_id)
    out = tmp_path / "out"
    first = render_posters(base, people, out, lambda done, total, name: done < 3)
    assert first.cancelled and len(first.written) == 3
    record = json.loads((out / RECORD_NAME).read_text(encoding="utf-8"))
    assert len(record["posters"]) == 3
    kept = {p.name: p.stat().st_mtime_ns for p in first.written}
    second = render_posters(base, people, out)
    assert (second.already, len(second.written), second.cancelled) == (3, 4, False)
    assert {p.name: p.stat().st_mtime_ns for p in first.written} == kept  # left alone
    assert len(list(out.glob("*.png"))) == 7 and second.report is None
    (out / second.written[0].name).write_bytes(b"cut short")  # damaged since: made again
    third = render_posters(base, people, out)
    assert (third.already, len(third.written)) == (6, 1)
    assert decode(QImage(str(third.written[0]))) == [people[3].link]


def test_a_changed_poster_renders_everyone_again(store, campaign_id, tmp_path):
    people = [Promoter(n, link, a) for n, a, link in many(2)]
    base = poster_base(store, campaign_id)
    out = tmp_path / "out"
    assert len(render_posters(base, people, out).written) == 2
    base.values["deal_price"] = "1"
    again = render_posters(base, people, out)
    assert (again.already, len(again.written)) == (0, 2)


def test_promoters_from_the_customer_list_get_links_from_the_pattern(store, tmp_path):
    from flashdesk.cli import main
    from tests.customers import exports

    assert main(["customers", "import", str(exports.customer_list(tmp_path)),
                 "--store", str(store.path)]) == 0
    promoters = promoters_from_customers(store, "https://shop.example.com/join?ref={id}",
                                         tag="宝妈")
    assert [(p.nickname, p.link, p.source) for p in promoters] == [
        ("张三", "https://shop.example.com/join?ref=1", "customer 1"),
        ("赵六", "https://shop.example.com/join?ref=4", "customer 4")]
    with pytest.raises(PromoterFileError, match=r"\{id\}"):
        promoters_from_customers(store, "https://shop.example.com/join")
