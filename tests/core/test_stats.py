"""Attended hours are derived from meeting times and attendance, partial minutes respected."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.core.stats import attended_hours, attended_minutes_by_member, meetings_held

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services


def test_hours_follow_status_partial_minutes_and_actual_times(services: Services) -> None:
    group = services.groups.create(name="G").value
    anna = services.members.create(full_name="Anna Bos").value
    bert = services.members.create(full_name="Bert Kok").value
    assert group.id and anna.id and bert.id
    for person in (anna, bert):
        services.memberships.add(group.id, person.id or 0, date(2025, 1, 1))

    def held(day: date, **extra: object) -> int:
        m = services.meetings.create(
            group_id=group.id,
            date=day,
            planned_start=time(14),
            planned_end=time(16),
            status=MeetingStatus.HELD,
            **extra,
        ).value
        return m.id or 0

    full = held(date(2025, 2, 1))  # 120 planned
    recorded = held(  # actually ran 14:05-15:50 = 105 minutes
        date(2025, 3, 1),
        actual_start=datetime(2025, 3, 1, 13, 5, tzinfo=UTC),
        actual_end=datetime(2025, 3, 1, 14, 50, tzinfo=UTC),
    )
    cancelled = services.meetings.create(
        group_id=group.id,
        date=date(2025, 4, 1),
        planned_start=time(14),
        planned_end=time(16),
        status=MeetingStatus.CANCELLED,
    ).value
    services.attendance.record(full, anna.id, AttendanceStatus.PRESENT)
    services.attendance.record(full, bert.id, AttendanceStatus.PRESENT, partial_minutes=45)
    services.attendance.record(recorded, anna.id, AttendanceStatus.PRESENT)
    services.attendance.record(recorded, bert.id, AttendanceStatus.EXCUSED)
    services.attendance.record(cancelled.id or 0, anna.id, AttendanceStatus.PRESENT)
    with services.db.session() as session:
        assert attended_minutes_by_member(session, 2025, group.id) == {
            anna.id: 120 + 105,
            bert.id: 45,
        }
        assert attended_hours(session, anna.id, 2025) == 3.75
        assert attended_minutes_by_member(session, 2024) == {}
        assert [m.date for m in meetings_held(session, group.id, 2025)] == [
            date(2025, 2, 1),
            date(2025, 3, 1),
        ]
