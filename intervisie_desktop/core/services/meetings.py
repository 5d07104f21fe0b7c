"""Meetings of a group and who attended them."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlmodel import Session, col, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpResult
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    ChairMode,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
)
from intervisie_desktop.core.services.base import EntityService, must_exist
from intervisie_desktop.core.services.members import active_on
from intervisie_desktop.core.stats import meeting_minutes

MSG_END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end time must be after the start time.")
MSG_LEADER_NOT_MEMBER = QT_TRANSLATE_NOOP(
    "Validation", "{name} is not a member of this group on {date} and cannot lead the meeting."
)
MSG_NOT_MEMBER = QT_TRANSLATE_NOOP("Validation", "{name} is not a member of this group on {date}.")
MSG_PARTIAL_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "Minutes present must be from 1 to {max} (the length of the meeting)."
)
MSG_HELD_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Validation",
    "A meeting on {date} is still ahead and cannot be marked held yet; "
    "keep it planned until that day.",
)
MSG_PARTIAL_NOT_PRESENT = QT_TRANSLATE_NOOP(
    "Validation", "Minutes present only apply to someone who was present."
)
MSG_TIMES_NOT_PRESENT = QT_TRANSLATE_NOOP(
    "Validation", "Arrival and leave times only apply to someone who was present."
)
MSG_TIMES_OUTSIDE = QT_TRANSLATE_NOOP(
    "Validation",
    "Arrival and leave must lie within the meeting ({start}\u2013{end}), arrival before leave.",
)


def is_member_on(session: Session, group_id: int, member_id: int, day: date) -> bool:
    stmt = select(Membership.id).where(
        Membership.group_id == group_id, Membership.member_id == member_id, active_on(day)
    )
    return session.exec(stmt).first() is not None


class MeetingService(EntityService[Meeting]):
    model = Meeting
    what = "meeting"
    change = Change.MEETINGS

    def for_group(self, group_id: int, year: int | None = None) -> list[Meeting]:
        """All meetings of a group, oldest first."""
        group_id = v.record_id(group_id, "group")
        year = v.optional_year(year)
        stmt = select(Meeting).where(Meeting.group_id == group_id)
        if year is not None:
            stmt = stmt.where(Meeting.date >= date(year, 1, 1), Meeting.date <= date(year, 12, 31))
        with self._session() as session:
            return list(session.exec(stmt.order_by(col(Meeting.date), col(Meeting.planned_start))))

    def next_planned(
        self, group_id: int | None = None, today: date | None = None
    ) -> Meeting | None:
        """The first planned meeting from today on (of one group, or of any active group)."""
        group_id = v.optional_id(group_id, "group")
        today = v.optional_date(today, "today") or date.today()
        stmt = (
            select(Meeting)
            .join(Group, col(Group.id) == Meeting.group_id)
            .where(Meeting.status == MeetingStatus.PLANNED, Meeting.date >= today)
            .where(Group.archived == False)  # noqa: E712 - SQL comparison
            .order_by(col(Meeting.date), col(Meeting.planned_start))
        )
        if group_id is not None:
            stmt = stmt.where(Meeting.group_id == group_id)
        with self._session() as session:
            return session.exec(stmt).first()

    def _delete_changes(self) -> tuple[Change, ...]:
        return (Change.MEETINGS, Change.ATTENDANCE, Change.CASES, Change.NOTES, Change.SESSIONS)

    def _check(self, session: Session, obj: Meeting, is_new: bool) -> None:
        group: Group = must_exist(session, Group, obj.group_id, "group")
        obj.date = v.a_date(obj.date, "date", labels.DATE)
        obj.planned_start = v.a_time(obj.planned_start, "planned_start", labels.START)
        obj.planned_end = v.a_time(obj.planned_end, "planned_end", labels.END)
        if obj.planned_end <= obj.planned_start:
            raise ValidationError(MSG_END_BEFORE_START, field="planned_end")
        if (
            obj.actual_start is not None
            and obj.actual_end is not None
            and obj.actual_end <= obj.actual_start
        ):
            raise ValidationError(MSG_END_BEFORE_START, field="actual_end")
        obj.location = v.name(obj.location, "location", labels.LOCATION, required=False)
        obj.theme = v.name(obj.theme, "theme", labels.THEME, required=False)
        obj.evaluation = v.long_text(obj.evaluation, "evaluation", labels.EVALUATION)
        obj.status = MeetingStatus(obj.status)
        if obj.status == MeetingStatus.HELD and obj.date > date.today():
            raise ValidationError(MSG_HELD_IN_FUTURE, field="status", date=obj.date.isoformat())
        obj.online = bool(obj.online)
        obj.chair_mode = ChairMode(obj.chair_mode)
        if obj.led_by_member_id is not None and obj.chair_mode == ChairMode.SUPERVISOR:
            # A member named as leader chairs: in a guided group with the supervisor behind.
            obj.chair_mode = ChairMode.MEMBER_SUPERVISED if group.guided else ChairMode.MEMBER
        if obj.led_by_member_id is not None and not is_member_on(
            session, group.id or 0, obj.led_by_member_id, obj.date
        ):
            leader: Member = must_exist(session, Member, obj.led_by_member_id, "member")
            raise ValidationError(
                MSG_LEADER_NOT_MEMBER,
                field="led_by_member_id",
                name=leader.full_name,
                date=obj.date.isoformat(),
            )


class AttendanceService(EntityService[Attendance]):
    model = Attendance
    what = "attendance"
    change = Change.ATTENDANCE

    def for_meeting(self, meeting_id: int) -> list[tuple[Member, Attendance | None]]:
        """Everyone who was a member on the meeting's date, in seat order, with what is recorded."""
        with self._session() as session:
            meeting: Meeting = must_exist(session, Meeting, meeting_id, "meeting")
            members = session.exec(
                select(Member)
                .join(Membership, col(Membership.member_id) == Member.id)
                .where(Membership.group_id == meeting.group_id, active_on(meeting.date))
                .order_by(col(Membership.seat), col(Member.full_name))
            ).all()
            recorded = {
                a.member_id: a
                for a in session.exec(select(Attendance).where(Attendance.meeting_id == meeting_id))
            }
            return [(m, recorded.get(m.id)) for m in members]

    def record(
        self,
        meeting_id: int,
        member_id: int,
        status: AttendanceStatus | str,
        partial_minutes: int | None = None,
        arrived_at: time | None = None,
        left_at: time | None = None,
    ) -> OpResult[Attendance]:
        """Set (create or change) one member's attendance at one meeting. With an arrival or
        leave time the minutes present follow from them (the meeting's start or end standing
        in for the one not given)."""
        meeting_id = v.record_id(meeting_id, "meeting")
        member_id = v.record_id(member_id, "member")
        with self._session() as session:
            existing = session.exec(
                select(Attendance).where(
                    Attendance.meeting_id == meeting_id, Attendance.member_id == member_id
                )
            ).first()
        fields = {  # checked by _set and _check
            "status": status,
            "partial_minutes": partial_minutes,
            "arrived_at": arrived_at,
            "left_at": left_at,
        }
        if existing is not None and existing.id is not None:
            return self.update(existing.id, **fields)
        return self.create(meeting_id=meeting_id, member_id=member_id, **fields)

    def _check(self, session: Session, obj: Attendance, is_new: bool) -> None:
        meeting: Meeting = must_exist(session, Meeting, obj.meeting_id, "meeting")
        obj.status = AttendanceStatus(obj.status)
        if obj.member_id is None:
            return  # an erased member's anonymous row; nothing to check
        person: Member = must_exist(session, Member, obj.member_id, "member")
        if not is_member_on(session, meeting.group_id, obj.member_id, meeting.date):
            raise ValidationError(
                MSG_NOT_MEMBER,
                field="member_id",
                name=person.full_name,
                date=meeting.date.isoformat(),
            )
        if obj.arrived_at is not None or obj.left_at is not None:
            if obj.status != AttendanceStatus.PRESENT:
                raise ValidationError(MSG_TIMES_NOT_PRESENT, field="arrived_at")
            obj.partial_minutes = _minutes_between(meeting, obj)
        if obj.partial_minutes is not None:
            if obj.status != AttendanceStatus.PRESENT:
                raise ValidationError(MSG_PARTIAL_NOT_PRESENT, field="partial_minutes")
            length = meeting_minutes(meeting)
            minutes = v.integer(
                obj.partial_minutes, "partial_minutes", labels.PARTIAL_MINUTES, 0, 10**6
            )
            if not 1 <= minutes <= length:
                raise ValidationError(MSG_PARTIAL_TOO_LONG, field="partial_minutes", max=length)
            obj.partial_minutes = minutes


def _minutes_between(meeting: Meeting, obj: Attendance) -> int:
    """Minutes from arrival (or the meeting's start) to leaving (or its end), as held; the
    times are normalised on `obj` (whole minutes)."""
    from intervisie_desktop.core.reports.summary import meeting_times

    start, end, _ = meeting_times(meeting)
    if obj.arrived_at is not None:
        obj.arrived_at = v.a_time(obj.arrived_at, "arrived_at", labels.START)
    if obj.left_at is not None:
        obj.left_at = v.a_time(obj.left_at, "left_at", labels.END)
    begin, finish = obj.arrived_at or start, obj.left_at or end
    if not start <= begin < finish <= end:
        raise ValidationError(
            MSG_TIMES_OUTSIDE, field="arrived_at", start=f"{start:%H:%M}", end=f"{end:%H:%M}"
        )
    span = datetime.combine(meeting.date, finish) - datetime.combine(meeting.date, begin)
    return round(span.total_seconds() / 60)
