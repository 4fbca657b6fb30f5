"""Promoter files as operators get them from an SCRM: an .xlsx with headings (nickname,
avatar file, personal link) and a CSV without headings in GBK; avatars made by the test."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from PIL import Image

PEOPLE = [  # nickname, avatar, link
    ("张三", "avatars/zhang.jpg", "https://scrm.example.com/p/zs01"),
    ("李四", "", "https://scrm.example.com/p/ls02"),
    ("王五", "avatars/missing.png", "https://scrm.example.com/p/ww03"),
    ("赵六", "", ""),                                   # no link: reported
    ("钱七", "", "https://scrm.example.com/p/shared"),  # shared with 孙八: both reported
    ("孙八", "", "https://scrm.example.com/p/shared"),
    ("张三", "avatars/zhang.jpg", "https://scrm.example.com/p/zs01"),  # listed twice
    ("周九🌟超长昵称的推广员小周同学来自杭州西湖区", "", "https://scrm.example.com/p/zj09"),
]


def promoter_book(folder: Path, people=PEOPLE) -> Path:
    (folder / "avatars").mkdir(exist_ok=True)
    Image.new("RGB", (640, 480), (30, 120, 200)).save(folder / "avatars" / "zhang.jpg")
    book = Workbook()
    sheet = book.active
    sheet.append(["昵称", "头像", "专属链接"])
    for row in people:
        sheet.append(list(row))
    path = folder / "推广员.xlsx"
    book.save(path)
    return path


def many(count: int) -> list[tuple[str, str, str]]:
    return [(f"推广员{n:04d}", "", f"https://scrm.example.com/p/{n:04d}") for n in range(count)]
