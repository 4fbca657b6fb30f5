"""Two operators on one store: two Stores (two engines, as two app processes have) on one
SQLite file or one PostgreSQL database, each with its own origin and name."""

from __future__ import annotations

import pytest

from flashdesk.campaigns.sample import sample_draft
from flashdesk.campaigns.service import create_campaign
from flashdesk.store import open_store


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where the shared store is: a file, or a database on the throwaway server."""
    if request.param == "sqlite":
        return str(tmp_path / "team.sqlite3")
    return request.getfixturevalue("pg_store_url")


@pytest.fixture
def pair(location):
    """(anna, ben, campaign id): two operators' stores on one location, holding the sample
    campaign, which both have loaded."""
    anna = open_store(location)
    ben = open_store(location)
    anna.team.name, ben.team.name = "Anna", "Ben"
    created = create_campaign(anna, sample_draft())
    for store in (anna, ben):
        store.team.start()  # both have loaded the plan
    yield anna, ben, created.result
    anna.close()
    ben.close()
