"""Registration-number lists for accreditation portals: per held meeting and register, the
numbers of those present, one per line, exactly as registered (leading zeros kept).

Reads registration numbers, attendance and meeting dates and times only: nothing of a case,
a note, an evaluation or a name reaches a list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session, col, select

from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Meeting,
    MeetingStatus,
    Membership,
    Registration,
)
from intervisie_desktop.core.registers.numbers import normalised


@dataclass(frozen=True)
class PortalList:
    """The numbers of one register for one held meeting."""

    meeting_id: int
    date: date
    start: time
    end: time
    register: str
    numbers: tuple[str, ...]


def _lists(session: Session, meetings: list[Meeting], register: str) -> list[PortalList]:
    ids = [m.id for m in meetings]
    seats = {
        (s.group_id, s.member_id): s.seat
        for s in session.exec(
            select(Membership).where(col(Membership.group_id).in_({m.group_id for m in meetings}))
        )
    }
    rows = session.exec(
        select(Attendance.meeting_id, Registration.member_id, Registration.number)
        .join(Registration, col(Registration.member_id) == Attendance.member_id)
        .where(col(Attendance.meeting_id).in_(ids))
        .where(Attendance.status == AttendanceStatus.PRESENT)
        .where(Registration.register_key == register)
        .order_by(col(Registration.position), col(Registration.id))
    ).all()
    out = []
    for meeting in meetings:
        assert meeting.id is not None
        found = [
            (seats.get((meeting.group_id, member_id), 0), normalised(number))
            for meeting_id, member_id, number in rows
            if meeting_id == meeting.id and normalised(number)
        ]
        numbers = tuple(dict.fromkeys(n for _seat, n in sorted(found, key=lambda f: f[0])))
        out.append(
            PortalList(
                meeting.id,
                meeting.date,
                meeting.planned_start,
                meeting.planned_end,
                register,
                numbers,
            )
        )
    return out


def meeting_list(session: Session, meeting_id: int, register: str) -> PortalList | None:
    """The list of one meeting; None when the meeting does not exist or was not held."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.status != MeetingStatus.HELD:
        return None
    return _lists(session, [meeting], register)[0]


def year_lists(session: Session, group_id: int, year: int, register: str) -> list[PortalList]:
    """One list per held meeting of a group's year, in date order."""
    meetings = list(
        session.exec(
            select(Meeting)
            .where(Meeting.group_id == group_id, Meeting.status == MeetingStatus.HELD)
            .where(Meeting.date >= date(year, 1, 1), Meeting.date <= date(year, 12, 31))
            .order_by(col(Meeting.date), col(Meeting.planned_start))
        )
    )
    return _lists(session, meetings, register) if meetings else []


def registers_present(session: Session, meeting_ids: list[int]) -> list[str]:
    """The registers someone present at these meetings holds a number of."""
    rows = session.exec(
        select(Registration.register_key)
        .join(Attendance, col(Attendance.member_id) == Registration.member_id)
        .where(col(Attendance.meeting_id).in_(meeting_ids))
        .where(Attendance.status == AttendanceStatus.PRESENT)
        .where(Registration.number != "")
        .distinct()
    ).all()
    return sorted(str(r) for r in rows)


def as_text(lists: list[PortalList]) -> str:
    """One number per line. Several meetings: each block opens with its date (and start) and
    ends with an empty line, so a block can be copied into the portal's form of that date."""
    if len(lists) == 1:
        return "".join(f"{n}\n" for n in lists[0].numbers)
    blocks = []
    for portal in lists:
        head = f"{portal.date.isoformat()} {portal.start.strftime('%H:%M')}\n"
        blocks.append(head + "".join(f"{n}\n" for n in portal.numbers))
    return "\n".join(blocks)


def spreadsheet_text(number: str) -> str:
    """A cell every spreadsheet shows as the text it is: ="01234567890". A plain or quoted
    01234567890 in a CSV is read as a number by Excel and LibreOffice (zero dropped, long ones
    turned into 1.23E+10); the formula form gives the text back exactly, in both and in Google
    Sheets. A text-typed column would need an import dialog the user must remember."""
    return '="' + number.replace('"', '""') + '"'
