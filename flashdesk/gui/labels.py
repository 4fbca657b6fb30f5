"""The operator's words for the store's tables, columns and values, as the activity log shows
them: "Task 12 changed — Status: To do → Done", not "task 12 changed — status: todo → done".

Each capability names its own tables in the module its manifest gives as `labels`: a
`table_labels()` returning {table: Labels}, reusing the display names its views already show.
Columns many tables share (name, notes, owner…) are named once here. Bookkeeping columns (ids,
the campaign, timestamps every edit moves) are left out of the details. A table or column
nobody named keeps its database name, so a new one shows before it is labelled
(tests/gui/test_activity_labels.py fails until it is).

Loaded when the activity log opens, never on the window's start path."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from importlib import import_module

from PySide6.QtCore import QLocale

from flashdesk.i18n import translate


@dataclass(frozen=True)
class Labels:
    """A table's rows and columns in the operator's words."""

    row: str  # one row, singular and lower case: "task"
    columns: dict[str, str] = field(default_factory=dict)  # beside common_columns()
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # column → stored value → shown
    hidden: frozenset[str] = frozenset()  # bookkeeping left out of the details, beside HIDDEN
    bare: frozenset[str] = frozenset()  # named without values that say nothing to a reader (JSON)
    keyed: bool = True  # False: its key says nothing to a reader either (a hash)


# what every action moves or no operator reads: the row's own id, the campaign it belongs to,
# when it was made and last changed
HIDDEN = frozenset({"id", "campaign_id", "created_at", "updated_at"})


def common_columns() -> dict[str, str]:
    """Columns that mean the same in every table that has them."""
    return {"name": translate("TableLabels", "Name"),
            "title": translate("TableLabels", "Title"),
            "notes": translate("TableLabels", "Notes"),
            "owner": translate("TableLabels", "Owner"),
            "position": translate("TableLabels", "Position"),
            "deleted": translate("TableLabels", "Deleted"),
            "status": translate("TableLabels", "Status"),
            "state": translate("TableLabels", "State"),
            "kind": translate("TableLabels", "Type"),
            "day": translate("TableLabels", "Day"),
            "participants": translate("TableLabels", "Participants"),
            "likes": translate("TableLabels", "Likes"),
            "comments": translate("TableLabels", "Comments")}


def store_labels() -> dict[str, Labels]:
    """The store's own table (store/info.py)."""
    return {"store_info": Labels(translate("TableLabels", "store setting"),
                                 {"value": translate("TableLabels", "Value")})}


def table_labels() -> dict[str, Labels]:
    """Every labelled table: the store's and each capability's (its manifest's `labels`)."""
    from flashdesk.capabilities import manifests

    labels = store_labels()
    for manifest in manifests():
        if manifest.labels:
            labels.update(import_module(manifest.labels).table_labels())
    return labels


class Vocabulary:
    """Names and values of the logged rows: labels where given, the column's type for dates and
    links to other rows, the database's names otherwise."""

    def __init__(self) -> None:
        from flashdesk.store.tables import load_tables

        self.metadata = load_tables()
        self.labels = table_labels()
        self.common = common_columns()

    def row(self, table: str) -> str | None:
        labels = self.labels.get(table)
        return labels.row if labels else None

    def keyed(self, table: str) -> bool:
        labels = self.labels.get(table)
        return labels.keyed if labels else True

    def shown(self, table: str, column: str) -> bool:
        labels = self.labels.get(table)
        return column not in HIDDEN and not (labels and column in labels.hidden)

    def column(self, table: str, column: str) -> str:
        labels = self.labels.get(table)
        return (labels and labels.columns.get(column)) or self.common.get(column) or column

    def bare(self, table: str, column: str) -> bool:
        labels = self.labels.get(table)
        return bool(labels and column in labels.bare)

    def named(self, table: str, column: str, value) -> str | None:
        """A stored key's display name ("todo" → "To do"; a list of keys, "a,b", each named)."""
        labels = self.labels.get(table)
        names = labels.values.get(column) if labels else None
        if not names or not isinstance(value, str):
            return None
        if value in names:
            return names[value]
        keys = value.split(",")
        if len(keys) < 2 or not all(key in names for key in keys):
            return None
        return translate("TableLabels", ", ").join(names[key] for key in keys)

    def formatted(self, table: str, column: str, value) -> str:
        """A value as logged (JSON: dates as ISO text) in the operator's format: a date by the
        locale, a link to another row by that row's kind ("copy 12")."""
        described = self.metadata.tables.get(table)
        spec = described.columns.get(column) if described is not None else None
        if spec is None:
            return _one_line(value)
        if spec.foreign_keys and isinstance(value, int):
            target = next(iter(spec.foreign_keys)).column.table.name
            return f"{self.row(target) or target} {value}"
        try:
            kind = spec.type.python_type
        except NotImplementedError:
            return _one_line(value)
        return _formatted(kind, value)

    def moment(self, value: datetime) -> str:
        """When an action happened, in the format of the dates and times it changed."""
        return QLocale().toString(value, QLocale.FormatType.ShortFormat)


def _formatted(kind: type, value) -> str:
    locale = QLocale()
    try:
        if kind is datetime:
            return locale.toString(datetime.fromisoformat(value), QLocale.FormatType.ShortFormat)
        if kind is date:
            return locale.toString(date.fromisoformat(value), QLocale.FormatType.ShortFormat)
        if kind is time:
            return locale.toString(time.fromisoformat(value), QLocale.FormatType.ShortFormat)
    except (TypeError, ValueError):  # cut at 80 characters, or an older entry's text
        return _one_line(value)
    if isinstance(value, float):
        return locale.toString(value, "g", 15)
    return _one_line(value)


def _one_line(value) -> str:
    """A text's lines joined: each changed row keeps to its one line of the details."""
    return " ".join(str(value).splitlines())
