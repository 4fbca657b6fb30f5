"""The campaign overview: its details, the deal, the red packets and draws against their
budget, and the key dates the playbook derives from them."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from flashdesk import i18n
from flashdesk.campaigns.service import CampaignError, get_campaign
from flashdesk.gui.context import AppContext
from flashdesk.gui.follow import Follower
from flashdesk.gui.tasks.labels import phase_names
from flashdesk.playbook import default_playbook, key_dates


class _DateCard(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dateCard")
        self.title = QLabel(self)
        self.title.setObjectName("dateCardTitle")
        self.date = QLabel(self)
        self.date.setObjectName("dateCardDate")
        self.offset = QLabel(self)
        self.offset.setObjectName("dateCardOffset")
        layout = QVBoxLayout(self)
        for label in (self.title, self.date, self.offset):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)


class OverviewTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.heading = QLabel(self)
        self.heading.setObjectName("overviewHeading")
        self.heading.setWordWrap(True)
        self.subheading = QLabel(self)
        self.subheading.setObjectName("overviewSubheading")
        self.edit_button = QPushButton(self.tr("Edit details…"), self)
        self.edit_button.clicked.connect(self._edit)
        self.empty = QLabel(self.tr("No campaign selected. Create one with File → New campaign "
                                    "(Ctrl+N) or pick one on the left."), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.fields: dict[str, QLabel] = {}
        details = QFormLayout()
        details.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        for key, label in (("product", self.tr("Product")), ("industry", self.tr("Industry")),
                           ("prices", self.tr("List price → deal price")),
                           ("quota", self.tr("Quota")), ("launch", self.tr("Launch")),
                           ("lifetime", self.tr("Group lifetime")), ("notes", self.tr("Notes"))):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[key] = value
            details.addRow(label + ":", value)

        self.cards: dict[str, _DateCard] = {}
        cards = QGridLayout()
        for column, (key, label) in enumerate((
                ("warm_up_start", self.tr("Warm-up starts")), ("group_open", self.tr("Group opens")),
                ("launch", self.tr("Launch")), ("group_close", self.tr("Group closes")),
                ("review_day", self.tr("Review"))), start=0):
            card = _DateCard(self)
            card.title.setText(label)
            self.cards[key] = card
            cards.addWidget(card, 0, column)

        self.phases = QLabel(self)
        self.phases.setWordWrap(True)
        self.phases.setObjectName("phaseList")

        self.deal = QLabel(self)
        self.deal.setObjectName("dealLines")
        self.deal.setWordWrap(True)
        self.deal.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.incentive_list = QLabel(self)
        self.incentive_list.setObjectName("incentiveList")
        self.incentive_list.setWordWrap(True)
        self.budget = QLabel(self)
        self.budget.setObjectName("budgetLine")
        self.budget.setWordWrap(True)
        self.budget_warning = QLabel(self)
        self.budget_warning.setObjectName("budgetWarning")
        self.budget_warning.setWordWrap(True)
        self.budget_warning.setStyleSheet("color: #C62828; font-weight: 600;")
        self.incentives_button = QPushButton(self.tr("Edit red packets and draws…"), self)
        self.incentives_button.setObjectName("editIncentives")
        self.incentives_button.clicked.connect(self._edit_incentives)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.subheading)
        header.addLayout(titles, 1)
        header.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)

        self.page = QWidget(self)
        page = QVBoxLayout(self.page)
        page.addLayout(header)
        page.addSpacing(8)
        section = QLabel(self.tr("Key dates"), self)
        section.setObjectName("sectionTitle")
        page.addWidget(section)
        page.addLayout(cards)
        page.addSpacing(8)
        section = QLabel(self.tr("Details"), self)
        section.setObjectName("sectionTitle")
        page.addWidget(section)
        page.addLayout(details)
        section = QLabel(self.tr("The deal"), self)
        section.setObjectName("sectionTitle")
        page.addWidget(section)
        page.addWidget(self.deal)
        page.addSpacing(8)
        incentives_head = QHBoxLayout()
        section = QLabel(self.tr("Red packets and draws"), self)
        section.setObjectName("sectionTitle")
        incentives_head.addWidget(section, 1)
        incentives_head.addWidget(self.incentives_button)
        page.addLayout(incentives_head)
        page.addWidget(self.incentive_list)
        page.addWidget(self.budget)
        page.addWidget(self.budget_warning)
        page.addSpacing(8)
        section = QLabel(self.tr("The flow"), self)
        section.setObjectName("sectionTitle")
        page.addWidget(section)
        page.addWidget(self.phases)
        page.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(scroll)
        self.scroll = scroll

        context.campaignSelected.connect(lambda _id: self.refresh())
        Follower(self, context, {"campaign", "offer", "incentive", "key_node"},
                 lambda _change: self.refresh(), self.refresh)
        context.storeChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        campaign = None
        if self.context.campaign_id is not None:
            try:
                campaign = get_campaign(self.context.store, self.context.campaign_id)
            except CampaignError:
                campaign = None
        self.empty.setVisible(campaign is None)
        self.scroll.setVisible(campaign is not None)
        if campaign is None:
            return
        playbook = default_playbook()
        dates = key_dates(campaign, playbook)
        self.heading.setText(campaign.name)
        self.subheading.setText(self.tr("Archived") if campaign.archived else "")
        self.subheading.setVisible(campaign.archived)
        self.fields["product"].setText(campaign.product)
        self.fields["industry"].setText(campaign.industry or "—")
        self.fields["prices"].setText(self.tr("¥{list:g} → ¥{deal:g}").format(
            list=campaign.list_price, deal=campaign.deal_price) if campaign.deal_price > 0
            else self.tr("not set yet: posters leave the price out"))
        self.fields["quota"].setText(self.tr("first {quota} buyers").format(quota=campaign.quota))
        self.fields["launch"].setText(f"{campaign.launch_at:%Y-%m-%d %H:%M}")
        self.fields["lifetime"].setText(self.tr("{days} days").format(days=campaign.lifetime_days))
        self.fields["notes"].setText(campaign.notes or "—")
        for key, card in self.cards.items():
            value = getattr(dates, key)
            day = value.date() if key == "launch" else value
            offset = dates.day_offset(day)
            card.date.setText(QLocale().toString(QDate(day), "MM-dd ddd")
                              + (f" {value:%H:%M}" if key == "launch" else ""))
            card.offset.setText(f"D{offset:+d}" if offset else "D0")
        self._show_offer(campaign)
        english = phase_names()  # the board's phase labels: English in the English UI
        self.phases.setText("  →  ".join(
            f"{i18n.shown(phase.name, english.get(phase.key, ''))} "
            f"({phase.start.resolve(dates.launch_day, dates.group_close):%m-%d})"
            for phase in playbook.phases))

    def _show_offer(self, campaign) -> None:
        from flashdesk.campaigns.incentives import budget_plan, incentives, kind_name, node_names
        from flashdesk.campaigns.offer import deal_lines, money
        from flashdesk.campaigns.service import get_offer
        from flashdesk.groups.incentive_plan import node_counts

        # each read once: incentive_plan and by_node would read the offer, the incentives and
        # the counts again
        store, cid = self.context.store, campaign.id
        offer, planned, counts = get_offer(store, cid), incentives(store, cid), node_counts(store, cid)
        self.deal.setText("\n".join(f"• {line}" for line in deal_lines(campaign, offer)))
        names = node_names(default_playbook())
        by_node: dict[str, list] = {}
        for row in planned:
            by_node.setdefault(row.node_key, []).append(row)
        lines = []
        for key, rows in by_node.items():
            times = counts.get(key, 0)
            for row in rows:
                amount = (f"¥{money(row.max_amount)}" if row.min_amount == row.max_amount
                          else f"¥{money(row.min_amount)}–{money(row.max_amount)}")
                line = self.tr("{node}: {kind} × {count}, {amount} each, sent by {sender}").format(
                    node=names.get(key, key), kind=kind_name(row.kind), count=row.count,
                    amount=amount, sender=row.sender or "—")
                if times != 1:
                    line += " " + self.tr("(%n time(s) in this group)", "", times)
                lines.append(f"• {line}")
        self.incentive_list.setText("\n".join(lines) or self.tr("None planned."))
        plan = budget_plan(planned, counts, offer.budget)
        self.budget.setText(self.tr("Budget ¥{budget} · planned at most ¥{planned} · expected "
                                    "about ¥{expected}").format(
            budget=money(plan.budget), planned=money(plan.planned), expected=money(plan.expected)))
        self.budget_warning.setText(plan.warning())
        self.budget_warning.setVisible(plan.over)

    def _edit_incentives(self) -> None:
        from flashdesk.gui.incentives_dialog import edit_incentives

        edit_incentives(self, self.context)

    def _edit(self) -> None:
        from flashdesk.gui.campaign_actions import edit_campaign

        if self.context.campaign_id is not None:
            edit_campaign(self, self.context, self.context.campaign_id)
