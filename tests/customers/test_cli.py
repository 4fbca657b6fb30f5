"""`flashdesk customers import` and `customers list` as an operator runs them."""

from tests.customers import exports
from tests.test_cli import run


def test_import_list_and_reimport(tmp_path):
    store = tmp_path / "s.sqlite3"
    created = run("new", "--name", "618", "--product", "面霜", "--launch", "2026-06-18T20:00",
                  "--list-price", "899", "--deal-price", "699", "--quota", "300", "--days", "3",
                  "--store", store)
    assert created.returncode == 0, created.stderr
    first = run("customers", "import", exports.customer_list(tmp_path), "--store", store)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("customers: 4 rows; changed: 4 new people")
    dry = run("customers", "import", exports.order_export(tmp_path), "--campaign", "618",
              "--dry-run", "--store", store)
    assert "would change: 2 new people, 2 updated" in dry.stdout, dry.stderr
    orders = run("customers", "import", exports.order_export(tmp_path), "--campaign", "618",
                 "--store", store)
    assert orders.returncode == 0, orders.stderr
    again = run("customers", "import", exports.order_export(tmp_path), "--store", store,
                "--campaign", "618")
    assert again.stdout.strip() == "orders: 5 rows, nothing changed (already imported)"
    listed = run("customers", "list", "--tier", "核心", "--store", store)
    assert listed.stdout.splitlines() == ["1\t张三\t张三-老客\t138****0001\t核心\t\t1098.00\t宝妈, 老客"]
    full = run("customers", "list", "--campaign", "618", "--phones", "--store", store)
    lines = [line.split("\t") for line in full.stdout.splitlines()]
    assert [(cells[1], cells[3]) for cells in lines] == [
        ("张三", "13800000001"), ("李四", "13800000002"), ("钱七", "13900000007"),
        ("周九", "13900000009")]


def test_importing_again_after_forget_says_how_many_rows_were_skipped(tmp_path):
    store = tmp_path / "s.sqlite3"
    run("customers", "import", exports.customer_list(tmp_path), "--store", store)
    forgot = run("customers", "forget", "1", "--store", store)
    assert forgot.returncode == 0, forgot.stderr
    again = run("customers", "import", exports.customer_list(tmp_path), "--store", store)
    assert again.stdout.splitlines() == [
        "customers: 4 rows, nothing changed (already imported)",
        "1 rows skipped: they are people who were forgotten, and a forgotten person is never "
        "imported again."]
    listed = run("customers", "list", "--store", store)
    assert "张三" not in listed.stdout and "李四" in listed.stdout


def test_bad_file_is_one_line_and_exit_2(tmp_path):
    store = tmp_path / "s.sqlite3"
    run("customers", "import", exports.customer_list(tmp_path), "--store", store)
    bad = tmp_path / "orders.csv"
    bad.write_text("订单号,下单时间,买家昵称,实付金额\nB1,2026-06-18 20:00,小红,abc\n",
                   encoding="utf-8")
    result = run("customers", "import", bad, "--store", store)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "Row 2, column D (实付金额)" in result.stderr and "Traceback" not in result.stderr
    wrong_tier = run("customers", "list", "--tier", "金牌", "--store", store)
    assert wrong_tier.returncode == 2 and "普通, 初级, 核心, 分销" in wrong_tier.stderr


def test_matches_split_and_forget(tmp_path):
    store = tmp_path / "s.sqlite3"
    customers = tmp_path / "客户.csv"
    customers.write_text("客户名称,备注\n小红,小红-上海\n小红,小红-北京\n", encoding="utf-8-sig")
    members = tmp_path / "群成员.csv"
    members.write_text("群名称,昵称\n福利1群,小红\n", encoding="gbk")
    run("customers", "import", customers, "--store", store)
    imported = run("customers", "import", members, "--store", store)
    assert "? row 2: '小红' matched person 1" in imported.stdout, imported.stderr
    queue = run("customers", "matches", "--store", store)
    assert queue.stdout == "1\t1\t小红\t群成员.csv\t2\n"
    split = run("customers", "split", "1", "--store", store)
    assert split.stdout.strip() == "3"
    forgotten = run("customers", "forget", "3", "9", "--store", store)
    assert forgotten.returncode == 2 and "There is no person 9" in forgotten.stderr
    assert run("customers", "forget", "3", "--store", store).returncode == 0
    assert [line.split("\t")[0] for line in
            run("customers", "list", "--store", store).stdout.splitlines()] == ["1", "2"]


def test_followups_print_and_workbook(tmp_path):
    store = tmp_path / "s.sqlite3"
    run("new", "--name", "618", "--product", "面霜", "--launch", "2026-06-18T20:00",
        "--list-price", "899", "--deal-price", "699", "--quota", "300", "--days", "3",
        "--store", store)
    run("customers", "import", exports.order_export(tmp_path), "--campaign", "618", "--store", store)
    printed = run("followups", "618", "--store", store)
    assert printed.returncode == 0, printed.stderr
    lines = [line.split("\t") for line in printed.stdout.splitlines()]
    assert [cells[0] for cells in lines] == ["回访"] * 3 + ["复购邀约"] * 3 + ["没抢到登记"]
    assert lines[0][3:5] == ["张三", "138****0001"]
    assert lines[0][7].startswith("张三，面霜")  # the 回访 copy, opened with the nickname
    out = tmp_path / "跟进.xlsx"
    written = run("followups", "618", "-o", out, "--store", store)
    assert written.returncode == 0, written.stderr
    from openpyxl import load_workbook

    book = load_workbook(out)  # the hidden FlashDesk sheet names the campaign for reading back
    assert [s.title for s in book.worksheets if s.sheet_state == "visible"] == ["跟进清单", "客户名单"]
