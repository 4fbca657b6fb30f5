"""Importing checked rows (rows.py) into people: each row is matched to a person by the
external user id, else the phone, else nickname + remark (a nickname alone goes to the one
person of that name without a remark, or the first of several, which is reported as
uncertain). All rows are written in one transaction; only what differs is written, so the
same file imported twice changes nothing the second time. Rows of people the operator forgot
are skipped and counted (forgotten.py)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func
from sqlmodel import Session, col, select

from flashdesk.campaigns.service import live_campaign
from flashdesk.customers import rule_tags
from flashdesk.customers.forgotten import Tombstones
from flashdesk.customers.rows import CustomerImportError, Parsed, collector_paused
from flashdesk.customers.tables import (
    Customer,
    CustomerListing,
    CustomerMapping,
    CustomerMatch,
    CustomerMembership,
    CustomerOrder,
    CustomerTag,
)
from flashdesk.customers.tiers import default_rules
from flashdesk.i18n import translate
from flashdesk.store import Store
from flashdesk.store.bulk import insert_rows, update_rows
from flashdesk.store.change import Change
from flashdesk.store.ids import NewIds, new_ids

PERSON_FIELDS = ("external_id", "phone", "remark", "added_by", "added_on", "source")
UNPAID = {"待付款", "未付款", "已取消", "交易关闭", "已关闭", "订单关闭", "全额退款", "已退款"}
TAG_SPLIT = re.compile(r"[,，;；、|\s]+")


@dataclass
class Summary:
    """What an import did (or, dry, would do)."""

    kind: str
    rows: int
    new_people: int = 0
    updated_people: int = 0
    added: int = 0  # memberships, orders, listings or tags added
    updated: int = 0
    uncertain: list[tuple[int, str, int]] = field(default_factory=list)  # (row, nickname, person)
    forgotten: int = 0  # rows skipped: they are people the operator forgot

    @property
    def unchanged(self) -> bool:
        return not (self.new_people or self.updated_people or self.added or self.updated)

    def forgotten_note(self) -> str:
        """Says how many rows were skipped for forgotten people, or "" for none."""
        if not self.forgotten:
            return ""
        return translate("Customers", "{count} rows skipped: they are people who were "
                         "forgotten, and a forgotten person is never imported again.").format(
                             count=self.forgotten)


class ImportCancelled(CustomerImportError):
    """The operator cancelled the import; the transaction is rolled back."""


class Steps:
    """Progress through an import as a percentage: `progress(done, 100, label)` is the
    worker's callback (flashdesk/gui/workers.py); once it returns False the import stops
    and nothing is written."""

    def __init__(self, progress=None):
        self.progress = progress

    def __call__(self, percent: float, label: str = "") -> None:
        if self.progress is not None and not self.progress(int(percent), 100, label):
            raise ImportCancelled(translate("Customers", "The import was cancelled; nothing was "
                                            "imported."))

    def part(self, start: float, end: float, label: str):
        """A callback for a share of the work: (done, total) -> this step's percentage."""
        return lambda done, total: self(start + (end - start) * done / max(total, 1), label)


