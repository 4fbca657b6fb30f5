"""Review charts with matplotlib, drawn on a Figure the caller owns: the tab embeds it
(FigureCanvasQTAgg), export writes PNG (Agg). matplotlib is imported on first use (≈0.7 s),
never at start. Labels follow the UI language; Chinese renders with the bundled font,
registered with matplotlib's font_manager from flashdesk.fonts.font_file()."""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path

from flashdesk.i18n import translate
from flashdesk.review.summary import ReviewData

CHART_KEYS = ("members", "orders", "revenue", "channels", "copies", "materials", "funnel")
RANKING_LIMIT = 12
# red stays for errors (see gui/palette.py): the series use the accent blue, teal and orange
COLORS = {"main": "#2E6DA4", "second": "#17A589", "third": "#F39C12", "soft": "#95A5A6"}


def chart_title(key: str) -> str:
    titles = {
        "members": translate("ReviewCharts", "Members and active members per day"),
        "orders": translate("ReviewCharts", "Orders per day and cumulative against the quota"),
        "revenue": translate("ReviewCharts", "Revenue per day"),
        "channels": translate("ReviewCharts", "Channel contribution (participants)"),
        "copies": translate("ReviewCharts", "Copy ranking (participants after use)"),
        "materials": translate("ReviewCharts", "Material ranking"),
        "funnel": translate("ReviewCharts", "Funnel: reach to group joins to orders"),
    }
    return titles[key]


@cache
def setup_matplotlib() -> None:
    """Register the bundled CJK font once and make it matplotlib's sans-serif."""
    import matplotlib
    from matplotlib import font_manager

    from flashdesk.fonts import UI_FAMILY, font_file

    font_manager.fontManager.addfont(str(font_file()))
    # The variable font registers with weight 100 only; matplotlib warns on every lookup.
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    # matplotlib cannot pick a variable font's weight: the CJK font draws at its Thin default.
    # Latin text and digits come from DejaVu Sans (a true regular), Chinese falls back to the
    # CJK font, and a hairline stroke in each artist's own colour gives both a readable weight.
    from matplotlib.patheffects import Normal, Stroke

    matplotlib.rcParams["font.family"] = ["DejaVu Sans", UI_FAMILY]  # per-glyph fallback
    matplotlib.rcParams["font.size"] = 11
    matplotlib.rcParams["axes.unicode_minus"] = False
    matplotlib.rcParams["path.effects"] = [Stroke(linewidth=0.35), Normal()]


def new_figure(width: float = 8, height: float = 4.5, dpi: int = 100):
    """A Figure with an Agg canvas (for PNG); the tab makes its own with FigureCanvasQTAgg."""
    setup_matplotlib()
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=dpi, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def draw(key: str, figure, data: ReviewData) -> None:
    """(Re)draw chart `key` on `figure`."""
    setup_matplotlib()
    figure.clear()
    ax = figure.add_subplot()
    ax.set_title(chart_title(key), fontsize=12)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    drawn = _DRAWERS[key](ax, data)
    for axis in (ax.xaxis, ax.yaxis):  # 80,000 like the labels, not 80000
        if type(axis.get_major_formatter()).__name__ == "ScalarFormatter":
            axis.set_major_formatter(_thousands())
    if not drawn:
        ax.set_axis_off()
        ax.text(0.5, 0.5, translate("ReviewCharts", "No numbers recorded yet"),
                ha="center", va="center", fontsize=12, color=COLORS["soft"],
                transform=ax.transAxes)


def _number(value: float) -> str:
    return f"{value:,.0f}" if value == int(value) or abs(value) >= 100 else f"{value:,.1f}"


def _thousands():
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _position: _number(value))


def _day_labels(data: ReviewData) -> list[str]:
    return [f"{d.day:%m-%d}" for d in data.days]


def _members(ax, data: ReviewData) -> bool:
    if not data.days:
        return False
    x = range(len(data.days))
    ax.plot(x, [d.members for d in data.days], marker="o", color=COLORS["main"],
            label=translate("ReviewCharts", "Members"))
    ax.plot(x, [d.active for d in data.days], marker="s", color=COLORS["second"],
            label=translate("ReviewCharts", "Active members"))
    ax.set_xticks(list(x), _day_labels(data))
    ax.set_ylabel(translate("ReviewCharts", "People"))
    ax.set_ylim(bottom=0)
    ax.legend(loc="best")
    return True


