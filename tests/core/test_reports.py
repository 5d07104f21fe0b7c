"""The yearly summary, certificates and attendance list as data, checked against the database."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

import pytest
from sqlmodel import select

from intervisie_desktop.core.models import Attendance, AttendanceStatus, Meeting, MeetingStatus
from intervisie_desktop.core.reports import (
    CellStatus,
    SummaryOptions,
    build_attendance_list,
    build_certificates,
    build_summary,
    years_with_meetings,
)
from intervisie_desktop.core.stats import attended_minutes_by_member, meeting_minutes

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

SECRETS = {
    "description": "CANARY-DESCRIPTION the client's neighbour in Almere",
    "question": "CANARY-QUESTION how do I stop rescuing",
    "outcome": "CANARY-OUTCOME insight about loyalty",
    "agreed_actions": "CANARY-ACTIONS call the supervisor",
    "follow_up_text": "CANARY-FOLLOWUP it went well",
}


@pytest.fixture
def year_group(services: Services) -> tuple[int, list[int], list[int]]:
    """A group with three members and three meetings in 2025 (one cancelled), and one case."""
    group = services.groups.create(
        name="Testgroep", facilitator_name="F. Acilitator", facilitator_register="LVSC 1"
    ).value
    assert group.id is not None
    members = []
    for i, name in enumerate(["Anna Aa", "Bert Bee", "Cor Cee"], start=1):
        member = services.members.create(full_name=name).value
        assert member.id is not None
        services.registrations.add(member.id, "SKJ", f"10{i}")
        joined = date(2025, 1, 1) if i < 3 else date(2025, 3, 1)  # Cor joins later
        services.memberships.add(group.id, member.id, joined, seat=i)
        members.append(member.id)
    meetings = []
    for day, status in (
        (date(2025, 2, 3), MeetingStatus.HELD),
        (date(2025, 4, 7), MeetingStatus.HELD),
        (date(2025, 6, 2), MeetingStatus.CANCELLED),
    ):
        meeting = services.meetings.create(
            group_id=group.id,
            date=day,
            planned_start=time(14, 0),
            planned_end=time(16, 0),
            location="Utrecht",
            status=status,
        ).value
        assert meeting.id is not None
        meetings.append(meeting.id)
    a, b, c = members
    services.attendance.record(meetings[0], a, AttendanceStatus.PRESENT)
    services.attendance.record(meetings[0], b, AttendanceStatus.EXCUSED)
    services.attendance.record(meetings[1], a, AttendanceStatus.PRESENT, 90)
    services.attendance.record(meetings[1], b, AttendanceStatus.PRESENT)
    services.attendance.record(meetings[1], c, AttendanceStatus.ABSENT)
    services.cases.create(
        meeting_id=meetings[1], bringer_id=b, topic="Grenzen", method_key="incident", **SECRETS
    )
    services.goals.create(
        member_id=a,
        group_id=group.id,
        year=2025,
        goal="Luisteren",
        evaluation="Beter",
        in_report=True,
    )
    services.goals.create(
        member_id=b, group_id=group.id, year=2025, goal="Verborgen", in_report=False
    )
    return group.id, members, meetings


def test_summary_figures_match_the_database(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, (a, b, c), meetings = year_group
    with services.db.session() as session:
        summary = build_summary(session, group_id, 2025)
        held = session.exec(
            select(Meeting).where(Meeting.group_id == group_id, Meeting.status == "held")
        ).all()
        by_member = attended_minutes_by_member(session, 2025, group_id)
        present_rows = session.exec(
            select(Attendance).where(Attendance.status == AttendanceStatus.PRESENT)
        ).all()
    assert [m.meeting_id for m in summary.meetings] == meetings[:2]
    assert summary.total_minutes == sum(meeting_minutes(m) for m in held) == 240
    assert [(m.start, m.end) for m in summary.meetings] == [(time(14), time(16))] * 2
    assert [m.present for m in summary.meetings] == [
        sum(r.meeting_id == mid for r in present_rows) for mid in meetings[:2]
    ]
    rows = {r.member_id: r for r in summary.members}
    assert {mid: rows[mid].minutes for mid in by_member} == by_member
    assert rows[a].minutes == 120 + 90 and rows[a].meetings_attended == 2
    assert [c.status for c in rows[a].cells] == [CellStatus.PRESENT, CellStatus.PARTIAL]
    assert [c.status for c in rows[b].cells] == [CellStatus.EXCUSED, CellStatus.PRESENT]
    assert [c.status for c in rows[c].cells] == [CellStatus.NOT_MEMBER, CellStatus.ABSENT]
    assert rows[a].points == pytest.approx(3.5)
    assert [m.methods for m in summary.meetings] == [(), ("incident",)]
    assert [u.key for u in summary.methods] == ["incident"]
    assert [g.goal for g in summary.goals] == ["Luisteren"]


def test_points_per_hour_method_names_and_no_topics(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, (a, _b, _c), _ = year_group
    options = SummaryOptions(
        lang="en",
        points_per_hour=2,
        include_topics=False,
        method_name=lambda key, lang: f"{key}:{lang}",
    )
    with services.db.session() as session:
        summary = build_summary(session, group_id, 2025, options)
    assert all(m.topics == () for m in summary.meetings)
    assert summary.meetings[1].methods == ("incident:en",)
    assert next(r for r in summary.members if r.member_id == a).points == pytest.approx(7.0)


def test_recorded_session_times_replace_the_plan(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, _, meetings = year_group
    services.meetings.update(
        meetings[0],
        actual_start=datetime(2025, 2, 3, 13, 5, tzinfo=UTC),
        actual_end=datetime(2025, 2, 3, 15, 20, tzinfo=UTC),
    )
    with services.db.session() as session:
        summary = build_summary(session, group_id, 2025, tz=UTC)
    first = summary.meetings[0]
    assert (first.start, first.end, first.actual, first.minutes) == (
        time(13, 5),
        time(15, 20),
        True,
        135,
    )
    assert [(r.planned_minutes, r.actual_minutes) for r in summary.timing] == [
        (120, 135),
        (120, None),
    ]


def _strings(value: object) -> list[str]:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings(getattr(value, f.name))]
    if isinstance(value, tuple | list):
        return [s for item in value for s in _strings(item)]
    return [value] if isinstance(value, str) else []


def test_no_confidential_text_in_any_report_structure(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, _, meetings = year_group
    with services.db.session() as session:
        summary = build_summary(session, group_id, 2025)
        listing = build_attendance_list(session, meetings[1])
    texts = " ".join(_strings(summary) + _strings(build_certificates(summary)) + _strings(listing))
    assert "Grenzen" in texts  # the topic label may appear...
    for secret in SECRETS.values():  # ...the rest of the case never
        assert secret not in texts
    assert "Verborgen" not in texts  # a goal not marked for the report


def test_certificates_list_only_attended_meetings(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, (a, b, _c), _ = year_group
    with services.db.session() as session:
        summary = build_summary(session, group_id, 2025)
    certificates = {cert.member_id: cert for cert in build_certificates(summary)}
    assert set(certificates) == {a, b}  # Cor attended nothing
    assert [m.minutes for m in certificates[a].meetings] == [120, 90]
    assert certificates[a].hours == pytest.approx(3.5)
    assert [g.goal for g in certificates[a].goals] == ["Luisteren"]
    assert certificates[b].goals == ()


def test_attendance_list_names_members_on_the_date(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    _, _, meetings = year_group
    with services.db.session() as session:
        early = build_attendance_list(session, meetings[0])
        later = build_attendance_list(session, meetings[1])
    assert [r.full_name for r in early.rows] == ["Anna Aa", "Bert Bee"]
    assert [r.full_name for r in later.rows] == ["Anna Aa", "Bert Bee", "Cor Cee"]
    assert later.led_by == "F. Acilitator" and later.start == time(14)


def test_years_with_meetings(
    services: Services, year_group: tuple[int, list[int], list[int]]
) -> None:
    group_id, _, _ = year_group
    with services.db.session() as session:
        assert years_with_meetings(session) == [(group_id, 2025)]
