"""The real export shapes import into people matched across files, with tiers right by hand
count; a second import of the same files changes nothing."""


import pytest

from flashdesk.customers.importer import import_rows, remembered
from flashdesk.customers.rows import CustomerImportError, mapping_for, parse, read_sheet
from flashdesk.customers.service import Filter, people
from flashdesk.customers.shapes import shape_key
from tests.customers import exports


def load(store, path, campaign_id=None, kind=None, named=None, dry_run=False):
    sheet = read_sheet(path)
    kind, mapping = mapping_for(sheet, kind, named)
    headings = {f: sheet.headings[i] for f, i in mapping.items()} if sheet.headings else {}
    return import_rows(store, parse(sheet, kind, mapping), shape=shape_key(sheet.headings),
                       headings=headings, campaign_id=campaign_id, label=path.stem,
                       file_name=path.name, dry_run=dry_run)


def all_four(store, folder, campaign_id):
    return [load(store, exports.customer_list(folder)),
            load(store, exports.member_list(folder), campaign_id),
            load(store, exports.order_export(folder), campaign_id),
            load(store, exports.likers(folder), campaign_id)]


def by_name(store, **chosen):
    return {p.nickname: p for p in people(store, Filter(**chosen))}


def test_four_exports_match_into_people_with_hand_counted_tiers(store, campaign_id, tmp_path):
    results = all_four(store, tmp_path, campaign_id)
    assert [s.kind for s, _ in results] == ["customers", "members", "orders", "names"]
    assert [s.new_people for s, _ in results] == [4, 2, 1, 1]  # 钱七 孙八 | 周九 | 吴十
    found = by_name(store)
    assert sorted(found) == sorted(["张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十"])
    # 张三: 399 + 699; 李四: 399 less a 100 refund (masked phone: matched by nickname);
    # 钱七's order was cancelled; 王五 is tagged 分销
    assert found["张三"].paid_total == 1098 and found["张三"].tier == "核心"
    assert found["李四"].paid_total == 299 and found["李四"].tier == "普通"
    assert found["钱七"].paid_total == 0 and found["钱七"].phone == "13900000007"
    assert found["周九"].tier == "初级"
    assert found["王五"].tier == "分销"
    assert found["张三"].tags == ("宝妈", "老客", "高意向")  # the last a rule: liked the post
    assert set(by_name(store, tier="核心")) == {"张三"}
    assert set(by_name(store, tier="初级")) == {"周九"}
    assert set(by_name(store, tier="分销")) == {"王五"}
    assert set(by_name(store, tag="宝妈")) == {"张三", "赵六"}
    # in the campaign: members, buyers (including the cancelled order) and likers
    assert set(by_name(store, campaign_id=campaign_id)) == {"张三", "李四", "赵六", "钱七", "孙八",
                                                          "周九", "吴十"}


