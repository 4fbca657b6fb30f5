"""The leaderboard as an image to post in the group (PNG, phone width), drawn headless with
QPainter in the bundled font. Its words are Chinese like the posters: they are read by the
group, not by the operator."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from flashdesk.fission.service import Board, board_in
from flashdesk.outputs import write_output
from flashdesk.store import Store

WIDTH = 1080
SHOWN = 20  # promoters on the image; the rest are counted below it
HEAD, ROW, FOOT, MARGIN = 300, 92, 150, 48
MEDALS = {1: "#E5A50A", 2: "#9AA3AD", 3: "#C07A3A"}
ACCENT, INK, SOFT, PAPER = "#C0392B", "#222222", "#777777", "#FFF8F2"


def render(board: Board, title: str, when: datetime | None = None):
    """The leaderboard image (a QImage)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter

    from flashdesk.fonts import font
    from flashdesk.posters.render import ensure_app

    ensure_app()
    shown = board.entries[:SHOWN]
    height = HEAD + ROW * max(len(shown), 1) + FOOT
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor(PAPER))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    try:
        painter.fillRect(0, 0, WIDTH, HEAD - 60, QColor(ACCENT))
        painter.setPen(QColor("white"))
        painter.setFont(font(40, 800))
        painter.drawText(QRectF(MARGIN, 40, WIDTH - 2 * MARGIN, 90), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, "邀请排行榜")
        painter.setFont(font(20, 500))
        stamp = (when or datetime.now()).strftime("%m月%d日 %H:%M")
        painter.drawText(QRectF(MARGIN, 135, WIDTH - 2 * MARGIN, 60),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         f"{title} · 截至 {stamp}")
        painter.setPen(QColor(SOFT))
        painter.setFont(font(17, 500))
        for x, width, text, align in _columns("名次", "推广员", "有效邀请", "奖励"):
            painter.drawText(QRectF(x, HEAD - 55, width, 50), align, text)
        for i, entry in enumerate(shown):
            top = HEAD + i * ROW
            if i % 2 == 0:
                painter.fillRect(QRectF(MARGIN / 2, top, WIDTH - MARGIN, ROW), QColor("#FBEDE3"))
            medal = MEDALS.get(entry.rank)
            if medal:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(medal))
                painter.drawEllipse(QRectF(MARGIN + 8, top + 18, 56, 56))
            reward = entry.tier.reward if entry.tier else (
                f"再邀 {entry.next_tier.invites - entry.valid} 人得{entry.next_tier.reward}"
                if entry.next_tier else "—")
            cells = (str(entry.rank), entry.promoter, str(entry.valid), reward)
            for (x, width, _t, align), text, (size, weight, colour) in zip(
                    _columns(), cells, ((22, 800, "white" if medal else INK), (22, 600, INK),
                                        (26, 800, ACCENT), (19, 500, INK if entry.tier else SOFT))):
                painter.setPen(QColor(colour))
                painter.setFont(font(size, weight))
                painter.drawText(QRectF(x, top, width, ROW), align,
                                 painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight,
                                                                  int(width)))
        if not shown:
            painter.setPen(QColor(SOFT))
            painter.setFont(font(22, 500))
            painter.drawText(QRectF(0, HEAD, WIDTH, ROW), Qt.AlignmentFlag.AlignCenter,
                             "还没有有效邀请，快来当第一名！")
        painter.setPen(QColor(SOFT))
        painter.setFont(font(17, 500))
        rest = len(board.entries) - len(shown)
        foot = f"共 {len(board.entries)} 位推广员、{board.valid} 位有效邀请" + (
            f"，其余 {rest} 位未列出" if rest > 0 else "")
        tiers = "；".join(f"邀 {t.invites} 人得{t.reward}" for t in board.rules.tiers)
        lines = [foot, f"进群 {board.rules.leave_hours} 小时内退群、活动前已是老客户的不计入"]
        if tiers:
            lines.insert(1, tiers)
        for j, line in enumerate(lines):
            painter.drawText(QRectF(MARGIN, height - FOOT + 20 + j * 38, WIDTH - 2 * MARGIN, 36),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
    finally:
        painter.end()
    return image


def _columns(*titles: str):
    from PySide6.QtCore import Qt

    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    centre = Qt.AlignmentFlag.AlignCenter
    spans = ((MARGIN + 8, 56, centre), (MARGIN + 100, 400, left), (MARGIN + 500, 150, centre),
             (MARGIN + 670, WIDTH - MARGIN - (MARGIN + 670), left))
    titles = titles or ("",) * 4
    return [(x, width, text, align) for (x, width, align), text in zip(spans, titles)]


def save_board(store: Store, campaign_id: int, target: Path | str) -> Path:
    """Write the campaign's leaderboard PNG to `target` (checked, never half-written)."""
    from flashdesk.campaigns.service import get_campaign

    campaign = get_campaign(store, campaign_id)
    with store.session() as session:
        board = board_in(session, campaign_id)
    image = render(board, campaign.name)

    def write(path: Path) -> None:
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")

    return write_output(target, write, "png")
