"""The review's rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): the recorded numbers as their tables name them."""

from __future__ import annotations

from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate
from flashdesk.review.records import KINDS, MATERIAL_KINDS, column_label, material_kind_label


def _columns(kind: str) -> dict[str, str]:
    return {column.key: column_label(column.key) for column in KINDS[kind].columns}


def table_labels() -> dict[str, Labels]:
    return {
        "review_daily": Labels(translate("ReviewLabels", "day's numbers"), _columns("daily")),
        "review_channel_day": Labels(translate("ReviewLabels", "channel's numbers"), _columns("channels")),
        "review_copy": Labels(
            translate("ReviewLabels", "copy's numbers"),
            {**_columns("copies"), "copy_id": translate("ReviewLabels", "Library copy")}),
        "review_material": Labels(
            translate("ReviewLabels", "material's numbers"), _columns("materials"),
            {"kind": {kind: material_kind_label(kind) for kind in MATERIAL_KINDS}}),
        "review_ab_test": Labels(
            translate("ReviewLabels", "A/B test"),
            {"step": translate("ReviewLabels", "Step tested"),
             "variant_a": translate("ReviewLabels", "Variant A"),
             "variant_b": translate("ReviewLabels", "Variant B"),
             "exposed_a": translate("ReviewLabels", "Exposed (A)"),
             "converted_a": translate("ReviewLabels", "Converted (A)"),
             "exposed_b": translate("ReviewLabels", "Exposed (B)"),
             "converted_b": translate("ReviewLabels", "Converted (B)")}),
        "review_text": Labels(translate("ReviewLabels", "review notes"),
                              {"text": translate("ReviewLabels", "Text")}),
    }
