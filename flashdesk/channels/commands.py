"""Command line: `flashdesk channels CAMPAIGN` prints the warm-up calendar by channel and
the live checks; with --check it exits 1 while any problem is open (for a team's script)."""

from __future__ import annotations

import argparse

from flashdesk.store.arguments import add_store_option, open_store_from


def register(subparsers) -> None:
    parser = subparsers.add_parser("channels", help="print a campaign's channels, warm-up posts "
                                   "and the problems the checks find")
    parser.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when a problem is found")
    add_store_option(parser)
    parser.set_defaults(func=channels_command)


def channels_command(args: argparse.Namespace) -> int:
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.channels.checks import day_label
    from flashdesk.channels.rules import channel_rules
    from flashdesk.channels.service import list_channels, list_posts, plan_problems
    from flashdesk.playbook import key_dates

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    dates = key_dates(campaign)
    stages = channel_rules().stage_names()
    posts = list_posts(store, campaign.id)
    for channel in list_channels(store, campaign.id):
        print(f"{channel.name}\t{channel.owner or '-'}")
        for post in (p for p in posts if p.channel_id == channel.id):
            clock = f"{post.time_of_day:%H:%M}" if post.time_of_day else "--:--"
            print(f"  {day_label(post.day, dates)} {clock}\t{stages.get(post.stage, post.stage)}"
                  f"\t{post.status}\t{post.title}")
    problems = plan_problems(store, campaign.id)
    for problem in problems:
        print(f"! {problem.message}")
    return 1 if args.check and problems else 0
