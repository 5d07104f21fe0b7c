"""The year plan of a group: the meetings of the year with date, time and place, the methods
planned for each and its theme; for the group, an employer or a register asking for a plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, h2, key_values, signature_block
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, write_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.reports.year_plan import PlannedMeeting, YearPlan

DASH = "\u2013"
STATUS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("YearPlan", "planned"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("YearPlan", "held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("YearPlan", "cancelled"),
}


def _minutes(m: PlannedMeeting) -> int:
    return max(0, (m.end.hour * 60 + m.end.minute) - (m.start.hour * 60 + m.start.minute))


def year_plan_html(p: YearPlan, t: ExportLanguage) -> str:
    kept = [m for m in p.meetings if m.status != MeetingStatus.CANCELLED]
    planned_minutes = sum(_minutes(m) for m in kept)
    pairs = [
        (t.translate("YearPlan", "Group"), esc(p.group_name)),
        (t.translate("YearPlan", "Profession or context"), esc(p.context) or DASH),
        (
            t.translate("YearPlan", "Supervisor"),
            esc(f"{p.facilitator_name}, {p.facilitator_register}".strip(", ")) or DASH,
        ),
        (
            t.translate("YearPlan", "Form"),
            esc(
                t.translate("YearPlan", "guided")
                if p.guided
                else t.translate("YearPlan", "self-steering")
            ),
        ),
        (t.translate("YearPlan", "Meetings"), str(len(kept))),
        (t.translate("YearPlan", "Planned hours"), t.number(planned_minutes / 60)),
    ]
    rows = []
    for i, m in enumerate(p.meetings, start=1):
        place = esc(m.place) or DASH
        if m.online:
            place += " (" + esc(t.translate("YearPlan", "online")) + ")"
        when = f"{t.clock(m.start)}{DASH}{t.clock(m.end)}"
        date = esc(t.date_long(m.date))
        if m.status != MeetingStatus.PLANNED:
            date += (
                f"<br><span class='muted'>{esc(t.translate('YearPlan', STATUS[m.status]))}</span>"
            )
        rows.append(
            [
                str(i),
                date,
                when,
                place,
                ", ".join(esc(x) for x in m.methods) or DASH,
                esc(m.theme) or DASH,
            ]
        )
    headers = [
        "#",
        t.translate("YearPlan", "Date"),
        t.translate("YearPlan", "Time"),
        t.translate("YearPlan", "Place"),
        t.translate("YearPlan", "Methods"),
        t.translate("YearPlan", "Theme"),
    ]
    title = t.translate("YearPlan", "Year plan {year}").format(year=p.year)
    html = STYLE + f"<h1>{esc(title)}</h1>" + key_values(pairs, 30)
    html += h2(t.translate("YearPlan", "Meetings"))
    if rows:
        html += grid(
            headers,
            rows,
            [5, 20, 14, 19, 24, 18],
            ["right", "left", "left", "left", "left", "left"],
        )
    else:
        html += (
            "<p>" + esc(t.translate("YearPlan", "No meetings are planned in this year.")) + "</p>"
        )
    html += h2(t.translate("YearPlan", "Themes and methods of the year"))
    html += key_values(
        [
            (t.translate("YearPlan", "Themes"), ", ".join(esc(x) for x in p.themes) or DASH),
            (t.translate("YearPlan", "Methods"), ", ".join(esc(x) for x in p.methods) or DASH),
        ],
        30,
    )
    html += h2(t.translate("YearPlan", "Agreed by"))
    return html + signature_block(
        [
            (t.translate("YearPlan", "Supervisor"), esc(p.facilitator_name) or None),
            (t.translate("YearPlan", "Place and date"), None),
            (t.translate("YearPlan", "Signature"), None),
        ]
    )


def render_year_plan(
    plan: YearPlan, path: Path, lang: str, progress: Progress | None = None
) -> int:
    t = ExportLanguage(lang)
    title = t.translate("YearPlan", "Year plan {year}").format(year=plan.year)
    meta = PdfMeta(
        title=f"{title} \u2014 {plan.group_name}",
        author=plan.facilitator_name,
        subject=t.translate(
            "YearPlan", "Planned meetings, methods and themes of peer consultation in {year}"
        ).format(year=plan.year),
        keywords=", ".join(["intervisie", title, str(plan.year)]),
        lang=lang,
    )
    frame = PageFrame(
        header_left=plan.group_name,
        header_right=title,
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    return write_pdf(path, year_plan_html(plan, t), meta, frame, progress=progress)
