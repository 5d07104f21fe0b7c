"""Arrival and leave times typed in the attendance list: stored, refused outside the meeting
with the typed text kept, and printed on the record and the certificate."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.export import jobs, record_jobs
from tests.export.pdftools import normalise, text
from tests.ui.main_window.conftest import settle, type_into

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Attendance, Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def _stored(services: Services, meeting_id: int) -> dict[str, Attendance | None]:
    return {p.full_name: r for p, r in services.attendance.for_meeting(meeting_id)}


def test_arrival_and_leave_typed_are_stored_checked_and_printed(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, tmp_path: Path
) -> None:
    win.show_tab(2)
    past = services.meetings.for_group(group.id or 0)[0]  # held, 19:00-21:00
    meeting_id = past.id or 0
    for person, _record in services.attendance.for_meeting(meeting_id):
        services.attendance.record(meeting_id, person.id or 0, "present")
    win.meetings.select_meeting(meeting_id)
    settle(qtbot, win)
    attendance = win.meetings.attendance
    assert attendance.arrived(0).isEnabled() and attendance.left(1).isEnabled()

    type_into(qtbot, attendance.arrived(0), "19:45")
    settle(qtbot, win)
    type_into(qtbot, attendance.left(1), "2030")  # typed without a colon
    settle(qtbot, win)
    stored = _stored(services, meeting_id)
    anna, bram = stored["Anna de Vries"], stored["Bram Jansen"]
    assert anna is not None and bram is not None
    assert (anna.arrived_at, anna.left_at, anna.partial_minutes) == (time(19, 45), None, 75)
    assert (bram.arrived_at, bram.left_at, bram.partial_minutes) == (None, time(20, 30), 90)
    assert attendance.times_shown()[:2] == [("19:45", ""), ("", "20:30")]
    assert [row[2] for row in attendance.shown()[:2]] == [75, 90]  # minutes follow the times
    assert not attendance.spin(0).isEnabled()

    # Outside the meeting: refused with the meeting's times named, the typed text kept.
    type_into(qtbot, attendance.left(0), "21:30")
    settle(qtbot, win)
    assert "19:00\u201321:00" in attendance.error.text() and attendance.error.isVisible()
    assert attendance.left(0).text() == "21:30"
    # Not a time at all: said so, nothing stored, the text stays to be corrected.
    type_into(qtbot, attendance.left(0), "half tien")
    assert "no time of day" in attendance.error.text()
    assert attendance.left(0).text() == "half tien"
    anna = _stored(services, meeting_id)["Anna de Vries"]
    assert anna is not None and (anna.arrived_at, anna.left_at) == (time(19, 45), None)
    # Corrected: stored, the message gone.
    type_into(qtbot, attendance.left(0), "20:50")
    settle(qtbot, win)
    assert attendance.error.isHidden()
    anna = _stored(services, meeting_id)["Anna de Vries"]
    assert anna is not None and (anna.arrived_at, anna.left_at) == (time(19, 45), time(20, 50))

    # Undo (Ctrl+Z) takes the leave time back off.
    win.activateWindow()
    attendance.table.setFocus()
    qtbot.keyClick(attendance.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, win)
    anna = _stored(services, meeting_id)["Anna de Vries"]
    assert anna is not None and (anna.arrived_at, anna.left_at) == (time(19, 45), None)

    for lang, came, went in (("en", "arrived", "left"), ("nl", "gekomen", "vertrokken")):
        job = record_jobs.prepare_record(services, meeting_id, tmp_path / f"{lang}.pdf", lang)
        document = normalise(text(job.run().paths[0]))
        assert f"{came} 19:45" in document and f"{went} 20:30" in document
        certificates = jobs.prepare_certificates(
            services,
            group.id or 0,
            past.date.year,
            tmp_path / f"c{lang}.pdf",
            lang,
            member_ids=[bram.member_id or 0],
        )
        assert f"{went} 20:30" in normalise(text(certificates.run().paths[0]))
