"""Fission's tables: the model a campaign was planned by, the invites imported from an SCRM
export or a group member export, and the rewards handed out. An invite's natural key is its
campaign and invitee, so importing the same file again finds the rows it made."""

from __future__ import annotations

from pydantic import NaiveDatetime
from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

from flashdesk.store.tables import load_tables_before

load_tables_before(__name__)  # the tables its foreign keys name first (store/tables.py)


class FissionPlan(SQLModel, table=True):
    """A campaign planned by a fission model (spread | product | service); a campaign without
    a row was planned without one."""

    __tablename__ = "fission_plan"
    campaign_id: int = Field(primary_key=True, foreign_key="campaign.id")
    model: str = Field(max_length=20)


class FissionInvite(SQLModel, table=True):
    """One person brought in by a promoter. `invitee_key` is "id:<external id>" when the export
    gives one, else "name:<nickname>"; the promoter likewise in `inviter_key`."""

    __tablename__ = "fission_invite"
    __table_args__ = (UniqueConstraint("campaign_id", "invitee_key", name="uq_fission_invite_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    inviter: str = Field(max_length=100)
    inviter_key: str = Field(max_length=110, index=True)
    invitee: str = Field(max_length=100)
    invitee_key: str = Field(max_length=110)
    invited_at: NaiveDatetime | None = None
    left_at: NaiveDatetime | None = None
    source: str = Field(default="", max_length=200)  # the file it came from
    file_row: int = 0


class FissionReward(SQLModel, table=True):
    """A reward tier reached by a promoter whose fulfilment the operator recorded (a tier
    without a row is pending)."""

    __tablename__ = "fission_reward"
    __table_args__ = (UniqueConstraint("campaign_id", "promoter_key", "invites",
                                       name="uq_fission_reward_key"),)
    id: int | None = Field(default=None, primary_key=True)
    campaign_id: int = Field(foreign_key="campaign.id", index=True)
    promoter_key: str = Field(max_length=110)
    invites: int  # the tier, by the invites it needs
    status: str = Field(default="pending", max_length=10)  # pending | sent
    sent_at: NaiveDatetime | None = None
