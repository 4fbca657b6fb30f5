"""Every table of the store, one module per capability. Importing this package registers
them all on SQLModel.metadata (Alembic's env.py relies on it)."""

from flashdesk.store.tables.campaigns import Campaign, StoreInfo
from flashdesk.store.tables.posters import Poster, PosterAsset

__all__ = ["Campaign", "Poster", "PosterAsset", "StoreInfo"]
