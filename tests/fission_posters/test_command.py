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
    """`fission posters` and `fission invites`/`board` live under one `fission` parser,
    whichever module registers first."""
    from flashdesk.fission import commands

    for order in ((commands.register, register), (register, commands.register)):
        parser = argparse.ArgumentParser(prog="flashdesk")
        sub = parser.add_subparsers(dest="command")
        for module_register in order:
            module_register(sub)
        assert parser.parse_args(["fission", "board", "618"]).func is not None
        args = parser.parse_args(["fission", "posters", "618", "--promoters", "p.csv", "-o", "d"])
        assert args.output.name == "d" and args.promoters.name == "p.csv"
        assert args.func.__module__ == "flashdesk.fission.poster_commands"


def test_the_flashdesk_command_reaches_it(store, campaign_id, tmp_path, capsys):
    from openpyxl import Workbook

    from flashdesk.cli import main

    book = Workbook()
    book.active.append(["昵称", "专属链接"])
    book.active.append(["小红", "https://scrm.example.com/p/red"])
    book.save(tmp_path / "one.xlsx")
    assert main(["fission", "posters", str(campaign_id), "--promoters", str(tmp_path / "one.xlsx"),
                 "-o", str(tmp_path / "out"), "--store", str(store.path)]) == 0
    [poster] = (tmp_path / "out").glob("*.png")
    assert decode(QImage(str(poster))) == ["https://scrm.example.com/p/red"]
    assert main(["fission", "posters", str(campaign_id), "--customers", "-o",
                 str(tmp_path / "c"), "--store", str(store.path)]) == 2
    assert "link pattern with {id}" in capsys.readouterr().err
