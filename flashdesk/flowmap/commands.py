"""Command line: `flashdesk flowmap CAMPAIGN -o FILE.png|FILE.pdf` draws the campaign's flow
map (channels → entry → groups → key nodes → order → follow-up, with the review's funnel)."""

from __future__ import annotations

import argparse
from pathlib import Path

from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    parser = subparsers.add_parser("flowmap", help="draw the campaign's flow map, with the "
                                   "review's numbers on each step, as PNG or PDF")
    parser.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    parser.add_argument("-o", "--output", required=True, metavar="FILE.png|FILE.pdf", type=Path)
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None,
                        help="language of the map's labels (default: the one chosen in the app)")
    add_store_option(parser)
    parser.set_defaults(func=flowmap_command)


def flowmap_command(args: argparse.Namespace) -> int:
    from flashdesk import i18n
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.errors import UserError
    from flashdesk.flowmap.draw import save_pdf, save_png
    from flashdesk.flowmap.graph import build
    from flashdesk.posters.render import ensure_app

    suffix = args.output.suffix.lower()
    if suffix not in (".png", ".pdf"):
        raise UserError(i18n.translate("FlowMap", "The output must end in .png or .pdf, not "
                                       "“{name}”.").format(name=args.output.name))
    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    ensure_app()  # translators need an application object
    with i18n.speaking(args.lang or i18n.operator_language()):
        flow = build(store, campaign.id)
        (save_pdf if suffix == ".pdf" else save_png)(flow, args.output)
    print(args.output)
    return 0
