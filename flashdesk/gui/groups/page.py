"""What the pages of the Group SOP tab share: the table view they all use, a button row, and
a base class that knows the campaign, the clock and how to add or delete a row as one undo
step (soft delete, so Redo brings back the very same row)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from flashdesk.errors import UserError
from flashdesk.groups import service
from flashdesk.gui.flow_layout import FlowLayout
from flashdesk.gui.groups.models import AREA, RowsModel
from flashdesk.gui.messages import show_error
from flashdesk.gui.undo import push_edit


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


class Page(QWidget):
    def __init__(self, context, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self.context = context
        self.clock = clock
        self.models: list[RowsModel] = []

    @property
    def campaign_id(self) -> int | None:
        return self.context.campaign_id

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

    def push(self, text: str, redo, undo) -> bool:
        try:
            push_edit(self.context, text, redo, undo, area=AREA)
            return True
        except Exception as exc:
            show_error(self, exc)
            return False

    def add(self, text: str, table, make: Callable[[], int]) -> int | None:
        """Make a row once; Undo hides it, Redo shows the same row again."""
        store = self.context.store
        made: list[int] = []

        def redo():
            if made:
                service.set_deleted(store, table, made[0], False)
            else:
                made.append(make())

        if self.push(text, redo, lambda: service.set_deleted(store, table, made[0], True)):
            return made[0]
        return None

    def delete(self, view: QTableView, table, text: str) -> None:
        row = self.selected(view)
        if row is None:
            return
        store = self.context.store
        self.push(text, lambda: service.set_deleted(store, table, row.id, True),
                  lambda: service.set_deleted(store, table, row.id, False))
