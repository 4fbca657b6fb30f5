"""Tombstones of forgotten people: a person the operator forgot must not come back with the
next import of the same export (PIPL: who asked to be deleted stays deleted).

Forgetting keeps, for each key the importer matches people by (the external user id, the
phone, the nickname with and without the remark), a hash of it keyed by a random salt of
this store (BLAKE2b). These are pseudonyms, not anonymity: the salt lives in the same store
(store_info), so whoever holds the store can test guesses, and a phone number has few enough
to try them all. The salt sits outside the undo history (like the store id): undoing a
forget removes its tombstones, never the salt the others were made with. Each forget writes
its own rows, even for a key another forget buried too, so undoing one leaves the other's.

The forget deletes the person's rows (edits.forget); on SQLite it zeroes their bytes and
checkpoints the write-ahead log, so the store file no longer holds them. Earlier backups
still do, and so does the undo history while the app runs (undo brings them back)."""

from __future__ import annotations

import hashlib
import secrets

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from flashdesk.customers.tables import Customer, CustomerForgotten
from flashdesk.store.info import StoreInfo

SALT = "customers_forget_salt"


def salt(store) -> bytes:
    """The store's salt, made on first need."""
    store.team.refuse_if_read_only()  # as the forget itself would: write nothing, not even this
    try:
        with store.session(immediate=True) as session:
            row = session.get(StoreInfo, SALT)
            if row is None:
                row = StoreInfo(key=SALT, value=secrets.token_hex(32))
                session.add(row)
            value = row.value
    except IntegrityError:  # another operator's first forget made it meanwhile (PostgreSQL)
        with store.session() as session:
            value = session.get(StoreInfo, SALT).value
    return bytes.fromhex(value)


def _hash(key: bytes, kind: str, *parts: str) -> str:
    # BLAKE2b keyed by the salt is a MAC of its own, and quick enough for every row of a
    # 300,000-row export
    text = "\x1f".join((kind, *parts)).encode()
    return hashlib.blake2b(text, key=key, digest_size=32).hexdigest()


def _strong_keys(key: bytes, external_id: str, phone: str) -> list[str]:
    return ([_hash(key, "external_id", external_id)] if external_id else []) + (
        [_hash(key, "phone", phone)] if phone else [])


def _name_keys(key: bytes, nickname: str, remark: str) -> list[str]:
    """A row with a remark is the person of that nickname and remark, or the one of that
    nickname who had no remark; one without it is anyone of the nickname (as the importer
    matches them)."""
    if not nickname:
        return []
    if not remark:
        return [_hash(key, "nickname", nickname)]
    return [_hash(key, "name", nickname, remark), _hash(key, "bare", nickname)]


def _person_keys(key: bytes, person: Customer) -> list[str]:
    names = [_hash(key, "nickname", person.nickname)] if person.nickname else []
    if person.nickname:
        names.append(_hash(key, "name", person.nickname, person.remark) if person.remark
                     else _hash(key, "bare", person.nickname))
    return _strong_keys(key, person.external_id, person.phone) + names


def bury(session: Session, key: bytes, people: list[Customer]) -> None:
    """Tombstones for the people being forgotten, in the forget's own transaction (so its
    undo takes them away again, and only them)."""
    for new in sorted({k for person in people for k in _person_keys(key, person)}):
        session.add(CustomerForgotten(key=new))


class Tombstones:
    """The buried keys, to tell whether an imported row is a forgotten person."""

    def __init__(self, session: Session):
        salted = session.get(StoreInfo, SALT)  # none yet: nobody was ever forgotten here
        self.key = None if salted is None else bytes.fromhex(salted.value)
        self.keys = set(session.exec(select(CustomerForgotten.key))) if self.key else set()

    def strong(self, values: dict) -> list[str]:
        """Which of the row's external id and phone are a forgotten person's."""
        if not self.keys:
            return []
        return [name for name in ("external_id", "phone") if values.get(name)
                and _hash(self.key, name, values[name]) in self.keys]

    def named(self, values: dict) -> bool:
        """A row without an external id or phone whose nickname (and remark) are a
        forgotten person's."""
        if not self.keys or values.get("external_id") or values.get("phone"):
            return False
        return any(k in self.keys for k in _name_keys(self.key, values.get("nickname") or "",
                                                     values.get("remark") or ""))