def test_importing_the_same_files_again_changes_nothing(store, campaign_id, tmp_path):
    all_four(store, tmp_path, campaign_id)
    tables = ("customer", "customer_tag", "customer_membership", "customer_order",
              "customer_listing", "customer_mapping")

    def dump():
        with store.engine.connect() as db:
            return {t: db.exec_driver_sql(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}

    before = dump()
    again = all_four(store, tmp_path, campaign_id)
    assert all(summary.unchanged for summary, _ in again)
    assert all(change.empty for _, change in again)
    assert dump() == before


def test_a_change_undoes_the_whole_import(store, campaign_id, tmp_path):
    load(store, exports.customer_list(tmp_path))
    summary, change = load(store, exports.order_export(tmp_path), campaign_id)
    assert summary.added == 5
    change.apply(store, undo=True)
    assert by_name(store)["张三"].paid_total == 0
    assert "周九" not in by_name(store)
    change.apply(store, undo=False)
    assert by_name(store)["张三"].paid_total == 1098


def test_utf8_bom_csv_reads_like_gbk(store, campaign_id, tmp_path):
    summary, _ = load(store, exports.member_list(tmp_path, "utf-8-sig"), campaign_id)
    assert summary.kind == "members" and summary.added == 4


def test_a_bad_cell_names_row_and_column_and_imports_nothing(store, campaign_id, tmp_path):
    rows = [list(r) for r in exports.ORDERS]
    rows[2][6] = "三百"
    rows[4][4] = "1390000"
    with pytest.raises(CustomerImportError) as raised:
        load(store, exports.order_export(tmp_path, rows), campaign_id)
    message = str(raised.value)
    assert "Row 4, column G (实付金额(元))" in message and "'三百'" in message
    assert "Row 6, column E (手机号)" in message
    assert "nothing was imported" in message
    assert people(store) == []


def test_a_row_missing_a_needed_value_is_named(store, tmp_path):
    rows = [list(r) for r in exports.ORDERS]
    rows[0][0] = ""
    with pytest.raises(CustomerImportError, match=r"Row 2, column A \(订单号\).*empty"):
        load(store, exports.order_export(tmp_path, rows))


def test_dry_run_counts_and_changes_nothing(store, tmp_path):
    summary, change = load(store, exports.customer_list(tmp_path), dry_run=True)
    assert (summary.new_people, summary.added, change) == (4, 4, None)  # 老客 宝妈 | 分销 | 宝妈
    assert people(store) == []


def test_a_mapping_named_once_is_remembered_for_the_shape(store, tmp_path):
    path = tmp_path / "别的工具.csv"
    path.write_text("微信名,入群日期,群\n小红,2026-06-16,福利群\n", encoding="utf-8")
    sheet = read_sheet(path)
    with pytest.raises(CustomerImportError, match="match no known export"):
        mapping_for(sheet, None)
    load(store, path, kind="members", named={"nickname": "微信名", "joined_at": "入群日期",
                                             "group": "群"})
    assert remembered(store, shape_key(sheet.headings)) == (
        "members", {"group": "群", "joined_at": "入群日期", "nickname": "微信名"})


def test_unknown_file_type_is_refused(tmp_path):
    path = tmp_path / "list.pdf"
    path.write_bytes(b"%PDF")
    with pytest.raises(CustomerImportError, match=".xlsx or .csv"):
        read_sheet(path)


@pytest.mark.parametrize("stop_at", [30, 60, 85, 95])
def test_cancel_at_any_step_leaves_the_store_as_it_was(store, campaign_id, tmp_path, stop_at):
    from flashdesk.customers.importer import ImportCancelled
    from tests.change_check import dump

    load(store, exports.customer_list(tmp_path))
    before = dump(store)
    path = exports.order_export(tmp_path)
    sheet = read_sheet(path)
    kind, mapping = mapping_for(sheet, None)
    seen = []

    def progress(done, total, label):
        seen.append(done)
        return done < stop_at

    with pytest.raises(ImportCancelled, match="cancelled"):
        import_rows(store, parse(sheet, kind, mapping), shape=shape_key(sheet.headings),
                    headings={}, campaign_id=campaign_id, progress=progress)
    assert dump(store) == before and max(seen) >= stop_at
    # and with a progress that lets it run, the steps only go forward
    seen.clear()
    summary, _change = import_rows(store, parse(sheet, kind, mapping),
                                   shape=shape_key(sheet.headings), headings={},
                                   campaign_id=campaign_id, progress=lambda d, t, _l: seen.append(d) or True)
    assert summary.added == 5 and seen == sorted(seen) and seen[-1] == 95


def test_counts_and_pages_agree_with_the_whole_list(store, campaign_id, tmp_path):
    from flashdesk.customers.service import count

    all_four(store, tmp_path, campaign_id)
    for chosen in (Filter(), Filter(campaign_id=campaign_id), Filter(tier="普通"),
                   Filter(campaign_id=campaign_id, tier="普通"), Filter(tag="宝妈"),
                   Filter(tier="分销"), Filter(campaign_id=campaign_id, tag="高意向")):
        whole = [p.id for p in people(store, chosen)]
        assert count(store, chosen) == len(whole), chosen
        paged, after = [], 0
        while page := people(store, chosen, limit=2, after=after):
            paged += [p.id for p in page]
            after = page[-1].id
        assert paged == whole, chosen
    # the campaign's people: members, buyers and likers, each once (赵六 is a member only,
    # 李四 a buyer only, 吴十 a liker only, 张三 all three)
    assert sorted(p.nickname for p in people(store, Filter(campaign_id=campaign_id))) == sorted(
        ["张三", "李四", "赵六", "钱七", "孙八", "周九", "吴十"])
