"""`flashdesk fission posters CAMPAIGN --promoters FILE -o DIR` through a parser built with the
module's own register() (the fission manifest lists it at merge; then `flashdesk.cli.main`
reaches it the same way)."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtGui import QImage

from flashdesk.errors import UserError
from flashdesk.fission.poster_commands import register
from flashdesk.posters.qr import decode
from tests.fission_posters.promoters import many, promoter_book


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flashdesk")
    register(parser.add_subparsers(dest="command"))
    return parser


def _run(*argv) -> int:
    args = _parser().parse_args([str(a) for a in argv])
    return args.func(args)


def test_posters_command_writes_verified_posters_and_reports_the_rest(store, campaign_id, tmp_path,
                                                                     capsys):
    out, book = tmp_path / "posters", promoter_book(tmp_path)
    code = _run("fission", "posters", campaign_id, "--promoters", book,
                "-o", out, "--store", store.path)
    captured = capsys.readouterr()
    assert code == 1  # four people have no poster
    assert "4 posters written, 0 already there from an earlier run, 4 people without a poster" \
        in captured.out
    assert "\rposters 4/4 (100 %)" in captured.err
    assert "not made: row 5 (赵六): no personal link" in captured.err
    assert "note: row 4 (王五): poster made without the avatar" in captured.err
    found = {decode(QImage(str(p)))[0].rsplit("/", 1)[1] for p in out.glob("*.png")}
    assert found == {"zs01", "ls02", "ww03", "zj09"}
    again = _run("fission", "posters", campaign_id, "--promoters", book,
                 "-o", out, "--store", store.path)
    assert again == 1
    assert "0 posters written, 4 already there" in capsys.readouterr().out


def test_everyone_usable_exits_0_and_customers_need_a_link_pattern(store, campaign_id, tmp_path,
                                                                   capsys):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["推广员", "推广链接"])
    for nickname, _avatar, link in many(3):
        book.active.append([nickname, link])
    book.save(tmp_path / "codes.xlsx")
    assert _run("fission", "posters", campaign_id, "--promoters", tmp_path / "codes.xlsx", "-o",
                tmp_path / "o", "--store", store.path) == 0
    assert "3 posters written" in capsys.readouterr().out
    with pytest.raises(UserError, match="link pattern with {id} where"):
        _run("fission", "posters", campaign_id, "--customers", "-o", tmp_path / "c",
             "--store", store.path)
    assert not (tmp_path / "c").exists()


def test_fission_parser_is_shared_with_the_other_fission_commands():
    """Either order of registration: this module first (the invites command then finds the
    parser's `_fission_actions`), or another module first, with or without keeping it."""
    def other_module(sub):  # the way the fission commands module registers `board`
        fission = sub.choices.get("fission")
        if fission is None:
            fission = sub.add_parser("fission")
            fission.set_defaults(_fission_actions=fission.add_subparsers(dest="action",
                                                                         required=True))
        fission.get_default("_fission_actions").add_parser("board").set_defaults(
            func=lambda args: 7)

    for first_this in (True, False):
        parser = argparse.ArgumentParser(prog="flashdesk")
        sub = parser.add_subparsers(dest="command")
        if first_this:
            register(sub)
            other_module(sub)
        else:
            other_module(sub)
            register(sub)
        assert parser.parse_args(["fission", "board"]).func(None) == 7
        args = parser.parse_args(["fission", "posters", "618", "--promoters", "p.csv", "-o", "d"])
        assert args.output.name == "d" and args.promoters.name == "p.csv"
    bare = argparse.ArgumentParser(prog="flashdesk")
    sub = bare.add_subparsers(dest="command")
    sub.add_parser("fission").add_subparsers(dest="action")  # a parser that kept nothing
    register(sub)
    assert bare.parse_args(["fission", "posters", "1", "--customers", "-o", "d"]).customers
