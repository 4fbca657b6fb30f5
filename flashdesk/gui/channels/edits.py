"""Channel and post edits as undo steps. Removing keeps a snapshot that Undo puts back
with the same ids; adding is undone by removing and redone by restoring that snapshot,
so Redo brings back the very same row instead of a new one."""

from __future__ import annotations

from flashdesk.channels import service
from flashdesk.channels.drafts import ChannelDraft, PostDraft
from flashdesk.copies import service as copies
from flashdesk.gui.undo import push_edit
from flashdesk.i18n import translate

AREA = "channels"


def set_field(context, channel_id: int, name: str, field: str, old, new) -> None:
    push_edit(context, translate("ChannelEdits", "Edit “{name}”").format(name=name),
              lambda: service.set_channel_field(context.store, channel_id, field, new),
              lambda: service.set_channel_field(context.store, channel_id, field, old), area=AREA)


def _revivable_channels(context, text: str, make) -> list[int]:
    """make() creates channels and returns their ids; undo removes them, redo restores."""
    made: list[int] = []
    snapshots: list = []

    def redo() -> list[int]:
        if made:
            service.restore_channels(context.store, snapshots)
        else:
            made.extend(make())
        return list(made)

    def undo() -> None:
        snapshots[:] = service.remove_channels(context.store, list(made))

    return push_edit(context, text, redo, undo, area=AREA)


def add_channel(context, campaign_id: int, draft: ChannelDraft, position: int | None) -> int:
    text = translate("ChannelEdits", "Add channel “{name}”").format(name=draft.name)
    return _revivable_channels(
        context, text, lambda: [service.add_channel(context.store, campaign_id, draft, position)])[0]


def add_playbook_channel(context, campaign_id: int, kind: str, name: str, position: int | None) -> int:
    text = translate("ChannelEdits", "Add channel “{name}”").format(name=name)
    return _revivable_channels(
        context, text,
        lambda: [service.add_playbook_channel(context.store, campaign_id, kind, position)])[0]


def paste_channels(context, campaign_id: int, text: str, position: int | None) -> list[int]:
    def make() -> list[int]:
        return service.paste_channels(context.store, campaign_id, text, position)

    rows = len([line for line in text.splitlines() if line.strip()])
    label = translate("ChannelEdits", "Paste %n channel row(s)", "", rows)
    return _revivable_channels(context, label, make)


def remove_channels(context, channels: list) -> None:
    snapshots: list = []

    def redo() -> None:
        snapshots[:] = service.remove_channels(context.store, [c.id for c in channels])

    def undo() -> None:
        service.restore_channels(context.store, snapshots)

    if len(channels) == 1:
        text = translate("ChannelEdits", "Remove channel “{name}”").format(name=channels[0].name)
    else:
        text = translate("ChannelEdits", "Remove {count} channels").format(count=len(channels))
    push_edit(context, text, redo, undo, area=AREA)


def move_channel(context, channel_id: int, name: str, position: int) -> None:
    before: list[int] = []

    def redo() -> None:
        before[:] = [service.move_channel(context.store, channel_id, position)]

    push_edit(context, translate("ChannelEdits", "Move “{name}”").format(name=name), redo,
              lambda: service.move_channel(context.store, channel_id, before[0]), area=AREA)


def _count_use(context, before: int | None, after: int | None, forward: bool) -> None:
    """Linking a copy to a post is a use of it (the library sorts by use); undo takes it back."""
    if after is not None and after != before:
        (copies.record_use if forward else copies.forget_use)(context.store, after)


def add_post(context, campaign_id: int, draft: PostDraft) -> int:
    made: list[int] = []
    snapshot: list[dict] = []

    def redo() -> int:
        if made:
            service.restore_post(context.store, snapshot[0])
        else:
            made.append(service.add_post(context.store, campaign_id, draft))
        _count_use(context, None, draft.copy_id, True)
        return made[0]

    def undo() -> None:
        snapshot[:] = [service.remove_post(context.store, made[0])]
        _count_use(context, None, draft.copy_id, False)

    return push_edit(context, translate("ChannelEdits", "Add post"), redo, undo, area=AREA)


def update_post(context, post_id: int, before: PostDraft, after: PostDraft) -> None:
    def redo() -> None:
        service.update_post(context.store, post_id, after)
        _count_use(context, before.copy_id, after.copy_id, True)

    def undo() -> None:
        service.update_post(context.store, post_id, before)
        _count_use(context, before.copy_id, after.copy_id, False)

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
    push_edit(context, text, redo, undo, area=AREA)


def remove_post(context, post_id: int) -> None:
    snapshot: list[dict] = []

    def redo() -> None:
        snapshot[:] = [service.remove_post(context.store, post_id)]

    push_edit(context, translate("ChannelEdits", "Remove post"), redo,
              lambda: service.restore_post(context.store, snapshot[0]), area=AREA)
