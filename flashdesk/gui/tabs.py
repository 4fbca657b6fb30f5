"""The tabs of the main window: each capability's manifest names its tab, a QWidget class

    Tab(context: AppContext, parent=None)   builds itself; shows the campaign context.campaign_id
                                            and follows context.campaignSelected, the Changes
                                            published on context.changed (gui/follow.py) and
                                            storeChanged

The tabs follow the playbook's steps (Manifest.step); the tab bar's labels come from the
manifests (Manifest.tab_title). After them come the window's own tabs, which belong to no
capability (Today reads them all), declared the same way in WINDOW_TABS. The window holds each
tab in a LazyTab: only the tab on show is imported, built and loaded; the others the first
time they show. (Importing every tab's
module up front cost ~180 ms before the plan was on screen.)"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from flashdesk.capabilities import by_step


@dataclass(frozen=True)
class WindowTab:
    """A tab of the window's own, declared as a manifest declares its tab."""

    tab: str  # "module:Class"
    tab_title: str  # marked with QT_TRANSLATE_NOOP("Class", …)


# after the capabilities' tabs, so each of those keeps its place
WINDOW_TABS = (WindowTab("flashdesk.gui.today.tab:TodayTab", QT_TRANSLATE_NOOP("TodayTab", "Today")),)


def tab_manifests() -> list:
    """The manifests that declare a tab, in the order of the tab bar."""
    return [manifest for manifest in by_step() if manifest.tab is not None]


def window_tabs() -> list:
    """Every tab the window shows, in order: the capabilities', then its own."""
    return tab_manifests() + list(WINDOW_TABS)


def tab_title(manifest) -> str:
    return QCoreApplication.translate(manifest.tab.partition(":")[2], manifest.tab_title)


def tab_class(manifest) -> type:
    module, _, name = manifest.tab.partition(":")
    return getattr(import_module(module), name)


class LazyTab(QScrollArea):
    """Holds one tab, built inside this holder (its final parent: the app stylesheet is not
    applied twice) the first time it is shown. A tab wider than the window scrolls instead
    of squeezing the campaign list."""

    def __init__(self, manifest, context, parent: QWidget):
        super().__init__(parent)
        self.manifest = manifest
        self.context = context
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)

    def tab(self) -> QWidget:
        """The tab, built now if it has not been shown yet."""
        if self.widget() is None:
            self.setWidget(tab_class(self.manifest)(self.context, self))
        return self.widget()

    def is_built(self) -> bool:
        return self.widget() is not None

    def showEvent(self, event) -> None:
        self.tab()
        super().showEvent(event)
