"""Long work (exports, big renders, imports) off the UI thread, with a progress dialog that
can cancel. The work function receives `progress(done, total, label) -> bool`; it returns
False once the operator pressed Cancel, and the work should stop (raising is fine)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget


class _Worker(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object, object)  # result, error

    def __init__(self, work: Callable):
        super().__init__()
        self._work = work
        self.cancelled = False

    def _progress(self, done: int, total: int, label: str) -> bool:
        self.progressed.emit(done, total, label)
        return not self.cancelled

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # handed to the UI thread, shown there
            self.finished.emit(None, exc)
        else:
            self.finished.emit(result, None)


class BackgroundTask(QObject):
    """Run `work(progress)` on a thread; `done(result, error)` is called on the UI thread."""

    def __init__(self, parent: QWidget, title: str, work: Callable,
                 done: Callable[[object, BaseException | None], None]):
        super().__init__(parent)
        self._done = done
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.thread = QThread(self)
        self.worker = _Worker(work)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progressed.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.dialog.canceled.connect(self._cancel)

    def start(self) -> BackgroundTask:
        self.thread.start()
        return self

    def _cancel(self) -> None:
        self.worker.cancelled = True

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, label: str) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if label:
            self.dialog.setLabelText(label)

    @Slot(object, object)
    def _on_finished(self, result, error) -> None:
        self.thread.quit()
        self.thread.wait()
        self.dialog.reset()
        self.dialog.close()
        self._done(result, error)
        self.deleteLater()

    def wait(self, msecs: int = 30000) -> bool:
        """For tests: block until the thread ends."""
        return self.thread.wait(msecs)
