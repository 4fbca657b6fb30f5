"""Campaign edits as undo steps, shared by the menus, the sidebar and the overview tab.
Undoing a new or duplicated campaign removes its rows; Redo writes the very same rows back
(same ids, same plan) instead of planning a new one."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QInputDialog, QWidget

from flashdesk.campaigns import service
from flashdesk.campaigns.draft import CampaignDraft
from flashdesk.gui.campaign_dialog import CampaignDialog
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import confirm, show_error
from flashdesk.i18n import translate


def _made(context: AppContext, text: str, make) -> int:
    """Push the Change that made a campaign and show that campaign."""
    change = context.push(make(), text)
    context.select_campaign(change.result)
    return change.result


def new_campaign(parent: QWidget, context: AppContext) -> int | None:
    from flashdesk.campaigns.offer import OfferDraft
    from flashdesk.playbook import default_playbook

    budget = float(default_playbook().section("offers")["budget"])
    dialog = CampaignDialog(parent, translate("CampaignActions", "New campaign"), CampaignDraft(
        launch_at=(datetime.now() + timedelta(days=7)).replace(hour=20, minute=0, second=0,
                                                               microsecond=0),
        offer=OfferDraft(budget=budget)), choose_model=True)
    draft = dialog.ask()
    if draft is None:
        return None
    try:
        playbook = default_playbook().with_model(dialog.model_key())
        return _made(context, translate("CampaignActions", "New campaign “{name}”").format(name=draft.name),
                     lambda: service.create_campaign(context.store, draft, playbook))
    except Exception as exc:
        show_error(parent, exc)
        return None


def edit_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    try:
        before = service.get_draft(context.store, campaign_id)
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
        context.push(service.update_campaign(context.store, campaign_id, after), text)
        return True
    except Exception as exc:
        show_error(parent, exc)
        return False


def rename_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    before = CampaignDraft.of(service.get_campaign(context.store, campaign_id))
    name, ok = QInputDialog.getText(parent, translate("CampaignActions", "Rename campaign"),
                                    translate("CampaignActions", "New name:"), text=before.name)
    if not ok or name.strip() == before.name:
        return False
    after = CampaignDraft(**{**before.values(), "name": name.strip()})
    return _update(parent, context, campaign_id, before, after,
                   translate("CampaignActions", "Rename to “{name}”").format(name=after.name))


def duplicate_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> int | None:
    """Duplicate as template: the whole plan copied to a new launch date, shifted."""
    source = service.get_campaign(context.store, campaign_id)
    draft = service.get_draft(context.store, campaign_id)  # the offer shown as it goes along
    draft.name = translate("CampaignActions", "{name} (copy)").format(name=source.name)
    draft.launch_at = source.launch_at + timedelta(days=7)
    dialog = CampaignDialog(parent, translate("CampaignActions", "Duplicate as template"), draft)
    for widget in (dialog.product, dialog.industry, dialog.list_price, dialog.deal_price,
                   dialog.quota, dialog.notes):
        widget.setEnabled(False)  # a template copy changes its name, launch and the group's length
    dialog.pages.setTabEnabled(1, False)  # the offer goes along as it is
    dialog.lifetime_days.setToolTip(translate(
        "CampaignActions", "A longer or shorter group refits the copy's group days: each day gets its key nodes, "
        "tasks and timetable items, and the close day's nodes move to the new last day"))
    chosen = dialog.ask()
    if chosen is None:
        return None
    try:
        return _made(context, translate("CampaignActions", "Duplicate “{name}”").format(name=source.name),
                     lambda: service.duplicate_campaign(context.store, campaign_id,
                                                        chosen.name, chosen.launch_at, chosen.lifetime_days))
    except Exception as exc:
        show_error(parent, exc)
        return None


def delete_campaign(parent: QWidget, context: AppContext, campaign_id: int) -> bool:
    campaign = service.get_campaign(context.store, campaign_id)
    if not confirm(parent, translate("CampaignActions", "Delete campaign"),
                   translate("CampaignActions", "Delete “{name}” and its whole plan? You can undo this with Ctrl+Z.")
                   .format(name=campaign.name)):
        return False
    context.push(service.set_deleted(context.store, campaign_id, True),
                 translate("CampaignActions", "Delete “{name}”").format(name=campaign.name))
    context.select_campaign(None)
    return True


def set_archived(parent: QWidget, context: AppContext, campaign_id: int, archived: bool) -> None:
    campaign = service.get_campaign(context.store, campaign_id)
    text = (translate("CampaignActions", "Archive “{name}”") if archived
            else translate("CampaignActions", "Unarchive “{name}”")).format(name=campaign.name)
    context.push(service.set_archived(context.store, campaign_id, archived), text)
