"""Every print preview in the app opens, paints its pages and closes without killing the
process (the Posters preview used to crash: its printer was collected mid-paint)."""

from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintPreviewWidget

import flashdesk
from flashdesk.gui.posters.tab import PostersTab
from flashdesk.gui.tasks.export import print_preview
from flashdesk.gui.tasks.tab import TasksTab
from tests.gui.helpers import when_modal


def _close_after_paint(seen: list):
    def close(dialog):
        preview = dialog.findChild(QPrintPreviewWidget)
        preview.updatePreview()
        seen.append((type(dialog).__name__, preview.pageCount(), dialog.grab().isNull()))
        dialog.reject()
    when_modal(close)


@pytest.fixture
def _english(qapp):
    from flashdesk import i18n

    i18n.install("en")


def test_poster_preview_paints_and_closes(qtbot, app_context, campaign_id, _english):
    tab = PostersTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    app_context.select_campaign(campaign_id)
    qtbot.waitUntil(lambda: tab.doc is not None)
    tab._confirm_despite_errors = lambda: True  # the sample poster's QR waits for a live code
    seen = []
    _close_after_paint(seen)
    tab.print_preview()
    assert seen == [("QPrintPreviewDialog", 1, False)]
    _close_after_paint(seen)
    tab.print_preview()  # a second time: nothing of the first dialog is left to crash on
    assert len(seen) == 2


def test_gantt_preview_paints_and_closes(qtbot, app_context, campaign_id, _english):
    tab = TasksTab(app_context)
    qtbot.addWidget(tab)
    tab.show()
    app_context.select_campaign(campaign_id)
    seen = []
    _close_after_paint(seen)
    print_preview(tab, tab.view)
    assert len(seen) == 1 and seen[0][1] >= 1


def test_no_preview_is_built_outside_the_helper():
    """A new QPrintPreviewDialog elsewhere would bring the crash back: the helper is the one
    place that owns the printer for the dialog's lifetime."""
    package = Path(flashdesk.__file__).parent
    users = sorted(str(path.relative_to(package)) for path in package.rglob("*.py")
                   if "QPrintPreviewDialog(" in path.read_text(encoding="utf-8"))
    assert users == ["gui/printing.py"]
