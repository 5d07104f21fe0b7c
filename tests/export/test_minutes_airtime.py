"""Speaking time in the minutes: absent by default, present with `--airtime` in the text and the
PDF, the same figures the Meetings tab shows; still nothing confidential beside it."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from intervisie_desktop.cli import main
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.export.pdftools import text as pdf_text

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.session.airtime import Airtime

PLANTED = "Qzgeheimeomschrijving"


def clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def recorded_meeting(folder: Path) -> tuple[int, Airtime]:
    db = open_database(write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir()))
    try:
        services = Services(db, methods_dir())
        for group in services.groups.list():
            for meeting in services.meetings.for_group(group.id or 0):
                found = services.sessions.airtime(meeting.id or 0)
                if meeting.status == MeetingStatus.HELD and found is not None:
                    return meeting.id or 0, found
    finally:
        db.close()
    raise AssertionError("the demo has a session run to the end")


def test_speaking_time_only_when_asked_for(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    meeting_id, airtime = recorded_meeting(folder)
    with sqlite3.connect(folder / DATABASE_NAME) as conn:  # confidential text beside the times
        conn.execute(
            "UPDATE 'case' SET description = ?, outcome = ?, follow_up_text = ?",
            (PLANTED, PLANTED, PLANTED),
        )
    base = ["export-minutes", "--data-dir", str(folder), "--meeting", str(meeting_id)]
    plain, timed, timed_pdf = tmp_path / "m.txt", tmp_path / "t.txt", tmp_path / "t.pdf"
    assert main([*base, "--lang", "en", "--out", str(plain)]) == 0
    assert main([*base, "--lang", "en", "--airtime", "--out", str(timed)]) == 0
    assert main([*base, "--lang", "nl", "--airtime", "--out", str(timed_pdf)]) == 0
    without = plain.read_text(encoding="utf-8")
    with_times = timed.read_text(encoding="utf-8")
    in_pdf = pdf_text(timed_pdf)
    assert "Speaking time" not in without
    assert "Speaking time (measured by the session timer)" in with_times
    assert "Spreektijd" in in_pdf
    for speaker in airtime.speakers:
        assert f"{speaker.name} {clock(speaker.seconds)}" in with_times
        assert f"{speaker.name} {clock(speaker.seconds)}" in in_pdf
    for round_ in airtime.rounds:
        spread = round_.spread
        assert (
            f"- {round_.method.en} \u00b7 {round_.phase.en}: shortest {clock(spread.shortest)}, "
            f"median {clock(spread.median)}, longest {clock(spread.longest)}"
        ) in with_times
    for shown in (without, with_times, in_pdf):
        assert PLANTED not in shown
    assert PLANTED.encode() not in timed_pdf.read_bytes()
