"""The task dialog (double-click, F2, Insert): every field of a task and its predecessors
written as in the workbook ("3FS+2h; 5SS"), checked as you type."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.palette import set_tone
from flashdesk.gui.tasks.labels import key_node_names, link_kind_names, phase_names, status_names
from flashdesk.gui.tasks.state import BoardState
from flashdesk.tasks.service import TaskDraft, validate
from flashdesk.tasks.timeref import format_predecessor, parse_predecessors


def _edit(moment: datetime, parent) -> QDateTimeEdit:
    edit = QDateTimeEdit(QDateTime(moment), parent)
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    edit.setCalendarPopup(True)
    return edit


class TaskDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, state: BoardState, draft: TaskDraft,
                 task_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.state, self.task_id = state, task_id
        self.name = QLineEdit(draft.name, self)
        self.name.setObjectName("name")
        self.name.setCursorPosition(0)  # a long name shows its start, not its last words
        self.phase = QComboBox(self)
        self.phase.setObjectName("phase")
        for key, label in phase_names().items():
            self.phase.addItem(label, key)
        if self.phase.findData(draft.phase) < 0:
            self.phase.addItem(draft.phase, draft.phase)
        self.phase.setCurrentIndex(self.phase.findData(draft.phase))
        self.phase.setEditable(True)  # a custom phase is typed in
        self.owner = QComboBox(self)
        self.owner.setObjectName("owner")
        self.owner.addItem(self.tr("(nobody)"), None)
        for role in state.roles.values():
            self.owner.addItem(role.name, role.id)
        self.owner.setCurrentIndex(max(self.owner.findData(draft.role_id), 0))
        self.start = _edit(draft.start, self)
        self.start.setObjectName("start")
        self.end = _edit(draft.end or draft.start, self)
        self.end.setObjectName("end")
        self.has_deadline = QCheckBox(self.tr("Deadline"), self)
        self.has_deadline.setChecked(draft.deadline is not None)
        self.deadline = _edit(draft.deadline or draft.end or draft.start, self)
        self.deadline.setEnabled(draft.deadline is not None)
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        self.progress = QSpinBox(self)
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix(" %")
        self.progress.setValue(draft.progress)
        self.status = QComboBox(self)  # before the milestone box, as in the form: Tab follows the making
        self.status.setObjectName("status")
        for key, label in status_names().items():
            self.status.addItem(label, key)
        self.status.setCurrentIndex(max(self.status.findData(draft.status), 0))
        self.milestone = QCheckBox(self.tr("Milestone (a moment, shown as a diamond)"), self)
        self.milestone.setObjectName("milestone")
        self.milestone.setChecked(draft.milestone)
        self.milestone.toggled.connect(lambda on: self.end.setEnabled(not on))
        self.end.setEnabled(not draft.milestone)
        self.key_node = QComboBox(self)
        self.key_node.setObjectName("keyNode")
        for key, label in key_node_names().items():
            self.key_node.addItem(label, key)
        self.key_node.setCurrentIndex(max(self.key_node.findData(draft.key_node), 0))
        self.post = QComboBox(self)
        self.post.setObjectName("post")
        self.post.addItem(self.tr("(none)"), None)
        for post_id, label in state.posts.items():
            self.post.addItem(label, post_id)
        self.post.setCurrentIndex(max(self.post.findData(draft.post_id), 0))
        self.post.setToolTip(self.tr("The warm-up post on the publicity calendar this task gets "
                                     "out (channel · day · stage)"))
        self.predecessors = QLineEdit(self._predecessor_text(), self)
        self.predecessors.setObjectName("predecessors")
        self.predecessors.setPlaceholderText(self.tr("e.g. 3FS+2h; 5SS-30m"))
        self.predecessors.setToolTip("\n".join(
            [self.tr("The tasks this one follows: a task's number, the link type (FS when left out) "
                     "and a lag; several separated by ;")]
            + [f"{code}: {name}" for code, name in link_kind_names().items()]))
        self.notes = QPlainTextEdit(draft.notes, self)
        self.notes.setObjectName("notes")
        self.notes.setFixedHeight(70)
        self.problem = QLabel(self)
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        set_tone(self.problem, "error")

        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Phase:"), self.phase)
        form.addRow(self.tr("Owner:"), self.owner)
        form.addRow(self.tr("Start:"), self.start)
        form.addRow(self.tr("End:"), self.end)
        deadline = QHBoxLayout()
        deadline.addWidget(self.has_deadline)
        deadline.addWidget(self.deadline, 1)
        form.addRow(self.tr("Due:"), deadline)
        form.addRow(self.tr("Progress:"), self.progress)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow("", self.milestone)
        form.addRow(self.tr("Key node:"), self.key_node)
        form.addRow(self.tr("Channel post:"), self.post)
        form.addRow(self.tr("Predecessors:"), self.predecessors)
        form.addRow(self.tr("Notes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.setObjectName("buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        # opens clean: problems show once the operator edits, or presses OK
        self.edited = False
        for signal in (self.name.textChanged, self.start.dateTimeChanged, self.end.dateTimeChanged,
                       self.predecessors.textChanged, self.milestone.toggled):
            signal.connect(self._edited)
        self.resize(520, self.sizeHint().height())

    def _predecessor_text(self) -> str:
        if self.task_id is None:
            return ""
        links = [k for k in self.state.links_of(self.task_id)
                 if k.successor_id == self.task_id and k.predecessor_id in self.state.tasks]
        return "; ".join(format_predecessor(self.state.number[k.predecessor_id], k.kind, k.lag_minutes)
                         for k in sorted(links, key=lambda k: self.state.number[k.predecessor_id]))

    def draft(self) -> TaskDraft:
        return TaskDraft(
            name=self.name.text().strip(), phase=self._phase(),
            role_id=self.owner.currentData(), start=self.start.dateTime().toPython(),
            end=self.end.dateTime().toPython(),
            deadline=self.deadline.dateTime().toPython() if self.has_deadline.isChecked() else None,
            progress=self.progress.value(), milestone=self.milestone.isChecked(),
            status=self.status.currentData(), notes=self.notes.toPlainText(),
            key_node=self.key_node.currentData(), post_id=self.post.currentData())

    def _phase(self) -> str:
        text = self.phase.currentText().strip()
        index = self.phase.findText(text)
        return self.phase.itemData(index) if index >= 0 else text

    def predecessor_links(self) -> list[tuple[int, str, int]]:
        """(task id, kind, lag) from the predecessors field; ValueError names a bad part."""
        links = []
        for ref in parse_predecessors(self.predecessors.text()):
            if ref.row not in self.state.by_number:
                raise ValueError(self.tr("There is no task {number}.").format(number=ref.row))
            links.append((self.state.by_number[ref.row], ref.kind, ref.lag))
        return links

    def _edited(self) -> None:
        self.edited = True
        self._check()

    def accept(self) -> None:
        self.edited = True
        if not self._check():
            super().accept()

    def _check(self) -> str:
        problems = list(validate(self.draft()).values())
        try:
            self.predecessor_links()
        except ValueError as exc:
            problems.append(self.tr("Predecessors: {problem}").format(problem=exc))
        text = " ".join(problems)
        self.problem.setText(text if self.edited else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not text or not self.edited)
        return text
