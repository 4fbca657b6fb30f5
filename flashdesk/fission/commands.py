"""Command line: `fission invites CAMPAIGN FILE [--dry-run]` (an SCRM invite export or a group
member export with an inviter column) and `fission board CAMPAIGN [-o board.png]` (the
leaderboard, tab-separated: rank, promoter, valid invites, not counted, reward, status)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from


def fission_actions(subparsers):
    """The `fission` command's own subparsers, made once: other fission modules (personal
    posters) add their actions to it."""
    parser = subparsers.choices.get("fission")
    if parser is None:
        parser = subparsers.add_parser("fission", help="fission campaigns: import invites, print "
                                       "the leaderboard, personal posters")
        parser.set_defaults(_fission_actions=parser.add_subparsers(
            dest="action", metavar="ACTION", required=True))
    return parser.get_default("_fission_actions")


def register(subparsers) -> None:
    actions = fission_actions(subparsers)
    invites = actions.add_parser(
        "invites", help="import invite records (an SCRM invite export, or a group member export "
                        "with its inviter column, .xlsx or .csv) into a campaign")
    invites.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    invites.add_argument("file", metavar="FILE", type=Path)
    invites.add_argument("--dry-run", action="store_true",
                         help="check the file and print what would change, change nothing")
    invites.add_argument("--rows", action="store_true",
                         help="also print every row: row, inviter, invitee, action, why it does "
                              "not count")
    add_store_option(invites)
    invites.set_defaults(func=invites_command)
    board = actions.add_parser("board", help="print the leaderboard: rank, promoter, valid invites, "
                               "not counted, reward, status; -o writes it as a PNG for the group")
    board.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    board.add_argument("-o", "--output", metavar="FILE.png", type=Path,
                       help="also write the leaderboard image")
    add_store_option(board)
    board.set_defaults(func=board_command)


def invites_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.fission.service import import_invites
    from flashdesk.i18n import translate

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    summary, _change = import_invites(store, campaign.id, args.file, dry_run=args.dry_run)
    if args.rows or args.dry_run:
        for row in summary.rows:
            print(f"{row.row}\t{row.inviter}\t{row.invitee}\t{row.action}\t{row.reason}")
    print(summary.text())
    if args.dry_run:
        print(translate("Fission", "Dry run: nothing was changed."))
    return 0


def board_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.fission.service import board

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    found = board(store, campaign.id)
    for entry in found.entries:
        reward = entry.tier.reward if entry.tier else ""
        print(f"{entry.rank}\t{entry.promoter}\t{entry.valid}\t{entry.not_counted}\t{reward}\t"
              f"{entry.status}")
    if args.output:
        from flashdesk.fission.board_image import save_board

        print(save_board(store, campaign.id, args.output))
    return 0
