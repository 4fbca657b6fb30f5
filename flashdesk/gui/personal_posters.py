"""Personal posters for a campaign's promoters: from a file (nickname, avatar, personal link)
or from the customer list (a link pattern with {id}), into a folder. The run goes off the UI
thread behind a progress dialog that can cancel; the folder remembers what was finished, so
pressing Make posters again goes on where it stopped. Afterwards the dialog lists who got no
poster and why."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext
from flashdesk.gui.messages import show_error
from flashdesk.gui.workers import BackgroundTask

SHOWN_PROBLEMS = 300  # lines in the dialog; the report file in the folder has all of them


class PersonalPostersDialog(QDialog):
    def __init__(self, context: AppContext, campaign_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context, self.campaign_id = context, campaign_id
        self.task: BackgroundTask | None = None
        self._running = False
        self.run = None
        self.setWindowTitle(self.tr("Personal posters"))
        intro = QLabel(self.tr("Every promoter gets the campaign's poster with their nickname, "
                               "avatar and own QR code; each QR is read back and compared with "
                               "the person's link before the file is kept."), self)
        intro.setWordWrap(True)
        self.from_file = QRadioButton(self.tr("From a file"), self)
        self.from_customers = QRadioButton(self.tr("From the customer list"), self)
        self.from_file.setChecked(True)
        source = QButtonGroup(self)
        source.addButton(self.from_file)
        source.addButton(self.from_customers)
        self.file = QLineEdit(self)
        self.file.setPlaceholderText(self.tr(".xlsx or .csv: nickname, avatar (optional), link"))
        browse_file = QPushButton(self.tr("Browse…"), self)
        browse_file.clicked.connect(self._choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse_file)
        self.pattern = QLineEdit(self)
        self.pattern.setPlaceholderText("https://shop.example.com/join?ref={id}")
        self.pattern.setToolTip(self.tr("Each person's link: {id} is replaced by their customer id"))
        self.tag = QLineEdit(self)
        self.tag.setPlaceholderText(self.tr("all customers"))
        self.poster = QComboBox(self)
        self.folder = QLineEdit(self)
        browse_folder = QPushButton(self.tr("Choose…"), self)
        browse_folder.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse_folder)
        form = QFormLayout()
        form.addRow(self.from_file, file_row)
        form.addRow(self.from_customers, self.pattern)
        form.addRow(self.tr("Only customers tagged"), self.tag)
        form.addRow(self.tr("Poster"), self.poster)
        form.addRow(self.tr("Output folder"), folder_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.problems = QPlainTextEdit(self)
        self.problems.setReadOnly(True)
        self.problems.setPlaceholderText(self.tr("People without a poster and notes appear here "
                                                 "after a run."))
        self.make_button = QPushButton(self.tr("&Make posters"), self)
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.start)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(buttons)
        self.from_file.toggled.connect(self._source_changed)
        self._load_posters()
        self._source_changed()
        self.resize(720, 560)

    def _load_posters(self) -> None:
        from flashdesk.posters.service import list_posters

        for poster in list_posters(self.context.store, self.campaign_id):
            self.poster.addItem(poster.name, poster.name)
        self.make_button.setEnabled(self.poster.count() > 0)
        if not self.poster.count():
            self.summary.setText(self.tr("This campaign has no poster yet; make one in the Posters "
                                         "tab first."))

    def _source_changed(self) -> None:
        by_file = self.from_file.isChecked()
        self.file.setEnabled(by_file)
        self.pattern.setEnabled(not by_file)
        self.tag.setEnabled(not by_file)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Promoter list"), "",
                                              self.tr("Lists (*.xlsx *.csv *.txt)"))
        if path:
            self.file.setText(path)
            if not self.folder.text().strip():
                self.folder.setText(str(Path(path).with_suffix("")) + "-posters")

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"))
        if folder:
            self.folder.setText(folder)

    def promoters(self):
        """The promoters as chosen, and the folder their avatar paths are relative to."""
        from flashdesk.fission.personal import promoters_from_customers, read_promoters
        from flashdesk.posters.formats import PosterError

        if self.from_file.isChecked():
            if not self.file.text().strip():
                raise PosterError(self.tr("Choose the promoter file."))
            path = Path(self.file.text().strip()).expanduser()
            return read_promoters(path), path.resolve().parent
        return promoters_from_customers(self.context.store, self.pattern.text().strip(),
                                        tag=self.tag.text().strip() or None), None

    def start(self) -> BackgroundTask | None:
        """Read the promoters and the poster here, render on a worker thread."""
        from flashdesk.fission.personal import poster_base
        from flashdesk.groups.service import live_code
        from flashdesk.posters.formats import PosterError
        from flashdesk.posters.personal_run import render_posters

        try:
            if not self.folder.text().strip():
                raise PosterError(self.tr("Choose the folder the posters go to."))
            promoters, avatar_folder = self.promoters()
            base = poster_base(self.context.store, self.campaign_id, self.poster.currentData())
            code = live_code(self.context.store, self.campaign_id)
        except Exception as exc:  # noqa: BLE001  (a UserError's message, or an apology)
            show_error(self, exc)
            return None
        folder = Path(self.folder.text().strip()).expanduser()
        self.make_button.setEnabled(False)
        self.summary.setText(self.tr("Making %n poster(s)…", "", len(promoters)))

        def work(progress):
            return render_posters(base, promoters, folder, progress, live_code=code,
                                  avatar_folder=avatar_folder)

        self.task = BackgroundTask(self, self.tr("Making personal posters"), work, self._finished)
        self.task.dialog.setMinimumDuration(0)
        self._running = True
        return self.task.start()

    def running(self) -> bool:
        # a flag of its own: a finished task deletes itself (and its thread) later
        return self._running

    def reject(self) -> None:
        """Closing while posters are being made stops the run first (what was made stays
        recorded), then closes."""
        if self.running():
            self.task.worker.cancelled = True
            self.task.wait()
            self._running = False
        super().reject()

    def _finished(self, run, error) -> None:
        # self.task stays referenced: its worker is the sender of the signal running this
        self._running = False
        self.make_button.setEnabled(True)
        if error is not None:
            show_error(self, error)
            self.summary.setText(self.tr("Nothing more was made."))
            return
        self.run = run
        text = self.tr("%n poster(s) made", "", len(run.written)) + " · " + \
            self.tr("%n already there from an earlier run", "", run.already) + " · " + \
            self.tr("%n people without a poster", "", len(run.problems))
        if run.cancelled:
            text += "\n" + self.tr("Stopped. Make posters again to go on where it stopped.")
        if run.report is not None:
            text += "\n" + self.tr("The full list is in {name} in the folder.").format(
                name=run.report.name)
        self.summary.setText(text)
        lines = [self.tr("Not made — {line}").format(line=p.line()) for p in run.problems]
        lines += [self.tr("Note — {line}").format(line=n.line()) for n in run.notes]
        shown = lines[:SHOWN_PROBLEMS]
        if len(lines) > len(shown):
            shown.append(self.tr("… and %n more in the report file", "", len(lines) - len(shown)))
        self.problems.setPlainText("\n".join(shown))
