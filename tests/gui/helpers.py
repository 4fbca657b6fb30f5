"""Driving modal dialogs from tests: schedule what to do once the dialog is up."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def when_modal(action, attempts: int = 50) -> None:
    """Call action(dialog) as soon as a modal dialog is shown (polls the event loop)."""
    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            action(dialog)
        elif left:
            QTimer.singleShot(20, lambda: poll(left - 1))
    QTimer.singleShot(0, poll)


def window_on(qtbot, context, campaign_id, width: int, height: int, language: str = "en"):
    """The main window at width x height in `language`, shown with the campaign selected."""
    from flashdesk.gui.main_window import MainWindow

    context.settings.setValue("language", language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    context.select_campaign(campaign_id)
    return window


def show_tab(window, class_name: str, settle: int = 0) -> int:
    """Show the window's tab of that class; returns its index. `settle` layout passes follow:
    wrapping rows ask for their height one pass at a time."""
    index = next(i for i in range(window.tabs.count())
                 if type(window.tab_at(i)).__name__ == class_name)
    window.tabs.setCurrentIndex(index)
    for _ in range(settle):
        QApplication.processEvents()
    return index


def tab_chain(dialog) -> list:
    """The widgets Tab visits in `dialog`, in order, from its first."""
    from PySide6.QtCore import Qt

    chain, widget = [], dialog.nextInFocusChain()
    while widget is not dialog and widget not in chain:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain
