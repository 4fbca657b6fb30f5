"""Channel and post edits as undo steps: each is one service call whose Change goes on the
undo stack under a text naming what was done."""

from __future__ import annotations

from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelDraft, PostDraft
from flashdesk.i18n import translate


def set_field(context, channel_id: int, name: str, field: str, new) -> None:
    context.push(service.set_channel_field(context.store, channel_id, field, new),
                 translate("ChannelEdits", "Edit “{name}”").format(name=name))


def add_channel(context, campaign_id: int, draft: ChannelDraft, position: int | None) -> int:
    text = translate("ChannelEdits", "Add channel “{name}”").format(name=draft.name)
    return context.push(service.add_channel(context.store, campaign_id, draft, position), text).result


def add_playbook_channel(context, campaign_id: int, kind: str, name: str, position: int | None) -> int:
    text = translate("ChannelEdits", "Add channel “{name}”").format(name=name)
    change = service.add_playbook_channel(context.store, campaign_id, kind, position)
    return context.push(change, text).result


def paste_channels(context, campaign_id: int, text: str, position: int | None) -> list[int]:
    rows = len([line for line in text.splitlines() if line.strip()])
    label = translate("ChannelEdits", "Paste %n channel row(s)", "", rows)
    return context.push(service.paste_channels(context.store, campaign_id, text, position), label).result


def remove_channels(context, channels: list) -> None:
    if len(channels) == 1:
        text = translate("ChannelEdits", "Remove channel “{name}”").format(name=channels[0].name)
    else:
        text = translate("ChannelEdits", "Remove {count} channels").format(count=len(channels))
    context.push(service.remove_channels(context.store, [c.id for c in channels]), text)


def move_channel(context, channel_id: int, name: str, position: int) -> None:
    context.push(service.move_channel(context.store, channel_id, position),
                 translate("ChannelEdits", "Move “{name}”").format(name=name))


def add_post(context, campaign_id: int, draft: PostDraft) -> int:
    return context.push(service.add_post(context.store, campaign_id, draft),
                        translate("ChannelEdits", "Add post")).result


def update_post(context, post_id: int, before: PostDraft, after: PostDraft) -> None:
    only_link = before.values() | {"copy_id": None} == after.values() | {"copy_id": None}
    only_poster = before.values() | {"poster_id": None} == after.values() | {"poster_id": None}
    if only_link and after.copy_id is None:
        text = translate("ChannelEdits", "Unlink copy from post")
    elif only_link:
        text = translate("ChannelEdits", "Link copy to post")
    elif only_poster and after.poster_id is None:
        text = translate("ChannelEdits", "Unlink poster from post")
    elif only_poster:
        text = translate("ChannelEdits", "Link poster to post")
    else:
        text = translate("ChannelEdits", "Edit post")
    context.push(service.update_post(context.store, post_id, after), text)


def remove_post(context, post_id: int) -> None:
    context.push(service.remove_post(context.store, post_id), translate("ChannelEdits", "Remove post"))
