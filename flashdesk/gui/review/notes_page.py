"""Process notes (before, during, after the launch) and the review outline: plain text the
operator writes. A text is saved when the editor loses focus: one undo step per visit.
The outline can be drafted from the recorded numbers, then edited."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from flashdesk.errors import UserError
from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import confirm, show_error
from flashdesk.review.texts import NOTE_KEYS, get_text, note_title, set_text


class CommittingTextEdit(QPlainTextEdit):
    """Emits committed(text) when it loses focus with a changed text."""

    committed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.saved = ""

    def show_text(self, text: str) -> None:
        if text != self.toPlainText():
            self.setPlainText(text)
        self.saved = text

    def commit(self) -> None:
        if self.toPlainText() != self.saved:
            self.committed.emit(self.toPlainText())

    def focusOutEvent(self, event) -> None:
        self.commit()
        super().focusOutEvent(event)


class NotesPage(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.editors: dict[str, CommittingTextEdit] = {}
        notes = QGridLayout()
        for column, key in enumerate(NOTE_KEYS):
            title = QLabel(note_title(key), self)
            title.setObjectName("sectionTitle")
            editor = CommittingTextEdit(self)
            editor.setObjectName(f"note_{key}")
            editor.setPlaceholderText(self.tr("What happened, what you would change…"))
            editor.committed.connect(lambda text, key=key: self.save(key, text))
            self.editors[key] = editor
            notes.addWidget(title, 0, column)
            notes.addWidget(editor, 1, column)
        outline_title = QLabel(note_title("outline"), self)
        outline_title.setObjectName("sectionTitle")
        self.draft_button = QPushButton(self.tr("Draft from the data"), self)
        self.draft_button.setToolTip(self.tr("Write an outline from the recorded numbers, notes "
                                             "and A/B tests: what went well and what did not, "
                                             "by dimension."))
        self.draft_button.clicked.connect(self.draft_outline)
        outline = CommittingTextEdit(self)
        outline.setObjectName("note_outline")
        outline.setPlaceholderText(self.tr("Press “Draft from the data”, then edit."))
        outline.committed.connect(lambda text: self.save("outline", text))
        self.editors["outline"] = outline
        head = QHBoxLayout()
        head.addWidget(outline_title)
        head.addStretch(1)
        head.addWidget(self.draft_button)
        layout = QVBoxLayout(self)
        layout.addLayout(notes, 1)
        layout.addLayout(head)
        layout.addWidget(outline, 3)

    def refresh(self) -> None:
        for key, editor in self.editors.items():
            text = get_text(self.context.store, self.context.campaign_id, key) \
                if self.context.campaign_id else ""
            editor.show_text(text)

    def save(self, key: str, text: str) -> None:
        store, campaign_id = self.context.store, self.context.campaign_id
        if campaign_id is None:
            return
        try:
            self.context.push(set_text(store, campaign_id, key, text),
                              self.tr("Edit {what}").format(what=note_title(key)))
        except UserError as error:
            show_error(self, error)

    def draft_outline(self) -> None:
        from flashdesk.review.outline import draft_outline

        editor = self.editors["outline"]
        if editor.toPlainText().strip() and not confirm(
                self, self.tr("Draft the outline"),
                self.tr("Replace the outline you wrote with a fresh draft? Undo brings yours back.")):
            return
        text = draft_outline(self.context.store, self.context.campaign_id)
        editor.setPlainText(text)
        editor.commit()
