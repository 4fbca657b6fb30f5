"""New / edit campaign dialog (ui/campaign_dialog.ui), validated as you type: each problem
is shown under the form and OK stays disabled until the draft can be saved."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QObject
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox,
                               QDoubleSpinBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget)

from flashdesk.campaigns.draft import CampaignDraft, validate
from flashdesk.gui.forms import load_form

INDUSTRIES = ("美妆护肤", "食品饮料", "母婴用品", "服饰鞋包", "家居日用", "数码家电", "教育培训",
              "本地生活", "医疗健康", "宠物用品")


class CampaignDialog(QObject):
    def __init__(self, parent: QWidget | None, title: str, draft: CampaignDraft):
        super().__init__(parent)
        self.dialog: QDialog = load_form("campaign_dialog", parent)
        self.dialog.setWindowTitle(title)
        find = self.dialog.findChild
        self.name: QLineEdit = find(QLineEdit, "name")
        self.product: QLineEdit = find(QLineEdit, "product")
        self.industry: QComboBox = find(QComboBox, "industry")
        self.list_price: QDoubleSpinBox = find(QDoubleSpinBox, "list_price")
        self.deal_price: QDoubleSpinBox = find(QDoubleSpinBox, "deal_price")
        self.quota: QSpinBox = find(QSpinBox, "quota")
        self.launch_at: QDateTimeEdit = find(QDateTimeEdit, "launch_at")
        self.lifetime_days: QSpinBox = find(QSpinBox, "lifetime_days")
        self.notes: QPlainTextEdit = find(QPlainTextEdit, "notes")
        self.problems: QLabel = find(QLabel, "problems")
        self.buttons: QDialogButtonBox = find(QDialogButtonBox, "buttons")
        self.industry.addItems(INDUSTRIES)
        self.buttons.accepted.connect(self.dialog.accept)
        self.buttons.rejected.connect(self.dialog.reject)
        self.problems.setObjectName("problems")
        self.set_draft(draft)
        for signal in (self.name.textChanged, self.product.textChanged,
                       self.industry.currentTextChanged, self.list_price.valueChanged,
                       self.deal_price.valueChanged, self.quota.valueChanged,
                       self.launch_at.dateTimeChanged, self.lifetime_days.valueChanged,
                       self.notes.textChanged):
            signal.connect(self.revalidate)
        self.revalidate()

    def set_draft(self, draft: CampaignDraft) -> None:
        self.name.setText(draft.name)
        self.product.setText(draft.product)
        self.industry.setCurrentText(draft.industry)
        self.list_price.setValue(draft.list_price)
        self.deal_price.setValue(draft.deal_price)
        self.quota.setValue(draft.quota)
        self.launch_at.setDateTime(QDateTime(draft.launch_at))
        self.lifetime_days.setValue(draft.lifetime_days)
        self.notes.setPlainText(draft.notes)

    def draft(self) -> CampaignDraft:
        launch: datetime = self.launch_at.dateTime().toPython()
        return CampaignDraft(
            name=self.name.text().strip(), product=self.product.text().strip(),
            industry=self.industry.currentText().strip(),
            list_price=round(self.list_price.value(), 2), deal_price=round(self.deal_price.value(), 2),
            quota=self.quota.value(), launch_at=launch.replace(second=0, microsecond=0),
            lifetime_days=self.lifetime_days.value(), notes=self.notes.toPlainText())

    def labels(self) -> dict[str, str]:
        return {"name": self.tr("Name"), "product": self.tr("Product"),
                "industry": self.tr("Industry"), "list_price": self.tr("List price"),
                "deal_price": self.tr("Deal price"), "quota": self.tr("Quota"),
                "launch_at": self.tr("Launch"), "lifetime_days": self.tr("Group lifetime"),
                "notes": self.tr("Notes")}

    def revalidate(self) -> dict[str, str]:
        errors = validate(self.draft())
        labels = self.labels()
        self.problems.setText("\n".join(f"• {labels[key]}: {message}"
                                        for key, message in errors.items()))
        self.problems.setVisible(bool(errors))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        return errors

    def exec(self) -> CampaignDraft | None:
        return self.draft() if self.dialog.exec() == QDialog.DialogCode.Accepted else None
