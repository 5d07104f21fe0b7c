"""The filled-in record of a held meeting: times as held, attendance with arrival and leave
times, topic labels and methods, the supervisor's signature. No case content."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.attendance_text import attendance_cell
from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, h2, key_values, signature_block
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, write_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.reports.record import MeetingRecord

DASH = "\u2013"


def _times(r: MeetingRecord, t: ExportLanguage) -> str:
    m = r.meeting
    span = f"{t.clock(m.start)}{DASH}{t.clock(m.end)}"
    if m.actual:
        note = t.translate("MeetingRecord", "as held, recorded by the session")
    else:
        note = t.translate("MeetingRecord", "planned times: no session was recorded")
    return f"{span} ({esc(note)})"


def record_html(r: MeetingRecord, t: ExportLanguage) -> str:
    a, m = r.roster, r.meeting
    place = esc(m.place) or DASH
    if m.online:
        place += " (" + esc(t.translate("MeetingRecord", "online")) + ")"
    pairs = [
        (t.translate("MeetingRecord", "Group"), esc(a.group_name)),
        (t.translate("MeetingRecord", "Date"), esc(t.weekday_date(m.date))),
        (t.translate("MeetingRecord", "Time"), _times(r, t)),
        (t.translate("MeetingRecord", "Length"), t.duration(m.minutes)),
        (t.translate("MeetingRecord", "Place"), place),
        (t.translate("MeetingRecord", "Led by"), esc(m.led_by) or DASH),
        (
            t.translate("MeetingRecord", "Supervisor"),
            esc(f"{a.facilitator_name}, {a.facilitator_register}".strip(", ")) or DASH,
        ),
        (
            t.translate("MeetingRecord", "Present"),
            t.translate("MeetingRecord", "{present} of {total}").format(
                present=r.present, total=len(r.rows)
            ),
        ),
    ]
    if m.theme:
        pairs.append((t.translate("MeetingRecord", "Theme"), esc(m.theme)))
    rows = [
        [
            str(p.seat),
            esc(p.full_name),
            esc(f"{p.register_name} {p.registration_number}".strip()) or DASH,
            attendance_cell(p.status, p.arrived, p.left, p.minutes, t),
            t.duration(p.minutes) if p.minutes else DASH,
        ]
        for p in r.rows
    ]
    headers = [
        "#",
        t.translate("MeetingRecord", "Name"),
        t.translate("MeetingRecord", "Register and number"),
        t.translate("MeetingRecord", "Attendance"),
        t.translate("MeetingRecord", "Time present"),
    ]
    methods = ", ".join(esc(x) for x in m.methods) or DASH
    topics = "; ".join(esc(x) for x in m.topics) or DASH
    html = (
        STYLE
        + f"<h1>{esc(t.translate('MeetingRecord', 'Record of the meeting'))}</h1>"
        + key_values(pairs, 25)
        + h2(t.translate("MeetingRecord", "Attendance"))
        + grid(headers, rows, [5, 30, 23, 28, 14], ["right", "left", "left", "left", "right"])
        + h2(t.translate("MeetingRecord", "Topics and methods"))
        + key_values(
            [
                (t.translate("MeetingRecord", "Methods"), methods),
                (t.translate("MeetingRecord", "Topics"), topics),
            ],
            25,
        )
    )
    html += (
        "<p class='small muted'>"
        + esc(
            t.translate(
                "MeetingRecord",
                "Topics are short labels; what was brought in and discussed stays confidential "
                "and is not part of this record.",
            )
        )
        + "</p>"
    )
    html += h2(t.translate("MeetingRecord", "Declaration by the supervisor"))
    html += (
        "<p>"
        + esc(
            t.translate(
                "MeetingRecord",
                "I declare that this meeting took place on {date} under my guidance, with the "
                "times and attendance recorded above.",
            ).format(date=t.date_long(m.date))
        )
        + "</p>"
    )
    return html + signature_block(
        [
            (t.translate("MeetingRecord", "Supervisor"), esc(a.facilitator_name) or None),
            (t.translate("MeetingRecord", "Place and date"), None),
            (t.translate("MeetingRecord", "Signature"), None),
        ]
    )


def render_record(
    data: MeetingRecord, path: Path, lang: str, progress: Progress | None = None
) -> int:
    t = ExportLanguage(lang)
    title = t.translate("MeetingRecord", "Record of the meeting")
    meta = PdfMeta(
        title=f"{title} \u2014 {data.roster.group_name} \u2014 {data.date.isoformat()}",
        author=data.roster.facilitator_name,
        subject=t.translate(
            "MeetingRecord", "Times, attendance, topics and methods of the meeting of {date}"
        ).format(date=t.date_long(data.date)),
        keywords=", ".join(["intervisie", title, data.date.isoformat()]),
        lang=lang,
    )
    frame = PageFrame(
        header_left=data.roster.group_name,
        header_right=f"{title} {t.date_short(data.date)}",
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    return write_pdf(path, record_html(data, t), meta, frame, progress=progress)