class _People:
    """The store's people indexed by their keys, growing as rows add people."""

    def __init__(self, session: Session, fields=PERSON_FIELDS):
        # the person's fields the rows may give (those their file has a column for)
        self.fields = [name for name in PERSON_FIELDS if name in fields]
        self.by_external: dict[str, int] = {}
        self.by_phone: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.by_nickname: dict[str, list[int]] = {}
        self.rows: dict[int, dict] = {}
        self.ids = NewIds(session, Customer)
        self.paid: dict[int, float] = {}  # paid_total as the store has it (new people: 0.0)
        columns = [Customer.id, Customer.nickname] + [getattr(Customer, f) for f in PERSON_FIELDS]
        names = ["id", "nickname", *PERSON_FIELDS]
        # through the connection: the ORM's loading of 100,000 plain rows cost more than the read
        for *values, paid in session.connection().execute(
                select(*columns, Customer.paid_total).order_by(Customer.id)):
            row = dict(zip(names, values))
            self.paid[row["id"]] = paid
            self._index(row)
        self.inserted: list[dict] = []
        self.new_ids: set[int] = set()
        self.changed: dict[int, dict] = {}

    def _index(self, row: dict) -> None:
        if row["id"] not in self.rows:
            self.by_nickname.setdefault(row["nickname"], []).append(row["id"])
        self.rows[row["id"]] = row
        if row["external_id"]:
            self.by_external.setdefault(row["external_id"], row["id"])
        if row["phone"]:
            self.by_phone.setdefault(row["phone"], row["id"])
        self.by_name.setdefault((row["nickname"], row["remark"]), row["id"])

    def holds(self, values: dict) -> bool:
        """Someone here has the row's external id or phone."""
        return (values.get("external_id") or "") in self.by_external \
            or (values.get("phone") or "") in self.by_phone

    def find(self, values: dict) -> tuple[int | None, bool]:
        """(person id or None, certain)."""
        external, phone = values.get("external_id"), values.get("phone")
        nickname, remark = values.get("nickname") or "", values.get("remark") or ""
        if external and external in self.by_external:
            return self.by_external[external], True
        if phone and phone in self.by_phone:
            return self.by_phone[phone], True
        if not nickname:
            return None, True
        if (nickname, remark) in self.by_name:
            return self.by_name[(nickname, remark)], True
        same = [row for row in map(self.rows.get, self.by_nickname.get(nickname, ()))
                if (not remark or not row["remark"])
                and not (external and row["external_id"]) and not (phone and row["phone"])]
        if not same:
            return None, True
        return same[0]["id"], len(same) == 1

    def take(self, values: dict, authoritative: bool, prior: int | None
             ) -> tuple[int, bool, bool]:
        """The person for a row, added or completed from it: (id, new, certain). `prior` is
        the person an earlier import (or the operator's split) gave the same row; a
        customer list row that fits several people by nickname is a person of its own."""
        person, certain = (prior, True) if prior is not None else self.find(values)
        if person is None or not certain and authoritative:
            row = {"id": self.ids.next(), "nickname": values.get("nickname") or ""}
            row.update({f: values.get(f) or ("" if f != "added_on" else None)
                        for f in PERSON_FIELDS})
            self._index(row)
            self.inserted.append(row)
            self.new_ids.add(row["id"])
            return row["id"], True, True
        row = self.rows[person]
        for name in self.fields:
            value = values.get(name)
            if value and row[name] != value and (authoritative or not row[name]):
                if (name == "external_id" and self.by_external.get(value, person) != person
                        or name == "phone" and self.by_phone.get(value, person) != person):
                    continue  # the key is another person's: keep it theirs
                row[name] = value
                self._index(row)
                if person not in self.new_ids:
                    self.changed.setdefault(person, {})[name] = value
        return person, False, certain


def _paid(values: dict) -> float:
    if (values.get("status") or "") in UNPAID:
        return 0.0
    return round(max(0.0, values["amount"] - (values.get("refund") or 0.0)), 2)


def _with_ids(session: Session, table, rows) -> list[dict]:
    rows = list(rows)
    return [dict(r, id=i) for i, r in zip(new_ids(session, table, len(rows)), rows)]


def _insert(session: Session, table, rows: list[dict]) -> None:
    # one DBAPI executemany whose rows go to the Change as written (store/bulk.py): the ORM's
    # bulk path, or a Core insert, costs several times the insert itself per row
    insert_rows(session, table.__table__, rows)


def _update(session: Session, table, rows: list[dict]) -> None:
    """Update by id; rows changing different columns go in one statement per column set."""
    shapes: dict[tuple, list[dict]] = {}
    for row in rows:
        shapes.setdefault(tuple(sorted(row)), []).append(row)
    for same in shapes.values():
        update_rows(session, table.__table__, same)


def _priors(session: Session, kind: str, campaign_id: int | None, label: str,
            orders: dict[str, tuple[int, tuple]] | None = None):
    """row values -> the person an earlier import linked the same row to, or None. `orders`:
    the store's orders (_known_orders), read once for this and for writing them."""
    if kind == "members":
        known = {(g, n): p for g, n, p in session.exec(
            select(CustomerMembership.group_name, Customer.nickname, Customer.id)
            .join(Customer, col(Customer.id) == CustomerMembership.customer_id)).all()}
        return lambda values: known.get((values["group"], values.get("nickname") or ""))
    if kind == "orders":
        def prior(values):
            known = orders.get(values["order_no"])
            return None if known is None else known[1][0]  # its customer_id
        return prior
    if kind == "names":
        known = {n: p for n, p in session.exec(
            select(Customer.nickname, Customer.id)
            .join(CustomerListing, col(CustomerListing.customer_id) == Customer.id)
            .where(CustomerListing.campaign_id == campaign_id,
                   CustomerListing.label == label)).all()}
        return lambda values: known.get(values.get("nickname") or "")
    return lambda values: None


