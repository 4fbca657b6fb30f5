"""The posters' rows and columns in the operator's words, for the activity log
(flashdesk/gui/labels.py): formats, templates and palettes by the names the tab shows."""

from __future__ import annotations

from flashdesk.gui.labels import Labels
from flashdesk.i18n import translate
from flashdesk.posters.formats import formats, palettes, templates


def table_labels() -> dict[str, Labels]:
    return {
        "poster": Labels(
            translate("PosterLabels", "poster"),
            {"version": translate("PosterLabels", "Version"),
             "format": translate("PosterLabels", "Format"),
             "template": translate("PosterLabels", "Template"),
             "palette": translate("PosterLabels", "Palette"),
             "document": translate("PosterLabels", "Design")},
            {"format": {key: shape.label for key, shape in formats().items()},
             "template": {key: template.label for key, template in templates().items()},
             "palette": {key: palette.label for key, palette in palettes().items()}},
            bare=frozenset({"document"})),
        "poster_asset": Labels(
            translate("PosterLabels", "image"),
            {"data": translate("PosterLabels", "Image"),
             "width": translate("PosterLabels", "Width"),
             "height": translate("PosterLabels", "Height"),
             "note": translate("PosterLabels", "Note")},
            # the size it had before it was scaled down on import
            hidden=frozenset({"original_width", "original_height"})),
    }
