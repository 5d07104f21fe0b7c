"""Meetings (bijeenkomsten), who attended, and the session plan of each meeting."""

from __future__ import annotations

import datetime as dt
from datetime import date, datetime, time
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.learning import ChairMode, MeetingPurpose


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Meeting(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True, ondelete="CASCADE")
    date: date
    planned_start: time
    planned_end: time
    actual_start: datetime | None = None  # aware UTC, set from the session run
    actual_end: datetime | None = None
    location: str = ""
    online: bool = False
    status: MeetingStatus = MeetingStatus.PLANNED
    led_by_member_id: int | None = Field(
        default=None, foreign_key="member.id", ondelete="SET NULL"
    )  # None: the group's supervisor leads
    chair_mode: ChairMode = ChairMode.SUPERVISOR  # with led_by_member_id: which member chairs
    purpose: MeetingPurpose = MeetingPurpose.REGULAR  # an evaluation or follow-up meeting
    theme: str = ""
    evaluation: str = ""

    def is_ahead(self, today: dt.date) -> bool:
        """Still to come: a later day, or today while still planned (a meeting held or
        cancelled today is behind)."""
        return self.date > today or (self.date == today and self.status == MeetingStatus.PLANNED)


class Attendance(SQLModel, table=True):
    """Presence of a member at a meeting; attended hours are derived from it, never typed."""

    __table_args__ = (UniqueConstraint("meeting_id", "member_id"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    # None once the member was erased: the anonymous count of past attendance remains.
    member_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="SET NULL"
    )
    status: AttendanceStatus = AttendanceStatus.PRESENT
    partial_minutes: int | None = None  # present for only this many minutes
    arrived_at: time | None = None  # a partial attendance: when the member came (wall clock)
    left_at: time | None = None  # and when they left; either may be unknown


class PlanItem(SQLModel, table=True):
    """One step of a meeting's session plan: a standard block or a method run for a case."""

    __table_args__ = (UniqueConstraint("meeting_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    position: int
    method_key: str  # built-in key ("incident", "block.opening") or "user:<id>"
    case_id: int | None = Field(default=None, foreign_key="case.id", ondelete="SET NULL")
    minutes: int | None = None  # overrides the method's planned total when set
