"""Command line: `flashdesk copies search`, `copies import` (names kept stable) and
`copies lint`."""

from __future__ import annotations

import argparse

from flashdesk.store.arguments import add_store_option, open_store_from, store_location


def register(subparsers) -> None:
    copies = subparsers.add_parser("copies", help="the copy library (文案库): search, import, lint")
    commands = copies.add_subparsers(dest="copies_command", metavar="ACTION", required=True)

    search = commands.add_parser("search", help="print matching copies: id, stage, title")
    search.add_argument("term", metavar="TERM", nargs="+",
                        help="words to find in title and body (all must match)")
    search.add_argument("--campaign", metavar="C", help="also search this campaign's own copies "
                        "(id or exact name)")
    search.add_argument("--limit", type=int, default=50, help="at most this many (default 50)")
    add_store_option(search)
    search.set_defaults(func=search_command)

    imports = commands.add_parser("import", help="add copies from a 文案库 sheet (.xlsx) or .csv; "
                                  "nothing is added if any row is bad")
    imports.add_argument("file", metavar="FILE", help="FILE.xlsx or FILE.csv")
    imports.add_argument("--dry-run", action="store_true", help="check and preview only")
    add_store_option(imports)
    imports.set_defaults(func=import_command)

    lint = commands.add_parser("lint", help="check a text for advertising-law words and careless "
                               "mistakes: each finding with its place, reason and safer wording; "
                               "exit 1 when there is any")
    lint.add_argument("text", metavar="TEXT", nargs="?", default="-",
                      help="the text to check; - or nothing reads it from standard input")
    lint.add_argument("--channel", metavar="KEY", help="also apply this channel's rules "
                      "(moments, wecom_group …: length, links)")
    lint.set_defaults(func=lint_command)


def search_command(args: argparse.Namespace) -> int:
    from flashdesk.copies.search import marked, parse_terms
    from flashdesk.copies.vocab import STAGE_BY_KEY
    from flashdesk.store.reader import read_plain

    text, limit = " ".join(args.term), max(1, args.limit)
    found = read_plain(store_location(args), lambda reader: plain_search(reader, text, args.campaign, limit))
    if found is None:  # not a current SQLite store: the full path opens it, or says why not
        found = _search(args, text, limit)
    copies, total = found
    terms = parse_terms(text)
    for copy in copies:
        stage = STAGE_BY_KEY[copy.stage].zh if copy.stage in STAGE_BY_KEY else copy.stage
        print(f"{copy.id}\t{stage}\t{marked(copy.title, terms)}")
    if total > args.limit:
        print(f"… {total - args.limit} more (use --limit)")
    return 0 if total else 1


def _search(args: argparse.Namespace, text: str, limit: int):
    from flashdesk.copies.service import CopyQuery, count_copies, find_copies

    store = open_store_from(args)
    campaign_id = None
    if args.campaign:
        from flashdesk.campaigns.service import find_campaign

        campaign_id = find_campaign(store, args.campaign).id
    query = CopyQuery(text=text, campaign_id=campaign_id)
    return find_copies(store, query, 0, limit), count_copies(store, query)


def plain_search(reader, text: str, campaign_ref: str | None, limit: int):
    """What _search finds — the library's copies and the campaign's own, not deleted, matching
    every term, most used first — through the plain reader: the terms' SQL is the one
    copies.search.match builds for copies.service, so both paths find the same copies
    (tests/test_cli_plain.py compares them)."""
    from flashdesk.campaigns.commands import campaign_in
    from flashdesk.copies.search import match, parse_terms

    # unary + keeps SQLite off the campaign index (as copies.service does): the matches drive
    clauses, params = ["copy.deleted = FALSE"], {}
    if campaign_ref:
        params["campaign"] = campaign_in(reader, campaign_ref).id
        clauses.append("(+copy.campaign_id IS NULL OR +copy.campaign_id = :campaign)")
    else:
        clauses.append("+copy.campaign_id IS NULL")
    found = match(parse_terms(text), "sqlite")
    params.update(found.params)
    if found.sources:
        clauses.append("copy.id IN (" + " INTERSECT ".join(
            f"SELECT rowid AS id FROM {table} WHERE {table} MATCH :{param}"
            for table, param in found.sources) + ")")
    where = "WHERE " + " AND ".join(clauses + found.clauses)
    total = reader.value(f"SELECT count(*) FROM copy {where}", params)
    # the page's ids sorted first, then their rows: sorting whole rows (bodies too) costs more
    ids = [row[0] for row in reader.connection.execute(
        f"SELECT copy.id FROM copy {where} ORDER BY copy.times_used DESC, copy.id DESC LIMIT :limit",
        {**params, "limit": limit})]
    rows = {row.id: row for row in reader.select(
        "copy", f"WHERE copy.id IN ({', '.join('?' * len(ids))})", ids)} if ids else {}
    return [rows[i] for i in ids], total


