"""Exports in the shapes operators' tools give them, made by the tests: the WeCom customer
list (.xlsx with a title row above the headings), a group member list (.csv in GBK, as
Chinese Excel saves it), a shop order export (.xlsx, masked phones, a refund and a cancelled
order) and a plain paste of likers' names."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook

CUSTOMER_HEADINGS = ["客户名称", "备注", "添加人", "添加时间", "来源", "标签", "备注手机号"]
CUSTOMERS = [
    ["张三", "张三-老客", "小王", "2026-05-01 10:00", "扫描二维码", "老客,宝妈", "13800000001"],
    ["李四", "", "小王", "2026-05-02 11:00", "搜索手机号", "", "13800000002"],
    ["王五", "王五-分销", "小李", "2026-05-03 12:00", "扫描二维码", "分销", ""],
    ["赵六", "", "小李", "2026/5/4", "群聊", "宝妈", ""],
]
MEMBER_HEADINGS = ["群名称", "昵称", "群昵称", "入群时间", "入群方式", "邀请人"]
MEMBERS = [
    ["618福利1群", "张三", "三哥", "2026-06-15 20:01", "扫描群二维码", ""],
    ["618福利1群", "赵六", "", "2026-06-15 20:05", "邀请", "张三"],
    ["618福利1群", "钱七", "", "2026-06-16 09:00", "扫描群二维码", ""],
    ["618福利2群", "孙八", "", "2026-06-16 10:00", "扫描群二维码", ""],
]
ORDER_HEADINGS = ["订单号", "下单时间", "付款时间", "买家昵称", "手机号", "商品名称", "实付金额(元)",
                  "订单状态", "退款金额"]
ORDERS = [
    ["A1001", "2026-06-18 20:00:05", "2026-06-18 20:00:30", "张三", "13800000001", "精华水",
     "399.00", "已完成", "0"],
    ["A1002", "2026-06-18 20:01:00", "2026-06-18 20:01:20", "张三", "13800000001", "面霜",
     "699.00", "已完成", "0"],
    ["A1003", "2026-06-18 20:02:00", "2026-06-18 20:02:10", "李四", "138****0002", "精华水",
     "399.00", "已完成", "100"],
    ["A1004", "2026-06-18 20:03:00", "", "钱七", "13900000007", "面霜", "699.00", "已取消", ""],
    ["A1005", "2026-06-18 20:04:00", "2026-06-18 20:04:30", "周九", "13900000009", "面霜",
     "699.00", "已完成", ""],
]
LIKERS = ["张三", "孙八", "吴十"]


def customer_list(folder: Path) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(["客户列表（导出时间 2026-06-20 09:00）"])
    sheet.append(CUSTOMER_HEADINGS)
    for row in CUSTOMERS:
        sheet.append(row)
    path = folder / "企业微信客户列表.xlsx"
    book.save(path)
    return path


def member_list(folder: Path, encoding: str = "gbk") -> Path:
    path = folder / "群成员.csv"
    lines = [",".join(MEMBER_HEADINGS)] + [",".join(row) for row in MEMBERS]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def order_export(folder: Path, rows=ORDERS) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(ORDER_HEADINGS)
    for row in rows:  # order times as real Excel dates, the rest as the shop writes them
        sheet.append([row[0], datetime.strptime(row[1], "%Y-%m-%d %H:%M:%S"), *row[2:]])
    path = folder / "订单导出.xlsx"
    book.save(path)
    return path


def likers(folder: Path) -> Path:
    path = folder / "预热点赞.txt"
    path.write_text("\n".join(LIKERS) + "\n", encoding="utf-8-sig")
    return path
