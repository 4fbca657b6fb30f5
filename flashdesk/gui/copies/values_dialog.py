"""Campaign values for the variables the campaign's own details cannot give: group name,
live code link and remaining slots. The Group SOP supplies them (shown as the empty field's
placeholder); a value typed here wins over it, clearing the field goes back to it. Saving
is one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from flashdesk.copies import service
from flashdesk.copies.variables import OPERATOR_SET, PER_PERSON, VARIABLES, describe
from flashdesk.gui.fit import UpAndDown, open_within_screen
from flashdesk.gui.messages import show_error


class CampaignValuesDialog(QDialog):
    def __init__(self, values: dict[str, str], parent=None, overrides: dict[str, str] | None = None,
                 derived: dict[str, str] | None = None):
        """values: every variable as filled now; overrides: what the operator typed (the
        fields); derived: what the Group SOP gives when a field is empty."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign values for copy variables"))
        form = QFormLayout()  # what the operator may type
        given = QFormLayout()  # what the campaign gives: scrolls on a short screen, never the fields
        names: list[QLabel] = []

        def row(layout: QFormLayout, name: str, widget) -> None:
            label = QLabel(f"{{{name}}}", self)
            names.append(label)
            layout.addRow(label, widget)

        self.fields: dict[str, QLineEdit] = {}
        overrides = values if overrides is None else overrides
        derived = derived or {}
        for name in OPERATOR_SET:
            field = QLineEdit(overrides.get(name, ""), self)
            field.setPlaceholderText(self.tr("From Group SOP: {value}").format(value=derived[name])
                                     if derived.get(name) else describe(name))
            field.setToolTip(describe(name))
            self.fields[name] = field
            row(form, name, field)
        for name in VARIABLES:
            if name in PER_PERSON:
                label = QLabel(self.tr("each person's own, in their follow-up message"), self)
                label.setToolTip(describe(name))
                row(given, name, label)
            elif name not in OPERATOR_SET:
                label = QLabel(values.get(name) or "—", self)
                label.setToolTip(describe(name))
                label.setWordWrap(True)  # the list never scrolls sideways: a 200-character name wraps
                row(given, name, label)
        # the two forms read as one list: their names share one column width
        width = max(label.sizeHint().width() for label in names)
        for label in names:
            label.setMinimumWidth(width)
        listing = QWidget(self)
        listing.setLayout(given)
        given.setContentsMargins(0, 0, 0, 0)
        scroll = UpAndDown(self)
        scroll.setObjectName("givenValues")
        scroll.setWidget(listing)
        # the list reads as part of the dialog: no fill of the palette's grey over its colour
        scroll.viewport().setAutoFillBackground(False)
        listing.setAutoFillBackground(False)  # after setWidget, which sets it
        note = QLabel(self.tr("Leave a field empty to use what the Group SOP tab knows (open group, "
                              "live code, quota minus sold). The other values come from the "
                              "campaign's details; change them there."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(560)  # the Group SOP's values (a long group name, a link) show whole
        layout.addWidget(note)
        layout.addWidget(buttons)
        open_within_screen(self, self.sizeHint())  # the list would scroll with room to spare

    def chosen(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}


def edit_campaign_values(parent, context) -> bool:
    store, campaign_id = context.store, context.campaign_id
    from flashdesk.groups.copy_values import group_values, values_for

    overrides = service.variable_overrides(store, campaign_id)
    before = {name: overrides.get(name, "") for name in OPERATOR_SET}
    dialog = CampaignValuesDialog(values_for(store, campaign_id), parent, before,
                                  group_values(store, campaign_id))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == before:
        return False
    after = dialog.chosen()
    try:
        context.push(service.set_variables(store, campaign_id, after),
                     dialog.tr("Set campaign values"))
        return True
    except Exception as exc:
        show_error(parent, exc)
        return False
