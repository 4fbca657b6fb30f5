"""Command line: `flashdesk fission posters CAMPAIGN --promoters FILE -o DIR` (or
`--customers --link PATTERN` for people of the customer list): one poster per promoter with
their nickname, avatar and own QR, each QR decoded and compared with the person's link. A
progress line goes to stderr; Ctrl+C stops, and running the same command again goes on
where it stopped."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from flashdesk.fission.commands import fission_actions
from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    posters = fission_actions(subparsers).add_parser(
        "posters", help="one poster per promoter (nickname, avatar, own QR), every QR verified; "
                        "a second run goes on where the first stopped")
    posters.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    source = posters.add_mutually_exclusive_group(required=True)
    source.add_argument("--promoters", metavar="FILE", type=Path,
                        help=".xlsx or .csv: nickname, avatar (optional, a picture file), link")
    source.add_argument("--customers", action="store_true",
                        help="the people of the customer list (with --link)")
    posters.add_argument("--link", metavar="PATTERN",
                         help="with --customers: each person's link, {id} standing for the "
                              "customer id, e.g. https://shop.example.com/join?ref={id}")
    posters.add_argument("--tier", metavar="T", help="with --customers: only this tier")
    posters.add_argument("--tag", metavar="T", help="with --customers: only people with this tag")
    posters.add_argument("--poster", metavar="NAME", help="the campaign's poster to start from "
                                                          "(default: the first)")
    posters.add_argument("-o", "--output", required=True, metavar="DIR", type=Path)
    add_store_option(posters)
    posters.set_defaults(func=posters_command)


class ProgressLine:
    """`posters 1234/5000 (24 %) 15.2/s  王小明` on stderr, at most a few times a second."""

    def __init__(self, stream=None, every: float = 0.25):
        self.stream = stream or sys.stderr
        self.every = every
        self.started = time.monotonic()
        self.shown = 0.0
        self.width = 0

    def __call__(self, done: int, total: int, label: str) -> bool:
        now = time.monotonic()
        if done < total and now - self.shown < self.every:
            return True
        self.shown = now
        rate = done / (now - self.started) if now > self.started else 0.0
        line = f"posters {done}/{total} ({done * 100 // max(total, 1)} %) {rate:.1f}/s  {label}"
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()
        return True

    def end(self) -> None:
        if self.width:
            self.stream.write("\n")
            self.stream.flush()


def posters_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.fission.personal import poster_base, promoters_from_customers, read_promoters
    from flashdesk.groups.service import live_code
    from flashdesk.posters.personal_run import render_posters

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    if args.customers:
        promoters = promoters_from_customers(store, args.link, tier=args.tier, tag=args.tag)
        avatar_folder = None
    else:
        promoters = read_promoters(args.promoters)
        avatar_folder = args.promoters.expanduser().resolve().parent
    base = poster_base(store, campaign.id, args.poster)
    line = ProgressLine()
    try:
        run = render_posters(base, promoters, args.output, line,
                             live_code=live_code(store, campaign.id), avatar_folder=avatar_folder)
    finally:
        line.end()
    for problem in run.problems:
        print(f"not made: {problem.line()}", file=sys.stderr)
    for note in run.notes:
        print(f"note: {note.line()}", file=sys.stderr)
    print(f"{len(run.written)} posters written, {run.already} already there from an earlier run, "
          f"{len(run.problems)} people without a poster; in {args.output}"
          + (f" (list: {run.report.name})" if run.report else "")
          + (" — stopped; run again to go on" if run.cancelled else ""))
    return 1 if run.problems or run.cancelled else 0
