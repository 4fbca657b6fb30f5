"""Review declares itself (see flashdesk/capabilities.py)."""

from flashdesk.capabilities import Manifest
from flashdesk.i18n import QT_TRANSLATE_NOOP

MANIFEST = Manifest(
    name="review",
    step=7,
    tables="flashdesk.review.tables",
    owns=("review_daily", "review_channel_day", "review_copy", "review_material",
          "review_text", "review_ab_test"),
    branch="review",
    sheets=("flashdesk.workbook.review.daily", "flashdesk.workbook.review.channels",
            "flashdesk.workbook.review.copies", "flashdesk.workbook.review.materials",
            "flashdesk.workbook.review.abtests"),
    tab="flashdesk.gui.review.tab:ReviewTab",
    tab_title=QT_TRANSLATE_NOOP("ReviewTab", "Review"),
    labels="flashdesk.gui.review.labels",
)
