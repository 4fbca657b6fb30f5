"""The customers' rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the import dialog's field names, the list's headers and the
playbook's follow-up names."""

from __future__ import annotations

from flashdesk.customers.tiers import default_rules
from flashdesk.gui.customers.import_dialog import FIELDS
from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate


def _pick(labels: dict[str, str], *names: str) -> dict[str, str]:
    return {name: labels[name] for name in names}


def table_labels() -> dict[str, Labels]:
    fields = {key: translate("ImportDialog", text) for key, text in FIELDS.items()}
    person = translate("CustomerLabels", "Customer")
    return {
        "customer": Labels(
            translate("CustomerLabels", "customer"),
            {**_pick(fields, "external_id", "phone", "nickname", "added_by", "added_on", "source"),
             "remark": translate("PeopleModel", "Remark"),
             "stage": translate("PeopleModel", "Stage"),
             "paid_total": translate("PeopleModel", "Paid")}),
        # a forgotten person's salted hash and when: nothing an operator can read
        "customer_forgotten": Labels(translate("CustomerLabels", "forgotten person"),
                                     hidden=frozenset({"key", "forgotten_at"})),
        "customer_mapping": Labels(
            translate("CustomerLabels", "remembered columns of an export"),
            {"kind": translate("CustomerLabels", "Export"),
             "fields": translate("CustomerLabels", "Columns")},
            bare=frozenset({"fields"}), keyed=False),
        "customer_follow_up": Labels(
            translate("CustomerLabels", "follow-up"),
            {"customer_id": person,
             "kind": translate("CustomerLabels", "Follow-up"),
             "at": translate("CustomerLabels", "When")},
            {"kind": {kind.kind: kind.name for kind in default_rules().followups},
             "status": {"done": translate("CustomerLabels", "done"),
                        "skipped": translate("CustomerLabels", "skipped")}}),
        "customer_listing": Labels(
            translate("CustomerLabels", "list entry"),
            {"customer_id": person, "label": translate("CustomerLabels", "List")}),
        "customer_match": Labels(
            translate("CustomerLabels", "row matched by nickname"),
            {"customer_id": person, "nickname": fields["nickname"],
             "source": translate("CustomerLabels", "Imported as"),
             "file_row": translate("CustomerLabels", "Row in the file"),
             "file_name": translate("CustomerLabels", "File")},
            # the id of the imported row it stands for, in the table `source` names
            hidden=frozenset({"source_id"})),
        "customer_membership": Labels(
            translate("CustomerLabels", "group membership"),
            {"customer_id": person, "group_name": fields["group"],
             "group_nickname": fields["group_nickname"], "joined_at": fields["joined_at"],
             "join_method": fields["join_method"], "inviter": fields["inviter"]}),
        "customer_order": Labels(
            translate("CustomerLabels", "order"),
            {**_pick(fields, "order_no", "ordered_at", "paid_at", "item", "amount", "refund", "status", "channel"),
             "customer_id": person, "paid": translate("CustomerLabels", "Counted as paid")}),
        "customer_tag": Labels(
            translate("CustomerLabels", "tag"),
            {"customer_id": person, "tag": translate("CustomerLabels", "Tag"),
             "origin": translate("CustomerLabels", "Tagged by")},
            {"origin": {"manual": translate("CustomerLabels", "hand"),
                        "import": translate("CustomerLabels", "import"),
                        "rule": translate("CustomerLabels", "rule")}}),
    }
