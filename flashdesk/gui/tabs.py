"""The tabs of the main window: each capability's manifest names its tab, a QWidget class

    Tab(context: AppContext, parent=None)   builds itself; shows the campaign context.campaign_id
                                            and follows context.campaignSelected / dataChanged /
                                            storeChanged
    windowTitle()                           its translated tab label (set with self.tr in __init__)

The tabs follow the playbook's steps (Manifest.step)."""

from __future__ import annotations

from importlib import import_module

from flashdesk.capabilities import by_step


def tab_classes() -> list[type]:
    classes = []
    for manifest in by_step():
        if manifest.tab is None:
            continue
        module, _, name = manifest.tab.partition(":")
        classes.append(getattr(import_module(module), name))
    return classes