def _unburied(tombstones: Tombstones, people: _People, prior, values: dict) -> dict | None:
    """The row to import, or None when it is a forgotten person's. A person still here keeps
    their rows: by their user id or phone (then the row loses the forgotten person's, e.g.
    an order with their user id and a forgotten phone), or by nickname."""
    buried = tombstones.strong(values)
    if buried:
        if not people.holds(values):
            return None
        return {k: v for k, v in values.items() if k not in buried or people.holds({k: v})}
    if tombstones.named(values) and prior(values) is None and people.find(values)[0] is None:
        return None
    return values


SOURCES = {"members": "customer_membership", "orders": "customer_order",
           "names": "customer_listing"}


def _write(session: Session, parsed: Parsed, campaign_id: int | None, label: str,
           file_name: str, steps: Steps) -> Summary:
    summary = Summary(parsed.kind, len(parsed.records))
    matching = steps.part(30, 60, translate("Customers", "Matching people…"))
    matching(0, 1)
    people = _People(session, parsed.mapping)
    orders = _known_orders(session) if parsed.kind == "orders" else None
    prior = _priors(session, parsed.kind, campaign_id, label, orders)
    tombstones = Tombstones(session)
    linked: list[tuple[int, dict]] = []
    doubtful: dict[int, tuple[int, str]] = {}  # index in linked -> (file row, nickname)
    total = len(parsed.records)
    authoritative = parsed.kind == "customers"
    for index, (number, values) in enumerate(parsed.records):
        if not index % 10_000:
            matching(index, total)
        if tombstones.keys:  # someone was forgotten here
            values = _unburied(tombstones, people, prior, values)
            if values is None:
                summary.forgotten += 1
                continue
        person, new, certain = people.take(values, authoritative, prior(values))
        summary.new_people += new
        if not certain:
            summary.uncertain.append((number, values.get("nickname") or "", person))
            doubtful[len(linked)] = (number, values.get("nickname") or "")
        linked.append((person, values))
    steps(60, translate("Customers", "Writing…"))
    _insert(session, Customer, people.inserted)  # stage, notes and paid total: defaults
    if parsed.kind == "customers":
        _tags(session, linked, summary)
        sources = {}
    elif parsed.kind == "members":
        sources = _members(session, linked, campaign_id, summary)
    elif parsed.kind == "orders":
        sources = _orders(session, linked, campaign_id, summary, people, orders)
    else:
        sources = _listings(session, linked, campaign_id, label, summary)
    summary.updated_people = len(people.changed.keys() - people.new_ids)
    _update(session, Customer, [dict(v, id=k) for k, v in people.changed.items()])
    queue = [{"customer_id": linked[i][0], "source": SOURCES[parsed.kind],
              "source_id": sources[i], "nickname": nickname, "file_row": number,
              "file_name": file_name[:200]}
             for i, (number, nickname) in doubtful.items() if i in sources]
    _insert(session, CustomerMatch, _with_ids(session, CustomerMatch, queue))
    return summary


def _tags(session: Session, linked, summary: Summary) -> None:
    have = set(map(tuple, session.connection().execute(select(CustomerTag.customer_id,
                                                              CustomerTag.tag))))
    rows = []
    for person, values in linked:
        for tag in TAG_SPLIT.split(values.get("tags") or ""):
            if tag and len(tag) <= 50 and (person, tag) not in have:
                have.add((person, tag))
                rows.append({"customer_id": person, "tag": tag, "origin": "import"})
    _insert(session, CustomerTag, _with_ids(session, CustomerTag, rows))
    summary.added += len(rows)


def _differences(old: dict, new: dict) -> dict:
    return {k: v for k, v in new.items() if old.get(k) != v}


