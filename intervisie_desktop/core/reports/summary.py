"""The yearly summary of one group as plain data: what a register's auditor asks for.

Reads meetings, attendance, memberships, case topic labels and method keys, and learning goals
marked for the report; never a case's description, question, outcome, actions or follow-up, nor
any note.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, tzinfo

from sqlmodel import Session, col, func, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Group,
    LearningGoal,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    PlanItem,
)
from intervisie_desktop.core.registers.fields import registration_fields_in
from intervisie_desktop.core.reports.development import (
    Development,
    for_report,
    group_development,
)
from intervisie_desktop.core.reports.model import (
    Cell,
    CellStatus,
    GoalRow,
    MeetingRow,
    MemberRow,
    MethodUse,
    SummaryOptions,
    YearSummary,
)
from intervisie_desktop.core.reports.timing import TimingSource, meeting_timing
from intervisie_desktop.core.stats import (
    attended_minutes,
    attended_minutes_by_member,
    meeting_minutes,
    meetings_held,
)

BLOCK_PREFIX = "block."  # opening, closing...: parts of every meeting, not methods


def local_time(instant: datetime, tz: tzinfo | None = None) -> time:
    """Wall-clock time of a stored instant (stored as UTC; SQLite may hand it back naive)."""
    aware = instant if instant.tzinfo is not None else instant.replace(tzinfo=UTC)
    return aware.astimezone(tz).time().replace(second=0, microsecond=0)


def meeting_times(meeting: Meeting, tz: tzinfo | None = None) -> tuple[time, time, bool]:
    """Start and end as held when the session recorded them, else as planned."""
    if meeting.actual_start is not None and meeting.actual_end is not None:
        return local_time(meeting.actual_start, tz), local_time(meeting.actual_end, tz), True
    return meeting.planned_start, meeting.planned_end, False


def _points(minutes: int, per_hour: float) -> float:
    return round(minutes / 60 * per_hour, 2)


def years_with_meetings(session: Session, group_id: int | None = None) -> list[tuple[int, int]]:
    """(group id, year) for every year in which a group held at least one meeting."""
    year = func.strftime("%Y", Meeting.date)
    stmt = (
        select(Meeting.group_id, year)
        .where(Meeting.status == MeetingStatus.HELD)
        .group_by(col(Meeting.group_id), year)
        .order_by(col(Meeting.group_id), year)
    )
    if group_id is not None:
        stmt = stmt.where(Meeting.group_id == group_id)
    return [(gid, int(y)) for gid, y in session.exec(stmt)]


def _members_of_year(
    session: Session, group_id: int, year: int
) -> list[tuple[Member, list[Membership]]]:
    """Everyone in the group at some point of the year, in seat order, with their memberships."""
    stmt = (
        select(Membership, Member)
        .join(Member, col(Member.id) == Membership.member_id)
        .where(Membership.group_id == group_id)
        .where(col(Membership.joined_on) <= date(year, 12, 31))
        .where(col(Membership.left_on).is_(None) | (col(Membership.left_on) >= date(year, 1, 1)))
        .order_by(col(Membership.seat), col(Member.full_name))
    )
    found: dict[int, tuple[Member, list[Membership]]] = {}
    for membership, member in session.exec(stmt):
        assert member.id is not None
        found.setdefault(member.id, (member, []))[1].append(membership)
    return list(found.values())


def _is_member(memberships: list[Membership], day: date) -> bool:
    return any(m.joined_on <= day and (m.left_on is None or m.left_on >= day) for m in memberships)


def _cell(meeting: Meeting, attendance: Attendance | None, member_then: bool) -> Cell:
    if attendance is None:
        return Cell(CellStatus.UNRECORDED if member_then else CellStatus.NOT_MEMBER)
    if attendance.status == AttendanceStatus.ABSENT:
        return Cell(CellStatus.ABSENT)
    if attendance.status == AttendanceStatus.EXCUSED:
        return Cell(CellStatus.EXCUSED)
    minutes = attended_minutes(meeting, attendance)
    partial = attendance.partial_minutes is not None and minutes < meeting_minutes(meeting)
    if not partial:
        return Cell(CellStatus.PRESENT, minutes)
    return Cell(CellStatus.PARTIAL, minutes, attendance.arrived_at, attendance.left_at)


def build_summary(
    session: Session,
    group_id: int,
    year: int,
    options: SummaryOptions | None = None,
    timing: TimingSource = meeting_timing,
    tz: tzinfo | None = None,
    development: Development | None = None,
) -> YearSummary:
    """Everything the yearly summary shows, computed once; tz=None means the system's zone.
    `development` is the group's whole development when the caller has it already (a batch
    makes every year of a group); the summary shows it up to `year`."""
    options = options or SummaryOptions()
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(MSG_NOT_FOUND, what="group", id=group_id)
    meetings = meetings_held(session, group_id, year)
    ids = [m.id for m in meetings]
    attendance: dict[tuple[int, int], Attendance] = {}
    present: dict[int, int] = defaultdict(int)
    for row in session.exec(select(Attendance).where(col(Attendance.meeting_id).in_(ids))):
        if row.member_id is not None:
            attendance[(row.meeting_id, row.member_id)] = row
        if row.status == AttendanceStatus.PRESENT:
            present[row.meeting_id] += 1
    # Only these two columns of a case are read: the rest is confidential.
    case_rows = session.exec(
        select(Case.meeting_id, Case.topic, Case.method_key)
        .where(col(Case.meeting_id).in_(ids))
        .order_by(col(Case.meeting_id), col(Case.id))
    ).all()
    plan_rows = session.exec(
        select(PlanItem.meeting_id, PlanItem.method_key)
        .where(col(PlanItem.meeting_id).in_(ids))
        .order_by(col(PlanItem.meeting_id), col(PlanItem.position))
    ).all()
    topics: dict[int, list[str]] = defaultdict(list)
    methods: dict[int, list[str]] = defaultdict(list)
    case_count: dict[str, int] = defaultdict(int)
    for meeting_id, topic, method_key in case_rows:
        topics[meeting_id].append(topic)
        if method_key:
            case_count[method_key] += 1
            if method_key not in methods[meeting_id]:
                methods[meeting_id].append(method_key)
    for meeting_id, method_key in plan_rows:  # a planned method run without a recorded case
        if not method_key.startswith(BLOCK_PREFIX) and method_key not in methods[meeting_id]:
            methods[meeting_id].append(method_key)
    members = _members_of_year(session, group_id, year)
    names = {m.id: m.full_name for m, _ in members}
    leaders = {m.led_by_member_id for m in meetings if m.led_by_member_id is not None}
    for leader_id in leaders - names.keys():
        leader = session.get(Member, leader_id)
        names[leader_id] = leader.full_name if leader else ""
    name = options.method_name
    meeting_rows = []
    for meeting in meetings:
        assert meeting.id is not None
        start, end, actual = meeting_times(meeting, tz)
        meeting_rows.append(
            MeetingRow(
                meeting_id=meeting.id,
                date=meeting.date,
                start=start,
                end=end,
                minutes=meeting_minutes(meeting),
                actual=actual,
                place=meeting.location,
                online=meeting.online,
                led_by=(
                    names.get(meeting.led_by_member_id, "")
                    if meeting.led_by_member_id is not None
                    else group.facilitator_name
                ),
                methods=tuple(name(k, options.lang) for k in methods[meeting.id]),
                theme=meeting.theme,
                topics=tuple(topics[meeting.id]) if options.include_topics else (),
                present=present[meeting.id],
            )
        )
    totals = attended_minutes_by_member(session, year, group_id)
    regs = registration_fields_in(session, [m.id for m, _ in members if m.id is not None])
    member_rows = []
    for member, memberships in members:
        assert member.id is not None
        cells = tuple(
            _cell(m, attendance.get((m.id or 0, member.id)), _is_member(memberships, m.date))
            for m in meetings
        )
        minutes = totals.get(member.id, 0)
        member_rows.append(
            MemberRow(
                member_id=member.id,
                full_name=member.full_name,
                register_name=regs[member.id][0],
                registration_number=regs[member.id][1],
                cells=cells,
                meetings_attended=sum(
                    c.status in (CellStatus.PRESENT, CellStatus.PARTIAL) for c in cells
                ),
                minutes=minutes,
                points=_points(minutes, options.points_per_hour),
            )
        )
    method_meetings: dict[str, int] = defaultdict(int)
    for keys in methods.values():
        for key in keys:
            method_meetings[key] += 1
    method_uses = sorted(
        (
            MethodUse(key, name(key, options.lang), case_count.get(key, 0), count)
            for key, count in method_meetings.items()
        ),
        key=lambda u: (-u.meetings, -u.cases, u.name.lower()),
    )
    member_ids = [m.id for m, _ in members]
    goal_rows = []
    for goal in session.exec(
        select(LearningGoal)
        .where(col(LearningGoal.member_id).in_(member_ids), LearningGoal.year == year)
        .where(LearningGoal.in_report == True)  # noqa: E712 - SQL comparison
        .where(col(LearningGoal.group_id).is_(None) | (LearningGoal.group_id == group_id))
        .order_by(col(LearningGoal.id))
    ):
        goal_rows.append(
            GoalRow(goal.member_id, names.get(goal.member_id, ""), goal.goal, goal.evaluation)
        )
    order = {mid: i for i, mid in enumerate(member_ids)}
    goal_rows.sort(key=lambda g: order.get(g.member_id, 0))
    return YearSummary(
        group_id=group_id,
        group_name=group.name,
        context=group.context,
        year=year,
        facilitator_name=group.facilitator_name,
        facilitator_register=group.facilitator_register,
        guided=group.guided,
        options=options,
        meetings=tuple(meeting_rows),
        members=tuple(member_rows),
        methods=tuple(method_uses),
        goals=tuple(goal_rows),
        timing=tuple(timing(session, meetings)),
        total_minutes=sum(r.minutes for r in meeting_rows),
        development=for_report(
            group_development(session, group_id) if development is None else development, year
        ),
    )
