"""A group's planned meetings as calendar events (plain data for the iCalendar export)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.models import Group, Meeting, MeetingStatus

if TYPE_CHECKING:
    from datetime import date, time


@dataclass(frozen=True)
class CalendarEvent:
    meeting_id: int
    group_name: str
    facilitator_name: str
    date: date
    start: time  # local wall time, as planned
    end: time
    place: str
    online: bool
    theme: str


def planned_events(
    session: Session, group_id: int, from_day: date | None = None
) -> list[CalendarEvent]:
    """Planned (not held, not cancelled) meetings of a group, from `from_day` on when given."""
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(MSG_NOT_FOUND, what="group", id=group_id)
    stmt = (
        select(Meeting)
        .where(Meeting.group_id == group_id, Meeting.status == MeetingStatus.PLANNED)
        .order_by(col(Meeting.date), col(Meeting.planned_start))
    )
    if from_day is not None:
        stmt = stmt.where(Meeting.date >= from_day)
    return [
        CalendarEvent(
            meeting_id=m.id or 0,
            group_name=group.name,
            facilitator_name=group.facilitator_name,
            date=m.date,
            start=m.planned_start,
            end=m.planned_end,
            place=m.location,
            online=m.online,
            theme=m.theme,
        )
        for m in session.exec(stmt)
    ]
