"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.channels import Channel, Post
from flashdesk.store.tables.groups import (ChatGroup, CrisisPlan, GroupCampaign, GroupSetupItem,
                                           KeyNode, NodeBeat, SetupSopItem, TimetableSlot,
                                           WeeklyRhythm)
from flashdesk.store.tables.copies import Copy, CopyVariable
from flashdesk.store.tables.tasks import Task, TaskLink, TaskRole
from flashdesk.store.tables.posters import Poster, PosterAsset
from flashdesk.store.tables.review import ABTest, ReviewChannelDay, ReviewCopy, ReviewDaily, ReviewMaterial, ReviewText

__all__ = ["ABTest", "Campaign", "Channel", "ChatGroup", "Copy", "CopyVariable",
           "CrisisPlan", "GroupCampaign", "GroupSetupItem", "KeyNode", "NodeBeat",
           "Post", "Poster", "PosterAsset", "ReviewChannelDay", "ReviewCopy",
           "ReviewDaily", "ReviewMaterial", "ReviewText", "SetupSopItem", "StoreInfo",
           "Task", "TaskLink", "TaskRole", "TimetableSlot", "WeeklyRhythm"]
