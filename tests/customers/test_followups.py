"""A campaign's follow-up lists, right by hand count from the test exports, with messages
drafted from the copy library per person, done/skip as Changes, and the two sheets."""

import pytest
from openpyxl import load_workbook

from flashdesk.customers.edits import CustomerError
from flashdesk.customers.followups import follow_ups, mark
from flashdesk.workbook.export import export_workbook
from flashdesk.workbook.followups_command import SHEETS
from tests.customers import exports
from tests.customers.test_import import load


@pytest.fixture
def imported(store, campaign_id, tmp_path):
    load(store, exports.customer_list(tmp_path))
    load(store, exports.member_list(tmp_path), campaign_id)
    load(store, exports.order_export(tmp_path), campaign_id)
    load(store, exports.likers(tmp_path), campaign_id)
    return campaign_id


def lists(store, campaign_id):
    found = {}
    for item in follow_ups(store, campaign_id):
        found.setdefault(item.kind.kind, []).append(item.person.nickname)
    return found


def test_lists_by_hand_count(store, imported):
    assert lists(store, imported) == {
        "invite": ["吴十"],                       # liked, in no group (张三 and 孙八 joined)
        "nudge": ["赵六", "钱七", "孙八"],          # members without a paid order
        "revisit": ["张三", "李四", "周九"],        # paid buyers
        "repurchase": ["张三", "李四", "周九"],
        "missed": ["钱七"],                       # cancelled order, nothing paid
    }


def test_messages_are_filled_per_person_from_the_copy_library(store, imported):
    items = {(i.kind.kind, i.person.nickname): i for i in follow_ups(store, imported)}
    invite = items[("invite", "吴十")]
    assert invite.message.startswith("吴十，看到你点赞了我的朋友圈")
    assert "爽肤水 230ml 限定装" in invite.message and "500份" in invite.message
    assert "{" not in items[("nudge", "钱七")].message
    assert invite.due.strftime("%m-%d %H:%M") == "06-17 10:00"  # D-1 10:00


def test_done_and_skip_are_changes(store, imported):
    wu = next(i.person.id for i in follow_ups(store, imported) if i.kind.kind == "invite")
    change = mark(store, imported, wu, "invite", "done")
    assert [i.status for i in follow_ups(store, imported) if i.kind.kind == "invite"] == ["done"]
    mark(store, imported, wu, "invite", "skipped")
    assert [i.status for i in follow_ups(store, imported) if i.kind.kind == "invite"] == ["skipped"]
    change.apply(store, undo=True)
    assert [i.status for i in follow_ups(store, imported) if i.kind.kind == "invite"] == [""]
    with pytest.raises(CustomerError):
        mark(store, imported, wu, "invite", "maybe")


def test_sheets_mask_phones_unless_asked(store, imported, tmp_path):
    masked = load_workbook(export_workbook(store, imported, tmp_path / "f.xlsx", only=SHEETS))
    assert [s.title for s in masked.worksheets if s.sheet_state == "visible"] == ["跟进清单", "客户名单"]
    follow = masked["跟进清单"]
    assert [c.value for c in follow[2]] == ["清单", "到期", "昵称", "备注", "手机", "等级", "私信草稿", "状态"]
    rows = list(follow.iter_rows(min_row=3, values_only=True))
    assert len(rows) == 1 + 3 + 3 + 3 + 1
    assert ("回访", "张三", "138****0001", "核心") == (rows[4][0], rows[4][2], rows[4][4], rows[4][5])
    people = list(masked["客户名单"].iter_rows(min_row=3, values_only=True))
    assert [r[1] for r in people] == ["张三", "李四", "赵六", "钱七", "孙八", "周九", "吴十"]
    assert people[0][3] == "138****0001" and people[0][6] == 1098
    full = load_workbook(export_workbook(store, imported, tmp_path / "g.xlsx", only=SHEETS,
                                         full_phones=True))
    assert list(full["客户名单"].iter_rows(min_row=3, values_only=True))[0][3] == "13800000001"


def test_nickname_is_a_known_variable_filled_per_person_with_the_campaigns_values(store, imported):
    from dataclasses import replace

    from flashdesk.copies.service import CopyDraft, seeded_copy, update_copy
    from flashdesk.copies.variables import fill, unknown_variables
    from flashdesk.groups.copy_values import values_for

    body = "亲爱的{nickname}：{product}还剩{remaining}份，{deal_price}元到手，{nickname}别错过～"
    assert unknown_variables(body) == []  # the copy editor and the lint accept it
    copy = seeded_copy(store, "follow-unpaid", imported)
    update_copy(store, copy.id, replace(CopyDraft.of(copy), body=body))
    values = values_for(store, imported)
    assert fill(body, values).startswith("亲爱的{nickname}：")  # elsewhere it stays as typed
    messages = {i.person.nickname: i.message for i in follow_ups(store, imported)
                if i.kind.kind == "nudge"}
    assert messages["钱七"] == (f"亲爱的钱七：{values['product']}还剩{values['remaining']}份，"
                               f"{values['deal_price']}元到手，钱七别错过～")
    assert values["remaining"] == "496"  # 500 slots, 4 paid orders imported
