"""Who chairs which meeting: a fair rota of the members (as the case-bringer rotation is), who
chaired when, and the phase-out plan that moves a group from the supervisor's chair to its own.

The rota for a meeting counts the meetings before it (held or planned, not cancelled) that a
member chaired: fewest first, then longest ago, then seat order; members absent or excused at
that meeting are skipped. A phase-out plan is a template over the group's planned meetings from
today on, in date order; it is shown first (`phase_out`) and stored in one transaction
(`assign`), which also takes it back with the settings it replaced."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.errors import MSG_WRONG_KIND, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    ChairMode,
    Meeting,
    MeetingPurpose,
    MeetingStatus,
    Member,
    Membership,
)
from intervisie_desktop.core.services.base import must_exist
from intervisie_desktop.core.services.meetings import MeetingService

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database

MSG_NO_PLANNED = QT_TRANSLATE_NOOP("Validation", "This group has no planned meetings ahead.")
MSG_FROM_OUTSIDE = QT_TRANSLATE_NOOP(
    "Validation", "Members can start chairing at meeting 1 to {count} of the planned meetings."
)
MSG_EVALUATION_ORDER = QT_TRANSLATE_NOOP(
    "Validation",
    "The evaluation meeting must come after members start chairing, and the follow-up "
    "meeting after the evaluation meeting, within the planned meetings.",
)

AWAY = (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)


@dataclass(frozen=True)
class ChairRow:
    """A current member's place on the chair rota of one meeting."""

    member: Member
    chaired: int  # meetings chaired before this one
    last_date: date | None
    away: bool  # absent or excused at this meeting: skipped


@dataclass(frozen=True)
class ChairSetting:
    """Who chairs one meeting and what the meeting is for."""

    meeting_id: int
    chair_mode: ChairMode
    led_by_member_id: int | None
    purpose: MeetingPurpose = MeetingPurpose.REGULAR

    @classmethod
    def of(cls, meeting: Meeting) -> ChairSetting:
        assert meeting.id is not None
        return cls(
            meeting.id,
            ChairMode(meeting.chair_mode),
            meeting.led_by_member_id,
            MeetingPurpose(meeting.purpose),
        )

    def is_default(self) -> bool:
        return (
            self.chair_mode == ChairMode.SUPERVISOR
            and self.led_by_member_id is None
            and self.purpose == MeetingPurpose.REGULAR
        )


@dataclass(frozen=True)
class PhaseOutPlan:
    """The template: positions count the planned meetings from 1, in date order."""

    members_from: int  # from this meeting on members chair, the supervisor in the background
    evaluation: int | None = None  # the supervisor chairs the evaluation of the path
    follow_up: int | None = None  # the supervisor comes back for a follow-up meeting
    alone_after_evaluation: bool = True  # after the evaluation members chair on their own


@dataclass(frozen=True)
class PlannedChair:
    """One planned meeting in a phase-out plan: what it has and what it will get."""

    meeting: Meeting
    before: ChairSetting
    after: ChairSetting

    @property
    def changes(self) -> bool:
        return self.before != self.after

    @property
    def overwrites(self) -> bool:
        """A chair or purpose someone set by hand is replaced by another."""
        return self.changes and not self.before.is_default()


def fair_order(rows: Iterable[ChairRow]) -> list[ChairRow]:
    """Present members first; among them fewest chaired, then longest ago (never first); the
    order given (seat order) breaks ties."""
    return sorted(rows, key=lambda r: (r.away, r.chaired, r.last_date or date.min))


def mode_at(plan: PhaseOutPlan, position: int) -> tuple[ChairMode, MeetingPurpose]:
    """The template's chair and purpose for the planned meeting at `position` (from 1)."""
    if position == plan.evaluation:
        return ChairMode.SUPERVISOR, MeetingPurpose.EVALUATION
    if position == plan.follow_up:
        return ChairMode.SUPERVISOR, MeetingPurpose.FOLLOW_UP
    if position < plan.members_from:
        return ChairMode.SUPERVISOR, MeetingPurpose.REGULAR
    if plan.evaluation is not None and position > plan.evaluation and plan.alone_after_evaluation:
        return ChairMode.MEMBER, MeetingPurpose.REGULAR
    return ChairMode.MEMBER_SUPERVISED, MeetingPurpose.REGULAR


def _refused(field: str) -> ValidationError:
    return ValidationError(MSG_WRONG_KIND, field=field, name=field)


