"""Campaign edits as undo steps, shared by the menus, the sidebar and the overview tab.
Creating and duplicating are undone by a soft delete, so Redo brings back the very same
campaign (same id, same plan) instead of planning a new one."""

from __future__ import annotations

from flashdesk.i18n import translate

from datetime import datetime, timedelta

from PySide6.QtWidgets import QInputDialog, QWidget

from flashdesk.campaigns import service
from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.gui.campaign_dialog import CampaignDialog
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import confirm, show_error
from flashdesk.gui.undo import push_edit



def _revivable(context: AppContext, text: str, make) -> int:
    """Push an edit that makes a campaign once, then undoes/redoes by soft delete."""
    made: list[int] = []

    def redo() -> int:
        if made:
            service.set_deleted(context.store, made[0], False)
        else:
            made.append(make())
        context.select_campaign(made[0])
        return made[0]

    def undo() -> None:
        service.set_deleted(context.store, made[0], True)
        context.select_campaign(None)

    return push_edit(context, text, redo, undo)


def new_campaign(parent: QWidget, context: AppContext) -> int | None:
    dialog = CampaignDialog(parent, translate("CampaignActions", "New campaign"), CampaignDraft(
        launch_at=(datetime.now() + timedelta(days=7)).replace(hour=20, minute=0, second=0,
                                                               microsecond=0)))
    draft = dialog.ask()
    if draft is None:
        return None
    try:
        return _revivable(context, translate("CampaignActions", "New campaign “{name}”").format(name=draft.name),
                          lambda: service.create_campaign(context.store, draft))
    except Exception as exc:
        show_error(parent, exc)
        return None


def edit_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    try:
        before = CampaignDraft.of(service.get_campaign(context.store, campaign_id))
    except Exception as exc:
        show_error(parent, exc)
        return False
    after = CampaignDialog(parent, translate("CampaignActions", "Campaign details"), before).ask()
    if after is None or after == before:
        return False
    return _update(parent, context, campaign_id, before, after,
                   translate("CampaignActions", "Edit “{name}”").format(name=after.name))


def _update(parent, context, campaign_id, before: CampaignDraft, after: CampaignDraft,
            text: str) -> bool:
    try:
        push_edit(context, text, lambda: service.update_campaign(context.store, campaign_id, after),
                  lambda: service.update_campaign(context.store, campaign_id, before))
        return True
    except Exception as exc:
        show_error(parent, exc)
        return False


def rename_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    before = CampaignDraft.of(service.get_campaign(context.store, campaign_id))
    name, ok = QInputDialog.getText(parent, translate("CampaignActions", "Rename campaign"), translate("CampaignActions", "New name:"),
                                    text=before.name)
    if not ok or name.strip() == before.name:
        return False
    after = CampaignDraft(**{**before.values(), "name": name.strip()})
    return _update(parent, context, campaign_id, before, after,
                   translate("CampaignActions", "Rename to “{name}”").format(name=after.name))


def duplicate_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> int | None:
    """Duplicate as template: the whole plan copied to a new launch date, shifted."""
    source = service.get_campaign(context.store, campaign_id)
    draft = CampaignDraft.of(source)
    draft.name = translate("CampaignActions", "{name} (copy)").format(name=source.name)
    draft.launch_at = source.launch_at + timedelta(days=7)
    dialog = CampaignDialog(parent, translate("CampaignActions", "Duplicate as template"), draft)
    for widget in (dialog.product, dialog.industry, dialog.list_price, dialog.deal_price,
                   dialog.quota, dialog.lifetime_days, dialog.notes):
        widget.setEnabled(False)  # a template copy changes only its name and launch
    chosen = dialog.ask()
    if chosen is None:
        return None
    try:
        return _revivable(context, translate("CampaignActions", "Duplicate “{name}”").format(name=source.name),
                          lambda: service.duplicate_campaign(context.store, campaign_id,
                                                             chosen.name, chosen.launch_at))
    except Exception as exc:
        show_error(parent, exc)
        return None


def delete_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    campaign = service.get_campaign(context.store, campaign_id)
    if not confirm(parent, translate("CampaignActions", "Delete campaign"),
                   translate("CampaignActions", "Delete “{name}” and its whole plan? You can undo this with Ctrl+Z.")
                   .format(name=campaign.name)):
        return False

    def redo() -> None:
        service.set_deleted(context.store, campaign_id, True)
        context.select_campaign(None)

    def undo() -> None:
        service.set_deleted(context.store, campaign_id, False)
        context.select_campaign(campaign_id)

    push_edit(context, translate("CampaignActions", "Delete “{name}”").format(name=campaign.name), redo, undo)
    return True


def set_archived(parent: QWidget, context: AppContext, campaign_id: int, archived: bool) -> None:
    campaign = service.get_campaign(context.store, campaign_id)
    text = (translate("CampaignActions", "Archive “{name}”") if archived else translate("CampaignActions", "Unarchive “{name}”")).format(name=campaign.name)
    push_edit(context, text, lambda: service.set_archived(context.store, campaign_id, archived),
              lambda: service.set_archived(context.store, campaign_id, not archived))
