"""The campaign overview: its details and the key dates the playbook derives from them."""

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
        Follower(self, context, {"campaign"}, lambda _change: self.refresh(), self.refresh)
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
            list=campaign.list_price, deal=campaign.deal_price))
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
        english = phase_names()  # the board's phase labels: English in the English UI
        self.phases.setText("  →  ".join(
            f"{i18n.shown(phase.name, english.get(phase.key, ''))} "
            f"({phase.start.resolve(dates.launch_day, dates.group_close):%m-%d})"
            for phase in playbook.phases))

    def _edit(self) -> None:
        from flashdesk.gui.campaign_actions import edit_campaign

        if self.context.campaign_id is not None:
            edit_campaign(self, self.context, self.context.campaign_id)
