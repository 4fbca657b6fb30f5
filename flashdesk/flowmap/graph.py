"""The campaign's flow (the playbook's first step of a launch plan: where people see it → how
they join → what happens in the group → what they pay → what brings them back) as a graph
read from the plan: channels → entry (live code and posters) → groups → key nodes → order →
follow-up. Once the review has numbers, the steps carry them: reached on the channels,
joined the groups, active at the key nodes, ordered — a funnel laid over the map."""

from __future__ import annotations

from dataclasses import dataclass, field

from flashdesk.i18n import translate
from flashdesk.store import Store

STEP_KEYS = ("channels", "entry", "groups", "nodes", "order", "follow_up")


@dataclass(frozen=True)
class Node:
    label: str
    detail: str = ""
    figure: int | None = None  # the review's number for this node (participants, members)


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    nodes: tuple[Node, ...]
    figure: int | None = None  # the funnel's number at this step
    figure_label: str = ""
    chain: bool = False  # the nodes follow one another (key nodes), not side by side
    empty_hint: str = ""  # what to do when the plan has nothing here yet


@dataclass
class FlowMap:
    campaign: str
    steps: list[Step] = field(default_factory=list)
    revenue: float = 0.0

    def step(self, key: str) -> Step:
        return next(s for s in self.steps if s.key == key)

    @property
    def has_numbers(self) -> bool:
        return any(s.figure for s in self.steps)

    def rates(self) -> dict[str, float]:
        """Step key -> its figure as a share of the previous step with a figure (the funnel's
        conversion from step to step)."""
        out, previous = {}, None
        for step in self.steps:
            if step.figure is None:
                continue
            if previous:
                out[step.key] = step.figure / previous
            previous = step.figure
        return out


def step_titles() -> dict[str, str]:
    return {"channels": translate("FlowMap", "Channels"),
            "entry": translate("FlowMap", "Entry"),
            "groups": translate("FlowMap", "Groups"),
            "nodes": translate("FlowMap", "Key nodes"),
            "order": translate("FlowMap", "Order"),
            "follow_up": translate("FlowMap", "Follow-up")}


def _posts(count: int) -> str:
    return translate("FlowMap", "%n post(s)", "", count)


def _orders(count: int) -> str:
    return translate("FlowMap", "%n order(s)", "", count)


def _people(count: int) -> str:
    return translate("FlowMap", "%n people", "", count)


def _money(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _host(url: str) -> str:
    from urllib.parse import urlparse

    return urlparse(url).netloc or url[:40]


def build(store: Store, campaign_id: int, *, review=None, follow=None) -> FlowMap:
    """The flow map of a campaign from its plan and, where recorded, the review's numbers.
    `review` (review_data) and `follow` (follow_ups), when the caller has read them already
    (the team workbook's review and follow-up sheets), are not read again."""
    from collections import Counter

    from flashdesk.campaigns.service import get_campaign
    from flashdesk.channels.service import list_channels, list_posts
    from flashdesk.customers.followups import follow_ups
    from flashdesk.groups.service import ChatGroup, KeyNode, live_code, rows
    from flashdesk.posters.service import list_posters
    from flashdesk.review.summary import review_data

    campaign = get_campaign(store, campaign_id)
    data = review if review is not None else review_data(store, campaign_id)
    titles = step_titles()
    reached = {c.channel: c.participants for c in data.channels}
    posts = Counter(post.channel_id for post in list_posts(store, campaign_id))
    channels = tuple(Node(c.name, _posts(posts[c.id]),
                          reached.get(c.name) or None)
                     for c in list_channels(store, campaign_id))
    code = live_code(store, campaign_id)
    entry = [Node(translate("FlowMap", "Live code"), _host(code) if code else
                  translate("FlowMap", "not set yet"))]
    entry += [Node(poster.name, translate("FlowMap", "poster with QR"))
              for poster in list_posters(store, campaign_id)]
    groups = tuple(Node(g.name, translate("FlowMap", "{members} / {capacity} members").format(
        members=g.members, capacity=g.capacity)) for g in rows(store, ChatGroup, campaign_id)
        if not g.deleted)
    nodes = tuple(Node(n.name, f"{n.at:%m-%d %H:%M}" + (f" · {n.owner}" if n.owner else ""))
                  for n in sorted(rows(store, KeyNode, campaign_id), key=lambda n: (n.at, n.position)))
    order = Node(translate("FlowMap", "Pay ¥{deal}").format(deal=_money(campaign.deal_price)),
                 translate("FlowMap", "list price ¥{price} · quota {quota}").format(
                     price=_money(campaign.list_price), quota=campaign.quota))
    if data.orders:
        order_nodes = (order, Node(translate("FlowMap", "Revenue ¥{revenue}").format(
            revenue=_money(data.revenue)), _orders(data.orders)))
    else:
        order_nodes = (order,)
    lists: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for item in follow if follow is not None else follow_ups(store, campaign_id):
        lists.setdefault(item.kind.kind, []).append(item.status)
        names[item.kind.kind] = item.kind.name
    follow = tuple(Node(names[kind], _people(len(marks))
                        + " · " + translate("FlowMap", "{done} done").format(
                            done=sum(m == "done" for m in marks)))
                   for kind, marks in lists.items())

    def figure(value: int) -> int | None:
        return value or None

    return FlowMap(campaign.name, [
        Step("channels", titles["channels"], channels, figure(data.reach),
             translate("FlowMap", "reached"),
             empty_hint=translate("FlowMap", "Add channels in the Channels tab.")),
        Step("entry", titles["entry"], tuple(entry)),
        Step("groups", titles["groups"], groups, figure(data.joined),
             translate("FlowMap", "joined"),
             empty_hint=translate("FlowMap", "Add groups in the Group SOP tab.")),
        Step("nodes", titles["nodes"], nodes, figure(data.peak_active),
             translate("FlowMap", "active"), chain=True,
             empty_hint=translate("FlowMap", "The runbook has no key nodes yet.")),
        Step("order", titles["order"], order_nodes, figure(data.orders),
             translate("FlowMap", "ordered")),
        Step("follow_up", titles["follow_up"], follow,
             empty_hint=translate("FlowMap", "Follow-up lists fill once customers are imported.")),
    ], data.revenue)
