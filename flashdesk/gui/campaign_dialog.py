"""New / edit campaign dialog. It opens clean: a problem is shown once the operator has
edited that field, and every remaining one when they press OK (which then keeps the dialog
open on the first field to fix). The draft is checked by the campaigns' own rules."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashdesk.campaigns.draft import CampaignDraft, validate

INDUSTRIES = ("美妆护肤", "食品饮料", "母婴用品", "服饰鞋包", "家居日用", "数码家电", "教育培训",
              "本地生活", "医疗健康", "宠物用品")
MAX_PRICE = 10_000_000.0


class CampaignDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, draft: CampaignDraft, *,
                 choose_model: bool = False):
        super().__init__(parent)
        self.setObjectName("CampaignDialog")
        self.setWindowTitle(title)
        self.resize(560, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One campaign is one launch through a flash group. The playbook "
                               "plans the warm-up, the group and launch day from these details."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. 618 toner flash group"))
        self.product = QLineEdit(self)
        self.industry = QComboBox(self)
        self.industry.setEditable(True)
        self.industry.addItems(INDUSTRIES)
        self.list_price, self.deal_price = self._price(), self._price()
        self.quota = QSpinBox(self)
        self.quota.setMaximum(1_000_000)
        self.launch_at = QDateTimeEdit(self)
        self.launch_at.setCalendarPopup(True)
        self.launch_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.lifetime_days = QSpinBox(self)
        self.lifetime_days.setRange(1, 7)
        self.notes = QPlainTextEdit(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in ((self.tr("&Name"), self.name), (self.tr("&Product"), self.product),
                             (self.tr("&Industry"), self.industry),
                             (self.tr("&List price (yuan)"), self.list_price),
                             (self.tr("&Deal price (yuan)"), self.deal_price),
                             (self.tr("&Quota (buyers)"), self.quota), (self.tr("&Launch"), self.launch_at),
                             (self.tr("Group &lifetime (days)"), self.lifetime_days),
                             (self.tr("N&otes"), self.notes)):
            form.addRow(label, field)
        self.model = None
        if choose_model:  # a new campaign may be planned by a fission model (playbook data)
            self._model_row(form)
        for key, field in self.fields().items():
            field.setObjectName(key)  # tests and the style sheet find fields by their draft key
        layout.addLayout(form)

        self.problems = QLabel(self)
        self.problems.setObjectName("problems")
        self.problems.setWordWrap(True)
        self.problems.hide()
        layout.addWidget(self.problems)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        self.set_draft(draft)
        self.touched: set[str] = set()
        for key, signal in (("name", self.name.textChanged), ("product", self.product.textChanged),
                            ("industry", self.industry.currentTextChanged),
                            ("list_price", self.list_price.valueChanged),
                            ("deal_price", self.deal_price.valueChanged),
                            ("quota", self.quota.valueChanged),
                            ("launch_at", self.launch_at.dateTimeChanged),
                            ("lifetime_days", self.lifetime_days.valueChanged),
                            ("notes", self.notes.textChanged)):
            signal.connect(lambda *_, key=key: self._edited(key))

    def _model_row(self, form: QFormLayout) -> None:
        from flashdesk.playbook import default_playbook

        self.model = QComboBox(self)
        self.model.setObjectName("model")
        self.model.addItem(self.tr("None: the plain playbook"), None)
        for model in default_playbook().models:
            self.model.addItem(model.label(), model.key)
            self.model.setItemData(self.model.count() - 1, model.summary,
                                   Qt.ItemDataRole.ToolTipRole)
        self.model_summary = QLabel(self)
        self.model_summary.setObjectName("modelSummary")
        self.model_summary.setWordWrap(True)
        self.model.currentIndexChanged.connect(lambda _i: self.model_summary.setText(
            self.model.currentData(Qt.ItemDataRole.ToolTipRole) or self.tr(
                "No fission model: the campaign plans as the playbook has it.")))
        self.model.currentIndexChanged.emit(0)
        form.addRow(self.tr("Fission &model"), self.model)
        form.addRow("", self.model_summary)

    def model_key(self) -> str | None:
        """The fission model chosen (spread | product | service), None for none."""
        return self.model.currentData() if self.model is not None else None

    def fields(self) -> dict[str, QWidget]:
        return {key: getattr(self, key) for key in ("name", "product", "industry", "list_price",
                                                    "deal_price", "quota", "launch_at",
                                                    "lifetime_days", "notes")}

    def _price(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox(self)
        box.setMaximum(MAX_PRICE)
        box.setDecimals(2)
        return box

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

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.revalidate()

    def revalidate(self) -> dict[str, str]:
        """Show the problems of the edited fields; OK stays enabled unless one of those has
        a problem (pressing it checks the rest)."""
        errors = {key: message for key, message in validate(self.draft()).items()
                  if key in self.touched}
        labels = self.labels()
        self.problems.setText("\n".join(f"• {labels[key]}: {message}" for key, message in errors.items()))
        self.problems.setVisible(bool(errors))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        return errors

    def accept(self) -> None:
        self.touched |= set(self.fields())
        errors = self.revalidate()
        if errors:
            self.fields()[next(iter(errors))].setFocus()
            return
        super().accept()

    def ask(self) -> CampaignDraft | None:
        """Show the dialog; the draft when the operator pressed OK on a valid one."""
        return self.draft() if self.exec() == QDialog.DialogCode.Accepted else None
