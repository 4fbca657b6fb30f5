"""A fission campaign's promoters (推广员) for their personal posters: the rows of a file
(nickname, optional avatar, personal link — e.g. the per-person codes an SCRM exports, read
within the import caps) or people of the customer list with links made from a pattern, and the
campaign's poster they are made from. The rendering itself is the posters capability's
(posters/personal.py, posters/personal_run.py), on plain rows."""

from __future__ import annotations

from pathlib import Path

from flashdesk.posters.personal import Promoter
from flashdesk.posters.personal_run import pattern_links, promoter_word, promoters_from_rows
from flashdesk.store import Store

MAX_PROMOTERS = 20_000


def read_promoters(path: Path | str) -> list[Promoter]:
    """A promoter file, .xlsx or .csv (UTF-8 or GBK); `source` of each is its row number."""
    from flashdesk.imports import capped, csv_rows, open_workbook, read_text

    path = Path(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        book = open_workbook(path)
        try:
            rows = capped(book.worksheets[0].iter_rows(values_only=True), MAX_PROMOTERS + 1,
                          promoter_word())
        finally:
            book.close()
    else:
        text = read_text(path)
        dialect = "excel-tab" if "\t" in text.split("\n", 1)[0] else "excel"
        rows = capped(csv_rows(text, dialect), MAX_PROMOTERS + 1, promoter_word())
    return promoters_from_rows(rows)


def promoters_from_customers(store: Store, link_pattern: str | None, *,
                             campaign_id: int | None = None, tier: str | None = None,
                             tag: str | None = None, stage: str | None = None) -> list[Promoter]:
    """People of the customer list (filtered as `customers list` filters), each with the link
    made from `link_pattern`, {id} standing for the customer id."""
    from flashdesk.customers.service import Filter, people

    pattern_links(link_pattern, [(0, "")])  # the pattern is checked before the list is read
    chosen = people(store, Filter(campaign_id, tier, tag, stage))
    return pattern_links(link_pattern, [(person.id, person.nickname) for person in chosen])


def poster_base(store: Store, campaign_id: int, poster_name: str | None = None):
    """The campaign's poster the personal posters are made from (default: its first)."""
    from flashdesk.posters.service import find_poster, poster_doc

    return poster_doc(store, find_poster(store, campaign_id, poster_name).id)
