"""`flashdesk calendar` as an operator runs it: a real process writes the .ics, icalendar
reads it back — one event per task, post, runbook beat and timetable slot of each group
day, each with its alarm; --role keeps that role's share; a wrong role is one line, exit 2."""

from datetime import timedelta

from icalendar import Calendar

from flashdesk.campaigns.service import get_campaign
from flashdesk.channels.service import list_posts
from flashdesk.groups.runbook import load_runbook
from flashdesk.groups.timetable import day_items
from flashdesk.tasks.service import load_board
from tests.test_cli import run


def _events(path):
    return Calendar.from_ical(path.read_bytes()).walk("VEVENT")


def test_calendar_has_every_item_with_an_alarm(store, campaign_id, tmp_path):
    campaign = get_campaign(store, campaign_id)
    board = load_board(store, campaign_id)
    expected = {"task": len(board.tasks), "post": len(list_posts(store, campaign_id)),
                "beat": load_runbook(store, campaign_id).progress()[1],
                "slot": len(day_items(store, campaign_id))}
    store.close()
    out = tmp_path / "plan.ics"
    result = run("calendar", str(campaign_id), "-o", out, "--store", store.path)
    assert result.returncode == 0, result.stderr
    events = _events(out)
    kinds = {}
    for event in events:
        kind = str(event.get("categories").cats[0])
        kinds[kind] = kinds.get(kind, 0) + 1
        alarms = event.walk("VALARM")
        assert len(alarms) == 1 and alarms[0].decoded("trigger") < timedelta(0)
    assert kinds == expected and min(expected.values()) > 0
    assert len({str(e["uid"]) for e in events}) == len(events)
    order = next(e for e in events if str(e["summary"]).startswith("订单刷屏："))
    assert order.decoded("dtstart") == campaign.launch_at + timedelta(minutes=15)


def test_a_roles_calendar_holds_its_share(store, campaign_id, tmp_path):
    board = load_board(store, campaign_id)
    helper = next(r for r in board.roles if r.key == "helper")
    tasks = [t for t in board.tasks if t.role_id == helper.id]
    store.close()
    out = tmp_path / "helper.ics"
    result = run("calendar", str(campaign_id), "-o", out, "--role", "群托小号", "--store", store.path)
    assert result.returncode == 0, result.stderr
    events = _events(out)
    summaries = {str(e["summary"]) for e in events if str(e.get("categories").cats[0]) == "task"}
    assert summaries == {t.name for t in tasks}
    assert not any(str(e.get("categories").cats[0]) == "slot" for e in events)  # no slot is the helper's

    out = tmp_path / "copy.ics"
    assert run("calendar", str(campaign_id), "-o", out, "--role", "copywriter", "--store", store.path).returncode == 0
    slots = [e for e in _events(out) if str(e.get("categories").cats[0]) == "slot"]
    assert slots and all(str(e["summary"]).startswith("品牌实力") for e in slots)  # the 11:00 slot is 文案's

    wrong = run("calendar", str(campaign_id), "-o", tmp_path / "x.ics", "--role", "老板", "--store", store.path)
    assert wrong.returncode == 2 and "老板" in wrong.stderr and "helper" in wrong.stderr
    assert len(wrong.stderr.strip().splitlines()) == 1 and not (tmp_path / "x.ics").exists()
