"""The operator's edits of people, one transaction and one Change each: confirm or split an
uncertain match, set the stage, add or remove a tag, write notes, forget a person (every
row about them goes with them: the tables cascade from the person; a tombstone stays)."""

from __future__ import annotations

from sqlalchemy import func
from sqlmodel import Session, col, select

from flashdesk.customers import forgotten
from flashdesk.customers.tables import (
    Customer,
    CustomerListing,
    CustomerMatch,
    CustomerMembership,
    CustomerOrder,
    CustomerTag,
)
from flashdesk.errors import UserError
from flashdesk.i18n import translate
from flashdesk.store import Store
from flashdesk.store.change import Change

STAGES = ("鱼塘", "中转", "核心")
SOURCES = {"customer_membership": CustomerMembership, "customer_order": CustomerOrder,
           "customer_listing": CustomerListing}
MAX_TAG = 50


class CustomerError(UserError):
    """An edit of a person that cannot be made; the store is unchanged."""


def _person(session: Session, person_id: int) -> Customer:
    person = session.get(Customer, person_id)
    if person is None:
        raise CustomerError(translate("Customers", "There is no person {id}.").format(id=person_id))
    return person


def _match(session: Session, match_id: int) -> CustomerMatch:
    match = session.get(CustomerMatch, match_id)
    if match is None:
        raise CustomerError(translate("Customers", "There is no uncertain match {id}; it may have "
                                      "been confirmed or split already.").format(id=match_id))
    return match


def matches(store: Store) -> list[CustomerMatch]:
    with store.session() as session:
        return list(session.exec(select(CustomerMatch).order_by(CustomerMatch.id)))


def confirm(store: Store, match_id: int) -> Change:
    """The row is the person it was matched to."""
    with store.edit() as edit:
        edit.session.delete(_match(edit.session, match_id))
    return edit.change


def _repaid(session: Session, person_id: int) -> None:
    total = session.exec(select(func.sum(CustomerOrder.paid))
                         .where(CustomerOrder.customer_id == person_id)).one() or 0.0
    person = session.get(Customer, person_id)
    if person.paid_total != round(total, 2):
        person.paid_total = round(total, 2)
        session.add(person)


def split(store: Store, match_id: int) -> Change:
    """The row is someone else: a new person of that nickname takes it; `change.result` is
    the new person's id."""
    with store.edit() as edit:
        session = edit.session
        match = _match(session, match_id)
        row = session.get(SOURCES[match.source], match.source_id)
        person = Customer(nickname=match.nickname)
        session.add(person)
        session.flush()
        before = row.customer_id
        row.customer_id = person.id
        session.add(row)
        session.delete(match)
        session.flush()
        if match.source == "customer_order":
            _repaid(session, before)
            _repaid(session, person.id)
        edit.result = person.id
    return edit.change


def set_stage(store: Store, person_id: int, stage: str) -> Change:
    if stage not in STAGES + ("",):
        raise CustomerError(translate("Customers", "{stage!r} is not a stage; the stages are "
                                      "{stages}.").format(stage=stage, stages=", ".join(STAGES)))
    with store.edit() as edit:
        person = _person(edit.session, person_id)
        person.stage = stage
        edit.session.add(person)
    return edit.change


def set_notes(store: Store, person_id: int, notes: str) -> Change:
    if len(notes) > 5000:
        raise CustomerError(translate("Customers", "Notes hold at most 5000 characters; these are "
                                      "{length}.").format(length=len(notes)))
    with store.edit() as edit:
        person = _person(edit.session, person_id)
        person.notes = notes
        edit.session.add(person)
    return edit.change


def add_tag(store: Store, person_id: int, tag: str) -> Change:
    tag = tag.strip()
    if not tag or len(tag) > MAX_TAG:
        raise CustomerError(translate("Customers", "A tag is 1 to {limit} characters.")
                            .format(limit=MAX_TAG))
    with store.edit() as edit:
        _person(edit.session, person_id)
        known = edit.session.exec(select(CustomerTag).where(
            CustomerTag.customer_id == person_id, CustomerTag.tag == tag)).first()
        if known is None:
            edit.session.add(CustomerTag(customer_id=person_id, tag=tag, origin="manual"))
        elif known.origin != "manual":  # the operator's word: no rule takes it off again
            known.origin = "manual"
            edit.session.add(known)
    return edit.change


def remove_tag(store: Store, person_id: int, tag: str) -> Change:
    with store.edit() as edit:
        for known in edit.session.exec(select(CustomerTag).where(
                CustomerTag.customer_id == person_id, CustomerTag.tag == tag)):
            edit.session.delete(known)
    return edit.change


def forget(store: Store, person_ids: list[int]) -> Change:
    """Forget people everywhere at once: their tags, memberships, orders, listings and
    queued matches go with them, and tombstones (forgotten.py) keep every import from
    bringing them back; undo takes the tombstones away with the rest."""
    key = forgotten.salt(store)
    with store.edit() as edit:
        found = list(edit.session.exec(select(Customer).where(col(Customer.id).in_(person_ids))))
        if len(found) != len(set(person_ids)):
            missing = sorted(set(person_ids) - {p.id for p in found})
            raise CustomerError(translate("Customers", "There is no person {id}.")
                                .format(id=", ".join(map(str, missing))))
        sqlite = edit.session.get_bind().dialect.name == "sqlite"
        if sqlite:
            # their rows' bytes in the store file are zeroed rather than left in free pages
            # (some SQLite builds, Windows' among them, do not do it by default); only for this
            # delete, as the pooled connection serves every later edit too
            connection = edit.session.connection()
            was = connection.exec_driver_sql("PRAGMA secure_delete").scalar_one()
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
        forgotten.bury(edit.session, key, found)
        for person in found:
            edit.session.delete(person)
        if sqlite:
            edit.session.flush()
            connection.exec_driver_sql(f"PRAGMA secure_delete = {int(was)}")
    if sqlite:
        # the write-ahead log still holds their rows' earlier pages until a checkpoint
        # (backups and the undo history keep them too: forgotten.py)
        with store.engine.connect() as db:
            db.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return edit.change
