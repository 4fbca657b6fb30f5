"""Renaming owner roles: the playbook's roles (运营, 文案 …) become the team's people."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout


class OwnersDialog(QDialog):
    def __init__(self, parent, roles):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Owners"))
        self.roles = roles
        self.edits: dict[int, QLineEdit] = {}
        form = QFormLayout()
        for role in roles:
            edit = QLineEdit(role.name, self)
            edit.setObjectName(f"role{role.id}")
            edit.setMaxLength(100)
            self.edits[role.id] = edit
            form.addRow(role.name + ":", edit)
        hint = QLabel(self.tr("Give each role the name of the person who does it; every task "
                              "of that role follows."), self)
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.setObjectName("buttons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def renames(self) -> dict[int, str]:
        return {role.id: self.edits[role.id].text().strip() for role in self.roles
                if self.edits[role.id].text().strip() != role.name}
