"""Attendance as CSV: one row per member per held meeting, from the yearly summary's data.

Dutch files use a semicolon and a decimal comma (what a Dutch spreadsheet expects), English ones
a comma and a decimal point. UTF-8 with a byte-order mark, so spreadsheets read accents right.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.output_files import write_file_atomically
from intervisie_desktop.core.reports import CellStatus, YearSummary
from intervisie_desktop.export.language import ExportLanguage

if TYPE_CHECKING:
    from collections.abc import Sequence


def status_text(status: CellStatus, t: ExportLanguage) -> str:
    texts = {
        CellStatus.PRESENT: t.translate("Csv", "present"),
        CellStatus.PARTIAL: t.translate("Csv", "partly present"),
        CellStatus.ABSENT: t.translate("Csv", "absent"),
        CellStatus.EXCUSED: t.translate("Csv", "excused"),
        CellStatus.UNRECORDED: t.translate("Csv", "not recorded"),
    }
    return texts[status]


def attendance_rows(summaries: Sequence[YearSummary], t: ExportLanguage) -> list[list[str]]:
    header = [
        t.translate("Csv", "group"),
        t.translate("Csv", "date"),
        t.translate("Csv", "start"),
        t.translate("Csv", "end"),
        t.translate("Csv", "meeting minutes"),
        t.translate("Csv", "participant"),
        t.translate("Csv", "register"),
        t.translate("Csv", "registration number"),
        t.translate("Csv", "status"),
        t.translate("Csv", "minutes attended"),
        t.translate("Csv", "hours attended"),
    ]
    rows = [header]
    for s in summaries:
        for index, meeting in enumerate(s.meetings):
            for member in s.members:
                cell = member.cells[index]
                if cell.status == CellStatus.NOT_MEMBER:
                    continue
                rows.append(
                    [
                        s.group_name,
                        meeting.date.isoformat(),
                        meeting.start.strftime("%H:%M"),
                        meeting.end.strftime("%H:%M"),
                        str(meeting.minutes),
                        member.full_name,
                        member.register_name,
                        member.registration_number,
                        status_text(cell.status, t),
                        str(cell.minutes),
                        t.number(cell.minutes / 60).replace("\u00a0", ""),
                    ]
                )
    return rows


def attendance_csv(summaries: Sequence[YearSummary], lang: str) -> str:
    t = ExportLanguage(lang)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if lang == "nl" else ",", lineterminator="\r\n")
    writer.writerows(attendance_rows(summaries, t))
    return out.getvalue()


def write_attendance_csv(summaries: Sequence[YearSummary], path: Path, lang: str) -> int:
    """Write the file; returns the number of data rows."""
    text = attendance_csv(summaries, lang)
    write_file_atomically(Path(path), text.encode("utf-8-sig"))
    return text.count("\r\n") - 1
