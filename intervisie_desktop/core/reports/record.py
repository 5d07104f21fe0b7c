"""The filled-in record of one held meeting: times as held, who was there, topics and methods.

Built on the attendance list (the same people, seats and registers) and the yearly summary's
reading of a meeting (times, methods, topic labels), so no figure is computed twice. Reads no
case description, question, outcome, action, follow-up, evaluation or note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Attendance, Meeting, MeetingStatus
from intervisie_desktop.core.reports.attendance_list import build_attendance_list
from intervisie_desktop.core.reports.model import CellStatus, MeetingRow, SummaryOptions
from intervisie_desktop.core.reports.summary import _cell, build_summary

if TYPE_CHECKING:
    from datetime import date, time, tzinfo

    from intervisie_desktop.core.reports.model import AttendanceList

MSG_NOT_HELD = QT_TRANSLATE_NOOP(
    "Validation",
    "The meeting of {date} is not marked as held: a record of it cannot be drawn up yet.",
)


@dataclass(frozen=True)
class RecordRow:
    seat: int
    full_name: str
    register_name: str
    registration_number: str
    status: CellStatus  # present, partial, absent, excused or unrecorded
    minutes: int
    arrived: time | None = None
    left: time | None = None


@dataclass(frozen=True)
class MeetingRecord:
    roster: AttendanceList  # group, supervisor, place, theme, leader as on the signing form
    meeting: MeetingRow  # times as held (actual) or planned, methods, topic labels
    rows: tuple[RecordRow, ...]

    @property
    def date(self) -> date:
        return self.meeting.date

    @property
    def present(self) -> int:
        return sum(r.status in (CellStatus.PRESENT, CellStatus.PARTIAL) for r in self.rows)


def build_meeting_record(
    session: Session,
    meeting_id: int,
    options: SummaryOptions | None = None,
    tz: tzinfo | None = None,
) -> MeetingRecord:
    """The record of a held meeting; a planned or cancelled one is refused."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_NOT_FOUND, what="meeting", id=meeting_id)
    if meeting.status != MeetingStatus.HELD:
        raise ValidationError(MSG_NOT_HELD, date=meeting.date.isoformat())
    roster = build_attendance_list(session, meeting_id)
    summary = build_summary(
        session, meeting.group_id, meeting.date.year, options, lambda *_: [], tz
    )
    row = next(m for m in summary.meetings if m.meeting_id == meeting_id)
    recorded = {
        a.member_id: a
        for a in session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id))
    }
    rows = []
    for person in roster.rows:
        cell = _cell(meeting, recorded.get(person.member_id), True)
        rows.append(
            RecordRow(
                person.seat,
                person.full_name,
                person.register_name,
                person.registration_number,
                cell.status,
                cell.minutes,
                cell.arrived,
                cell.left,
            )
        )
    return MeetingRecord(roster, row, tuple(rows))
