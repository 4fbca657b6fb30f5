"""The Posters tab: pick or create a poster of the campaign, edit it on the canvas and in the
properties panel (every edit one undo step), see the checker's findings live (a click selects
the element), export PNG/PDF off the UI thread, print through the print dialog."""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.follow import Follower
from flashdesk.gui.icons import icon
from flashdesk.gui.messages import show_error
from flashdesk.gui.palette import set_tone
from flashdesk.gui.posters.canvas import PosterCanvas
from flashdesk.gui.posters.properties import PropertiesPanel
from flashdesk.gui.workers import BackgroundTask
from flashdesk.posters import service
from flashdesk.posters.formats import palettes
from flashdesk.posters.model import Element, recolor

# the posters and their images; the campaign values linked texts show; the live code linked
# QRs carry and the group QRs the checker compares with
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum" size, which PySide6 does not export
TABLES = frozenset({"poster", "poster_asset", "campaign", "offer", "group_campaign", "chat_group"})
NEW_ELEMENTS = {  # kind -> (x, y, w, h as fractions of the page, props)
    "text": (0.2, 0.45, 0.6, 0.06, {"text": "新文字", "size": 0.045, "weight": 500,
                                    "color": "#222222", "align": "center"}),
    "badge": (0.3, 0.45, 0.4, 0.05, {"text": "限时福利", "size": 0.04, "weight": 700,
                                     "color": "#FFFFFF", "fill": "#E53935", "align": "center"}),
    "image": (0.3, 0.4, 0.4, 0.2, {}),
}


