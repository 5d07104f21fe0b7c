"""Derived figures, computed in one place: meeting length, meetings held, attended hours."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime

from sqlmodel import Session, col, select

from intervisie_desktop.core.models import Attendance, AttendanceStatus, Meeting, MeetingStatus


def meeting_minutes(meeting: Meeting) -> int:
    """Actual length when the session recorded it, otherwise the planned length."""
    if meeting.actual_start is not None and meeting.actual_end is not None:
        return max(0, round((meeting.actual_end - meeting.actual_start).total_seconds() / 60))
    start = datetime.combine(meeting.date, meeting.planned_start)
    end = datetime.combine(meeting.date, meeting.planned_end)
    return max(0, round((end - start).total_seconds() / 60))


def attended_minutes(meeting: Meeting, attendance: Attendance) -> int:
    """Minutes one attendance counts for: partial minutes when given, else the whole meeting."""
    if meeting.status != MeetingStatus.HELD or attendance.status != AttendanceStatus.PRESENT:
        return 0
    full = meeting_minutes(meeting)
    if attendance.partial_minutes is not None:
        return min(attendance.partial_minutes, full)
    return full


def _year_bounds(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year, 12, 31)


def meetings_held(session: Session, group_id: int, year: int) -> list[Meeting]:
    first, last = _year_bounds(year)
    stmt = (
        select(Meeting)
        .where(Meeting.group_id == group_id, Meeting.status == MeetingStatus.HELD)
        .where(Meeting.date >= first, Meeting.date <= last)
        .order_by(col(Meeting.date), col(Meeting.planned_start))
    )
    return list(session.exec(stmt))


def attended_minutes_by_member(
    session: Session, year: int, group_id: int | None = None
) -> dict[int, int]:
    """Member id -> attended minutes over the held meetings of a year (of one group or all)."""
    first, last = _year_bounds(year)
    stmt = (
        select(Meeting, Attendance)
        .join(Attendance, col(Attendance.meeting_id) == Meeting.id)
        .where(Meeting.status == MeetingStatus.HELD)
        .where(Meeting.date >= first, Meeting.date <= last)
        .where(col(Attendance.member_id).is_not(None))
    )
    if group_id is not None:
        stmt = stmt.where(Meeting.group_id == group_id)
    totals: dict[int, int] = defaultdict(int)
    for meeting, attendance in session.exec(stmt):
        if attendance.member_id is not None:
            totals[attendance.member_id] += attended_minutes(meeting, attendance)
    return dict(totals)


def attended_hours(
    session: Session, member_id: int, year: int, group_id: int | None = None
) -> float:
    return attended_minutes_by_member(session, year, group_id).get(member_id, 0) / 60
