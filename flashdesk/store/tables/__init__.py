"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.tasks import Task, TaskLink, TaskRole

__all__ = ["Campaign", "StoreInfo", "Task", "TaskLink", "TaskRole"]
