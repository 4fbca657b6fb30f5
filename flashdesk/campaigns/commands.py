"""Command line: campaigns, new."""

from __future__ import annotations

import argparse

from flashdesk.errors import UserError
from flashdesk.store.arguments import add_store_option, open_store_from, store_location


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
    offer = new.add_argument_group("offer", "the deal beyond the two prices")
    offer.add_argument("--gift", default="", help="what buyers get on top, e.g. '380ml 正装'")
    offer.add_argument("--gift-value", type=float, default=0.0, help="the gift's worth in yuan")
    offer.add_argument("--coupon", default="", help="满300减50 (spend 300, 50 off) or 立减20")
    offer.add_argument("--deposit", type=float, default=0.0, help="pre-sale deposit in yuan")
    offer.add_argument("--balance-after", type=int, default=0, metavar="HOURS",
                       help="the balance window opens this many hours after launch (default 0)")
    offer.add_argument("--balance-hours", type=int, default=24, metavar="HOURS",
                       help="how long the balance window stays open (default 24)")
    offer.add_argument("--new-member-gift", default="", help="what a new member gets for joining")
    offer.add_argument("--limit", type=int, default=None, help="pieces one buyer may take")
    offer.add_argument("--budget", type=float, default=None,
                       help="red packets and draws budget in yuan (default: the playbook's)")
    add_store_option(new)
    new.set_defaults(func=new_command)


def list_command(args: argparse.Namespace) -> int:
    from flashdesk.store.reader import read_plain

    campaigns = read_plain(store_location(args), lambda reader: reader.select("campaign", LISTED))
    if campaigns is None:  # not a current SQLite store: the full path opens it, or says why not
        from flashdesk.campaigns.service import list_campaigns

        campaigns = list_campaigns(open_store_from(args))
    for campaign in campaigns:
        flag = "  [archived]" if campaign.archived else ""
        print(f"{campaign.id}\t{campaign.name}\t{campaign.launch_at:%Y-%m-%d %H:%M}{flag}")
    return 0


# What campaigns.service.list_campaigns asks through the ORM, for the plain reader (the test
# tests/test_cli_plain.py holds the two paths to the same output)
LISTED = "WHERE campaign.deleted IS 0 ORDER BY campaign.archived, campaign.launch_at DESC"


def campaign_in(reader, ref: str):
    """campaigns.service.find_campaign over the plain reader: the live campaign with the id
    or exact name `ref`, else the same error."""
    from flashdesk.campaigns.refs import pick_named

    if ref.isdigit():
        found = reader.select("campaign", "WHERE campaign.id = ?", (int(ref),))
        if found and not found[0].deleted:
            return found[0]
    return pick_named(ref, reader.select(
        "campaign", "WHERE campaign.name = ? AND campaign.deleted IS 0", (ref,)))


def new_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.draft import CampaignDraft, parse_launch
    from flashdesk.campaigns.offer import OfferDraft, parse_coupon
    from flashdesk.campaigns.service import create_campaign
    from flashdesk.playbook import default_playbook

    playbook = default_playbook().with_model(args.model)
    try:
        launch = parse_launch(args.launch)
        threshold, off = parse_coupon(args.coupon) if args.coupon.strip() else (0.0, 0.0)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    budget = args.budget if args.budget is not None else \
        float(default_playbook().section("offers")["budget"])
    offer = OfferDraft(gift=args.gift, gift_value=args.gift_value, coupon_threshold=threshold,
                       coupon_off=off, deposit=args.deposit, balance_after_hours=args.balance_after,
                       balance_hours=args.balance_hours, new_member_gift=args.new_member_gift,
                       limit_per_person=args.limit, budget=budget)
    draft = CampaignDraft(name=args.name, product=args.product, industry=args.industry,
                          list_price=args.list_price, deal_price=args.deal_price,
                          quota=args.quota, launch_at=launch, lifetime_days=args.days, offer=offer)
    store = open_store_from(args, create=True)
    print(create_campaign(store, draft, playbook).result)
    return 0