def _position(value: Any, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise _refused(field)
    return value


def clean_plan(plan: Any) -> PhaseOutPlan:
    """The plan as the template reads it: whole positions and a yes or no; else refused."""
    if not isinstance(plan, PhaseOutPlan):
        raise _refused("plan")
    members_from = _position(plan.members_from, "members_from")
    if members_from is None:
        raise _refused("members_from")
    if not isinstance(plan.alone_after_evaluation, bool):
        raise _refused("alone_after_evaluation")
    return PhaseOutPlan(
        members_from,
        _position(plan.evaluation, "evaluation"),
        _position(plan.follow_up, "follow_up"),
        plan.alone_after_evaluation,
    )


def clean_setting(setting: Any) -> ChairSetting:
    """A meeting's chair as it can be stored; anything else is refused."""
    if not isinstance(setting, ChairSetting):
        raise _refused("settings")
    try:
        mode = ChairMode(setting.chair_mode)
    except (TypeError, ValueError):
        raise _refused("chair_mode") from None
    try:
        purpose = MeetingPurpose(setting.purpose)
    except (TypeError, ValueError):
        raise _refused("purpose") from None
    return ChairSetting(
        v.record_id(setting.meeting_id, "meeting"),
        mode,
        v.optional_id(setting.led_by_member_id, "member"),
        purpose,
    )


def check_plan(plan: PhaseOutPlan, count: int) -> None:
    if count == 0:
        raise ValidationError(MSG_NO_PLANNED, field="members_from")
    if not 1 <= plan.members_from <= count:
        raise ValidationError(MSG_FROM_OUTSIDE, field="members_from", count=count)
    evaluation, follow_up = plan.evaluation, plan.follow_up
    if evaluation is not None and not plan.members_from < evaluation <= count:
        raise ValidationError(MSG_EVALUATION_ORDER, field="evaluation")
    if follow_up is not None and (evaluation is None or not evaluation < follow_up <= count):
        raise ValidationError(MSG_EVALUATION_ORDER, field="follow_up")


class ChairService:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- reading ----------------------------------------------------------------------------------

    def rota(self, meeting_id: int) -> list[ChairRow]:
        """The members of the meeting's group on its date in fair order, those away last."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with translated_faults(), self.db.session() as session:
            meeting: Meeting = must_exist(session, Meeting, meeting_id, "meeting")
            chaired = _chaired(session, meeting.group_id, exclude=(meeting_id,))
            away = _away(session, meeting_id)
            return fair_order(
                _row(person, chaired, meeting.date, person.id in away)
                for person in _members_on(session, meeting.group_id, meeting.date)
            )

    def next_chair(self, meeting_id: int) -> Member | None:
        """Who is next to chair this meeting: the first present member on the rota."""
        rows = self.rota(meeting_id)
        return rows[0].member if rows and not rows[0].away else None

    def history(self, group_id: int) -> list[tuple[Meeting, Member | None]]:
        """Every meeting of the group that was not cancelled, newest first, with the member who
        chaired it (None: the supervisor)."""
        group_id = v.record_id(group_id, "group")
        with translated_faults(), self.db.session() as session:
            meetings = session.exec(
                select(Meeting)
                .where(Meeting.group_id == group_id, Meeting.status != MeetingStatus.CANCELLED)
                .order_by(col(Meeting.date).desc(), col(Meeting.planned_start).desc())
            ).all()
            people = {
                p.id: p
                for p in session.exec(
                    select(Member)
                    .join(Membership, col(Membership.member_id) == Member.id)
                    .where(Membership.group_id == group_id)
                )
            }
            by_member = [m.chair_mode != ChairMode.SUPERVISOR for m in meetings]
            return [
                (m, people.get(m.led_by_member_id) if member else None)
                for m, member in zip(meetings, by_member, strict=True)
            ]

    def planned_ahead(self, group_id: int, today: date | None = None) -> list[Meeting]:
        """The meetings a phase-out plan applies to: planned, from today on, in date order."""
        group_id = v.record_id(group_id, "group")
        today = v.optional_date(today, "today") or date.today()
        with translated_faults(), self.db.session() as session:
            return list(
                session.exec(
                    select(Meeting)
                    .where(
                        Meeting.group_id == group_id,
                        Meeting.status == MeetingStatus.PLANNED,
                        Meeting.date >= today,
                    )
                    .order_by(col(Meeting.date), col(Meeting.planned_start))
                )
            )

    def phase_out(
        self, group_id: int, plan: PhaseOutPlan, today: date | None = None
    ) -> list[PlannedChair]:
        """What the plan gives each planned meeting; members are filled in from the rota, each
        meeting counting the chairs the plan gave the meetings before it."""
        planned = self.planned_ahead(group_id, today)
        plan = clean_plan(plan)
        check_plan(plan, len(planned))
        ids = {m.id for m in planned if m.id is not None}
        result = []
        with translated_faults(), self.db.session() as session:
            chaired = _chaired(session, group_id, exclude=ids)
            for position, meeting in enumerate(planned, start=1):
                before = ChairSetting.of(meeting)
                mode, purpose = mode_at(plan, position)
                leader = None
                if mode != ChairMode.SUPERVISOR:
                    away = _away(session, before.meeting_id)
                    rows = fair_order(
                        _row(p, chaired, meeting.date, p.id in away)
                        for p in _members_on(session, group_id, meeting.date)
                    )
                    if rows and not rows[0].away:
                        leader = rows[0].member.id
                        chaired.setdefault(leader or 0, []).append(meeting.date)
                    else:
                        mode = ChairMode.SUPERVISOR  # nobody present to chair
                after = ChairSetting(before.meeting_id, mode, leader, purpose)
                result.append(PlannedChair(meeting, before, after))
        return result

    # -- writing ----------------------------------------------------------------------------------

    def assign(self, settings: Iterable[ChairSetting]) -> OpChanges:
        """Store several meetings' chairs at once: all of them, or (refused) none."""
        if isinstance(settings, str | bytes) or not isinstance(settings, Iterable):
            raise _refused("settings")
        checked = [clean_setting(setting) for setting in settings]
        checker = MeetingService(self.db)
        touched = []
        with translated_faults(), self.db.session() as session:
            for setting in checked:
                meeting: Meeting = must_exist(session, Meeting, setting.meeting_id, "meeting")
                meeting.chair_mode = setting.chair_mode
                meeting.led_by_member_id = setting.led_by_member_id
                meeting.purpose = setting.purpose
                # The meeting's own rules (a leader who is a member on the date) hold here too.
                checker._check(session, meeting, is_new=False)  # noqa: SLF001
                session.add(meeting)
                touched.append(setting.meeting_id)
            session.commit()
        if not touched:
            return OpChanges()
        return OpChanges.of(Change.MEETINGS, ids=[(Change.MEETINGS, i) for i in touched])


def replaced(rows: Iterable[PlannedChair]) -> list[ChairSetting]:
    """The settings a plan replaces (to take it back)."""
    return [r.before for r in rows if r.changes]


def planned(rows: Iterable[PlannedChair]) -> list[ChairSetting]:
    return [r.after for r in rows if r.changes]


def _row(person: Member, chaired: dict[int, list[date]], day: date, away: bool) -> ChairRow:
    dates = [d for d in chaired.get(person.id or 0, []) if d < day]
    return ChairRow(person, len(dates), max(dates) if dates else None, away)


def _members_on(session: Session, group_id: int, day: date) -> list[Member]:
    from intervisie_desktop.core.services.members import active_on

    return list(
        session.exec(
            select(Member)
            .join(Membership, col(Membership.member_id) == Member.id)
            .where(Membership.group_id == group_id, active_on(day))
            .order_by(col(Membership.seat), col(Member.full_name))
        )
    )


def _chaired(session: Session, group_id: int, exclude: Iterable[int]) -> dict[int, list[date]]:
    """member id -> dates of the meetings (not cancelled) they chaired."""
    stmt = select(col(Meeting.led_by_member_id), col(Meeting.date)).where(
        Meeting.group_id == group_id,
        Meeting.status != MeetingStatus.CANCELLED,
        Meeting.chair_mode != ChairMode.SUPERVISOR,
        col(Meeting.led_by_member_id).is_not(None),
        col(Meeting.id).not_in(list(exclude)),
    )
    chaired: dict[int, list[date]] = {}
    for member_id, day in session.exec(stmt):
        chaired.setdefault(member_id or 0, []).append(day)
    return chaired


def _away(session: Session, meeting_id: int) -> set[int | None]:
    return set(
        session.exec(
            select(Attendance.member_id).where(
                Attendance.meeting_id == meeting_id, col(Attendance.status).in_(AWAY)
            )
        )
    )
