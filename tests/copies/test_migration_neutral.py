"""copies_0002 and groups_0002 upgrade a store made before them: seeded copies and the SOP
nickname line the operator never touched get the product-neutral wording (and the search
index follows); edited ones, campaign copies and the campaign itself stay as they were."""

import sqlite3

from flashdesk.copies.service import CopyQuery, find_copies
from flashdesk.store import open_store
from flashdesk.store.migrations.versions import copies_0002, groups_0002
from tests.old_stores import OLD_CAMPAIGN, old_store

KEPT, EDITED = "survey-xhs-seeding", "invite-old-customer"
MINE = "之前你买过我们家的护肤品，这次我亲自给你留了一份。"


def _old_rows(run):
    for key in (KEPT, EDITED):
        run("UPDATE copy SET body = ? WHERE seed_key = ?", (copies_0002.REWORDED[key][0], key))
    run("UPDATE copy SET body = ? WHERE seed_key = ?", (MINE, EDITED))
    run("INSERT INTO copy (campaign_id, title, body, seed_key, created_at, updated_at) "
        "VALUES (1, '本活动的种草', ?, ?, '2026-05-01', '2026-05-01')", (copies_0002.REWORDED[KEPT][0], KEPT))
    for position, content in enumerate((groups_0002.OLD, "昵称：杭州-美妆-小林这样写就行")):
        run("INSERT INTO setup_sop_item (campaign_id, position, topic, content, deleted) "
            "VALUES (1, ?, '昵称格式', ?, 0)", (position, content))


def test_untouched_seed_text_becomes_product_neutral(tmp_path):
    path = old_store(tmp_path, "copies_0001", "groups_0001", rows=_old_rows)
    store = open_store(path)
    db = sqlite3.connect(path)
    body = dict(db.execute("SELECT seed_key, body FROM copy WHERE campaign_id IS NULL"))
    assert body[KEPT] == copies_0002.REWORDED[KEPT][1]
    assert "姐妹" not in body[KEPT] and "质地" not in body[KEPT]
    assert body[EDITED] == MINE  # the operator's edit wins
    assert db.execute("SELECT body FROM copy WHERE campaign_id = 1").fetchone()[0] == \
        copies_0002.REWORDED[KEPT][0]
    assert [r[0] for r in db.execute("SELECT content FROM setup_sop_item ORDER BY position")] == \
        [groups_0002.NEW, "昵称：杭州-美妆-小林这样写就行"]
    assert db.execute("SELECT name, product, quota FROM campaign").fetchone() == \
        (OLD_CAMPAIGN[0], OLD_CAMPAIGN[1], OLD_CAMPAIGN[5])
    found = find_copies(store, CopyQuery(text="入手"))  # the search index holds the new text
    assert [c.seed_key for c in found] == [KEPT]
    store.close()


def test_seed_library_and_playbook_speak_of_no_one_product():
    from flashdesk.copies.seed import seed_copies
    from flashdesk.paths import resource

    texts = [entry["body"] for entry in seed_copies()]
    texts.append(resource("playbooks", "flash_group.toml").read_text(encoding="utf-8"))
    for word in ("护肤", "护理", "质地", "姐妹", "闺蜜", "小样", "美妆", "体验装", "这瓶"):
        assert not any(word in text for text in texts), word
    assert {key for key, (_old, new) in copies_0002.REWORDED.items()
            if new in texts} == set(copies_0002.REWORDED)
