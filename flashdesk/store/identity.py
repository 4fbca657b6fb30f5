"""The store's own identity: a random id kept in store_info (key "store_id"), made the first
time something asks for it, and a name to show (the file's name). A team workbook carries
both, so a workbook exported from another store is refused by name. The id is a fact about
the store, not an edit: it is written outside the undo history."""

from __future__ import annotations

import uuid

from flashdesk.store.info import StoreInfo

STORE_ID = "store_id"


def store_id(store) -> str:
    with store.session() as session:
        row = session.get(StoreInfo, STORE_ID)
        if row is not None and row.value:
            return row.value
    with store.session(immediate=True) as session:
        row = session.get(StoreInfo, STORE_ID)  # another process may have made it meanwhile
        if row is None or not row.value:
            row = StoreInfo(key=STORE_ID, value=uuid.uuid4().hex)
            session.add(row)
            session.commit()
        return row.value


def store_name(store) -> str:
    return store.path.name if store.path else store.display_name
