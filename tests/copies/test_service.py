"""Copy CRUD, duplicate into a campaign, filters and sorts over a real store."""

import pytest

from flashdesk.campaigns.service import duplicate_campaign, get_campaign
from flashdesk.copies import service
from flashdesk.copies.service import CopyDraft, CopyError, CopyQuery


def _ids(store, **kwargs):
    return [c.id for c in service.find_copies(store, CopyQuery(**kwargs), limit=1000)]


def test_create_update_delete_restore(store):
    copy_id = service.create_copy(store, CopyDraft(title=" 试用装邀约 ", body="来领{product}",
                                                   channel="private", stage="invitation",
                                                   levers=("greed", "simplicity"))).result
    copy = service.get_copy(store, copy_id)
    assert (copy.title, copy.levers, copy.channel) == ("试用装邀约", "greed,simplicity", "private")
    draft = CopyDraft.of(copy)
    draft.body = "改过的正文"
    service.update_copy(store, copy_id, draft)
    assert service.get_copy(store, copy_id).body == "改过的正文"
    service.set_deleted(store, copy_id, True)
    with pytest.raises(CopyError):
        service.get_copy(store, copy_id)
    assert copy_id not in _ids(store, text="改过")
    service.set_deleted(store, copy_id, False)
    assert _ids(store, text="改过") == [copy_id]


@pytest.mark.parametrize("draft, field", [
    (CopyDraft(title="  "), "title"),
    (CopyDraft(title="x" * 201), "title"),
    (CopyDraft(title="t", body="字" * 4001), "body"),
    (CopyDraft(title="t", channel="fax"), "channel"),
    (CopyDraft(title="t", stage="party"), "stage"),
    (CopyDraft(title="t", levers=("magic",)), "levers"),
    (CopyDraft(title="t", participants=-1), "participants"),
])
def test_bad_drafts_are_refused_and_nothing_is_written(store, draft, field):
    before = service.library_size(store)
    with pytest.raises(CopyError) as caught:
        service.create_copy(store, draft).result
    assert field in caught.value.errors
    assert service.library_size(store) == before


def test_copy_for_a_missing_campaign_is_refused(store):
    with pytest.raises(CopyError, match="Campaign 999"):
        service.create_copy(store, CopyDraft(title="t", campaign_id=999)).result


def test_duplicate_into_campaign_and_scope_filters(store, campaign_id):
    library_id = _ids(store, text="入群欢迎语")[0]
    copied = service.duplicate_into_campaign(store, library_id, campaign_id).result
    copy = service.get_copy(store, copied)
    assert (copy.campaign_id, copy.source_id, copy.body) == (
        campaign_id, library_id, service.get_copy(store, library_id).body)
    assert _ids(store, campaign_id=campaign_id, scope="campaign") == [copied]
    assert copied not in _ids(store, campaign_id=campaign_id, scope="library")
    assert copied in _ids(store, campaign_id=campaign_id, scope="all")
    assert copied not in _ids(store)  # without a campaign only the library shows


def test_campaign_copies_follow_a_template_duplicate(store, campaign_id):
    from datetime import datetime

    service.create_copy(store, CopyDraft(title="本次专属开场白", campaign_id=campaign_id)).result
    twin = duplicate_campaign(store, campaign_id, "二期", datetime(2027, 1, 8, 20)).result
    assert get_campaign(store, twin).name == "二期"
    titles = [c.title for c in service.find_copies(store, CopyQuery(campaign_id=twin, scope="campaign"))]
    assert titles == ["本次专属开场白"]


def test_filters(store):
    moments = _ids(store, channel="moments")
    channels = {service.get_copy(store, i).channel for i in moments}
    assert channels == {"moments", ""}  # any-channel copies fit Moments too
    for i in _ids(store, stage="countdown"):
        assert service.get_copy(store, i).stage == "countdown"
    scarce = _ids(store, lever="scarcity")
    assert scarce and all("scarcity" in service.get_copy(store, i).levers for i in scarce)
    assert _ids(store, favourites=True) == []
    service.set_favourite(store, scarce[0], True)
    assert _ids(store, favourites=True) == [scarce[0]]


def test_sorts_by_use_results_and_title(store):
    a, b = _ids(store, text="群规")[:2]
    service.record_use(store, b)
    assert service.record_use(store, b).result == 2
    assert _ids(store, sort="used")[0] == b
    service.set_participants(store, a, 120)
    service.set_participants(store, b, 40)
    assert _ids(store, sort="results")[:2] == [a, b]
    titles = [c.title for c in service.find_copies(store, CopyQuery(sort="title"), limit=1000)]
    assert titles == sorted(titles)
    with pytest.raises(CopyError):
        service.set_participants(store, a, -3)


def test_paging_covers_everything_once(store):
    total = service.count_copies(store, CopyQuery())
    pages = [c.id for offset in range(0, total, 7)
             for c in service.find_copies(store, CopyQuery(sort="title"), offset, 7)]
    assert len(pages) == len(set(pages)) == total


def test_an_import_adds_rows_in_order_and_leaves_no_big_wal(store):
    from flashdesk.copies.transfer import ImportRow

    rows = [ImportRow(n + 2, CopyDraft(title=f"导入{n}", body=f"第{n}条福利", stage="preview",
                                       participants=n or None), times_used=n) for n in range(300)]
    ids = service.add_imported(store, rows).result
    assert len(ids) == 300 and ids == sorted(ids)
    first, last = service.get_copy(store, ids[0]), service.get_copy(store, ids[-1])
    assert (first.title, first.times_used, first.participants, first.deleted) == ("导入0", 0, None, False)
    assert (last.title, last.body, last.times_used, last.participants) == ("导入299", "第299条福利", 299, 299)
    assert last.created_at is not None and last.updated_at == last.created_at
    assert ids[7] in {c.id for c in service.find_copies(store, CopyQuery(text="第7条"))}
    if store.path is not None:
        wal = store.path.with_name(store.path.name + "-wal")
        assert not wal.exists() or wal.stat().st_size == 0, "the import's WAL was checkpointed"
