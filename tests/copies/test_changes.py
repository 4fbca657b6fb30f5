"""Every copy-library action returns a Change that undoes and redoes it row-for-row."""

from flashdesk.copies import service
from flashdesk.copies.service import CopyDraft, CopyQuery, find_copies
from flashdesk.copies.transfer import ImportRow
from tests.change_check import assert_round_trip


def test_copy_actions_round_trip(store, campaign_id):
    made = assert_round_trip(store, lambda: service.create_copy(store, CopyDraft(
        title="试用装邀约", body="来领{product}", campaign_id=campaign_id)))
    assert made.campaign_id == campaign_id
    copy_id = made.result
    draft = CopyDraft.of(service.get_copy(store, copy_id))
    draft.body = "今晚八点开团"
    assert_round_trip(store, lambda: service.update_copy(store, copy_id, draft))
    assert_round_trip(store, lambda: service.set_favourite(store, copy_id, True))
    assert_round_trip(store, lambda: service.set_participants(store, copy_id, 40))
    assert_round_trip(store, lambda: service.record_use(store, copy_id))
    library = find_copies(store, CopyQuery())[0]
    duplicate = assert_round_trip(store, lambda: service.duplicate_into_campaign(store, library.id,
                                                                                 campaign_id))
    assert duplicate.result != library.id
    assert_round_trip(store, lambda: service.set_deleted(store, library.id, True))
    assert_round_trip(store, lambda: service.set_variables(
        store, campaign_id, {"group_name": "618 福利群", "live_code": "https://w.cn/x"}))
    rows = [ImportRow(i + 2, CopyDraft(title=f"导入 {i}", body="正文"), 0) for i in range(3)]
    imported = assert_round_trip(store, lambda: service.add_imported(store, rows))
    assert len(imported.result) == 3 and imported.ids("copy") == set(imported.result)
