"""The 客户 tab: people filtered by tier, tag, stage and campaign, a person's page (sources,
groups, orders, lists, tags, tier, follow-ups, notes) with their edits, the import of an
export, the campaign's follow-up lists with the drafted messages, and the queue of uncertain
matches. Every edit is one Change on the undo stack."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext
from flashdesk.gui.customers.people_model import PeopleModel, PersonIdRole
from flashdesk.gui.customers.people_view import PeopleView
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import confirm, show_error

TABLES = {"customer", "customer_tag", "customer_membership", "customer_order",
          "customer_listing", "customer_match", "customer_follow_up"}
PHONES_SETTING = "customers/full_phones"  # also read by the workbook export (main window)
STAGES = ("鱼塘", "中转", "核心")


def _table(parent: QWidget, headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


def _item(text, data=None) -> QStandardItem:
    item = QStandardItem("" if text is None else str(text))
    if data is not None:
        item.setData(data, Qt.ItemDataRole.UserRole)
    return item


def _message(text: str) -> QStandardItem:
    item = _item(text.replace("\n", " "), text)
    item.setToolTip(text)
    return item


class CustomersTab(QWidget):

    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.sections = QTabWidget(self)
        self.sections.setDocumentMode(True)
        self.sections.addTab(self._people_page(), self.tr("People"))
        self.sections.addTab(self._follow_up_page(), self.tr("Follow-ups"))
        self.sections.addTab(self._match_page(), self.tr("Uncertain matches"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.sections)
        self._stale = True
        context.campaignSelected.connect(lambda _id: self.request_refresh())
        context.storeChanged.connect(self.request_refresh)
        Follower(self, context, TABLES, lambda _change: self.refresh(), self.request_refresh,
                 campaign_bound=False)

    # building ----------------------------------------------------------------------------
    def _people_page(self) -> QWidget:
        from flashdesk.customers.tiers import default_rules

        page = QWidget(self)
        self.tier = QComboBox(page)
        self.tier.addItem(self.tr("All tiers"), None)
        for name in default_rules().names():
            self.tier.addItem(name, name)
        self.stage = QComboBox(page)
        self.stage.addItem(self.tr("All stages"), None)
        for name in STAGES:
            self.stage.addItem(name, name)
        self.tag = QLineEdit(page)
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.setMaximumWidth(120)
        self.in_campaign = QCheckBox(self.tr("This campaign only"), page)
        self.count = QLabel(page)
        self.import_button = QPushButton(self.tr("Import…"), page)
        self.import_button.setToolTip(self.tr("A WeCom customer list, a group member list, a shop "
                                              "order export (.xlsx or .csv) or a list of names"))
        self.import_button.clicked.connect(self.choose_import)
        for widget in (self.tier, self.stage):
            widget.currentIndexChanged.connect(lambda _i: self.refresh_people())
        self.tag.editingFinished.connect(self.refresh_people)
        self.in_campaign.toggled.connect(lambda _on: self.refresh_people())
        bar = QHBoxLayout()
        for widget in (self.tier, self.stage, self.tag, self.in_campaign):
            bar.addWidget(widget)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.import_button)
        self.full_phones = QCheckBox(self.tr("Show full phone numbers"), page)
        self.full_phones.setToolTip(self.tr("Phone numbers are masked (138****8000) in the list, "
                                            "on a person's page and in exported sheets unless "
                                            "this is ticked"))
        self.full_phones.setChecked(self.context.settings.value(
            PHONES_SETTING, False, type=bool))
        self.full_phones.toggled.connect(self.show_full_phones)
        bar.insertWidget(bar.indexOf(self.count), self.full_phones)
        self.people_model = PeopleModel(page)
        self.people_model.full_phones = self.full_phones.isChecked()
        self.people_view = PeopleView(self.people_model, STAGES, default_rules().names(), page)
        self.people_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_person())
        self.person = QTextBrowser(page)
        self.person.setObjectName("personPage")
        self.add_tag_button = QPushButton(self.tr("Add tag…"), page)
        self.add_tag_button.clicked.connect(self.add_tag)
        self.stage_button = QPushButton(self.tr("Stage…"), page)
        self.stage_button.clicked.connect(self.choose_stage)
        self.notes_button = QPushButton(self.tr("Notes…"), page)
        self.notes_button.clicked.connect(self.edit_notes)
        self.forget_button = QPushButton(self.tr("Forget this person"), page)
        self.forget_button.setToolTip(self.tr("Remove the person and every row about them: tags, "
                                              "groups, orders, lists, follow-ups"))
        self.forget_button.clicked.connect(self.forget)
        # forgetting on a row of its own: the page can be as narrow as three buttons
        edits, forget = QHBoxLayout(), QHBoxLayout()
        for button in (self.add_tag_button, self.stage_button, self.notes_button):
            edits.addWidget(button)
        edits.addStretch(1)
        forget.addStretch(1)
        forget.addWidget(self.forget_button)
        side = QWidget(page)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.person, 1)
        side_layout.addLayout(edits)
        side_layout.addLayout(forget)
        split = QSplitter(page)
        split.addWidget(self.people_view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        # 3:2 in a 1024 px window (each above its least width, which would skew the split),
        # and kept 3:2 by the stretch factors in a wider one
        split.setSizes([432, 288])
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        return page

    def _follow_up_page(self) -> QWidget:
        page = QWidget(self)
        self.follow_view, self.follow_model = _table(page, [
            self.tr("List"), self.tr("Due"), self.tr("Nickname"), self.tr("Tier"),
            self.tr("Status"), self.tr("Message")])
        self.follow_hint = QLabel(page)
        self.follow_hint.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copy message"), page)
        self.copy_button.clicked.connect(self.copy_message)
        self.done_button = QPushButton(self.tr("Done"), page)
        self.done_button.clicked.connect(lambda: self.mark("done"))
        self.skip_button = QPushButton(self.tr("Skip"), page)
        self.skip_button.clicked.connect(lambda: self.mark("skipped"))
        self.undo_mark_button = QPushButton(self.tr("To do again"), page)
        self.undo_mark_button.clicked.connect(lambda: self.mark(""))
        actions = QHBoxLayout()
        actions.addWidget(self.follow_hint, 1)
        for button in (self.copy_button, self.done_button, self.skip_button, self.undo_mark_button):
            actions.addWidget(button)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.follow_view, 1)
        return page

    def _match_page(self) -> QWidget:
        page = QWidget(self)
        self.match_view, self.match_model = _table(page, [
            self.tr("Nickname"), self.tr("Matched to"), self.tr("File"), self.tr("Row")])
        hint = QLabel(self.tr("These rows were matched by nickname alone while several people "
                              "share it. Confirm the match, or split the row off to a person "
                              "of its own."), page)
        hint.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Confirm"), page)
        self.confirm_button.clicked.connect(lambda: self.decide(True))
        self.split_button = QPushButton(self.tr("Split off"), page)
        self.split_button.clicked.connect(lambda: self.decide(False))
        actions = QHBoxLayout()
        actions.addWidget(hint, 1)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.split_button)
        layout = QVBoxLayout(page)
        layout.addLayout(actions)
        layout.addWidget(self.match_view, 1)
        return page

    # showing -----------------------------------------------------------------------------
    def request_refresh(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.context.store is None:
            return
        self.refresh_people()
        self.refresh_follow_ups()
        self.refresh_matches()

    def _filter(self):
        from flashdesk.customers.service import Filter

        campaign = self.context.campaign_id if self.in_campaign.isChecked() else None
        return Filter(campaign, self.tier.currentData(), self.tag.text().strip() or None,
                      self.stage.currentData())

    def refresh_people(self) -> None:
        current = self.selected_person()
        self.people_model.load(self.context.store, self._filter())
        total = self.people_model.total
        self.count.setText(self.tr("%n people", "", total))
        row = self.people_model.row_of(current)
        if row >= 0:
            self.people_view.selectRow(row)
        self.show_person()

    def show_full_phones(self, full: bool) -> None:
        """The operator's choice, kept in the settings: the list, the page and the exported
        sheets show phone numbers in full or masked."""
        self.context.settings.setValue(PHONES_SETTING, full)
        self.people_model.set_full_phones(full)
        self.show_person()

    def selected_person(self) -> int | None:
        index = self.people_view.currentIndex()
        if not index.isValid():
            return None
        return self.people_model.data(index, PersonIdRole)

    def show_person(self) -> None:
        from flashdesk.customers.service import mask, page

        person_id = self.selected_person()
        found = page(self.context.store, person_id) if person_id is not None else None
        for button in (self.add_tag_button, self.stage_button, self.notes_button,
                       self.forget_button):
            button.setEnabled(found is not None)
        if found is None:  # the page says why the list is empty: a blank list looked broken
            filtered = self.in_campaign.isChecked() or self.tag.text().strip() \
                or self.tier.currentData() or self.stage.currentData()
            hint = self.tr("Pick a person to see their page.") if self.people_model.total \
                else self.tr("No one matches these filters.") if filtered \
                else self.tr("No customers yet. Import… reads a WeCom customer list, a group "
                             "member list, a shop order export or a list of names.")
            self.person.setHtml(f"<p>{escape(hint)}</p>")
            return
        p = found.person
        parts = [f"<h3>{escape(p.nickname)} <small>{escape(p.remark)}</small></h3>",
                 "<p>" + escape(self.tr("Tier {tier} · stage {stage} · paid {paid:.2f} · phone {phone}")
                                .format(tier=p.tier, stage=p.stage or "—", paid=p.paid_total,
                                        phone=(p.phone if self.full_phones.isChecked()
                                               else mask(p.phone)) or "—")) + "</p>",
                 "<p>" + escape(self.tr("Tags: {tags}").format(tags="、".join(p.tags) or "—")) + "</p>",
                 "<p>" + escape(self.tr("Source: {source} · added by {who} on {when}").format(
                     source=found.source or "—", who=found.added_by or "—",
                     when=found.added_on or "—")) + "</p>"]
        sections = [
            (self.tr("Groups"), [f"{g} ({t:%Y-%m-%d %H:%M})" if t else g for g, t in found.groups]),
            (self.tr("Orders"), [f"{n} · {t:%Y-%m-%d %H:%M} · {i} · {paid:.2f} · {s}"
                                 for n, t, i, paid, s in found.orders]),
            (self.tr("Lists"), found.lists),
            (self.tr("Follow-ups"), [f"{k}: {s}" for _c, k, s in found.follow_ups]),
            (self.tr("Notes"), [found.notes] if found.notes else [])]
        for title, lines in sections:
            parts.append(f"<h4>{escape(title)}</h4>")
            parts.append("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in lines) + "</ul>"
                         if lines else "<p>—</p>")
        self.person.setHtml("".join(parts))

    def refresh_follow_ups(self) -> None:
        from flashdesk.customers.followups import follow_ups

        self.follow_model.removeRows(0, self.follow_model.rowCount())
        campaign = self.context.campaign_id
        if campaign is None:
            self.follow_hint.setText(self.tr("Pick a campaign to see its follow-up lists."))
            return
        try:
            items = follow_ups(self.context.store, campaign)
        except Exception as error:  # noqa: BLE001  (a campaign deleted under the view)
            show_error(self, error)
            return
        statuses = {"done": self.tr("done"), "skipped": self.tr("skipped"), "": ""}
        for item in items:
            self.follow_model.appendRow([
                _item(item.kind.name, (item.person.id, item.kind.kind)),
                _item(f"{item.due:%m-%d %H:%M}"), _item(item.person.nickname),
                _item(item.person.tier), _item(statuses[item.status]),
                _message(item.message)])
        self.follow_hint.setText(self.tr("%n follow-ups", "", len(items)))

    def refresh_matches(self) -> None:
        from flashdesk.customers.edits import matches

        self.match_model.removeRows(0, self.match_model.rowCount())
        for match in matches(self.context.store):
            self.match_model.appendRow([_item(match.nickname, match.id),
                                        _item(match.customer_id), _item(match.file_name),
                                        _item(match.file_row)])

    # edits -------------------------------------------------------------------------------
    def _push(self, make, text: str) -> None:
        try:
            self.context.push(make(), text)
        except Exception as error:  # noqa: BLE001  (UserError shown as is, a bug logged)
            show_error(self, error)

    def choose_import(self) -> None:
        from flashdesk.customers.rows import read_sheet
        from flashdesk.gui.customers.import_dialog import ImportDialog

        folder = self.context.settings.value("customers/folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import customers"), folder,
            self.tr("Exports (*.xlsx *.csv *.txt)"))
        if not path:
            return
        self.context.settings.setValue("customers/folder", str(Path(path).parent))
        try:
            sheet = read_sheet(path)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return
        dialog = ImportDialog(self.context.store, sheet, Path(path), self.context.campaign_id, self)
        if dialog.exec() and dialog.change is not None:
            self.context.push(dialog.change, self.tr("Import {name}").format(name=Path(path).name))
            self.context.notice.emit(dialog.report())

    def add_tag(self) -> None:
        from flashdesk.customers.edits import add_tag

        person = self.selected_person()
        tag, ok = QInputDialog.getText(self, self.tr("Add tag"), self.tr("Tag"))
        if ok and tag.strip():
            self._push(lambda: add_tag(self.context.store, person, tag), self.tr("Add tag"))

    def choose_stage(self) -> None:
        from flashdesk.customers.edits import set_stage

        person = self.selected_person()
        stage, ok = QInputDialog.getItem(self, self.tr("Stage"), self.tr("Stage"),
                                         ["", *STAGES], 0, False)
        if ok:
            self._push(lambda: set_stage(self.context.store, person, stage), self.tr("Set stage"))

    def edit_notes(self) -> None:
        from flashdesk.customers.edits import set_notes
        from flashdesk.customers.service import page

        person = self.selected_person()
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Notes"), self.tr("Notes"),
                                                 page(self.context.store, person).notes)
        if ok:
            self._push(lambda: set_notes(self.context.store, person, text), self.tr("Edit notes"))

    def forget(self) -> None:
        from flashdesk.customers.edits import forget

        person = self.selected_person()
        if confirm(self, self.tr("Forget this person"),
                   self.tr("Remove this person and every row about them from this machine?")):
            self._push(lambda: forget(self.context.store, [person]), self.tr("Forget person"))

    def _follow_up(self) -> tuple[int, str, str] | None:
        index = self.follow_view.currentIndex()
        if not index.isValid():
            return None
        person, kind = self.follow_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        message = self.follow_model.item(index.row(), 5).data(Qt.ItemDataRole.UserRole)
        return person, kind, message

    def copy_message(self) -> None:
        chosen = self._follow_up()
        if chosen is not None:
            QGuiApplication.clipboard().setText(chosen[2])

    def mark(self, status: str) -> None:
        from flashdesk.customers.followups import mark

        chosen = self._follow_up()
        if chosen is None or self.context.campaign_id is None:
            return
        row = self.follow_view.currentIndex().row()
        self._push(lambda: mark(self.context.store, self.context.campaign_id, chosen[0], chosen[1],
                                status), self.tr("Follow-up"))
        self.follow_view.selectRow(min(row + 1, self.follow_model.rowCount() - 1))

    def decide(self, keep: bool) -> None:
        from flashdesk.customers.edits import confirm as confirm_match
        from flashdesk.customers.edits import split

        index = self.match_view.currentIndex()
        if not index.isValid():
            return
        match = self.match_model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        if keep:
            self._push(lambda: confirm_match(self.context.store, match), self.tr("Confirm match"))
        else:
            self._push(lambda: split(self.context.store, match), self.tr("Split match"))
