"""The listing commands read a current SQLite store through the plain reader (store/reader.py)
and every other store through the services: both paths print the same bytes and exit with
the same status. Each case runs the command twice in this process — once as it runs, once
with the reader refusing every store, which is what a store needing the full path gets."""

from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest

from flashdesk import cli
from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign, set_archived, set_deleted
from flashdesk.store import open_store, reader

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def spy(monkeypatch):
    """What read_plain returned, call after call (None: the full path was taken; the error
    when the plain path raised one)."""
    results = []
    real = reader.read_plain

    def recording(location, read):
        try:
            result = real(location, read)
        except Exception as exc:
            results.append(exc)
            raise
        results.append(result)
        return result

    monkeypatch.setattr(reader, "read_plain", recording)
    return results


def _run(capsys, argv):
    code = cli.main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def both_paths(capsys, monkeypatch, spy, store, *argv, plain=True):
    """(exit code, stdout, stderr) of the command; asserts that both paths give the same and
    that the plain path was (or, plain=False, was not) the one taken. The test's store is
    closed first, as the app closes it: a store held open has its writes in the WAL, and the
    reader leaves such a store to the full path (which checks it). The full path's own store
    of the run before is let go too (a process would have ended)."""
    store.engine.dispose()
    gc.collect()
    spy.clear()
    first = _run(capsys, list(argv))
    assert spy, "the command did not ask the plain reader"
    assert (spy[-1] is not None) == plain
    with monkeypatch.context() as patch:
        patch.setattr(reader, "open_reader", lambda location: None)
        full = _run(capsys, list(argv))
    assert first == full
    return first


@pytest.fixture
def path(tmp_path):
    return tmp_path / "store.sqlite3"


@pytest.fixture
def sample(path):
    store = open_store(path)
    campaign_id = create_campaign(store, sample_draft()).result
    yield store, campaign_id
    store.close()


def test_campaigns_empty_and_many(capsys, monkeypatch, spy, path):
    store = open_store(path)
    assert both_paths(capsys, monkeypatch, spy, store, "campaigns", "--store", str(path)) == (0, "", "")
    launch = datetime(2026, 6, 18, 20, 0)
    # equal launches too: both paths must break the tie the same way
    ids = [create_campaign(store, replace(sample_draft(), name=f"活动 {i}", launch_at=launch + timedelta(days=i % 2)))
           .result for i in range(5)]
    set_archived(store, ids[1], True)
    set_deleted(store, ids[2], True)
    store.close()
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "campaigns", "--store", str(path))
    lines = out.splitlines()
    assert code == 0 and len(lines) == 4
    assert lines[-1] == f"{ids[1]}\t活动 1\t2026-06-19 20:00  [archived]"
    assert not any(line.startswith(f"{ids[2]}\t") for line in lines)


def test_channels_sample_unknown_and_duplicate_names(capsys, monkeypatch, spy, sample, path):
    store, campaign_id = sample
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "channels", str(campaign_id), "--store", str(path))
    assert code == 0 and "企业微信朋友圈" in out
    by_name = both_paths(capsys, monkeypatch, spy, store, "channels", sample_draft().name, "--check",
                         "--store", str(path))
    assert by_name[1] == out
    code, out, err = both_paths(capsys, monkeypatch, spy, store, "channels", "99", "--store", str(path))
    assert code == 2 and out == "" and "No campaign with id or name '99'" in err
    create_campaign(store, sample_draft())  # a second campaign of the same name
    code, _, err = both_paths(capsys, monkeypatch, spy, store, "channels", sample_draft().name, "--store", str(path))
    assert code == 2 and "2 campaigns are named" in err
    set_deleted(store, campaign_id, True)
    code, _, err = both_paths(capsys, monkeypatch, spy, store, "channels", str(campaign_id), "--store", str(path))
    assert code == 2 and f"No campaign with id or name '{campaign_id}'" in err


def test_channels_problems_and_check(capsys, monkeypatch, spy, sample, path):
    from flashdesk.channels.drafts import PostDraft
    from flashdesk.channels.service import add_post, list_channels, list_posts, update_post

    store, campaign_id = sample
    channel = list_channels(store, campaign_id)[0]  # Moments: one post a day
    first = next(post for post in list_posts(store, campaign_id) if post.channel_id == channel.id)
    add_post(store, campaign_id, PostDraft(channel_id=channel.id, day=first.day, stage=first.stage,
                                           time_of_day=None, title="同一天的第二条"))
    done = PostDraft.of(first)
    done.status, done.likes, done.comments = "published", 3, 1
    update_post(store, first.id, done)
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "channels", str(campaign_id), "--check",
                              "--store", str(path))
    problems = [line for line in out.splitlines() if line.startswith("! ")]
    assert code == 1 and len(problems) >= 2 and "--:--" in out and "同一天的第二条" in out
    code, same, _ = both_paths(capsys, monkeypatch, spy, store, "channels", str(campaign_id), "--store", str(path))
    assert code == 0 and same == out


