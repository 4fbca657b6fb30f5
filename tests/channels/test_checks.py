"""The live checks, each made to fire and then to clear, on plain rows (no store), plus
the sample campaign as generated: clean except what the calendar cannot know yet."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from flashdesk.channels import checks
from flashdesk.channels.rules import channel_rules
from flashdesk.playbook import key_dates

RULES = channel_rules()
LAUNCH = datetime(2026, 6, 18, 20, 0)


@dataclass
class Row:
    id: int
    name: str
    kind: str


@dataclass
class Post:
    id: int
    channel_id: int
    day: date
    stage: str = "survey"
    time_of_day: time | None = time(12, 0)
    status: str = "planned"
    likes: int | None = None
    comments: int | None = None
    participants: int | None = None
    followed_up: bool = False


@dataclass
class Campaign:
    launch_at: datetime = LAUNCH
    lifetime_days: int = 3


DATES = key_dates(Campaign())
D = lambda n: LAUNCH.date() + timedelta(days=n)  # noqa: E731
MOMENTS, GROUPS = Row(1, "企业微信朋友圈", "moments"), Row(2, "企业微信客户群", "customer_groups")
CHANNELS = [MOMENTS, GROUPS]


def _codes(posts, today=D(0), channels=CHANNELS):
    return [p.code for p in checks.check_plan(channels, posts, DATES, RULES, today)]


def _clean():
    return [Post(1, 1, D(-3)), Post(2, 1, D(-2)), Post(3, 2, D(-1), "entry", time(19, 0))]


def test_a_clean_plan_has_no_problems():
    assert _codes(_clean()) == []


def test_two_moments_posts_one_day_fires_and_clears():
    posts = _clean() + [Post(4, 1, D(-2), "draw")]
    found = checks.crowded_days(CHANNELS, posts, DATES, RULES)
    assert [(p.channel_id, p.day, p.post_ids) for p in found] == [(1, D(-2), (2, 4))]
    assert "06-16 (D-2)" in found[0].message
    assert _codes(posts + [Post(5, 2, D(-1))]) == ["crowded_day"]  # groups may post twice
    posts[-1].day = D(-1)
    assert _codes(posts) == []


def test_post_after_close_fires_and_clears():
    posts = _clean() + [Post(4, 2, D(4), "close")]
    found = checks.after_close(CHANNELS, posts, DATES)
    assert [(p.code, p.day, p.post_ids) for p in found] == [("after_close", D(4), (4,))]
    posts[-1].day = D(3)
    assert _codes(posts) == []


def test_channel_without_post_fires_and_clears():
    extra = Row(3, "微博", "custom")
    posts = _clean()
    found = [p for p in checks.check_plan(CHANNELS + [extra], posts, DATES, RULES, D(0))]
    assert [(p.code, p.channel_id, p.day) for p in found] == [("no_post", 3, None)]
    assert _codes(posts + [Post(4, 3, D(-1))], channels=CHANNELS + [extra]) == []


def test_entry_channel_not_open_before_launch():
    posts = _clean()[:2] + [Post(3, 2, D(-1), "countdown")]
    found = checks.check_plan(CHANNELS, posts, DATES, RULES, D(0))
    assert [(p.code, p.channel_id, p.day) for p in found] == [("entry_missing", 2, D(-1))]
    late = posts + [Post(4, 2, D(0), "entry", time(20, 30))]  # after the 20:00 launch
    found = checks.check_plan(CHANNELS, late, DATES, RULES, D(0))
    assert [(p.code, p.post_ids) for p in found] == [("entry_late", (4,))]
    late[-1].time_of_day = time(19, 0)
    assert _codes(late) == []


def test_published_without_results_by_review_day():
    posts = _clean()
    posts[0].status = "published"
    assert _codes(posts, today=DATES.review_day - timedelta(days=1)) == []
    assert _codes(posts, today=DATES.review_day) == ["no_results"]
    posts[0].participants = 0  # zero is a result
    assert _codes(posts, today=DATES.review_day) == []


def test_moments_likers_not_followed_up():
    posts = _clean()
    posts[0].status, posts[0].likes, posts[0].comments = "published", 8, 2
    found = checks.not_followed_up(CHANNELS, posts, DATES, RULES)
    assert [(p.code, p.post_ids) for p in found] == [("follow_up", (1,))]
    assert "8" in found[0].message and "2" in found[0].message
    posts[2].status, posts[2].likes = "published", 30  # customer groups: no such rule
    assert [p.post_ids for p in checks.not_followed_up(CHANNELS, posts, DATES, RULES)] == [(1,)]
    posts[0].followed_up = True
    assert checks.not_followed_up(CHANNELS, posts, DATES, RULES) == []


def test_problems_by_cell():
    posts = _clean() + [Post(4, 1, D(-2)), Post(5, 1, D(5))]
    cells = checks.by_cell(checks.check_plan(CHANNELS, posts, DATES, RULES, D(0)))
    assert set(cells) == {(1, D(-2)), (1, D(5))}


def test_sample_campaign_is_clean_until_results_are_due(store, campaign_id):
    from flashdesk.channels.service import plan_problems

    assert plan_problems(store, campaign_id, today=date(2000, 1, 1)) == []
