"""The yearly summary's section on the group's development: a chart over its meetings and a table
per year, at group level only. No name and no single answer: a mean rating only where enough
members answered (core.reports.development.for_report)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.development_chart import chart_texts, development_picture
from intervisie_desktop.export.html import esc, grid, h2, h3
from intervisie_desktop.export.pdf import placeholder

if TYPE_CHECKING:
    from PySide6.QtGui import QPicture

    from intervisie_desktop.core.reports import YearSummary
    from intervisie_desktop.core.reports.development import Share
    from intervisie_desktop.export.language import ExportLanguage

DEVELOPMENT_CHART = "development"
DASH = "\u2013"


def development_chart_picture(summary: YearSummary, t: ExportLanguage) -> QPicture | None:
    """The chart; call on the GUI thread (QtCharts). None when no meeting was held."""
    dev = summary.development
    if dev is None or not dev.meetings:
        return None
    return development_picture(dev, chart_texts(t.translate), t.locale)


def _share(share: Share, t: ExportLanguage) -> str:
    rate = share.rate
    return DASH if rate is None else t.locale.toString(100 * rate, "f", 0) + "%"


def _score(value: float | None, t: ExportLanguage, digits: int = 1) -> str:
    return DASH if value is None else t.locale.toString(value, "f", digits)


def development_html(s: YearSummary, t: ExportLanguage, number: int, with_chart: bool) -> str:
    html = h2(f"{number}. " + t.translate("Development", "Development of the group"))
    dev = s.development
    if dev is None or not dev.years:
        return html + "<p>" + t.translate("Development", "No meetings were held yet.") + "</p>"
    if with_chart:
        html += f"<p>{placeholder(DEVELOPMENT_CHART)}</p>"
    rows = [
        [
            str(y.year),
            str(y.meetings),
            _score(y.overall, t),
            _share(y.attendance, t),
            _share(y.followed_up, t),
            _share(y.member_chaired, t),
        ]
        for y in dev.years
    ]
    headers = [
        t.translate("Development", "Year"),
        t.translate("Development", "Meetings held"),
        t.translate("Development", "Overall rating (0\u201310)"),
        t.translate("Development", "Attendance"),
        t.translate("Development", "Agreed actions followed up"),
        t.translate("Development", "Chaired by a member"),
    ]
    html += grid(headers, rows, [10, 14, 19, 15, 22, 20], ["left", *["center"] * 5])
    if dev.safety:
        html += h3(t.translate("Development", "Safety checks"))
        safety_rows = [
            [esc(t.date_long(c.date)), str(c.forms), _score(c.mean, t)] for c in dev.safety
        ]
        html += grid(
            [
                t.translate("Development", "Date"),
                t.translate("Development", "Forms handed in"),
                t.translate("Development", "Mean (1\u20135, higher is safer)"),
            ],
            safety_rows,
            [40, 25, 35],
            ["left", "center", "center"],
        )
    note = t.translate(
        "Development",
        "Group-level figures from the group's own anonymous evaluations: a mean rating is shown "
        "only where at least three members answered. Attendance: present of those recorded. "
        "Agreed actions followed up: of the cases with agreed actions, those later marked done "
        "or dropped.",
    )
    return html + f'<p class="small muted">{esc(note)}</p>'