def test_channels_with_a_linked_copy_take_the_full_path(capsys, monkeypatch, spy, sample, path):
    from flashdesk.channels.drafts import PostDraft
    from flashdesk.channels.service import list_channels, list_posts, update_post
    from flashdesk.copies.service import CopyDraft, create_copy

    store, campaign_id = sample
    copy_id = create_copy(store, CopyDraft(title="最低价 全网第一", body="全网最低价，仅此一天",
                                           campaign_id=campaign_id)).result
    moments = list_channels(store, campaign_id)[0]
    post = next(post for post in list_posts(store, campaign_id) if post.channel_id == moments.id)
    draft = PostDraft.of(post)
    draft.copy_id = copy_id
    update_post(store, post.id, draft)
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "channels", str(campaign_id), "--store", str(path),
                              plain=False)
    assert code == 0 and "! " in out and "最低价 全网第一" in out  # the wording check of the linked copy


def test_tasks(capsys, monkeypatch, spy, sample, path):
    from flashdesk.tasks.service import delete_tasks, load_board

    store, campaign_id = sample
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "tasks", str(campaign_id), "--store", str(path))
    assert code == 0 and "*" in out and "FS" in out
    board = load_board(store, campaign_id)
    delete_tasks(store, [board.tasks[1].id])  # its links drop out of the listing
    code, after, _ = both_paths(capsys, monkeypatch, spy, store, "tasks", str(campaign_id), "--store", str(path))
    assert code == 0 and len(after.splitlines()) == len(out.splitlines()) - 1
    code, out, err = both_paths(capsys, monkeypatch, spy, store, "tasks", "nope", "--store", str(path))
    assert code == 2 and out == "" and "nope" in err


@pytest.mark.parametrize("terms", [
    ["福利"], ["福"], ["福利", "名额"], ["倒计时"], ["进群", "福"], ["，"], ["A"], ["ab"], ["abc"],
    ["xyz没有的词"], ["  "], ["朋友圈"], ["群", "福利", "倒计时"],
])
def test_copies_search_terms(capsys, monkeypatch, spy, sample, path, terms):
    from flashdesk.copies.service import CopyDraft, create_copy

    store, campaign_id = sample
    create_copy(store, CopyDraft(title="ABC 福利群", body="abc，福利", campaign_id=campaign_id))
    create_copy(store, CopyDraft(title="Ab 倒计时", body="进群领福利"))
    for extra in ([], ["--campaign", str(campaign_id)], ["--limit", "2"]):
        code, out, _ = both_paths(capsys, monkeypatch, spy, store, "copies", "search", *terms, *extra,
                                  "--store", str(path))
        assert code == (0 if out else 1)


def test_copies_search_lists_the_campaign_copies_and_counts_the_rest(capsys, monkeypatch, spy, sample, path):
    from flashdesk.copies.service import CopyDraft, create_copy

    store, campaign_id = sample
    create_copy(store, CopyDraft(title="本群折扣专属", stage="discount", campaign_id=campaign_id))
    alone = both_paths(capsys, monkeypatch, spy, store, "copies", "search", "折扣专属", "--store", str(path))
    assert alone == (1, "", "")
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "copies", "search", "折扣专属", "--campaign",
                              str(campaign_id), "--store", str(path))
    assert code == 0 and out.endswith("\t优惠预告\t本群【折扣专属】\n")
    code, out, _ = both_paths(capsys, monkeypatch, spy, store, "copies", "search", "群", "--limit", "1",
                              "--store", str(path))
    assert code == 0 and out.splitlines()[-1].startswith("… ") and len(out.splitlines()) == 2


