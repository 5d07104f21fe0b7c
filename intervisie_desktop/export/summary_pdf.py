"""The yearly summary as PDF: cover, meetings, attendance, methods, timing, goals, declaration."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from intervisie_desktop.core.reports import CellStatus, TimingRow, YearSummary
from intervisie_desktop.export.chart import timing_picture
from intervisie_desktop.export.development_section import DEVELOPMENT_CHART, development_html
from intervisie_desktop.export.document import PageLabel, declaration, generated_on
from intervisie_desktop.export.html import (
    STYLE,
    esc,
    grid,
    h2,
    h3,
    key_values,
    multiline,
)
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, placeholder, write_pdf
from intervisie_desktop.export.register_lines import status_line

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from PySide6.QtGui import QPicture

MATRIX_COLUMNS = 10  # meetings per attendance table: what fits an A4 portrait page
CHART = "timing"
CHART_ROWS = 12  # phases drawn one by one; the rest are summed into one bar


def rules_paragraph(s: YearSummary, t: ExportLanguage) -> str:
    """One line per participant with a known register: who meets its yearly rules."""
    names = {r.member_id: r.full_name for r in s.members}
    lines = [
        f"{esc(names.get(member_id, ''))}: {esc(status_line(status, t.translate, t.number))}"
        for member_id, statuses in s.register_rules
        for status in statuses
    ]
    if not lines:
        return ""
    head = t.translate("RegisterRules", "Register rules on {date}").format(
        date=t.date_long(date.today())
    )
    return f'<p class="small"><b>{esc(head)}</b><br>' + "<br>".join(lines) + "</p>"


def chart_rows(timing: Sequence[TimingRow], t: ExportLanguage) -> tuple[list[TimingRow], int]:
    """The rows the chart draws and how many were summed into the last one.

    At most CHART_ROWS bars: the phases with the most planned time, in their own order, and
    the rest together as "Other phases", so the totals still add up.
    """
    if len(timing) <= CHART_ROWS:
        return list(timing), 0
    ranked = sorted(range(len(timing)), key=lambda i: -timing[i].planned_minutes)
    kept = sorted(ranked[: CHART_ROWS - 1])
    rest = [timing[i] for i in ranked[CHART_ROWS - 1 :]]
    recorded = [r.actual_minutes for r in rest if r.actual_minutes is not None]
    other = TimingRow(
        t.translate("Summary", "Other phases ({count})").format(count=len(rest)),
        sum(r.planned_minutes for r in rest),
        sum(recorded) if recorded else None,
        tuple(sorted({m for r in rest for m in r.meeting_ids})),
    )
    return [timing[i] for i in kept] + [other], len(rest)


def cell_symbol(status: CellStatus, minutes: int, t: ExportLanguage) -> str:
    if status == CellStatus.PRESENT:
        return "\u2713"
    if status == CellStatus.PARTIAL:
        return f"<i>{minutes}\u2032</i>"
    if status == CellStatus.ABSENT:
        return "\u2717"
    if status == CellStatus.EXCUSED:
        return t.translate("Summary", "exc.")
    if status == CellStatus.UNRECORDED:
        return "?"
    return '<span style="color: #999999;">\u00b7</span>'


def legend(t: ExportLanguage) -> str:
    return t.translate(
        "Summary",
        "\u2713 present \u00a0 <i>90\u2032</i> present for part of the meeting (minutes) \u00a0 "
        "\u2717 absent \u00a0 exc. excused \u00a0 ? not recorded \u00a0 \u00b7 not a member "
        "on that date",
    )


def summary_title(summary: YearSummary, t: ExportLanguage) -> str:
    return t.translate("Summary", "Yearly summary of guided peer consultation {year}").format(
        year=summary.year
    )


def summary_picture(summary: YearSummary, t: ExportLanguage) -> QPicture | None:
    """The timing chart; call on the GUI thread (QtCharts). None when there is nothing to show."""
    if not summary.timing:
        return None
    return timing_picture(
        chart_rows(summary.timing, t)[0],
        t.translate("Summary", "Planned"),
        t.translate("Summary", "Actual"),
        t.translate("Summary", "minutes"),
    )


def _hours(minutes: int, t: ExportLanguage) -> str:
    return t.number(minutes / 60)


def _cover(s: YearSummary, t: ExportLanguage) -> str:
    members = len(s.members)
    period = (
        f"{t.date_long(s.meetings[0].date)} \u2013 {t.date_long(s.meetings[-1].date)}"
        if s.meetings
        else "\u2013"
    )
    pairs = [
        (t.translate("Summary", "Group"), esc(s.group_name)),
        (t.translate("Summary", "Profession or context"), esc(s.context) or "\u2013"),
        (t.translate("Summary", "Year"), str(s.year)),
        (t.translate("Summary", "Supervisor"), esc(s.facilitator_name) or "\u2013"),
        (
            t.translate("Summary", "Supervisor's register and number"),
            esc(s.facilitator_register) or "\u2013",
        ),
        (
            t.translate("Summary", "Form"),
            t.translate("Summary", "guided peer consultation")
            if s.guided
            else t.translate("Summary", "self-steering peer consultation"),
        ),
        (t.translate("Summary", "Meetings held"), str(len(s.meetings))),
        (t.translate("Summary", "Total contact hours"), _hours(s.total_minutes, t)),
        (t.translate("Summary", "Period"), period),
        (t.translate("Summary", "Participants"), str(members)),
        (
            t.translate("Summary", "Points per hour"),
            t.number(s.options.points_per_hour, 2 if s.options.points_per_hour % 1 else 0),
        ),
    ]
    note = t.translate(
        "Summary",
        "This summary was drawn up from the records of the meetings. It contains dates, times, "
        "attendance and hours. The content of the cases discussed is confidential and is not "
        "part of this summary.",
    )
    if s.options.include_topics:
        note += " " + t.translate("Summary", "Cases are named by a short topic label only.")
    else:
        note += " " + t.translate("Summary", "Topic labels of the cases have been left out.")
    return (
        f"<h1>{esc(summary_title(s, t))}</h1>"
        f'<p class="big">{esc(s.group_name)}</p><p class="muted">{esc(s.context)}</p><br>'
        + key_values(pairs)
        + f'<br><p class="muted">{note}</p>'
    )


def _meetings(s: YearSummary, t: ExportLanguage) -> str:
    html = h2("1. " + t.translate("Summary", "Meetings"))
    if not s.meetings:
        return html + "<p>" + t.translate("Summary", "No meetings were held in this year.") + "</p>"
    expected = [
        sum(r.cells[i].status != CellStatus.NOT_MEMBER for r in s.members)
        for i in range(len(s.meetings))
    ]
    rows = []
    for i, m in enumerate(s.meetings):
        when = f"<b>{esc(t.date_short(m.date))}</b><br>{t.clock(m.start)}\u2013{t.clock(m.end)}"
        if m.actual:
            when += '<br><span class="muted">' + t.translate("Summary", "as recorded") + "</span>"
        place = esc(m.place) or "\u2013"
        if m.online:
            place += " (" + t.translate("Summary", "online") + ")"
        led_by = t.translate("Summary", "led by")
        who = f"{place}<br><span class='muted'>{led_by}</span> {esc(m.led_by)}"
        method = esc(", ".join(m.methods)) or "\u2013"
        if m.theme:
            method += (
                "<br><span class='muted'>"
                + t.translate("Summary", "theme")
                + f":</span> {esc(m.theme)}"
            )
        row = [str(i + 1), when, t.duration(m.minutes), who, method]
        if s.options.include_topics:
            row.append("<br>".join(esc(topic) for topic in m.topics) or "\u2013")
        row.append(f"{m.present}/{expected[i]}")
        rows.append(row)
    headers = [
        "#",
        t.translate("Summary", "Date and time"),
        t.translate("Summary", "Duration"),
        t.translate("Summary", "Place and leader"),
        t.translate("Summary", "Method and theme"),
    ]
    widths = [4, 17, 9, 30, 28]
    if s.options.include_topics:
        headers.append(t.translate("Summary", "Topics"))
        widths = [4, 15, 8, 24, 16, 22]
    headers.append(t.translate("Summary", "Present"))
    widths.append(100 - sum(widths))
    align = (
        ["right", "left", "right", "left", "left"]
        + (["left"] if s.options.include_topics else [])
        + ["center"]
    )
    total = [
        "",
        "<b>" + t.translate("Summary", "Total") + "</b>",
        f"<b>{t.duration(s.total_minutes)}</b>",
        "",
        "",
        *([""] if s.options.include_topics else []),
        "",
    ]
    return html + grid(headers, [*rows, total], widths, align)


def _attendance(s: YearSummary, t: ExportLanguage) -> str:
    html = h2("2. " + t.translate("Summary", "Attendance"))
    if not s.members:
        return (
            html + "<p>" + t.translate("Summary", "The group had no members in this year.") + "</p>"
        )
    for first in range(0, max(len(s.meetings), 1), MATRIX_COLUMNS):
        chunk = list(range(first, min(first + MATRIX_COLUMNS, len(s.meetings))))
        headers = [t.translate("Summary", "Participant")] + [
            t.day_month(s.meetings[i].date).replace("-", "\u2011") for i in chunk
        ]
        rows = [
            [esc(r.full_name)]
            + [cell_symbol(r.cells[i].status, r.cells[i].minutes, t) for i in chunk]
            for r in s.members
        ]
        widths = [100 - 7 * len(chunk)] + [7] * len(chunk)
        html += grid(headers, rows, widths, ["left"] + ["center"] * len(chunk)) + "<br>"
    html += f'<p class="small muted">{legend(t)}</p>'
    html += h3(t.translate("Summary", "Totals per participant"))
    rows = [
        [
            esc(r.full_name),
            esc(f"{r.register_name} {r.registration_number}".strip()) or "\u2013",
            f"{r.meetings_attended}/{len(s.meetings)}",
            _hours(r.minutes, t),
            t.number(r.points),
        ]
        for r in s.members
    ]
    headers = [
        t.translate("Summary", "Participant"),
        t.translate("Summary", "Register and number"),
        t.translate("Summary", "Meetings attended"),
        t.translate("Summary", "Hours"),
        t.translate("Summary", "Points"),
    ]
    return (
        html
        + grid(headers, rows, [32, 26, 16, 13, 13], ["left", "left", "center", "right", "right"])
        + rules_paragraph(s, t)
    )


def _methods(s: YearSummary, t: ExportLanguage, with_chart: bool) -> str:
    html = h2("3. " + t.translate("Summary", "Methods used"))
    if s.methods:
        rows = [[esc(u.name), str(u.meetings), str(u.cases)] for u in s.methods]
        headers = [
            t.translate("Summary", "Method"),
            t.translate("Summary", "Meetings"),
            t.translate("Summary", "Cases"),
        ]
        html += grid(headers, rows, [60, 20, 20], ["left", "center", "center"])
    else:
        html += "<p>" + t.translate("Summary", "No methods were recorded.") + "</p>"
    html += h3(t.translate("Summary", "Planned versus actual time per phase"))
    if not s.timing:
        return (
            html
            + "<p>"
            + t.translate(
                "Summary",
                "None of this year's meetings was run to the end with the session timer, so there "
                "are no planned and actual times per phase.",
            )
            + "</p>"
        )
    timed = len({m for r in s.timing for m in r.meeting_ids})
    if with_chart:
        html += f"<p>{placeholder(CHART)}</p>"
    if len(s.meetings) == 1:  # "the 1 of 1 meetings" reads wrong in either language
        note = t.translate(
            "Summary",
            "Minutes per method and phase of the one meeting held, run to the end with the "
            "session timer. Planned: the plan as it stood when the session started; actual: the "
            "time the phase was running, pauses left out.",
        )
    else:
        note = t.translate(
            "Summary",
            "Minutes per method and phase, added up over the {timed} of {held} meetings held "
            "that were run to the end with the session timer. Planned: the plan as it stood "
            "when the session started; actual: the time the phase was running, pauses left out.",
        ).format(timed=timed, held=len(s.meetings))
    others = chart_rows(s.timing, t)[1]
    if others:
        note += " " + t.translate(
            "Summary",
            "The chart shows the phases with the most planned time; the other {count} are "
            "added up in one bar.",
        ).format(count=others)
    return html + f'<p class="small muted">{note}</p>'


def _goals(s: YearSummary, t: ExportLanguage) -> str:
    html = h2("4. " + t.translate("Summary", "Learning goals"))
    if not s.goals:
        return (
            html
            + "<p>"
            + t.translate("Summary", "No learning goals were marked for this report.")
            + "</p>"
        )
    rows = [
        [esc(g.member_name), multiline(g.goal), multiline(g.evaluation) or "\u2013"]
        for g in s.goals
    ]
    headers = [
        t.translate("Summary", "Participant"),
        t.translate("Summary", "Learning goal"),
        t.translate("Summary", "Evaluation"),
    ]
    return html + grid(headers, rows, [24, 38, 38])


def summary_html(
    s: YearSummary, t: ExportLanguage, with_chart: bool = True, with_development: bool = True
) -> str:
    return (
        STYLE
        + _cover(s, t)
        + _meetings(s, t)
        + _attendance(s, t)
        + _methods(s, t, with_chart)
        + _goals(s, t)
        + development_html(s, t, 5, with_development)
        + h2("6. " + t.translate("Summary", "Declaration by the supervisor"))
        + declaration(s.facilitator_name, s.facilitator_register, s.year, t)
    )


def render_summary(
    summary: YearSummary,
    path: Path,
    picture: QPicture | None = None,
    progress: Progress | None = None,
    development: QPicture | None = None,
) -> int:
    """Write the PDF; `picture` from summary_picture() and `development` from
    development_chart_picture() (both recorded on the GUI thread)."""
    t = ExportLanguage(summary.options.lang)
    title = summary_title(summary, t)
    meta = PdfMeta(
        title=f"{title} \u2014 {summary.group_name}",
        author=summary.facilitator_name,
        subject=t.translate(
            "Summary", "Meetings, attendance and hours of {group} in {year}"
        ).format(group=summary.group_name, year=summary.year),
        keywords=", ".join(
            ["intervisie", t.translate("Summary", "Yearly summary"), str(summary.year)]
        ),
        lang=summary.options.lang,
    )
    frame = PageFrame(
        header_left=f"{summary.group_name} \u2014 {summary.year}",
        header_right=t.translate("Summary", "Yearly summary"),
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    html = summary_html(summary, t, picture is not None, development is not None)
    pictures = {CHART: picture} if picture is not None else {}
    if development is not None:
        pictures[DEVELOPMENT_CHART] = development
    return write_pdf(path, html, meta, frame, pictures, progress)
