"""The task board's tables: owner roles, tasks (to the minute) and the links between them."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class TaskRole(SQLModel, table=True):
    """An owner (负责人) as a role of the team (operator, copywriter …); the operator renames
    it to a person and every task of that role follows."""

    __tablename__ = "task_role"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    key: str = Field(default="", max_length=64)  # playbook key; "" for roles the operator adds
    name: str = Field(max_length=100)
    position: int = 0


class Task(SQLModel, table=True):
    """One touchpoint of the operation with its time span, owner and deadline."""

    __tablename__ = "task"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    position: int = 0
    key: str = Field(default="", max_length=64)  # playbook key; "" for the operator's own
    name: str = Field(max_length=200)
    phase: str = Field(default="launch", max_length=64)
    role_id: int | None = Field(default=None, foreign_key="task_role.id")
    start: NaiveDatetime
    end: NaiveDatetime
    deadline: NaiveDatetime | None = None
    progress: int = 0
    milestone: bool = False
    status: str = Field(default="todo", max_length=16)
    notes: str = Field(default="", max_length=5000)
    # What a changed launch moves it with: "L" launch time, "D" launch day, "C" close day.
    anchor: str = Field(default="L", max_length=1)
    key_node: str = Field(default="", max_length=64)  # launch-day key node it serves
    # The channel post the task carries out; a removed post leaves the task unlinked.
    post_id: int | None = Field(default=None, foreign_key="post.id", index=True, ondelete="SET NULL")
    deleted: bool = False  # soft delete: Undo brings the task back with its links


class TaskLink(SQLModel, table=True):
    """A dependency: kind FS/SS/FF/SF from predecessor to successor, lag in minutes (may be
    negative)."""

    __tablename__ = "task_link"
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    predecessor_id: int = Field(foreign_key="task.id", index=True)
    successor_id: int = Field(foreign_key="task.id", index=True)
    kind: str = Field(default="FS", max_length=2)
    lag_minutes: int = 0
