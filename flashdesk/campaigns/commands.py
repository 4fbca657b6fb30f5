"""Command line: campaigns, new."""

from __future__ import annotations

import argparse

from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    listing = subparsers.add_parser("campaigns", help="list campaigns: id, name, launch")
    add_store_option(listing)
    listing.set_defaults(func=list_command)

    new = subparsers.add_parser("new", help="create a campaign planned by the playbook; print its id")
    new.add_argument("--name", required=True)
    new.add_argument("--product", required=True)
    new.add_argument("--launch", required=True, help="e.g. 2026-06-18T20:00")
    new.add_argument("--industry", default="")
    new.add_argument("--list-price", type=float, default=0.0)
    new.add_argument("--deal-price", type=float, default=0.0)
    new.add_argument("--quota", type=int, default=500)
    new.add_argument("--days", type=int, default=3, help="group lifetime, 1-7 days")
    new.add_argument("--model", metavar="MODEL", help="plan as a fission model: 传播型 (spread), "
                     "产品型 (product) or 服务型 (service); default: the plain playbook")
    add_store_option(new)
    new.set_defaults(func=new_command)


def list_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import list_campaigns

    store = open_store_from(args)
    for campaign in list_campaigns(store):
        flag = "  [archived]" if campaign.archived else ""
        print(f"{campaign.id}\t{campaign.name}\t{campaign.launch_at:%Y-%m-%d %H:%M}{flag}")
    return 0


def new_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.draft import CampaignDraft, parse_launch
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.playbook import default_playbook

    playbook = default_playbook().with_model(args.model)
    try:
        launch = parse_launch(args.launch)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    draft = CampaignDraft(name=args.name, product=args.product, industry=args.industry,
                          list_price=args.list_price, deal_price=args.deal_price,
                          quota=args.quota, launch_at=launch, lifetime_days=args.days)
    store = open_store_from(args, create=True)
    print(create_campaign(store, draft, playbook).result)
    return 0
