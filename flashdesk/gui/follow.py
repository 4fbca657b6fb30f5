"""How a view follows the published Changes: it declares, in one place, the tables it shows
and two callbacks.

    Follower(widget, context, {"task", "task_link"}, update=..., reload=...)

`update(change)` runs for a published Change that touched one of the tables while the view
can be seen; a view in a background tab only marks itself stale and `reload()`s when it is
shown again. Changes of another campaign than the one shown are skipped (switching campaign
reloads anyway); `campaign_bound=False` is for views across campaigns (the sidebar, the
copy library)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from flashdesk.gui.context import AppContext

if TYPE_CHECKING:  # SQLAlchemy loads after the window's first paint
    from flashdesk.store.change import Change


class Follower(QObject):
    def __init__(self, widget: QWidget, context: AppContext, tables: Iterable[str],
                 update: Callable[[Change], None], reload: Callable[[], None],
                 campaign_bound: bool = True):
        super().__init__(widget)
        self.widget, self.context = widget, context
        self.tables = frozenset(tables)
        self._update, self._reload = update, reload
        self.campaign_bound = campaign_bound
        self.stale = False
        context.changed.connect(self._changed)
        widget.installEventFilter(self)

    def cares(self, change: Change) -> bool:
        if not change.touches(self.tables):
            return False
        return not (self.campaign_bound and change.campaign_id is not None
                    and change.campaign_id != self.context.campaign_id)

    def _changed(self, change: Change) -> None:
        if not self.cares(change):
            return
        if self._out_of_sight():
            self.stale = True
        else:
            self._update(change)

    def _out_of_sight(self) -> bool:
        # a window that is not shown at all (start-up, tests) keeps its views current
        return not self.widget.isVisible() and self.widget.window().isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.stale:
            self.stale = False
            self._reload()
        return False
