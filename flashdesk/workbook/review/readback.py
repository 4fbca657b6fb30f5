"""The 复盘数据 sheets read back: the numbers the team types or corrects (members, orders,
revenue per group and day; actions and participants per channel; results of copies and
materials) update the rows they came from (the hidden 行标识 column), rows the team adds
are recorded, and a day recorded twice is named instead of overwriting either."""

from __future__ import annotations

from flashdesk.review.records import KINDS, MATERIAL_KIND_ZH, RecordError, Source, key_text, parse_row
from flashdesk.review.service import iter_records

ORDER = ("daily", "channels", "copies", "materials")


def readers(store, campaign) -> list:
    from flashdesk.playbook import key_dates

    dates = key_dates(campaign)
    return [_reader(store, campaign, KINDS[name], dates) for name in ORDER]


def _reader(store, campaign, kind, dates):
    from flashdesk.i18n import translate
    from flashdesk.workbook.readback import CellProblem, Sheet, Unreadable, show

    keys = [c.key for c in kind.columns]
    heading = {c.key: c.heading for c in kind.columns}
    title = {c.heading: c.key for c in kind.columns}

    def now() -> dict:
        rows = {}
        for row in iter_records(store, campaign.id, kind.name, ids=True):
            values = dict(zip(keys, row))
            rows[row[len(keys)]] = (key_text(kind, values), {heading[k]: v for k, v in values.items()})
        return rows

    def parse(cells: dict) -> dict:
        raw = {title[h]: v for h, v in cells.items() if h in title}
        try:
            values = parse_row(kind, raw, dates, Source(kind.sheet), 0)
        except RecordError as error:
            raise CellProblem(error.column, error.problem) from None
        return {heading[k]: v for k, v in values.items()}

    def shown(column: str, value) -> str:
        if title.get(column) == "kind":
            return MATERIAL_KIND_ZH.get(value, value)
        return show(value)

    def check(diff, parsed) -> None:
        """Two rows of one key (a day and group recorded twice) are named, neither taken."""
        first: dict[tuple, int] = {}
        current = now()
        in_sheet = {record.identity.id for record, _v in parsed
                    if record.identity is not None and record.identity.kind == kind.table.__tablename__}
        for key, (_label, values) in current.items():
            if key not in in_sheet:  # rows the team deleted keep their keys in the app
                first[tuple(values[heading[k]] for k in kind.key)] = 0
        twice = []
        for record, values in parsed:
            key = tuple(values[heading[k]] for k in kind.key)
            if key in first:
                twice.append((record.number, first[key], key))
            else:
                first[key] = record.number
        for number, other, key in twice:
            diff.rows = [r for r in diff.rows if r.row != number]
            where = translate("ReadBack", "row {row}").format(row=other) if other else \
                translate("ReadBack", "the app (a row deleted from the sheet)")
            diff.unreadable.append(Unreadable(number, heading[kind.key[0]], translate(
                "ReadBack", "{key} is recorded twice (also in {where}); keep one of them.").format(
                    key=" · ".join(show(k) for k in key), where=where)))

    def apply(session, campaign_id: int, updates: dict, additions: list) -> None:
        from flashdesk.review.service import read_back

        read_back(session, campaign_id, kind.name,
                  {key: {title[h]: v for h, v in values.items()} for key, values in updates.items()},
                  [{title[h]: v for h, v in values.items()} for values in additions])

    return Sheet(kind.sheet, kind.table.__tablename__, tuple(heading.values()), kind.columns[0].heading,
                 now, parse, apply, shown=shown, check=check,
                 label=lambda values: key_text(kind, {k: values[heading[k]] for k in kind.key}))
