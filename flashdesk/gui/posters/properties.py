"""The properties of the selected element. Each finished change (a field left, a colour
picked, a box ticked) is reported once as `edited(element_id, updates, undo_text)`; the tab
turns it into one undo step. Keys: props of the element, plus "locked"; a typed text
replaces a linked one (the link to the campaign is dropped, as the label warns)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashdesk.posters.live_code import LINK_KEY, LIVE_CODE, is_linked
from flashdesk.posters.model import Element, text_of

WEIGHTS = (100, 200, 300, 400, 500, 600, 700, 800, 900)


class _TextEdit(QPlainTextEdit):
    """A multi-line text that reports once, when the operator leaves it."""

    finished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class ColorButton(QPushButton):
    picked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._color = "#000000"
        self.clicked.connect(self._pick)

    def set_color(self, value: str) -> None:
        self._color = value
        self.setText(value.upper())
        text = "#000000" if QColor(value).lightness() > 140 else "#FFFFFF"
        self.setStyleSheet(f"background: {value}; color: {text};")

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("Choose a colour"))
        if chosen.isValid() and chosen.name() != self._color.lower():
            self.set_color(chosen.name())
            self.picked.emit(chosen.name())


class PropertiesPanel(QWidget):
    edited = Signal(str, dict, str)
    imageRequested = Signal(str, str)  # element id, prop key ("asset" / "logo_asset")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.element: Element | None = None
        self._loading = False
        column = QVBoxLayout(self)
        form = self.form = QFormLayout()
        self.kind = QLabel(self)
        self.linked = QLabel(self)
        self.linked.setWordWrap(True)
        self.linked.setObjectName("hint")
        self.text = _TextEdit(self)
        self.text.setMaximumHeight(90)
        self.list_text = QLineEdit(self)
        self.deal_text = QLineEdit(self)
        self.size = QDoubleSpinBox(self)
        self.size.setRange(4, 2000)
        self.size.setDecimals(0)
        self.size.setSuffix(self.tr(" px"))
        self.weight = QComboBox(self)
        for weight in WEIGHTS:
            self.weight.addItem(str(weight), weight)
        self.color = ColorButton(self)
        self.list_color = ColorButton(self)
        self.fill = ColorButton(self)
        self.color2 = ColorButton(self)
        self.fill_mode = QComboBox(self)
        for key, label in (("solid", self.tr("Solid colour")), ("gradient", self.tr("Gradient")),
                           ("image", self.tr("Image"))):
            self.fill_mode.addItem(label, key)
        self.align = QComboBox(self)
        for key, label in (("left", self.tr("Left")), ("center", self.tr("Centre")),
                           ("right", self.tr("Right"))):
            self.align.addItem(label, key)
        self.payload = QLineEdit(self)
        self.payload.setPlaceholderText(self.tr("Live code link, e.g. https://…"))
        self.qr_linked = QLabel(self)
        self.qr_linked.setWordWrap(True)
        self.qr_linked.setObjectName("hint")
        self.relink = QPushButton(self.tr("Follow the live code"), self)
        self.relink.setToolTip(self.tr("Carry the campaign's live code (群活码) from the Group SOP "
                                       "again instead of the typed link."))
        self.relink.clicked.connect(
            lambda: self._emit({LINK_KEY: LIVE_CODE}, self.tr("Link QR to the live code")))
        self.fg = ColorButton(self)
        self.bg = ColorButton(self)
        self.quiet = QSpinBox(self)
        self.quiet.setRange(0, 10)
        self.quiet.setSuffix(self.tr(" modules"))
        self.image_button = QPushButton(self.tr("Choose image…"), self)
        self.logo_button = QPushButton(self.tr("Logo in the QR…"), self)
        self.remove_logo = QPushButton(self.tr("Remove the logo"), self)
        self.remove_logo.clicked.connect(
            lambda: self._emit({"logo_asset": None}, self.tr("Remove QR logo")))
        self.locked = QCheckBox(self.tr("Locked (cannot be moved or resized)"), self)
        self.kind_names = {
            "background": self.tr("Background"), "headline": self.tr("Headline"),
            "subheadline": self.tr("Subheadline"), "benefits": self.tr("Benefit lines"),
            "badge": self.tr("Quota / countdown badge"), "caption": self.tr("QR caption"),
            "text": self.tr("Free text"), "price": self.tr("Price block"), "qr": self.tr("QR code"),
            "image": self.tr("Image")}
        self.rows = {}
        for key, label, widget in (
                ("kind", self.tr("Element"), self.kind), ("text", self.tr("Text"), self.text),
                ("linked", "", self.linked),
                ("list_text", self.tr("List price"), self.list_text),
                ("deal_text", self.tr("Deal price"), self.deal_text),
                ("size", self.tr("Size"), self.size), ("weight", self.tr("Weight"), self.weight),
                ("color", self.tr("Colour"), self.color),
                ("list_color", self.tr("List price colour"), self.list_color),
                ("fill", self.tr("Badge colour"), self.fill),
                ("align", self.tr("Alignment"), self.align),
                ("fill_mode", self.tr("Fill"), self.fill_mode),
                ("color2", self.tr("Gradient end"), self.color2),
                ("payload", self.tr("QR payload"), self.payload),
                ("qr_linked", "", self.qr_linked), ("relink", "", self.relink),
                ("fg", self.tr("Modules"), self.fg), ("bg", self.tr("Ground"), self.bg),
                ("quiet", self.tr("Quiet zone"), self.quiet),
                ("image", "", self.image_button), ("logo", "", self.logo_button),
                ("remove_logo", "", self.remove_logo)):
            form.addRow(label, widget)
            self.rows[key] = widget
        form.addRow(self.locked)  # across both columns: its text was cut at the edge at 1024x700
        self.rows["locked"] = self.locked
        self.nothing = QLabel(self.tr("Click an element on the poster to change its text, size, "
                                      "colour or QR code here. Add puts a new text, badge or "
                                      "image on it."), self)
        self.nothing.setObjectName("emptyHint")
        self.nothing.setWordWrap(True)
        column.addWidget(self.nothing)
        column.addLayout(form)
        column.addStretch(1)
        self.text.finished.connect(self._text_done)
        self.list_text.editingFinished.connect(
            lambda: self._emit({"list_text": self.list_text.text()}, self.tr("Edit list price"),
                               "list_"))
        self.deal_text.editingFinished.connect(
            lambda: self._emit({"deal_text": self.deal_text.text()}, self.tr("Edit deal price"),
                               "deal_"))
        self.size.editingFinished.connect(
            lambda: self._emit({"size": self.size.value()}, self.tr("Change text size")))
        self.weight.activated.connect(
            lambda: self._emit({"weight": self.weight.currentData()}, self.tr("Change font weight")))
        self.color.picked.connect(lambda v: self._emit({"color": v}, self.tr("Change colour")))
        self.list_color.picked.connect(lambda v: self._emit({"list_color": v}, self.tr("Change colour")))
        self.fill.picked.connect(lambda v: self._emit({"fill": v}, self.tr("Change colour")))
        self.color2.picked.connect(lambda v: self._emit({"color2": v}, self.tr("Change colour")))
        self.align.activated.connect(
            lambda: self._emit({"align": self.align.currentData()}, self.tr("Change alignment")))
        self.fill_mode.activated.connect(self._fill_mode_done)
        self.payload.editingFinished.connect(self._payload_done)
        self.fg.picked.connect(lambda v: self._emit({"fg": v}, self.tr("Change QR colour")))
        self.bg.picked.connect(lambda v: self._emit({"bg": v}, self.tr("Change QR colour")))
        self.quiet.editingFinished.connect(
            lambda: self._emit({"quiet": self.quiet.value()}, self.tr("Change quiet zone")))
        self.image_button.clicked.connect(lambda: self._request_image("asset"))
        self.logo_button.clicked.connect(lambda: self._request_image("logo_asset"))
        self.locked.toggled.connect(lambda on: self._emit(
            {"locked": on}, self.tr("Lock element") if on else self.tr("Unlock element")))
        self.show_element(None, {})

    def _request_image(self, key: str) -> None:
        if self.element is not None:
            self.imageRequested.emit(self.element.id, key)

    def _emit(self, updates: dict, text: str, part: str = "") -> None:
        if self._loading or self.element is None:
            return
        current = {k: (self.element.locked if k == "locked" else self.element.props.get(k))
                   for k in updates}
        if part and self.element.props.get(f"{part}bind"):
            current = {}  # a linked text typed over: always an edit (it unlinks)
        if current != updates:
            self.edited.emit(self.element.id, updates, text)

    def _text_done(self) -> None:
        if self.element is None or self._loading:
            return
        value = self.text.toPlainText()
        if value != text_of(self.element, self._values):
            self.edited.emit(self.element.id, {"text": value}, self.tr("Edit text"))

    def _payload_done(self) -> None:
        """A typed payload unlinks the QR from the live code (the operator meant that link)."""
        if self.element is None or self._loading:
            return
        value = self.payload.text().strip()
        if value != str(self.element.props.get("payload", "")):
            self.edited.emit(self.element.id, {"payload": value, LINK_KEY: None},
                             self.tr("Edit QR payload"))

    def _fill_mode_done(self) -> None:
        self._emit({"fill": self.fill_mode.currentData()}, self.tr("Change background fill"))

    def show_element(self, element: Element | None, values: dict) -> None:
        """Show the element's properties (values fill its linked texts)."""
        self._loading = True
        self.element, self._values = element, values
        visible: set[str] = set()
        if element is not None:
            props = element.props
            visible = {"kind", "locked"}
            self.kind.setText(self.kind_names.get(element.kind, element.kind))
            self.locked.setChecked(element.locked)
            if element.is_text or element.kind == "price":
                visible |= {"size", "weight", "color", "align"}
                self.size.setValue(float(props.get("size", 40)))
                weight = int(props.get("weight", 400))
                self.weight.setCurrentIndex(max(0, self.weight.findData(round(weight / 100) * 100)))
                self.color.set_color(props.get("color", "#000000"))
                self.align.setCurrentIndex(max(0, self.align.findData(props.get("align", "center"))))
            if element.is_text:
                visible.add("text")
                self.text.setPlainText(text_of(element, values))
                if props.get("bind"):
                    visible.add("linked")
                    self.linked.setText(self.tr("Filled from the campaign ({bind}); typing here "
                                                "unlinks it.").format(bind=props["bind"]))
            if element.kind == "badge":
                visible.add("fill")
                self.fill.set_color(props.get("fill", "#FFD54F"))
            if element.kind == "price":
                visible |= {"list_text", "deal_text", "list_color"}
                self.list_text.setText(text_of(element, values, "list_"))
                self.deal_text.setText(text_of(element, values, "deal_"))
                self.list_color.set_color(props.get("list_color", "#888888"))
            if element.kind == "background":
                visible |= {"fill_mode", "color", "color2", "image"}
                self.fill_mode.setCurrentIndex(max(0, self.fill_mode.findData(props.get("fill", "solid"))))
                self.color.set_color(props.get("color", "#FFFFFF"))
                self.color2.set_color(props.get("color2", props.get("color", "#FFFFFF")))
            if element.kind == "qr":
                visible |= {"payload", "fg", "bg", "quiet", "logo"}
                self.payload.setText(str(props.get("payload", "")))
                if is_linked(element):
                    visible.add("qr_linked")
                    self.qr_linked.setText(self.tr("Follows the campaign's live code (Group SOP); "
                                                   "typing a link here unlinks it."))
                else:
                    visible.add("relink")
                self.fg.set_color(props.get("fg", "#000000"))
                self.bg.set_color(props.get("bg", "#FFFFFF"))
                self.quiet.setValue(int(props.get("quiet", 4)))
                if props.get("logo_asset"):
                    visible.add("remove_logo")
            if element.kind == "image":
                visible.add("image")
        form = self.form
        for key, widget in self.rows.items():
            form.setRowVisible(widget, key in visible)
        self.nothing.setVisible(element is None)
        self._loading = False
