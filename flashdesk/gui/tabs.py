"""The tabs of the main window, in order. Each entry names a QWidget class

    Tab(context: AppContext, parent=None)   builds itself; shows the campaign context.campaign_id
                                            and follows context.campaignSelected / dataChanged /
                                            storeChanged
    windowTitle()                           its translated tab label (set with self.tr in __init__)

Only tabs that work are listed."""

from __future__ import annotations

from importlib import import_module

TAB_CLASSES: tuple[str, ...] = (
    "flashdesk.gui.overview:OverviewTab",
    "flashdesk.gui.channels.tab:ChannelsTab",
    "flashdesk.gui.tasks.tab:TasksTab",
    "flashdesk.gui.copies.tab:CopiesTab",
    "flashdesk.gui.posters.tab:PostersTab",
    "flashdesk.gui.groups.tab:GroupsTab",
    "flashdesk.gui.review.tab:ReviewTab",
)


def tab_classes() -> list[type]:
    classes = []
    for entry in TAB_CLASSES:
        module, _, name = entry.partition(":")
        classes.append(getattr(import_module(module), name))
    return classes