def import_command(args: argparse.Namespace) -> int:
    from collections import Counter

    from flashdesk.copies.service import add_imported, import_rows
    from flashdesk.copies.transfer import read_copies
    from flashdesk.copies.vocab import STAGE_BY_KEY

    good, bad = read_copies(args.file)
    print(f"{args.file}: {len(good) + len(bad)} rows, {len(good)} good, {len(bad)} bad")
    for stage, count in sorted(Counter(row.draft.stage for row in good).items()):
        print(f"  {STAGE_BY_KEY[stage].zh}: {count}")
    for row in bad:
        print(f"row {row.number}: {row.reason}")
    if bad:
        print("Nothing was added: fix the rows above and import again.")
        return 2
    if args.dry_run or not good:
        print("Nothing added (dry run)." if args.dry_run else "No copies in the file.")
        return 0
    store = open_store_from(args)
    if not any(row.identity for row in good):
        ids = add_imported(store, good).result
        print(f"Added {len(ids)} copies (ids {ids[0]}–{ids[-1]}).")
        return 0
    updates, additions = exported_rows(store, good)
    import_rows(store, updates, additions)
    print(f"Updated {len(updates)} copies, added {len(additions)}; "
          f"{len(good) - len(updates) - len(additions)} unchanged.")
    return 0


def exported_rows(store, rows):
    """A workbook FlashDesk exported: rows that carry a copy's identity update that copy
    (only when the team changed them), the rest are new."""
    from flashdesk.copies.service import CopyDraft, CopyError, get_copy
    from flashdesk.copies.transfer import compared
    from flashdesk.imports import fingerprint

    updates, additions = {}, []
    for row in rows:
        copy = None
        if row.identity and row.identity.kind == "copy":
            try:
                copy = get_copy(store, row.identity.id)
            except CopyError:
                copy = None  # deleted since the export: the row comes back as a new copy
        if copy is None:
            additions.append((row.draft, row.times_used))
        elif fingerprint(compared(row.draft, row.times_used)) != row.identity.fingerprint \
                and compared(row.draft, row.times_used) != compared(CopyDraft.of(copy), copy.times_used):
            updates[copy.id] = (row.draft, row.times_used)
    return updates, additions


def lint_command(args: argparse.Namespace) -> int:
    import sys

    from flashdesk.copies.lint import lint
    from flashdesk.copies.vocab import CHANNEL_BY_KEY
    from flashdesk.copies.words import categories
    from flashdesk.errors import UserError
    from flashdesk.i18n import translate

    if args.channel and args.channel not in CHANNEL_BY_KEY:
        raise UserError(translate("CopyLint", "Unknown channel {key!r}; use one of: {keys}.")
                        .format(key=args.channel, keys=", ".join(k for k in CHANNEL_BY_KEY if k)))
    text = sys.stdin.read() if args.text == "-" else args.text
    names = {key: c.name for key, c in categories().items()}
    findings = lint(text, args.channel)
    for finding in findings:
        print(finding_line(text, finding, names))
    return 1 if findings else 0


def finding_line(text: str, finding, category_names: dict[str, str]) -> str:
    """`line:column-column  «words»  [rule · category]  reason → safer` (1-based columns,
    the span's last column included)."""
    from flashdesk.i18n import translate

    line = text.count("\n", 0, finding.start) + 1
    column = finding.start - (text.rfind("\n", 0, finding.start) + 1) + 1
    last = column + max(0, finding.end - finding.start - 1)
    rule = finding.rule.replace("_", " ")
    if finding.category in category_names:
        rule += f" · {category_names[finding.category]}"
    safer = translate("CopyLint", "safer: {safer}").format(safer=finding.safer) if finding.safer else ""
    return "  ".join(part for part in (f"{line}:{column}-{last}", f"«{finding.text_in(text)}»",
                                       f"[{rule}]", finding.reason, safer) if part)
