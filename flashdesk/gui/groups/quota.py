"""The quota box: the sold count (one undo step per change), the remaining slots and the
reminder line as it reads right now. Shown on the groups page and in run mode."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from flashdesk.groups import service
from flashdesk.gui.groups.models import push_change


class QuotaBox(QWidget):
    def __init__(self, context, parent=None):
        super().__init__(parent)
        self.context = context
        self.campaign_id: int | None = None
        self.sold = QSpinBox(self)
        self.sold.setObjectName("soldCount")
        self.sold.setKeyboardTracking(False)
        self.sold.valueChanged.connect(self._sold_changed)
        self.remaining = QLabel(self)
        self.remaining.setObjectName("remaining")
        self.reminder = QLabel(self)
        self.reminder.setObjectName("reminderLine")
        self.reminder.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Sold:"), self))
        layout.addWidget(self.sold)
        layout.addWidget(self.remaining)
        layout.addWidget(self.reminder, 1)

    def show_campaign(self, campaign_id: int | None) -> None:
        self.campaign_id = campaign_id
        if campaign_id is None:
            return
        quota = service.quota(self.context.store, campaign_id)
        self.sold.blockSignals(True)
        self.sold.setRange(0, quota.quota)
        self.sold.setValue(quota.sold)
        self.sold.blockSignals(False)
        self.remaining.setText(self.tr("of {quota} · {remaining} left").format(
            quota=quota.quota, remaining=quota.remaining))
        self.reminder.setText(self.tr("Reminder line: {line}").format(line=quota.reminder))

    def _sold_changed(self, value: int) -> None:
        if self.campaign_id is None:
            return
        campaign_id = self.campaign_id
        if push_change(self.context, self, self.tr("Sold count {count}").format(count=value),
                       lambda: service.set_sold(self.context.store, campaign_id, value)) is None:
            self.show_campaign(campaign_id)