class _FindingsList(QListWidget):
    """The checker's findings, each as tall as its lines wrapped at the list's width. Qt's own
    measure was taken at another width than the drawing: zh_CN fixes that just fitted were drawn
    cut with …, and other findings left a blank line after them."""

    def fit_items(self) -> None:
        row = self.viewport().width() - 2 * self.spacing()
        icon = self.style().pixelMetric(QStyle.PixelMetric.PM_ListViewIconSize, None, self)
        text = QRect(0, 0, row - icon - 12, 100_000)  # 12: the style's margins round icon and text
        for i in range(self.count()):
            item = self.item(i)
            lines = self.fontMetrics().boundingRect(text, Qt.TextFlag.TextWordWrap, item.text()).height()
            item.setSizeHint(QSize(row, max(lines, icon) + 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_items()


class PostersTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.poster_id: int | None = None
        self.doc = None
        self.findings = []
        self._tasks: list[BackgroundTask] = []
        self._poster_name = ""
        self._checks_due = False

        self.poster_box = QComboBox(self)
        self.poster_box.setMinimumWidth(180)
        self.poster_box.activated.connect(lambda: self._open(self.poster_box.currentData()))
        self.format_label = QLabel(self)
        self.palette_box = QComboBox(self)
        self.palette_box.setToolTip(self.tr("Palette: recolours what came from the template's colours"))
        for palette in palettes().values():
            self.palette_box.addItem(palette.label, palette.key)
        self.palette_box.activated.connect(lambda: self.change_palette(self.palette_box.currentData()))
        self.empty = QLabel(self.tr("No campaign selected. Pick one on the left to design its "
                                    "posters."), self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        def button(text: str, slot, tip: str = "") -> QToolButton:
            result = QToolButton(self)
            result.setText(text)
            result.setToolTip(tip or text)
            result.clicked.connect(slot)
            return result

        self.new_button = button(self.tr("New poster…"), self.new_poster)
        self.version_button = button(self.tr("New version"), self.new_version,
                                     self.tr("Keep this version as it is and edit a copy"))
        add_menu = QMenu(self)
        for kind, label in (("text", self.tr("Text")), ("badge", self.tr("Badge")),
                            ("image", self.tr("Image…"))):
            add_menu.addAction(label, lambda k=kind: self.add_element(k))
        self.add_button = QToolButton(self)
        self.add_button.setText(self.tr("Add"))
        self.add_button.setMenu(add_menu)
        self.add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.forward_button = button(self.tr("Forward"), lambda: self.restack(1),
                                     self.tr("Bring the element one step forward"))
        self.backward_button = button(self.tr("Backward"), lambda: self.restack(-1),
                                      self.tr("Send the element one step backward"))
        self.delete_button = button(self.tr("Delete"), self.delete_element,
                                    self.tr("Delete the selected element"))
        self.fit_button = button(self.tr("Fit"), lambda: self.canvas.zoom_to_fit(), self.tr("Zoom to fit"))
        self.zoom_in = button("+", lambda: self.canvas.zoom_by(1.25), self.tr("Zoom in"))
        self.zoom_out = button("−", lambda: self.canvas.zoom_by(0.8), self.tr("Zoom out"))
        output = QMenu(self)
        output.addAction(self.tr("Export PNG…"), lambda: self.export("png"))
        output.addAction(self.tr("Export PDF…"), lambda: self.export("pdf"))
        self.crop_marks_action = output.addAction(self.tr("Export PDF with crop marks…"),
                                                  lambda: self.export("pdf", crop_marks=True))
        self.crop_marks_action.setToolTip(self.tr("For the print shop: marks outside the bleed "
                                                  "show where to cut (print formats)"))
        output.addAction(self.tr("Posters per staff member…"), self.batch)
        output.addSeparator()
        output.addAction(self.tr("Print preview…"), self.print_preview)
        output.addAction(self.tr("Print…"), self.print_poster)
        self.output_button = QToolButton(self)
        self.output_button.setText(self.tr("Export and print"))
        self.output_button.setMenu(output)
        self.output_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        # two rows, so the tab fits a laptop screen next to the campaign list
        for button, name in ((self.new_button, "new"), (self.version_button, "version"),
                             (self.add_button, "add"), (self.forward_button, "forward"),
                             (self.backward_button, "backward"), (self.delete_button, "delete"),
                             (self.fit_button, "fit"), (self.output_button, "print")):
            button.setIcon(icon(name))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        top = FlowLayout()  # rows wrap on a narrow window instead of widening the tab
        top.add_widgets(QLabel(self.tr("Poster:"), self), self.poster_box, self.format_label,
                        self.palette_box, self.new_button, self.version_button, self.output_button)
        tools = FlowLayout()
        tools.add_widgets(self.add_button, self.forward_button, self.backward_button,
                          self.delete_button, self.fit_button, self.zoom_out, self.zoom_in)

        self.canvas = PosterCanvas(self)
        self.canvas.selectionChanged.connect(self._selection_changed)
        self.canvas.geometryEdited.connect(self._geometry_edited)
        self.canvas.deleteRequested.connect(self.delete_element)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.canvas)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.properties = PropertiesPanel(self)
        self.properties.edited.connect(self._props_edited)
        self.properties.imageRequested.connect(self._choose_image)
        self.findings_list = _FindingsList(self)
        self.findings_list.itemClicked.connect(self._finding_clicked)
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(3)
        self.findings_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.findings_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QSplitter(Qt.Orientation.Vertical, self)
        # the properties scroll on their own: their full height pushed the poster's foot below
        # the window at 1024x700 (the whole tab scrolled)
        self.properties_area = properties = QScrollArea(self)
        properties.setWidgetResizable(True)
        properties.setFrameShape(QFrame.Shape.NoFrame)
        properties.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        properties.setWidget(self.properties)
        side.addWidget(properties)
        findings_box = QWidget(self)
        box = QVBoxLayout(findings_box)
        box.setContentsMargins(0, 0, 0, 0)
        self.findings_title = QLabel(self.tr("Checker"), self)
        self.findings_title.setObjectName("sectionTitle")
        box.addWidget(self.findings_title)
        box.addWidget(self.findings_list)
        side.addWidget(findings_box)
        side.setSizes([480, 360])
        self.side = side
        self._fit_side(False)
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        side.setMinimumWidth(320)
        side.setMaximumWidth(520)
        splitter.setSizes([900, 420])
        # canvas and side panel take the room the window has, not the height they ask for
        splitter.setMinimumHeight(splitter.minimumSizeHint().height())
        splitter.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(top)
        body.addLayout(tools)
        body.addWidget(splitter, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.body)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(250)
        self._check_timer.timeout.connect(self.run_checks)
        context.campaignSelected.connect(lambda _id: self.reload(keep_poster=False))
        context.storeChanged.connect(lambda: self.reload(keep_poster=False))
        Follower(self, context, TABLES, self._changed, self.reload)
        self.reload(keep_poster=False)

    # ---- loading -------------------------------------------------------------------------
    def _changed(self, change) -> None:
        """An edit of the open poster's document reopens just that poster; anything else
        (posters added or removed, the campaign, the live code) reloads the list too."""
        if change.tables == {"poster"} and change.ids("poster") == {self.poster_id} \
                and all(row.before and row.after for row in change.rows):
            self._open(self.poster_id)
        else:
            self.reload()

    def reload(self, keep_poster: bool = True) -> None:
        campaign_id = self.context.campaign_id if self.context.store else None
        self.empty.setVisible(campaign_id is None)
        self.body.setVisible(campaign_id is not None)
        if campaign_id is None:
            self.poster_id, self.doc = None, None
            self.canvas.set_doc(None)
            return
        try:
            posters = service.list_posters(self.context.store, campaign_id)
        except Exception as exc:  # noqa: BLE001 - shown, not raised into Qt
            show_error(self, exc)
            return
        wanted = self.poster_id if keep_poster else None
        names = {p.id: p.name for p in posters}
        if wanted is not None and wanted not in names:  # a version of it may be the newest now
            old = next((p for p in posters if p.name == self._poster_name), None)
            wanted = old.id if old else None
        self.poster_box.clear()
        for poster in posters:
            self.poster_box.addItem(f"{poster.name} · v{poster.version}", poster.id)
        if wanted is None and posters:
            wanted = posters[0].id
        self._open(wanted)

    def _open(self, poster_id: int | None) -> None:
        self.poster_id = poster_id
        has = poster_id is not None
        for widget in (self.version_button, self.add_button, self.forward_button, self.backward_button,
                       self.delete_button, self.output_button, self.palette_box):
            widget.setEnabled(has)
        if not has:
            self.doc, self._poster_name = None, ""
            self.canvas.set_doc(None)
            self.properties.show_element(None, {})
            self.findings_list.clear()
            return
        self.poster_box.setCurrentIndex(max(0, self.poster_box.findData(poster_id)))
        record = service.get_poster(self.context.store, poster_id)
        self._poster_name = record.name
        self.doc = service.poster_doc(self.context.store, poster_id)
        self.format_label.setText(self.doc.format.label)
        self.crop_marks_action.setEnabled(self.doc.format.is_print)
        self.palette_box.setCurrentIndex(max(0, self.palette_box.findData(self.doc.palette)))
        self.canvas.set_doc(self.doc)
        self._selection_changed(self.canvas.selected)
        self._checks_due = True
        if self.isVisible():
            self._check_timer.start()

    def showEvent(self, event) -> None:
        """Checks wait until the tab is seen: opening the window stays quick."""
        super().showEvent(event)
        if self._checks_due:
            self._check_timer.start()

    # ---- edits (each one undo step) -------------------------------------------------------
    def _save_edit(self, elements: list[Element], text: str, merge_key: Hashable | None = None) -> None:
        """Save the document as one undo step (merged into the step before when both carry
        `merge_key`); on an error the poster is read back as stored."""
        try:
            self.context.push(service.save_elements(self.context.store, self.poster_id, elements),
                              text, merge_key)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            self.reload()

    def _geometry_edited(self, elements, text: str, nudge: bool) -> None:
        # consecutive nudges of one element (a held arrow key) make one step
        self._save_edit(elements, text, ("nudge", self.poster_id, self.canvas.selected) if nudge else None)

    def _mutate(self, text: str, change, merge_key: Hashable | None = None) -> None:
        if self.doc is None:
            return
        change(self.doc.elements)
        self._save_edit(self.doc.elements, text, merge_key)

    def _props_edited(self, element_id: str, updates: dict, text: str,
                      merge_key: Hashable | None = None) -> None:
        if self.doc is None or self.doc.element(element_id) is None:
            return  # the element went away (undo, another poster) while its field was edited

        def change(elements):
            element = next(e for e in elements if e.id == element_id)
            for key, value in updates.items():
                if value is None:  # removes the prop (e.g. the QR logo)
                    element.props.pop(key, None)
                    continue
                if key == "locked":
                    element.locked = bool(value)
                    continue
                element.props[key] = value
                if key in ("text", "list_text", "deal_text"):  # typed over: no longer linked
                    element.props.pop(key.replace("text", "bind"), None)
        self._mutate(text, change, merge_key)

    def change_palette(self, key: str) -> None:
        if self.doc is None or key == self.doc.palette or self.doc.palette not in palettes():
            return
        recolored = recolor(self.doc.elements, palettes()[self.doc.palette], palettes()[key])
        try:
            self.context.push(service.set_palette(self.context.store, self.poster_id, key, recolored),
                              self.tr("Change palette"))
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)

    def add_element(self, kind: str) -> None:
        if self.doc is None:
            return
        fmt = self.doc.format
        x, y, w, h, props = NEW_ELEMENTS[kind]
        props = dict(props)
        if "size" in props:
            props["size"] = round(props["size"] * fmt.width, 1)
        text, merge_key = self.tr("Add element"), None
        if kind == "image":
            imported = self._import_image(text)
            if imported is None:
                return
            props["asset"], merge_key = imported
        element = Element(kind, round(x * fmt.width, 1), round(y * fmt.height, 1), round(w * fmt.width, 1),
                          round(h * fmt.height, 1), max((e.z for e in self.doc.elements), default=0) + 1,
                          False, props)
        self._mutate(text, lambda elements: elements.append(element), merge_key)
        self.canvas.select(element.id)

    def delete_element(self) -> None:
        element = self.canvas.selected_element()
        if element is None:
            return
        if element.locked:
            QMessageBox.information(self, self.tr("Locked"),
                                    self.tr("Unlock the element before deleting it."))
            return
        self._mutate(self.tr("Delete element"),
                     lambda elements: elements.remove(next(e for e in elements if e.id == element.id)))

    def restack(self, step: int) -> None:
        element = self.canvas.selected_element()
        if element is None:
            return
        ordered = self.doc.ordered()
        index = ordered.index(element)
        other = index + step
        if not 0 <= other < len(ordered):
            return

        def change(elements):
            by_id = {e.id: e for e in elements}
            sequence = [by_id[e.id] for e in ordered]
            sequence[index], sequence[other] = sequence[other], sequence[index]
            for z, e in enumerate(sequence):
                e.z = z
        self._mutate(self.tr("Bring forward") if step > 0 else self.tr("Send backward"), change)

    def new_poster(self) -> None:
        from flashdesk.campaigns.service import get_campaign, get_offer
        from flashdesk.gui.posters.templates_dialog import TemplateDialog
        from flashdesk.posters.model import campaign_values

        campaign_id = self.context.campaign_id
        campaign = get_campaign(self.context.store, campaign_id)
        from flashdesk.posters.live_code import is_linked

        payload, linked = "", True  # a new poster follows the live code unless this one's QR was typed
        if self.doc and self.doc.qr_elements():
            qr = self.doc.qr_elements()[0]
            payload, linked = str(qr.props.get("payload", "")), is_linked(qr)
        count = len(service.list_posters(self.context.store, campaign_id))
        dialog = TemplateDialog(campaign_values(campaign, offer=get_offer(self.context.store, campaign_id)), payload,
                                self.tr("Poster {n}").format(n=count + 1), self)
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        template, fmt, name = dialog.choice()
        try:
            change = service.create_from_template(self.context.store, campaign_id, template, fmt, name,
                                                  payload or service.DEFAULT_PAYLOAD, link_live_code=linked)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.poster_id, self._poster_name = change.result, name.strip()  # the reload opens it
        self.context.push(change, self.tr("New poster"))

    def new_version(self) -> None:
        if self.poster_id is None:
            return
        try:
            change = service.new_version(self.context.store, self.poster_id)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return
        self.context.push(change, self.tr("New poster version"))

    # ---- images ----------------------------------------------------------------------------
    def _import_image(self, text: str) -> tuple[int, Hashable] | None:
        """Import an image the operator picks, as the first half of the undo step `text`;
        the asset's id and the merge key the second half (the element using it) carries."""
        from flashdesk.posters.assets import import_image

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose an image"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.webp *.bmp)"))
        if not path:
            return None
        try:
            change = import_image(self.context.store, self.context.campaign_id, path)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return None
        result = change.result
        merge_key = ("image", result.asset_id)
        self.context.push(change, text, merge_key)
        if result.note:
            QMessageBox.information(self, self.tr("Image imported"), result.note)
        return result.asset_id, merge_key

    def _choose_image(self, element_id: str, key: str) -> None:
        text = self.tr("Set image")
        imported = self._import_image(text)
        if imported is None:
            return
        asset, merge_key = imported
        updates = {key: asset}
        if key == "asset" and self.doc.element(element_id).kind == "background":
            updates["fill"] = "image"
        self._props_edited(element_id, updates, text, merge_key)

    # ---- selection and findings -------------------------------------------------------------
    def _selection_changed(self, element_id) -> None:
        element = self.doc.element(element_id) if self.doc and element_id else None
        self.properties.show_element(element, self.doc.values if self.doc else {})
        self._fit_side(element is not None)
        for row in range(self.findings_list.count()):
            item = self.findings_list.item(row)
            item.setSelected(bool(element_id) and item.data(Qt.ItemDataRole.UserRole) == element_id)

    def _fit_side(self, selected: bool) -> None:
        """With nothing selected the properties are a hint of a few lines, and the findings take
        the rest of the side panel (they had 150 px at 1024x700, one and a half findings)."""
        area = self.properties_area
        if selected:
            if area.maximumHeight() < QWIDGETSIZE_MAX:
                area.setMaximumHeight(QWIDGETSIZE_MAX)
                self.side.setSizes([480, 360])
            return
        margins = self.properties.layout().contentsMargins()
        hint = self.properties.nothing.heightForWidth(self.side.minimumWidth() - margins.left() - margins.right())
        area.setMaximumHeight(hint + margins.top() + margins.bottom())

    def run_checks(self) -> None:
        from flashdesk.posters.checks import check

        if self.doc is None:
            return
        self._checks_due = False
        self.findings = check(self.doc)
        self.findings_list.clear()
        # standard icons: the bundled font has no emoji (⛔ showed as a box)
        pixmaps = QStyle.StandardPixmap
        icons = {"error": pixmaps.SP_MessageBoxCritical, "warning": pixmaps.SP_MessageBoxWarning,
                 "info": pixmaps.SP_MessageBoxInformation}
        for finding in self.findings:
            item = QListWidgetItem(self.style().standardIcon(icons[finding.severity]),
                                   f"{finding.why}\n→ {finding.fix}")
            item.setData(Qt.ItemDataRole.UserRole, finding.element_id)
            item.setToolTip(finding.rule)
            self.findings_list.addItem(item)
        self.findings_list.fit_items()
        errors = sum(f.severity == "error" for f in self.findings)
        warnings = sum(f.severity == "warning" for f in self.findings)
        self.findings_title.setText(self.tr("Checker: %n error(s)", "", errors) + self.tr(
            ", %n warning(s)", "", warnings))
        set_tone(self.findings_title, "error" if errors else "warning" if warnings else "good")

    def _finding_clicked(self, item: QListWidgetItem) -> None:
        element_id = item.data(Qt.ItemDataRole.UserRole)
        if element_id:
            self.canvas.select(element_id)

    # ---- out of the app ---------------------------------------------------------------------
    def _confirm_despite_errors(self) -> bool:
        self.run_checks()
        errors = [f for f in self.findings if f.severity == "error"]
        if not errors:
            return True
        answer = QMessageBox.warning(
            self, self.tr("The checker found errors"),
            self.tr("{n} errors, e.g.: {first}\n\nContinue anyway?").format(
                n=len(errors), first=errors[0].why),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def export(self, kind: str, path: str | None = None, *,
               crop_marks: bool = False) -> BackgroundTask | None:
        from flashdesk.posters.render import save_pdf, save_png

        if self.doc is None or not self._confirm_despite_errors():
            return None
        if path is None:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
            suggested = str(Path(folder) / f"{self._poster_name}.{kind}")
            filters = self.tr("PNG image (*.png)") if kind == "png" else self.tr("PDF document (*.pdf)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export poster"), suggested, filters)
            if not path:
                return None
        doc, name = self.doc.copy(), self._poster_name

        def work(progress):
            progress(0, 1, self.tr("Rendering…"))
            if kind == "png":
                return save_png(doc, path)
            return save_pdf([doc], path, name, crop_marks=crop_marks)

        def done(result, error):
            self._tasks.remove(task)
            if error is not None:
                show_error(self, error)

        task = BackgroundTask(self, self.tr("Exporting poster"), work, done)
        self._tasks.append(task)
        return task.start()

    def _printer(self):
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        size = {"a4": QPageSize.PageSizeId.A4, "a5": QPageSize.PageSizeId.A5}.get(self.doc.format.key)
        if size is not None:
            printer.setPageSize(QPageSize(size))
        printer.setFullPage(True)
        printer.setDocName(self._poster_name)
        return printer

    def print_poster(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog

        from flashdesk.posters.render import print_docs

        if self.doc is None or not self._confirm_despite_errors():
            return
        printer = self._printer()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            print_docs(printer, [self.doc])

    def print_preview(self) -> None:
        from flashdesk.gui.printing import show_preview
        from flashdesk.posters.render import print_docs

        if self.doc is None or not self._confirm_despite_errors():
            return
        show_preview(self, self._printer(), lambda printer: print_docs(printer, [self.doc]))

    def batch(self, rows=None, folder: str | None = None,
              overwrite: bool = False) -> BackgroundTask | None:
        """Render the poster once per staff member; `rows`/`folder` skip the dialog (tests)."""
        from flashdesk.posters.batch import render_rows

        if self.doc is None:
            return None
        if rows is None:
            from flashdesk.gui.posters.batch_dialog import BatchDialog

            dialog = BatchDialog(self)
            if dialog.exec() != BatchDialog.DialogCode.Accepted:
                return None
            rows, folder = dialog.staff_rows(), dialog.folder.text().strip()
            overwrite = dialog.overwrite.isChecked()
        base = self.doc.copy()

        def work(progress):
            return render_rows(base, rows, folder, progress, overwrite=overwrite)

        def done(result, error):
            self._tasks.remove(task)
            self.last_batch = result
            if error is not None:
                show_error(self, error)
                return
            lines = [self.tr("{n} posters written to {folder}.").format(n=len(result.files), folder=folder)]
            lines += [self.tr("Row {row}: {problem}").format(row=row, problem=problem)
                      for row, problem in result.problems]
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Posters per staff member"),
                              "\n".join(lines), QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the summary must not block the window
            self.batch_summary = box

        task = BackgroundTask(self, self.tr("Rendering staff posters"), work, done)
        self._tasks.append(task)
        return task.start()
