"""Command line: `flashdesk channels CAMPAIGN` prints the warm-up calendar by channel and
the live checks; with --check it exits 1 while any problem is open (for a team's script)."""

from __future__ import annotations

import argparse

from flashdesk.store.arguments import add_store_option, open_store_from, store_location


def register(subparsers) -> None:
    parser = subparsers.add_parser("channels", help="print a campaign's channels, warm-up posts "
                                   "and the problems the checks find")
    parser.add_argument("campaign", metavar="CAMPAIGN", help="id or exact name")
    parser.add_argument("--check", action="store_true", help="exit with status 1 when a problem is found")
    add_store_option(parser)
    parser.set_defaults(func=channels_command)


def channels_command(args: argparse.Namespace) -> int:
    from flashdesk.channels.checks import day_label
    from flashdesk.channels.rules import channel_rules
    from flashdesk.playbook import key_dates
    from flashdesk.store.reader import read_plain

    plan = read_plain(store_location(args), lambda reader: _plain_plan(reader, args.campaign))
    if plan is None:  # the full path: another store, or posts linking copies or posters
        plan = _plan(args)
    campaign, channels, posts, problems = plan
    dates = key_dates(campaign)
    stages = channel_rules().stage_names()
    for channel in channels:
        print(f"{channel.name}\t{channel.owner or '-'}")
        for post in (p for p in posts if p.channel_id == channel.id):
            clock = f"{post.time_of_day:%H:%M}" if post.time_of_day else "--:--"
            print(f"  {day_label(post.day, dates)} {clock}\t{stages.get(post.stage, post.stage)}"
                  f"\t{post.status}\t{post.title}")
    for problem in problems:
        print(f"! {problem.message}")
    return 1 if args.check and problems else 0


def _plan(args: argparse.Namespace):
    from flashdesk.campaigns.service import find_campaign
    from flashdesk.channels.service import list_channels, list_posts, plan_problems

    store = open_store_from(args)
    campaign = find_campaign(store, args.campaign)
    return (campaign, list_channels(store, campaign.id), list_posts(store, campaign.id),
            plan_problems(store, campaign.id))


def _plain_plan(reader, ref: str):
    """What _plan reads, through the plain reader, with the same SQL order as the service's
    list_channels, list_posts and plan_problems; None (the full path) when a post links a copy
    or a poster, whose checks need the copy editor's and the poster checker's reads."""
    from datetime import date

    from flashdesk.campaigns.commands import campaign_in
    from flashdesk.channels.checks import check_plan
    from flashdesk.channels.rules import channel_rules
    from flashdesk.playbook import key_dates

    campaign = campaign_in(reader, ref)
    channels = reader.select("channel", "WHERE channel.campaign_id = ? ORDER BY channel.position, channel.id",
                             (campaign.id,))
    checked = reader.select("post", "WHERE post.campaign_id = ?", (campaign.id,))  # as plan_problems reads
    if any(post.copy_id is not None or post.poster_id is not None for post in checked):
        return None
    posts = reader.select("post", "WHERE post.campaign_id = ? ORDER BY post.day, post.time_of_day, "
                          "post.position, post.id", (campaign.id,))
    problems = check_plan(channels, checked, key_dates(campaign), channel_rules(), date.today())
    return campaign, channels, posts, problems
