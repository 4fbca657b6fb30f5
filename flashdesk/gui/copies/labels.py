"""The copy library's rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the list's headers and the vocabulary's labels."""

from __future__ import annotations

from flashdesk.copies.vocab import ANY_CHANNEL, CHANNELS, LEVERS, STAGES
from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate


def table_labels() -> dict[str, Labels]:
    return {
        "copy": Labels(
            translate("CopyLabels", "copy"),
            {"title": translate("CopyListModel", "Title"),
             "body": translate("CopyLabels", "Text"),
             "channel": translate("CopyListModel", "Channel"),
             "stage": translate("CopyListModel", "Stage"),
             "levers": translate("CopyLabels", "Levers"),
             "favourite": translate("CopyLabels", "Favourite"),
             "times_used": translate("CopyListModel", "Used"),
             "participants": translate("CopyListModel", "Results")},
            {"channel": {term.key: term.label() for term in (ANY_CHANNEL, *CHANNELS)},
             "stage": {term.key: term.label() for term in STAGES},
             "levers": {term.key: term.label() for term in LEVERS}},
            # where it was copied from and which seeded copy it is: the library's bookkeeping
            hidden=frozenset({"source_id", "seed_key"})),
        "copy_variable": Labels(translate("CopyLabels", "campaign value"),
                                {"value": translate("CopyLabels", "Value")}),
    }
