"""New / edit campaign dialog: the details on one page, the offer (gift, coupon, pre-sale,
new-member gift, limit per person, incentive budget) on another. It opens clean: a problem is
shown once the operator has edited that field, and every remaining one when they press OK
(which then keeps the dialog open on the first field to fix, on its page). The draft is
checked by the campaigns' own rules."""

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flashdesk.campaigns.draft import CampaignDraft, validate
from flashdesk.campaigns.offer import MAX_HOURS, MAX_LIMIT, OfferDraft, coupon_text
from flashdesk.i18n import translate

INDUSTRIES = ("美妆护肤", "食品饮料", "母婴用品", "服饰鞋包", "家居日用", "数码家电", "教育培训",
              "本地生活", "医疗健康", "宠物用品")
MAX_PRICE = 10_000_000.0


def field_labels() -> dict[str, str]:
    """The campaign's and its offer's fields as the dialog names them (the activity log too)."""
    return {
        "name": translate("CampaignDialog", "Name"),
        "product": translate("CampaignDialog", "Product"),
        "industry": translate("CampaignDialog", "Industry"),
        "list_price": translate("CampaignDialog", "List price"),
        "deal_price": translate("CampaignDialog", "Deal price"),
        "quota": translate("CampaignDialog", "Quota"),
        "launch_at": translate("CampaignDialog", "Launch"),
        "lifetime_days": translate("CampaignDialog", "Group lifetime"),
        "notes": translate("CampaignDialog", "Notes"),
        "gift": translate("CampaignDialog", "Gift"),
        "gift_value": translate("CampaignDialog", "Gift value"),
        "coupon_threshold": translate("CampaignDialog", "Coupon threshold"),
        "coupon_off": translate("CampaignDialog", "Coupon amount off"),
        "deposit": translate("CampaignDialog", "Deposit"),
        "balance_after_hours": translate("CampaignDialog", "Balance opens"),
        "balance_hours": translate("CampaignDialog", "Balance window"),
        "new_member_gift": translate("CampaignDialog", "New-member gift"),
        "limit_per_person": translate("CampaignDialog", "Limit per person"),
        "budget": translate("CampaignDialog", "Red packet budget")}


class CampaignDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, draft: CampaignDraft, *,
                 choose_model: bool = False):
        super().__init__(parent)
        self.setObjectName("CampaignDialog")
        self.setWindowTitle(title)
        self.resize(600, 600)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("One campaign is one launch through a flash group. The playbook "
                               "plans the warm-up, the group and launch day from these details."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.pages = QTabWidget(self)  # before the fields: Tab goes from the page tabs into the page
        self.pages.setObjectName("pages")

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
        details = QWidget(self.pages)
        details.setLayout(form)
        self.pages.addTab(details, self.tr("Details"))
        self.pages.addTab(self._offer_page(), self.tr("Offer"))
        for key, field in self.fields().items():
            field.setObjectName(key)  # tests and the style sheet find fields by their draft key
        layout.addWidget(self.pages, 1)

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
        self.name.setFocus()  # the page tabs come first in the Tab order, the name is typed first
        self.touched: set[str] = set()
        for key, signal in (("name", self.name.textChanged), ("product", self.product.textChanged),
                            ("industry", self.industry.currentTextChanged),
                            ("list_price", self.list_price.valueChanged),
                            ("deal_price", self.deal_price.valueChanged),
                            ("quota", self.quota.valueChanged),
                            ("launch_at", self.launch_at.dateTimeChanged),
                            ("lifetime_days", self.lifetime_days.valueChanged),
                            ("notes", self.notes.textChanged),
                            ("gift", self.gift.textChanged), ("gift_value", self.gift_value.valueChanged),
                            ("coupon_threshold", self.coupon_threshold.valueChanged),
                            ("coupon_off", self.coupon_off.valueChanged),
                            ("deposit", self.deposit.valueChanged),
                            ("balance_after_hours", self.balance_after_hours.valueChanged),
                            ("balance_hours", self.balance_hours.valueChanged),
                            ("new_member_gift", self.new_member_gift.textChanged),
                            ("limit_per_person", self.limit_per_person.valueChanged),
                            ("budget", self.budget.valueChanged)):
            signal.connect(lambda *_, key=key: self._edited(key))
        for signal in (self.coupon_threshold.valueChanged, self.coupon_off.valueChanged,
                       self.deposit.valueChanged, self.launch_at.dateTimeChanged):
            signal.connect(self._show_offer_hints)
        self._show_offer_hints()

    DETAILS = ("name", "product", "industry", "list_price", "deal_price", "quota", "launch_at",
               "lifetime_days", "notes")
    OFFER = ("gift", "gift_value", "coupon_threshold", "coupon_off", "deposit",
             "balance_after_hours", "balance_hours", "new_member_gift", "limit_per_person", "budget")

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
        return {key: getattr(self, key) for key in (*self.DETAILS, *self.OFFER)}

    def _offer_page(self) -> QWidget:
        page = QWidget(self)
        intro = QLabel(self.tr("What buyers get besides the deal price. Copies and posters show "
                               "it through {gift}, {coupon}, {deposit} … and leave out what is "
                               "empty."), page)
        intro.setWordWrap(True)
        self.gift = QLineEdit(page)
        self.gift.setPlaceholderText(self.tr("e.g. 380ml 正装; empty for no gift"))
        self.gift_value = self._price()
        self.coupon_threshold, self.coupon_off = self._price(), self._price()
        self.coupon_threshold.setSpecialValueText(self.tr("none (立减)"))
        self.coupon_hint = QLabel(page)
        self.coupon_hint.setObjectName("couponHint")
        self.deposit = self._price()
        self.deposit.setSpecialValueText(self.tr("no pre-sale"))
        self.balance_after_hours, self.balance_hours = QSpinBox(page), QSpinBox(page)
        self.balance_after_hours.setRange(0, MAX_HOURS)
        self.balance_hours.setRange(1, MAX_HOURS)
        for box in (self.balance_after_hours, self.balance_hours):
            box.setSuffix(self.tr(" h"))
        self.balance_hint = QLabel(page)
        self.balance_hint.setObjectName("balanceHint")
        self.balance_hint.setWordWrap(True)
        self.new_member_gift = QLineEdit(page)
        self.new_member_gift.setPlaceholderText(self.tr("e.g. 旅行装小样 3 件"))
        self.limit_per_person = QSpinBox(page)
        self.limit_per_person.setRange(0, MAX_LIMIT)
        self.limit_per_person.setSpecialValueText(self.tr("no limit"))
        self.budget = self._price()
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, field in ((self.tr("&Gift"), self.gift), (self.tr("Gift &value (yuan)"), self.gift_value),
                             (self.tr("Coupon: &spend at least (yuan)"), self.coupon_threshold),
                             (self.tr("Coupon: amount o&ff (yuan)"), self.coupon_off),
                             ("", self.coupon_hint),
                             (self.tr("D&eposit (yuan)"), self.deposit),
                             (self.tr("Balance opens after launch"), self.balance_after_hours),
                             (self.tr("Balance window lasts"), self.balance_hours),
                             ("", self.balance_hint),
                             (self.tr("Ne&w-member gift"), self.new_member_gift),
                             (self.tr("Li&mit per person"), self.limit_per_person),
                             (self.tr("Red packet &budget (yuan)"), self.budget)):
            form.addRow(label, field)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _show_offer_hints(self) -> None:
        coupon = coupon_text(self.coupon_threshold.value(), self.coupon_off.value())
        self.coupon_hint.setText(self.tr("Shown as: {coupon}").format(coupon=coupon) if coupon
                                 else self.tr("No coupon (amount off is 0)."))
        pre_sale = self.deposit.value() > 0
        self.balance_after_hours.setEnabled(pre_sale)
        self.balance_hours.setEnabled(pre_sale)
        if pre_sale:
            start = self.launch_at.dateTime().addSecs(self.balance_after_hours.value() * 3600)
            end = start.addSecs(self.balance_hours.value() * 3600)
            self.balance_hint.setText(self.tr("Balance paid {start} – {end}").format(
                start=start.toString("MM-dd HH:mm"), end=end.toString("MM-dd HH:mm")))
        else:
            self.balance_hint.setText(self.tr("No pre-sale: set a deposit to plan the balance window."))

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
        offer = draft.offer or OfferDraft()
        self.gift.setText(offer.gift)
        self.gift_value.setValue(offer.gift_value)
        self.coupon_threshold.setValue(offer.coupon_threshold)
        self.coupon_off.setValue(offer.coupon_off)
        self.deposit.setValue(offer.deposit)
        self.balance_after_hours.setValue(offer.balance_after_hours)
        self.balance_hours.setValue(offer.balance_hours)
        self.new_member_gift.setText(offer.new_member_gift)
        self.limit_per_person.setValue(offer.limit_per_person or 0)
        self.budget.setValue(offer.budget)

    def draft(self) -> CampaignDraft:
        launch: datetime = self.launch_at.dateTime().toPython()
        return CampaignDraft(
            name=self.name.text().strip(), product=self.product.text().strip(),
            industry=self.industry.currentText().strip(),
            list_price=round(self.list_price.value(), 2), deal_price=round(self.deal_price.value(), 2),
            quota=self.quota.value(), launch_at=launch.replace(second=0, microsecond=0),
            lifetime_days=self.lifetime_days.value(), notes=self.notes.toPlainText(),
            offer=OfferDraft(
                gift=self.gift.text().strip(), gift_value=round(self.gift_value.value(), 2),
                coupon_threshold=round(self.coupon_threshold.value(), 2),
                coupon_off=round(self.coupon_off.value(), 2), deposit=round(self.deposit.value(), 2),
                balance_after_hours=self.balance_after_hours.value(),
                balance_hours=self.balance_hours.value(),
                new_member_gift=self.new_member_gift.text().strip(),
                limit_per_person=self.limit_per_person.value() or None,
                budget=round(self.budget.value(), 2)))

    def _edited(self, key: str) -> None:
        self.touched.add(key)
        self.revalidate()

    def revalidate(self) -> dict[str, str]:
        """Show the problems of the edited fields; OK stays enabled unless one of those has
        a problem (pressing it checks the rest)."""
        errors = {key: message for key, message in validate(self.draft()).items()
                  if key in self.touched}
        labels = field_labels()
        self.problems.setText("\n".join(f"• {labels[key]}: {message}" for key, message in errors.items()))
        self.problems.setVisible(bool(errors))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not errors)
        return errors

    def accept(self) -> None:
        self.touched |= set(self.fields())
        errors = self.revalidate()
        if errors:
            key = next(iter(errors))
            self.pages.setCurrentIndex(1 if key in self.OFFER else 0)
            self.fields()[key].setFocus()
            return
        super().accept()

    def ask(self) -> CampaignDraft | None:
        """Show the dialog; the draft when the operator pressed OK on a valid one."""
        return self.draft() if self.exec() == QDialog.DialogCode.Accepted else None