def _orders(ax, data: ReviewData) -> bool:
    if not data.days:
        return False
    x = list(range(len(data.days)))
    ax.bar(x, [d.orders for d in data.days], color=COLORS["main"],
           label=translate("ReviewCharts", "Orders per day"))
    ax.plot(x, [d.cumulative_orders for d in data.days], marker="o", color=COLORS["second"],
            label=translate("ReviewCharts", "Cumulative orders"))
    if data.quota:
        ax.axhline(data.quota, color=COLORS["third"], linestyle="--",
                   label=translate("ReviewCharts", "Quota {quota}").format(quota=data.quota))
    ax.set_xticks(x, _day_labels(data))
    ax.set_ylabel(translate("ReviewCharts", "Orders"))
    ax.legend(loc="upper left")
    return True


def _revenue(ax, data: ReviewData) -> bool:
    if not data.days:
        return False
    x = list(range(len(data.days)))
    bars = ax.bar(x, [d.revenue for d in data.days], color=COLORS["third"])
    ax.bar_label(bars, labels=[f"{d.revenue:,.0f}" if d.revenue else "" for d in data.days],
                 fontsize=10, padding=2)
    ax.set_xticks(x, _day_labels(data))
    ax.set_ylabel(translate("ReviewCharts", "Yuan"))
    return True


def _ranking(ax, names: list[str], values: list[float], color: str, unit: str) -> None:
    names, values = names[:RANKING_LIMIT][::-1], values[:RANKING_LIMIT][::-1]
    bars = ax.barh(range(len(names)), values, color=color)
    ax.set_yticks(range(len(names)), [_short(n) for n in names])
    ax.bar_label(bars, labels=[_number(value) for value in values], fontsize=10, padding=2)
    ax.set_xlabel(unit)
    ax.margins(x=0.15)


def _short(text: str, limit: int = 16) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _channels(ax, data: ReviewData) -> bool:
    if not data.channels:
        return False
    _ranking(ax, [c.channel for c in data.channels], [c.participants for c in data.channels],
             COLORS["second"], translate("ReviewCharts", "Participants"))
    return True


def _copies(ax, data: ReviewData) -> bool:
    if not data.copies:
        return False
    _ranking(ax, [t for t, _ in data.copies], [n for _, n in data.copies], COLORS["main"],
             translate("ReviewCharts", "Participants after use"))
    return True


def _materials(ax, data: ReviewData) -> bool:
    if not data.materials:
        return False
    items = data.materials[:RANKING_LIMIT][::-1]
    y = range(len(items))
    height = 0.27
    series = (("shares", translate("ReviewCharts", "Shares"), COLORS["main"]),
              ("likes", translate("ReviewCharts", "Likes"), COLORS["second"]),
              ("comments", translate("ReviewCharts", "Comments"), COLORS["third"]))
    for i, (field, label, color) in enumerate(series):
        ax.barh([v + (1 - i) * height for v in y], [getattr(m, field) for m in items], height,
                color=color, label=label)
    ax.set_yticks(list(y), [_short(m.name) for m in items])
    ax.legend(loc="lower right")
    return True


def _funnel(ax, data: ReviewData) -> bool:
    stages = data.funnel
    if not any(value for _, value in stages):
        return False
    names = {"reach": translate("ReviewCharts", "Reached on channels"),
             "joined": translate("ReviewCharts", "Joined a group"),
             "active": translate("ReviewCharts", "Active in the group"),
             "orders": translate("ReviewCharts", "Ordered")}
    widest = max(value for _, value in stages) or 1
    colors = (COLORS["second"], COLORS["third"], COLORS["soft"], COLORS["main"])
    for i, ((key, value), color) in enumerate(zip(stages, colors)):
        y = len(stages) - 1 - i
        ax.barh(y, value, left=(widest - value) / 2, color=color, height=0.7)
        text = f"{value:,}"
        if i and stages[i - 1][1]:
            text += f"  ({value / stages[i - 1][1] * 100:.1f} %)"
        ax.text((widest + value) / 2 + widest * 0.01, y, text, va="center", fontsize=10)
    ax.set_yticks(range(len(stages)), [names[key] for key, _ in stages][::-1])
    ax.set_xlim(0, widest * 1.25)
    ax.set_xticks([])
    ax.spines["bottom"].set_visible(False)
    return True


_DRAWERS = {"members": _members, "orders": _orders, "revenue": _revenue, "channels": _channels,
            "copies": _copies, "materials": _materials, "funnel": _funnel}


def save_png(key: str, data: ReviewData, path: Path | str, dpi: int = 150) -> Path:
    figure = new_figure()
    draw(key, figure, data)
    from flashdesk.outputs import write_output

    return write_output(path, lambda temp: figure.savefig(temp, format="png", dpi=dpi), "png")
