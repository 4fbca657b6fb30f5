"""The channels' words: a post's statuses as the calendar and the post dialog show them, and
the channels' and posts' rows and columns for the activity log (flashdesk/gui/labels.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flashdesk.i18n import translate

if TYPE_CHECKING:
    from flashdesk.gui.labels import Labels


def status_names() -> dict[str, str]:
    return {"planned": translate("ChannelLabels", "planned"),
            "ready": translate("ChannelLabels", "ready"),
            "published": translate("ChannelLabels", "published")}


def table_labels() -> dict[str, Labels]:
    from flashdesk.channels.rules import channel_rules
    from flashdesk.gui.labels import Labels  # here: the calendar imports this module at start

    rules = channel_rules()
    # a channel's playbook type and the key date a post moves with: set by the plan
    return {
        "channel": Labels(
            translate("ChannelLabels", "channel"),
            {"name": translate("MatrixModel", "Channel type"),
             "forms": translate("MatrixModel", "Publicity forms"),
             "direction": translate("MatrixModel", "Content direction")},
            {"forms": rules.form_labels()},
            hidden=frozenset({"kind"})),
        "post": Labels(
            translate("ChannelLabels", "post"),
            {"channel_id": translate("ChannelLabels", "Channel"),
             "time_of_day": translate("ChannelLabels", "Time"),
             "stage": translate("ChannelLabels", "Stage"),
             "title": translate("ChannelLabels", "Content"),
             "followed_up": translate("ChannelLabels", "Followed up"),
             "copy_id": translate("ChannelLabels", "Copy"),
             "poster_id": translate("ChannelLabels", "Poster")},
            {"status": status_names(), "stage": rules.stage_labels()},
            hidden=frozenset({"anchor"})),
    }
