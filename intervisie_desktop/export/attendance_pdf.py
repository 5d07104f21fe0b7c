"""The attendance list of one meeting, to print and have signed by everyone present."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.export.document import PageLabel, generated_on
from intervisie_desktop.export.html import STYLE, esc, grid, h2, key_values, signature_block
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.pdf import PageFrame, PdfMeta, Progress, write_pdf

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.reports import AttendanceList

BLANK_ROWS = 2  # for a guest or a new member not yet in the group


def attendance_html(a: AttendanceList, t: ExportLanguage) -> str:
    place = esc(a.place) or "\u2013"
    if a.online:
        place += " (" + t.translate("AttendanceList", "online") + ")"
    pairs = [
        (t.translate("AttendanceList", "Group"), esc(a.group_name)),
        (t.translate("AttendanceList", "Date"), esc(t.weekday_date(a.date))),
        (
            t.translate("AttendanceList", "Planned time"),
            f"{t.clock(a.start)}\u2013{t.clock(a.end)}",
        ),
        (t.translate("AttendanceList", "Place"), place),
        (t.translate("AttendanceList", "Led by"), esc(a.led_by) or "\u2013"),
        (
            t.translate("AttendanceList", "Supervisor"),
            esc(f"{a.facilitator_name}, {a.facilitator_register}".strip(", ")) or "\u2013",
        ),
    ]
    if a.theme:
        pairs.append((t.translate("AttendanceList", "Theme"), esc(a.theme)))
    # Two empty lines inside each row give room for a handwritten signature.
    sign_room = "<br><br>"
    rows = [
        [
            str(r.seat),
            f"{esc(r.full_name)}{sign_room}",
            esc(f"{r.register_name} {r.registration_number}".strip()) or "\u2013",
            "",
        ]
        for r in a.rows
    ]
    rows += [["", sign_room, "", ""] for _ in range(BLANK_ROWS)]
    headers = [
        "#",
        t.translate("AttendanceList", "Name"),
        t.translate("AttendanceList", "Register and number"),
        t.translate("AttendanceList", "Signature"),
    ]
    return (
        STYLE
        + f"<h1>{esc(t.translate('AttendanceList', 'Attendance list'))}</h1>"
        + key_values(pairs, 25)
        + "<br>"
        + grid(headers, rows, [5, 35, 25, 35], ["right", "left", "left", "left"], 9.5, 4)
        + h2(t.translate("AttendanceList", "Times as held"))
        + signature_block(
            [
                (t.translate("AttendanceList", "Start time"), None),
                (t.translate("AttendanceList", "End time"), None),
                (t.translate("AttendanceList", "Signature of the supervisor"), None),
            ]
        )
    )


def render_attendance_list(
    data: AttendanceList, path: Path, lang: str, progress: Progress | None = None
) -> int:
    t = ExportLanguage(lang)
    title = t.translate("AttendanceList", "Attendance list")
    meta = PdfMeta(
        title=f"{title} \u2014 {data.group_name} \u2014 {data.date.isoformat()}",
        author=data.facilitator_name,
        subject=t.translate("AttendanceList", "Attendance of the meeting of {date}").format(
            date=t.date_long(data.date)
        ),
        keywords=", ".join(["intervisie", title, data.date.isoformat()]),
        lang=lang,
    )
    frame = PageFrame(
        header_left=data.group_name,
        header_right=f"{title} {t.date_short(data.date)}",
        footer_left=generated_on(t),
        page_label=PageLabel(t),
    )
    return write_pdf(path, attendance_html(data, t), meta, frame, progress=progress)