def test_reader_takes_only_current_plain_files(tmp_path, sample, path):
    store, _ = sample
    store.close()
    opened = reader.open_reader(str(path))
    assert opened is not None
    opened.close()
    assert reader.open_reader("postgresql://someone@localhost/flashdesk") is None
    assert reader.open_reader(str(tmp_path / "missing.sqlite3")) is None
    assert reader.open_reader(str(tmp_path)) is None
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not sqlite at all")
    assert reader.open_reader(str(junk)) is None
    foreign = tmp_path / "foreign.sqlite3"
    sqlite3.connect(foreign).execute("CREATE TABLE x (y)").connection.close()
    assert reader.open_reader(str(foreign)) is None
    # an upgrade waits: the full path takes its backup and upgrades
    with sqlite3.connect(path) as con:
        con.execute("DELETE FROM alembic_version WHERE version_num = 'copies_0004'")
        con.execute("INSERT INTO alembic_version VALUES ('copies_0003')")
    con.close()
    assert reader.open_reader(str(path)) is None


def test_reader_leaves_a_store_left_open_to_the_full_path(sample, path):
    store, _ = sample
    holder = sqlite3.connect(path)  # another process writing: its frames sit in the WAL
    holder.execute("PRAGMA journal_mode=WAL")
    holder.execute("UPDATE campaign SET notes = 'x'")
    holder.commit()
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        assert reader.open_reader(str(path)) is None
    finally:
        holder.close()
    store.close()
    opened = reader.open_reader(str(path))
    assert opened is not None
    opened.close()


def test_reader_converts_like_the_orm(sample, path):
    from flashdesk.campaigns.service import get_campaign
    from flashdesk.channels.service import list_posts
    from flashdesk.copies.service import CopyDraft, create_copy, get_copy
    from flashdesk.tasks.service import load_board

    store, campaign_id = sample
    copy_id = create_copy(store, CopyDraft(title="福利", campaign_id=campaign_id)).result
    posts = list_posts(store, campaign_id)
    tasks = load_board(store, campaign_id).tasks
    campaign, copy = get_campaign(store, campaign_id), get_copy(store, copy_id)
    store.engine.dispose()
    opened = reader.open_reader(str(path))
    try:
        assert [vars(row) for row in opened.select("campaign")] == [campaign.model_dump()]
        assert [vars(row) for row in opened.select("copy", "WHERE copy.id = ?", (copy_id,))] == [copy.model_dump()]
        plain_posts = opened.select("post", "WHERE post.campaign_id = ? ORDER BY post.day, post.time_of_day, "
                                    "post.position, post.id", (campaign_id,))
        plain_tasks = opened.select("task", "WHERE task.campaign_id = ? ORDER BY task.position, task.id",
                                    (campaign_id,))
    finally:
        opened.close()
    assert [vars(p) for p in plain_posts] == [p.model_dump() for p in posts]
    assert isinstance(plain_posts[0].day, date) and isinstance(plain_posts[0].time_of_day, time)
    assert isinstance(plain_posts[0].followed_up, bool)
    assert [(t.id, t.start, t.end, t.deadline, t.milestone) for t in plain_tasks] == \
        [(t.id, t.start, t.end, t.deadline, t.milestone) for t in tasks]


def test_outdated_store_still_upgrades_through_the_command(tmp_path, capsys):
    from tests.old_stores import old_store

    path = old_store(tmp_path)
    code = cli.main(["campaigns", "--store", str(path)])
    assert code == 0 and capsys.readouterr().out == "1\t旧活动\t2026-05-20 20:00\n"
    gc.collect()  # the command's store, closed as its process would end
    opened = reader.open_reader(str(path))  # upgraded: current now
    assert opened is not None
    opened.close()


def test_listing_commands_import_no_orm(tmp_path, sample, path):
    store, campaign_id = sample
    store.close()
    script = ("import sys\nfrom flashdesk.cli import main\n"
              f"for argv in (['campaigns'], ['channels', '{campaign_id}'], ['tasks', '{campaign_id}'],"
              " ['copies', 'search', '福利']):\n"
              f"    main(argv + ['--store', {str(path)!r}])\n"
              "print(sorted({m.split('.')[0] for m in sys.modules} & "
              "{'sqlalchemy', 'sqlmodel', 'pydantic', 'alembic', 'PySide6', 'openpyxl'}), file=sys.stderr)")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == "[]"


def test_an_sqlite_error_while_reading_takes_the_full_path(capsys, monkeypatch, spy, sample, path):
    store, campaign_id = sample
    store.close()
    with sqlite3.connect(path) as con:  # current by its revisions, yet a table is gone
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("DROP TABLE task_link")
    con.close()
    code, out, err = both_paths(capsys, monkeypatch, spy, store, "tasks", str(campaign_id), "--store", str(path),
                                plain=False)
    assert code == 1 and out == "" and "unexpected error (OperationalError)" in err