def _members(session: Session, linked, campaign_id, summary: Summary) -> None:
    names = ("campaign_id", "group_nickname", "joined_at", "join_method", "inviter")
    have = {(r[0], r[1]): dict(zip(("id",) + names, r[2:])) for r in session.exec(select(
        CustomerMembership.customer_id, CustomerMembership.group_name, CustomerMembership.id,
        *[getattr(CustomerMembership, n) for n in names]))}
    added, changed, at = {}, {}, {}
    for index, (person, values) in enumerate(linked):
        row = {"campaign_id": campaign_id, "group_nickname": values.get("group_nickname") or "",
               "joined_at": values.get("joined_at"), "join_method": values.get("join_method") or "",
               "inviter": values.get("inviter") or ""}
        key = (person, values["group"])
        if key in have:
            diff = _differences(have[key], row)
            if diff:
                changed[have[key]["id"]] = diff
        elif key not in added:
            added[key] = dict(row, customer_id=person, group_name=values["group"])
            at[index] = len(added) - 1
    inserted = _with_ids(session, CustomerMembership, added.values())
    _insert(session, CustomerMembership, inserted)
    _update(session, CustomerMembership, [dict(v, id=k) for k, v in changed.items()])
    summary.added += len(added)
    summary.updated += len(changed)
    return {index: inserted[offset]["id"] for index, offset in at.items()}


ORDER_FIELDS = ("customer_id", "campaign_id", "ordered_at", "paid_at", "item", "amount", "refund",
                "status", "paid", "channel")


def _known_orders(session: Session) -> dict[str, tuple[int, tuple]]:
    """Every order in the store: order number -> (its id, its ORDER_FIELDS' values); read
    through the connection (the ORM's loading of 300,000 plain rows cost more than the read)."""
    return {r[0]: (r[1], tuple(r[2:])) for r in session.connection().execute(select(
        CustomerOrder.order_no, CustomerOrder.id,
        *[getattr(CustomerOrder, n) for n in ORDER_FIELDS]))}


def _orders(session: Session, linked, campaign_id, summary: Summary, people: _People,
            have: dict[str, tuple[int, tuple]]) -> None:
    added, changed, touched, at = {}, {}, set(), {}
    for index, (person, values) in enumerate(linked):
        row = (person, campaign_id, values["ordered_at"], values.get("paid_at"),  # ORDER_FIELDS
               values.get("item") or "", values["amount"], values.get("refund") or 0.0,
               values.get("status") or "", _paid(values), values.get("channel") or "")
        number = values["order_no"]
        if number in have:
            known, old = have[number]
            if row != old:  # the same order as imported before: most rows of a re-import
                diff = {name: new for name, was, new in zip(ORDER_FIELDS, old, row) if was != new}
                if diff:
                    changed[known] = diff
                    touched.add(old[0])
                    touched.add(person)
        elif number not in added:
            added[number] = dict(zip(ORDER_FIELDS, row), order_no=number)
            at[index] = len(added) - 1
            touched.add(person)
    inserted = _with_ids(session, CustomerOrder, added.values())
    _insert(session, CustomerOrder, inserted)
    _update(session, CustomerOrder, [dict(v, id=k) for k, v in changed.items()])
    summary.added += len(added)
    summary.updated += len(changed)
    _paid_totals(touched, people, have, changed, added)
    return {index: inserted[offset]["id"] for index, offset in at.items()}


def _paid_totals(touched: set[int], people: _People, have: dict[str, tuple[int, tuple]],
                 changed: dict[int, dict], added: dict[str, dict]) -> None:
    """Keep each touched person's paid_total the sum of their orders: the store's orders as
    this import leaves them (`have` read before it, with the `changed` fields) and the
    `added` ones, summed here rather than read back (one query per 5,000 people cost more
    than the rest of the orders' matching). Sums of amounts in cents, rounded to cents, so
    the order they are added in does not show."""
    sums: dict[int, float] = {}
    at_paid = ORDER_FIELDS.index("paid")
    for known, old in have.values():
        new = changed.get(known)
        person, paid = old[0], old[at_paid]
        if new:
            person, paid = new.get("customer_id", person), new.get("paid", paid)
        if person in touched:
            sums[person] = sums.get(person, 0.0) + paid
    for row in added.values():
        sums[row["customer_id"]] = sums.get(row["customer_id"], 0.0) + row["paid"]
    for person in sorted(touched):
        total = round(sums.get(person) or 0.0, 2)
        if round(people.paid.get(person) or 0.0, 2) != total:
            people.changed.setdefault(person, {})["paid_total"] = total


