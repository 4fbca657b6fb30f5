"""The tabs of the main window: each capability's manifest names its tab, a QWidget class

    Tab(context: AppContext, parent=None)   builds itself; shows the campaign context.campaign_id
                                            and follows context.campaignSelected, the Changes
                                            published on context.changed (gui/follow.py) and
                                            storeChanged
    TAB_TITLE                               its label, marked with QT_TRANSLATE_NOOP(class name, …)
                                            (the tab bar shows it before the tab is built)

The tabs follow the playbook's steps (Manifest.step); after them come the window's own tabs,
which belong to no capability (Today reads them all). The window holds each tab in a
LazyTab: only the tab on show is built and loaded; the others the first time they show."""

from __future__ import annotations

from importlib import import_module

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from flashdesk.capabilities import by_step

# the window's own tabs ("module:Class"), after the capabilities' so each of those keeps its place
WINDOW_TABS = ("flashdesk.gui.today.tab:TodayTab",)


def _load(spec: str) -> type:
    module, _, name = spec.partition(":")
    return getattr(import_module(module), name)


def tab_classes() -> list[type]:
    """The capabilities' tabs, in playbook order."""
    return [_load(manifest.tab) for manifest in by_step() if manifest.tab is not None]


def window_tabs() -> list[type]:
    """Every tab the window shows, in order."""
    return tab_classes() + [_load(spec) for spec in WINDOW_TABS]


def tab_title(tab_class: type) -> str:
    return QCoreApplication.translate(tab_class.__name__, tab_class.TAB_TITLE)


class LazyTab(QScrollArea):
    """Holds one tab, built inside this holder (its final parent: the app stylesheet is not
    applied twice) the first time it is shown. A tab wider than the window scrolls instead
    of squeezing the campaign list."""

    def __init__(self, tab_class: type, context, parent: QWidget):
        super().__init__(parent)
        self.tab_class = tab_class
        self.context = context
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)

    def tab(self) -> QWidget:
        """The tab, built now if it has not been shown yet."""
        if self.widget() is None:
            self.setWidget(self.tab_class(self.context, self))
        return self.widget()

    def is_built(self) -> bool:
        return self.widget() is not None

    def showEvent(self, event) -> None:
        self.tab()
        super().showEvent(event)
