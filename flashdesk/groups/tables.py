"""The group SOP of a campaign: its chat groups behind one live code, each group's set-up
checklist, the launch-day runbook (key nodes and their beats), the daily timetable, the
weekly rhythm, the set-up SOP and the crisis plans. Times of day are "HH:MM" text because
operators think of slots as clock times, not as dates."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from flashdesk.groups.kinds import BEAT_KINDS, BEAT_STATES, GROUP_STATES, SLOT_DAYS  # noqa: F401
from flashdesk.store.clock import now
from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class GroupCampaign(SQLModel, table=True):
    """Per-campaign group facts: the live code the posters carry and the sold count that
    gives the remaining slots."""

    __tablename__ = "group_campaign"
    campaign_id: int = Field(primary_key=True, foreign_key="campaign.id", ondelete="CASCADE")
    live_code_url: str = Field(default="", max_length=2000)
    sold: int = 0


class ChatGroup(SQLModel, table=True):
    """One customer group (社群). `position` is its place in the live code's rotation."""

    __tablename__ = "chat_group"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    name: str = Field(max_length=100)
    qr_payload: str = Field(default="", max_length=2000)
    capacity: int = 200
    members: int = 0
    created_on: NaiveDatetime = Field(default_factory=now)
    expires_at: NaiveDatetime = Field(default_factory=now)
    state: str = Field(default="open", max_length=10)
    deleted: bool = False  # soft delete, so Undo brings the group back with its checklist


class GroupSetupItem(SQLModel, table=True):
    """One line of a group's set-up checklist (群名, 群公告, 管理员, 欢迎语, 防骚扰)."""

    __tablename__ = "group_setup_item"
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="chat_group.id", index=True, ondelete="CASCADE")
    position: int = 0
    key: str = Field(max_length=40)
    title: str = Field(max_length=100)
    text: str = Field(default="", max_length=5000)
    copy_id: int | None = Field(default=None, foreign_key="copy.id", index=True,
                                ondelete="SET NULL")  # the library copy to use (links_0002)
    done: bool = False


class KeyNode(SQLModel, table=True):
    """A key node (关键节点) of one group day at its time, with its owner."""

    __tablename__ = "key_node"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    key: str = Field(max_length=40)
    name: str = Field(max_length=100)
    at: NaiveDatetime
    owner: str = Field(default="", max_length=100)
    copy_id: int | None = Field(default=None, foreign_key="copy.id", index=True,
                                ondelete="SET NULL")  # the library copy to use (links_0002)
    # what its time follows (groups_0003): "L" the launch moment, "D" the launch day (a day
    # between launch and close), "C" the close day
    anchor: str = Field(default="L", max_length=1)


class NodeBeat(SQLModel, table=True):
    """One line to send within a node; `wait_minutes` is the pause before the next beat.
    Text may hold placeholders such as {remaining}, filled when shown."""

    __tablename__ = "node_beat"
    id: int | None = Field(default=None, primary_key=True)
    node_id: int = Field(foreign_key="key_node.id", index=True, ondelete="CASCADE")
    position: int = 0
    kind: str = Field(default="say", max_length=20)
    text: str = Field(default="", max_length=5000)
    wait_minutes: int = 0
    state: str = Field(default="pending", max_length=10)
    finished_at: NaiveDatetime | None = None
    deleted: bool = False


class TimetableSlot(SQLModel, table=True):
    """A row of the daily timetable (社群日常维护执行表)."""

    __tablename__ = "timetable_slot"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    start: str = Field(max_length=5)
    end: str = Field(max_length=5)
    content: str = Field(default="", max_length=2000)
    interaction: str = Field(default="", max_length=2000)
    purpose: str = Field(default="", max_length=2000)
    source: str = Field(default="", max_length=500)
    deleted: bool = False
    # who does it (a role's name; "" the whole team) and on which group days (groups_0004)
    owner: str = Field(default="", max_length=100)
    days: str = Field(default="all", max_length=10)


class TimetableItem(SQLModel, table=True):
    """A timetable slot on one group day: done or skipped, by whom and when (groups_0004)."""

    __tablename__ = "timetable_item"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    slot_id: int = Field(foreign_key="timetable_slot.id", index=True, ondelete="CASCADE")
    day: date
    state: str = Field(default="pending", max_length=10)
    done_by: str = Field(default="", max_length=100)
    finished_at: NaiveDatetime | None = None


class WeeklyRhythm(SQLModel, table=True):
    """A weekly habit of the group: `day` is 每天 or a weekday name, as the sheet shows it."""

    __tablename__ = "weekly_rhythm"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    day: str = Field(max_length=20)
    time: str = Field(max_length=5)
    activity: str = Field(default="", max_length=2000)
    purpose: str = Field(default="", max_length=2000)
    deleted: bool = False


class SetupSopItem(SQLModel, table=True):
    """A topic of the set-up SOP (定位, 群名, 群规, 角色, 昵称格式, 会员分层)."""

    __tablename__ = "setup_sop_item"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    topic: str = Field(max_length=100)
    content: str = Field(default="", max_length=5000)
    deleted: bool = False


class CrisisPlan(SQLModel, table=True):
    """危机预案: a risk, what to do and who does it."""

    __tablename__ = "crisis_plan"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True, ondelete="CASCADE")
    position: int = 0
    risk: str = Field(max_length=500)
    response: str = Field(default="", max_length=5000)
    owner: str = Field(default="", max_length=100)
    deleted: bool = False