def _listings(session: Session, linked, campaign_id, label: str, summary: Summary) -> None:
    have = set(session.exec(select(CustomerListing.customer_id, CustomerListing.campaign_id,
                                   CustomerListing.label)))
    rows, at = [], {}
    for index, (person, _values) in enumerate(linked):
        if (person, campaign_id, label) not in have:
            have.add((person, campaign_id, label))
            at[index] = len(rows)
            rows.append({"customer_id": person, "campaign_id": campaign_id, "label": label})
    inserted = _with_ids(session, CustomerListing, rows)
    _insert(session, CustomerListing, inserted)
    summary.added += len(rows)
    return {index: inserted[offset]["id"] for index, offset in at.items()}


def _remember(session: Session, shape: str, kind: str, headings: dict[str, str]) -> None:
    fields = json.dumps(headings, ensure_ascii=False, sort_keys=True)
    known = session.get(CustomerMapping, shape)
    if known is None:
        session.add(CustomerMapping(shape=shape, kind=kind, fields=fields))
    elif (known.kind, known.fields) != (kind, fields):
        known.kind, known.fields, known.updated_at = kind, fields, datetime.now()


def remembered(store: Store, shape: str) -> tuple[str, dict[str, str]] | None:
    """The kind and field -> heading last imported for a file shape."""
    with store.session() as session:
        known = session.get(CustomerMapping, shape)
        return None if known is None else (known.kind, json.loads(known.fields))


def _write_all(session: Session, parsed: Parsed, campaign_id: int | None, label: str,
               file_name: str, steps: Steps) -> Summary:
    campaign = None if campaign_id is None else live_campaign(session, campaign_id,
                                                               CustomerImportError)
    summary = _write(session, parsed, campaign_id, label, file_name, steps)
    if campaign is not None:
        steps(85, translate("Customers", "Updating tags and the plan's numbers…"))
        rule_tags.apply(session, campaign, default_rules(), datetime.now())
        _plan_counts(session, parsed, campaign_id)
    steps(95, translate("Customers", "Saving…"))
    return summary


def _plan_counts(session: Session, parsed: Parsed, campaign_id: int) -> None:
    """The Group SOP's numbers follow the real exports: each group's members from the latest
    member export (the people it lists now), the sold count from the paid orders."""
    from collections import Counter

    from flashdesk.groups.service import take_counts

    if parsed.kind == "members":
        take_counts(session, campaign_id, members=dict(Counter(
            values["group"] for _number, values in parsed.records)))
    elif parsed.kind == "orders":
        take_counts(session, campaign_id, sold=session.exec(
            select(func.count(CustomerOrder.id)).where(
                CustomerOrder.campaign_id == campaign_id, col(CustomerOrder.paid) > 0)).one())


@collector_paused()
def import_rows(store: Store, parsed: Parsed, *, shape: str, headings: dict[str, str],
                campaign_id: int | None = None, label: str = "", file_name: str = "",
                dry_run: bool = False, progress=None) -> tuple[Summary, Change | None]:
    """Write the rows in one transaction (none when dry_run) and remember the mapping
    (field -> heading) for the file's shape. `progress(done, total, label) -> bool` (see
    Steps) follows the work and can cancel it: ImportCancelled, nothing written."""
    steps = Steps(progress)
    if not parsed.records:
        raise CustomerImportError(translate("Customers", "Nothing to import: the file has no "
                                            "data rows under its headings."))
    if dry_run:
        with store.session() as session:
            summary = _write_all(session, parsed, campaign_id, label, file_name, steps)
            session.rollback()
        return summary, None
    with store.edit(campaign_id, immediate=True) as edit:
        summary = _write_all(edit.session, parsed, campaign_id, label, file_name, steps)
        if headings:
            _remember(edit.session, shape, parsed.kind, headings)
        edit.result = summary
    return summary, edit.change
