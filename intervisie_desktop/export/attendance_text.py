"""How attendance reads on a record or certificate: present, absent, excused, or partial with
the arrival and leave times (a bare number of hours tells an auditor nothing)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.reports.model import CellStatus
from intervisie_desktop.export.html import esc

if TYPE_CHECKING:
    from datetime import time

    from intervisie_desktop.export.language import ExportLanguage

CONTEXT = "Attendance"
WORDS = {
    CellStatus.PRESENT: QT_TRANSLATE_NOOP("Attendance", "present"),
    CellStatus.PARTIAL: QT_TRANSLATE_NOOP("Attendance", "partly present"),
    CellStatus.ABSENT: QT_TRANSLATE_NOOP("Attendance", "absent"),
    CellStatus.EXCUSED: QT_TRANSLATE_NOOP("Attendance", "excused"),
    CellStatus.UNRECORDED: QT_TRANSLATE_NOOP("Attendance", "not recorded"),
    CellStatus.NOT_MEMBER: QT_TRANSLATE_NOOP("Attendance", "not a member"),
}


def status_text(status: CellStatus, t: ExportLanguage) -> str:
    return t.translate(CONTEXT, WORDS[status])


def partial_span(arrived: time | None, left: time | None, minutes: int, t: ExportLanguage) -> str:
    """ "arrived 10:15, left 11:45" (or one of them), else "1:30 present"; plain text."""
    if arrived is not None and left is not None:
        return t.translate("Attendance", "arrived {arrived}, left {left}").format(
            arrived=t.clock(arrived), left=t.clock(left)
        )
    if arrived is not None:
        return t.translate("Attendance", "arrived {arrived}").format(arrived=t.clock(arrived))
    if left is not None:
        return t.translate("Attendance", "left {left}").format(left=t.clock(left))
    return t.translate("Attendance", "{duration} present, times not recorded").format(
        duration=t.duration(minutes)
    )


def attendance_cell(
    status: CellStatus,
    arrived: time | None,
    left: time | None,
    minutes: int,
    t: ExportLanguage,
) -> str:
    """The attendance column of a record (HTML)."""
    text = esc(status_text(status, t))
    if status == CellStatus.PARTIAL:
        text += "<br>" + esc(partial_span(arrived, left, minutes, t))
    return text
