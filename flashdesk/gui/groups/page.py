"""What the pages of the Group SOP tab share: the table view they all use, a button row, and
a base class that knows the campaign and the clock, declares the tables its page shows (a
published Change touching one of them reloads the page, and no other), and adds or deletes
a row as one undo step."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from flashdesk.errors import UserError
from flashdesk.groups import service
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.follow import Follower
from flashdesk.gui.groups.models import RowsModel, push_change
from flashdesk.store.change import Change

# a linked copy's title and the values it is filled with
COPY_TABLES = frozenset({"copy", "copy_variable", "chat_group", "group_campaign", "campaign", "offer"})


class NothingSelected(UserError):
    """An action needs a selected row first."""


def table_view(model, parent, stretch: tuple[int, ...] = ()) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setWordWrap(True)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    # rows follow their wrapped text as columns resize (resizing once at reset measured them
    # while the stretch column was still narrow: rows came out many lines tall)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in stretch:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    return view


def button_row(*buttons: QPushButton) -> FlowLayout:
    """The page's buttons on as many lines as the width needs."""
    row = FlowLayout()
    row.add_widgets(*buttons)
    return row


def shows_campaign(context) -> bool:
    """Whether a live campaign is selected (not a deleted one still selected, not none)."""
    if context.campaign_id is None or context.store is None:
        return False
    try:
        service.text_values(context.store, context.campaign_id)
        return True
    except Exception:  # noqa: BLE001 — a deleted campaign still selected, or a swapped store
        return False


class Page(QWidget):
    TABLES: frozenset[str] = frozenset()  # what the page shows

    def __init__(self, context, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.models: list[RowsModel] = []
        Follower(self, context, self.TABLES, lambda _change: self.follow(), self.follow)

    @property
    def campaign_id(self) -> int | None:
        return self.context.campaign_id

    def follow(self) -> None:
        if shows_campaign(self.context):
            self.refresh()

    def refresh(self) -> None:
        for model in self.models:
            model.reload()

    def values(self) -> dict:
        return service.text_values(self.context.store, self.campaign_id) if self.campaign_id else {}

    def model(self, table, columns, load=None, **kwargs) -> RowsModel:
        load = load or (lambda: service.rows(self.context.store, table, self.campaign_id)
                        if self.campaign_id else [])
        model = RowsModel(self.context, table, columns, load, self.values, error_parent=self, **kwargs)
        self.models.append(model)
        return model

    @staticmethod
    def selected(view: QTableView):
        rows = view.selectionModel().selectedRows()
        return view.model().row_at(rows[0].row()) if rows else None

    def push(self, text: str, do: Callable[[], Change]) -> Change | None:
        """One service edit as one undo step; an error is shown (None)."""
        return push_change(self.context, self, text, do)

    def add(self, text: str, make: Callable[[], Change]) -> int | None:
        """A new row as one undo step; its id, or None when the service refused."""
        change = self.push(text, make)
        return None if change is None else change.result

    def delete(self, view: QTableView, table, text: str) -> None:
        row = self.selected(view)
        if row is not None:
            self.push(text, lambda: service.set_deleted(self.context.store, table, row.id, True))
