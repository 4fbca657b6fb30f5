"""The 裂变 tab: the campaign's fission model and reward ladder, the leaderboard (rank,
promoter, valid invites, not counted, reward, status) with the reward fulfilment to mark,
the review's figures, and every invite with whether it counts and why not. Importing an
invite file shows what it would do first; every edit is one Change on the undo stack."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import show_error

TABLES = {"fission_plan", "fission_invite", "fission_reward", "customer", "customer_order",
          "chat_group", "campaign"}
KEY_ROLE = Qt.ItemDataRole.UserRole


class _Table(QTableView):
    """A table that asks for little height: the tab's word-wrapped lines make the scroll area
    that holds it size it by preferred heights, and two tall tables would push it past a
    1024x700 window; the splitter gives them the room there is."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), 110)


def _table(parent: QWidget, headers: list[str]) -> tuple[QTableView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers), parent)
    model.setHorizontalHeaderLabels(headers)
    view = _Table(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # columns follow their contents (and the font), the last one takes the rest
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view, model


def _item(text, key=None, align_right: bool = False) -> QStandardItem:
    item = QStandardItem("" if text is None else str(text))
    if key is not None:
        item.setData(key, KEY_ROLE)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class FissionTab(QWidget):
    def __init__(self, context: AppContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.board = None
        self.setWindowTitle(self.tr("Fission"))
        self.model_label = QLabel(self)
        self.model_label.setObjectName("fissionModel")
        self.model_label.setWordWrap(True)
        self.model_label.setTextFormat(Qt.TextFormat.PlainText)
        self.ladder = QLabel(self)
        self.ladder.setWordWrap(True)
        self.import_button = QPushButton(self.tr("Import invites…"), self)
        self.import_button.setToolTip(self.tr("An SCRM invite export, or a group member export "
                                              "with its inviter column (.xlsx or .csv)"))
        self.import_button.clicked.connect(self.choose_import)
        self.image_button = QPushButton(self.tr("Save leaderboard image…"), self)
        self.image_button.setToolTip(self.tr("A PNG of the leaderboard to post in the group"))
        self.image_button.clicked.connect(self.save_image)
        self.posters_button = QPushButton(self.tr("Personal posters…"), self)
        self.posters_button.setToolTip(self.tr("Each promoter's own poster with their nickname, "
                                               "avatar and personal QR code"))
        self.posters_button.clicked.connect(self.open_personal_posters)
        self.sent_button = QPushButton(self.tr("Mark reward sent"), self)
        self.sent_button.clicked.connect(self.toggle_sent)
        bar = QHBoxLayout()
        bar.addWidget(self.import_button)
        bar.addWidget(self.sent_button)
        bar.addStretch(1)
        bar.addWidget(self.posters_button)
        bar.addWidget(self.image_button)
        self.figures_box = QGroupBox(self.tr("Review figures"), self)
        self.figures_layout = QHBoxLayout(self.figures_box)
        self.board_view, self.board_model = _table(self, [
            self.tr("Rank"), self.tr("Promoter"), self.tr("Valid invites"), self.tr("Not counted"),
            self.tr("Reward"), self.tr("Status")])
        self.board_view.setObjectName("leaderboard")
        self.board_view.selectionModel().currentRowChanged.connect(lambda *_: self.show_selection())
        self.invites_view, self.invites_model = _table(self, [
            self.tr("Inviter"), self.tr("Invitee"), self.tr("Invited at"), self.tr("Left at"),
            self.tr("Counts?")])
        self.invites_view.setObjectName("invites")
        board_box, invites_box = QGroupBox(self.tr("Leaderboard"), self), QGroupBox(
            self.tr("Invites"), self)
        QVBoxLayout(board_box).addWidget(self.board_view)
        QVBoxLayout(invites_box).addWidget(self.invites_view)
        self.invites_view.setWordWrap(False)
        self.invites_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(board_box)
        split.addWidget(invites_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # the tables take the room the window has, not their ask: with the empty hint shown as
        # well, the ask scrolled the whole tab by a few pixels at 1024x700 in English
        split.setMinimumHeight(split.minimumSizeHint().height())
        split.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        layout = QVBoxLayout(self)
        layout.addWidget(self.model_label)
        layout.addWidget(self.ladder)
        layout.addLayout(bar)
        layout.addWidget(self.figures_box)
        # two empty tables looked broken: until invites come in, say where they come from
        self.no_invites = QLabel(self.tr(
            "No invites yet. Import invites… reads an SCRM invite export, or a group member "
            "export with its inviter column; the leaderboard is counted from them."), self)
        self.no_invites.setObjectName("emptyHint")
        self.no_invites.setWordWrap(True)
        layout.addWidget(self.no_invites)
        layout.addWidget(split, 1)
        context.campaignSelected.connect(lambda _id: self.reload())
        context.storeChanged.connect(self.reload)
        Follower(self, context, TABLES, lambda _change: self.reload(), self.reload)
        self.reload()

    # showing ---------------------------------------------------------------------------
    def reload(self) -> None:
        from flashdesk.campaigns.service import is_live
        from flashdesk.fission.service import board, invites

        campaign_id = self.context.campaign_id
        live = self.context.store is not None and campaign_id is not None and is_live(
            self.context.store, campaign_id)
        for widget in (self.import_button, self.image_button, self.posters_button):
            widget.setEnabled(live)
        self.board_model.removeRows(0, self.board_model.rowCount())
        self.invites_model.removeRows(0, self.invites_model.rowCount())
        self._clear_figures()
        if not live:
            self.board = None
            self.no_invites.hide()
            self.model_label.setText(self.tr("Choose a campaign to see its invites and rewards."))
            self.ladder.clear()
            self.show_selection()
            return
        self.board = board(self.context.store, campaign_id)
        self._show_model()
        statuses = {"pending": self.tr("pending"), "sent": self.tr("sent"), "": ""}
        for entry in self.board.entries:
            reward = entry.tier.reward if entry.tier else (
                self.tr("{count} more for {reward}").format(
                    count=entry.next_tier.invites - entry.valid, reward=entry.next_tier.reward)
                if entry.next_tier else "")
            self.board_model.appendRow([
                _item(entry.rank, entry.promoter_key, True), _item(entry.promoter),
                _item(entry.valid, align_right=True), _item(entry.not_counted, align_right=True),
                _item(reward), _item(statuses[entry.status])])
        for invite in invites(self.context.store, campaign_id):
            when = invite.invited_at.strftime("%Y-%m-%d %H:%M") if invite.invited_at else ""
            left = invite.left_at.strftime("%Y-%m-%d %H:%M") if invite.left_at else ""
            verdict = _item(self.tr("yes") if invite.counts else invite.reason)
            if not invite.counts:
                verdict.setToolTip(invite.reason)
            self.invites_model.appendRow([_item(invite.inviter), _item(invite.invitee),
                                          _item(when), _item(left), verdict])
        for figure in self.board.figures:
            label = QLabel(f"{figure.label()}: <b>{figure.text()}</b>", self.figures_box)
            self.figures_layout.addWidget(label)
        if not self.board.figures:
            self.figures_layout.addWidget(QLabel(self.tr(
                "Valid invites: {valid}, not counted: {other}, members: {members}.").format(
                valid=self.board.valid, other=self.board.not_counted, members=self.board.members),
                self.figures_box))
        self.figures_layout.addStretch(1)
        self.no_invites.setVisible(self.invites_model.rowCount() == 0)
        self.show_selection()

    def _show_model(self) -> None:
        from flashdesk.playbook import default_playbook

        rules = self.board.rules
        model = next((m for m in default_playbook().models if m.key == rules.model), None)
        if model is None:
            self.model_label.setText(self.tr(
                "This campaign was planned without a fission model, so it has no reward ladder; "
                "invites still count. Plan a campaign as 传播型, 产品型 or 服务型 to get one."))
        else:
            self.model_label.setText(self.tr("Model: {name} — {summary}").format(
                name=model.label(), summary=model.summary))
        tiers = self.tr("; ", "between reward tiers").join(self.tr("{count} invites → {reward}").format(
            count=t.invites, reward=t.reward) for t in rules.tiers)
        rule = self.tr("Not counted: people who left within {hours} h of joining, and customers "
                       "known before {day}.").format(hours=rules.leave_hours,
                                                     day=rules.start.isoformat())
        self.ladder.setText((self.tr("Rewards: {tiers}.").format(tiers=tiers) + " " if tiers
                             else "") + rule)

    def _clear_figures(self) -> None:
        while self.figures_layout.count():
            item = self.figures_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()

    def selected_entry(self):
        index = self.board_view.currentIndex()
        if self.board is None or not index.isValid():
            return None
        key = self.board_model.item(index.row(), 0).data(KEY_ROLE)
        return next((e for e in self.board.entries if e.promoter_key == key), None)

    def show_selection(self) -> None:
        entry = self.selected_entry()
        self.sent_button.setEnabled(entry is not None and entry.tier is not None)
        self.sent_button.setText(self.tr("Mark reward pending") if entry is not None
                                 and entry.status == "sent" else self.tr("Mark reward sent"))

    # acting ----------------------------------------------------------------------------
    def toggle_sent(self) -> None:
        from flashdesk.fission.service import set_reward_status

        entry = self.selected_entry()
        if entry is None or entry.tier is None:
            return
        status = "pending" if entry.status == "sent" else "sent"
        key, row = entry.promoter_key, self.board_view.currentIndex().row()
        try:
            change = set_reward_status(self.context.store, self.context.campaign_id, key,
                                       entry.tier.invites, status)
        except Exception as error:  # noqa: BLE001  (shown to the operator, nothing changed)
            show_error(self, error)
            return
        text = (self.tr("Reward sent to {name}") if status == "sent"
                else self.tr("Reward pending for {name}")).format(name=entry.promoter)
        self.context.push(change, text)
        self.board_view.selectRow(row)

    def choose_import(self) -> None:
        from flashdesk.gui.fission.preview import InvitePreview

        folder = self.context.settings.value("fission/folder", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import invites"), folder,
                                              self.tr("Invite exports (*.xlsx *.csv)"))
        if not path:
            return
        self.context.settings.setValue("fission/folder", str(Path(path).parent))
        self.import_file(Path(path), preview=InvitePreview)

    def import_file(self, path: Path, preview) -> bool:
        """Dry-run the file, show `preview(summary, self)`; on Import write it as one step."""
        from flashdesk.fission.service import import_invites

        store, campaign_id = self.context.store, self.context.campaign_id
        try:
            summary, _none = import_invites(store, campaign_id, path, dry_run=True)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return False
        self.preview = preview(summary, self)
        if not self.preview.exec():
            return False
        try:
            _summary, change = import_invites(store, campaign_id, path)
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
            return False
        self.context.push(change, self.tr("Import invites from {name}").format(name=path.name))
        return True

    def open_personal_posters(self):
        """The personal posters dialog for the campaign (gui/personal_posters.py)."""
        from flashdesk.gui.personal_posters import PersonalPostersDialog

        if self.context.campaign_id is None:
            return None
        dialog = PersonalPostersDialog(self.context, self.context.campaign_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def save_image(self) -> None:
        from flashdesk.fission.board_image import save_board

        folder = self.context.settings.value("fission/folder", str(Path.home()))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save leaderboard image"),
                                              str(Path(folder) / "leaderboard.png"),
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        try:
            save_board(self.context.store, self.context.campaign_id, Path(path))
        except Exception as error:  # noqa: BLE001
            show_error(self, error)
