"""Search: 2-character Chinese terms (the trigram trap), 3+ characters, several terms
AND-ed, single characters, punctuation, highlights; the indexes follow edits."""

from sqlalchemy import text as sql
from sqlmodel import col, select

from flashdesk.copies import service
from flashdesk.copies.search import marked, parse_terms, spans
from flashdesk.copies.service import CopyDraft, CopyQuery
from flashdesk.copies.tables import Copy


def _titles(store, text):
    return {c.title for c in service.find_copies(store, CopyQuery(text=text), limit=1000)}


def _add(store, title, body):
    return service.create_copy(store, CopyDraft(title=title, body=body)).result


def test_two_character_terms_match(store):
    a = _add(store, "周末福利", "全场八折起")
    b = _add(store, "会员日", "会员专享折扣，今晚有效")
    assert "周末福利" in _titles(store, "福利")
    assert "会员日" in _titles(store, "折扣")
    assert "周末福利" not in _titles(store, "折扣")
    assert service.count_copies(store, CopyQuery(text="折扣")) == 1
    ids = {c.id for c in service.find_copies(store, CopyQuery(text="福利"), limit=999)}
    assert a in ids and b not in ids


def test_three_plus_character_terms_and_mixed_terms(store):
    _add(store, "限量福利", "名额只有三百份，会员专享折扣")
    _add(store, "普通福利", "会员专享价格")
    assert _titles(store, "会员专享折扣") == {"限量福利"}
    assert _titles(store, "会员专享 折扣") == {"限量福利"}
    assert _titles(store, "福利 会员专享") == {"限量福利", "普通福利"}
    assert _titles(store, "福利 三百份 折扣") == {"限量福利"}
    assert _titles(store, "福利 不存在的词") == set()


def test_single_characters_latin_and_punctuation(store):
    _add(store, "英文口令", "回复 VIP 领取")
    _add(store, "感叹", "冲鸭!!")
    assert "英文口令" in _titles(store, "vip")
    assert "英文口令" in _titles(store, "Vi")
    assert "感叹" in _titles(store, "!!")
    assert "感叹" in _titles(store, "鸭")


def test_indexes_follow_edits_and_deletes(store):
    copy_id = _add(store, "旧标题", "旧的正文")
    draft = CopyDraft.of(service.get_copy(store, copy_id))
    draft.title, draft.body = "新标题", "焕新折扣来了"
    service.update_copy(store, copy_id, draft)
    assert "新标题" in _titles(store, "折扣")
    assert "新标题" in _titles(store, "焕新折扣")
    assert _titles(store, "旧的") == set()
    with store.engine.begin() as conn:
        conn.execute(sql("DELETE FROM copy WHERE id = :id"), {"id": copy_id})
    assert _titles(store, "焕新") == set()


def test_highlights():
    assert parse_terms("  福利  VIP 福利 ") == ["福利", "vip"]
    text = "福利来了：VIP福利翻倍"
    assert spans(text, ["福利", "vip"]) == [(0, 2), (5, 10)]
    assert marked(text, ["福利"]) == "【福利】来了：VIP【福利】翻倍"
    assert spans("abcabc", ["bc", "abc"]) == [(0, 6)]  # touching matches merge
    assert spans("a b", ["z"]) == []


def test_the_gram_index_alone_decides_only_short_terms_without_case():
    """PostgreSQL: a term of 1-2 Chinese characters or digits is exactly its gram, so the
    matches read through the index need no strpos; a term with letter case, punctuation or
    3+ characters is still checked."""
    from flashdesk.copies import search

    assert all(search._gram_decides(t) for t in ("福", "福利", "9", "折扣", "か"))
    assert not any(search._gram_decides(t) for t in ("a", "vi", "，", "!!", "福!", "群内价", "ǆ", "ß"))
    found = search.match(["福利", "vip", "倒计时"], "postgresql")
    assert len(found.walked) == 1 and len(found.clauses) == 2


def test_dense_and_sparse_plans_agree(store, monkeypatch):
    """Many matches walk the sort index, few are read from the search index: same page."""
    for sort in service.SORTS:
        for text in ("群", "名额", "群内价 福利", "福利 名额 !", "倒计时 名额只剩", ""):
            query = CopyQuery(text=text, sort=sort)
            sparse = [c.id for c in service.find_copies(store, query, 0, 1000)]
            monkeypatch.setattr(service, "COUNT_CAP", 2)
            dense = [c.id for c in service.find_copies(store, query, 0, 1000)]
            monkeypatch.undo()
            assert dense == sparse and len(sparse) == service.count_copies(store, query), (text, sort)
    assert service.count_copies(store, CopyQuery(), cap=5) == 6


def _substring_scan(store, text):
    terms = parse_terms(text)
    with store.session() as session:
        rows = session.exec(select(Copy).where(col(Copy.deleted).is_(False),
                                               col(Copy.campaign_id).is_(None))).all()
    return {c.id for c in rows if all(t in c.title.lower() or t in c.body.lower() for t in terms)}


def test_results_equal_a_plain_substring_scan(store):
    """Characters at the start, the very end, before a line break or punctuation, next to
    Latin letters and digits: every 1-, 2- and 3+-character term finds exactly what a plain
    substring scan finds."""
    import random

    rng = random.Random(7)
    alphabet = "福利折扣家人群内价倒计时名额只剩ab9 ，!\n"
    for i in range(150):
        body = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        _add(store, "".join(rng.choice(alphabet.strip()) for _ in range(rng.randint(1, 6))) + f"{i}", body)
    terms = ["福", "剩", "a", "9", "，", "福利", "利折", "b9", "剩!", "群内价", "倒计时", "名额只剩",
             "福 剩", "a 群内"]
    for term in terms:
        found = {c.id for c in service.find_copies(store, CopyQuery(text=term), limit=10_000)}
        assert found == _substring_scan(store, term), term
        assert service.count_copies(store, CopyQuery(text=term)) == len(found), term


def test_the_listed_pages_and_count_equal_find_copies(store, monkeypatch):
    """list_copies (on PostgreSQL one statement: its matches sorted, or the sort index walked
    when there are more than PG_SPARSE_CAP) lists what find_copies finds, page after page,
    in every sort, with the count capped at COUNT_CAP."""
    for i in range(24):
        copy_id = _add(store, f"福利{i}", "名额只剩" if i % 3 else "群内价 名额")
        if i % 4 == 0:
            service.set_participants(store, copy_id, i)
        for _ in range(i % 5):
            service.record_use(store, copy_id)
    for sparse_cap, count_cap in ((4000, 1000), (3, 5), (6, 2)):
        monkeypatch.setattr(service, "PG_SPARSE_CAP", sparse_cap)
        monkeypatch.setattr(service, "COUNT_CAP", count_cap)
        for sort in service.SORTS:
            for text in ("", "福利", "名额只剩", "群内价 福利", "名额 !", "不存在"):
                query = CopyQuery(text=text, sort=sort)
                expected = service.count_copies(store, query)
                for offset in (0, 7, 14, 21, 28):
                    total, rows = service.list_copies(store, query, offset, 7)
                    assert [r.id for r in rows] == [c.id for c in service.find_copies(
                        store, query, offset, 7)], (text, sort, offset)
                    assert total == min(expected, count_cap + 1), (text, sort, offset)
        monkeypatch.undo()
