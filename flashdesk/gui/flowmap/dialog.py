"""The campaign's flow map in a window: the map drawn to fit (the same painting as the PNG and
the PDF), redrawn when the plan or the review's numbers change while it is open, and exported
as PNG or PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from flashdesk.gui.context import AppContext
from flashdesk.gui.fit import open_within_screen
from flashdesk.gui.follow import Follower
from flashdesk.gui.messages import show_error

# what the map shows: the plan's channels, posts, posters, groups and key nodes, the review's
# numbers, the follow-up marks and the campaign itself
FOLLOWED = ("campaign", "channel", "post", "poster", "group_campaign", "chat_group", "key_node",
            "review_daily", "review_channel_day", "customer_follow_up", "customer_membership",
            "customer_order", "customer_listing")


class FlowMapView(QWidget):
    """Paints the map scaled to fit, centred, keeping its proportions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.flow = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(480, 320)

    def sizeHint(self) -> QSize:
        return QSize(1100, 820)

    def set_flow(self, flow) -> None:
        self.flow = flow
        self.update()

    def paintEvent(self, _event) -> None:
        from flashdesk.flowmap.draw import paint, size

        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.flow is not None:
            width, height = size(self.flow)
            scale = min(self.width() / width, self.height() / height)
            painter.translate((self.width() - width * scale) / 2, (self.height() - height * scale) / 2)
            painter.scale(scale, scale)
            painter.setClipRect(QRectF(0, 0, width, height))
            paint(painter, self.flow)
        painter.end()


class FlowMapDialog(QDialog):
    def __init__(self, context: AppContext, campaign_id: int, parent=None):
        super().__init__(parent)
        self.context, self.campaign_id = context, campaign_id
        self.setWindowTitle(self.tr("Flow map"))
        self.view = FlowMapView(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.png_button = QPushButton(self.tr("Export &PNG…"), self)
        self.pdf_button = QPushButton(self.tr("Export P&DF…"), self)
        self.png_button.clicked.connect(lambda: self.export(".png"))
        self.pdf_button.clicked.connect(lambda: self.export(".pdf"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.png_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.follower = Follower(self, context, FOLLOWED, update=lambda _change: self.reload(),
                                 reload=self.reload)
        self.reload()
        # room for the whole map on a desktop; on a laptop the title bar and buttons stay on screen
        open_within_screen(self, QSize(1180, 900))

    def reload(self) -> None:
        from flashdesk.flowmap.graph import build

        self.flow = build(self.context.store, self.campaign_id)
        self.view.set_flow(self.flow)
        self.hint.setText(self.tr("Numbers come from the Review tab; each arrow shows the share "
                                  "that made it from the step before.") if self.flow.has_numbers
                          else self.tr("The review has no numbers yet: once daily numbers and "
                                       "channel results are recorded, each step shows its count."))

    def export(self, suffix: str, path: str | Path | None = None) -> Path | None:
        """Write the map as PNG or PDF; asks where unless `path` is given."""
        from flashdesk.flowmap.draw import save_pdf, save_png

        if path is None:
            folder = str(self.context.settings.value("export/folder", str(Path.home())))
            label = self.tr("flow map")
            name = f"{self.flow.campaign[:60]} {label}{suffix}"
            kind = self.tr("PNG image (*.png)") if suffix == ".png" else self.tr("PDF (*.pdf)")
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export flow map"),
                                                    str(Path(folder) / name), kind)
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(suffix) else chosen + suffix
            self.context.settings.setValue("export/folder", str(Path(path).parent))
        try:
            written = (save_pdf if suffix == ".pdf" else save_png)(self.flow, path)
        except Exception as exc:  # noqa: BLE001  (a UserError's message, or an apology)
            show_error(self, exc)
            return None
        self.hint.setText(self.tr("Saved {path}").format(path=written))
        return written


def open_flow_map(parent: QWidget, context: AppContext) -> FlowMapDialog | None:
    """View → Flow map…: the current campaign's map, modeless (the tabs stay usable)."""
    if context.campaign_id is None:
        return None
    dialog = FlowMapDialog(context, context.campaign_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
