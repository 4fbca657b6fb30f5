"""Campaign values for the variables the campaign's own details cannot give: group name,
live code link and remaining slots. Saving is one undo step."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from flashdesk.copies import service
from flashdesk.copies.variables import OPERATOR_SET, VARIABLES, describe
from flashdesk.gui.messages import show_error
from flashdesk.gui.undo import push_edit


class CampaignValuesDialog(QDialog):
    def __init__(self, values: dict[str, str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Campaign values for copy variables"))
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in OPERATOR_SET:
            field = QLineEdit(values.get(name, ""), self)
            field.setPlaceholderText(describe(name))
            self.fields[name] = field
            form.addRow(f"{{{name}}}", field)
        for name in VARIABLES:
            if name not in OPERATOR_SET:
                label = QLabel(values.get(name) or "—", self)
                label.setToolTip(describe(name))
                form.addRow(f"{{{name}}}", label)
        note = QLabel(self.tr("The other values come from the campaign's details; change them "
                              "there."), self)
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def chosen(self) -> dict[str, str]:
        return {name: field.text().strip() for name, field in self.fields.items()}


def edit_campaign_values(parent, context) -> bool:
    store, campaign_id = context.store, context.campaign_id
    before_all = service.values_for(store, campaign_id)
    before = {name: before_all[name] for name in OPERATOR_SET}
    dialog = CampaignValuesDialog(before_all, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() == before:
        return False
    after = dialog.chosen()
    try:
        push_edit(context, dialog.tr("Set campaign values"),
                  lambda: service.set_variables(store, campaign_id, after),
                  lambda: service.set_variables(store, campaign_id, before), area="copies")
        return True
    except Exception as exc:
        show_error(parent, exc)
        return False
