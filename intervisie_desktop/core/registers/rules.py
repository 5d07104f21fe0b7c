"""Who meets a register's yearly rules: per member per year (and over the years a register
counts), with the figures behind the verdict. Minutes are whole numbers and rule values exact
fractions, so "12 hours needed, 12 attended" is never lost to rounding."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from fractions import Fraction
from typing import TYPE_CHECKING

from sqlmodel import Session, col, func, select

from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Group,
    Meeting,
    MeetingStatus,
    Registration,
)
from intervisie_desktop.core.registers.catalogue import CONDITIONS, Register, Rule, RuleKind
from intervisie_desktop.core.stats import attended_minutes

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


class Verdict(StrEnum):
    MEETS = "meets"
    NOT_YET = "not_yet"  # the period is still running and the figures fall short so far
    DOES_NOT_MEET = "does_not_meet"
    NO_RULES = "no_rules"  # the register sets no yearly minimum (only hours are shown)


@dataclass(frozen=True)
class Attended:
    """One held meeting a member attended (present, maybe partly)."""

    day: date
    minutes: int
    present: int  # members present at the meeting
    registered: bool  # a guided group whose supervisor has a register number


@dataclass(frozen=True)
class Check:
    rule: Rule
    needed: Fraction  # hours, meetings or quarters
    got: Fraction
    ok: bool


@dataclass(frozen=True)
class RegisterStatus:
    register: Register
    number: str
    year: int
    verdict: Verdict
    meetings: int  # meetings attended in the year that count for this register
    minutes: int  # minutes of those meetings
    registered_sessions: int  # of those, sessions in a group with a registered supervisor
    period_first_year: int  # first year of the longest period a rule counts (== year: none)
    period_minutes: int  # minutes counted over that period
    checks: tuple[Check, ...]

    @property
    def hours(self) -> Fraction:
        return Fraction(self.minutes, 60)

    @property
    def period_hours(self) -> Fraction:
        return Fraction(self.period_minutes, 60)


def _counts(register: Register, meeting: Attended) -> bool:
    for rule in register.rules:
        if rule.kind == RuleKind.MEETING_MINUTES and meeting.minutes < rule.value:
            return False
        if rule.kind == RuleKind.GROUP_SIZE and not (
            meeting.present >= rule.value and (rule.max is None or meeting.present <= rule.max)
        ):
            return False
        if rule.kind == RuleKind.REGISTERED_ONLY and not meeting.registered:
            return False
    return True


def _quarter(day: date) -> int:
    return (day.month - 1) // 3


def evaluate(
    register: Register, number: str, year: int, attended: Iterable[Attended], today: date
) -> RegisterStatus:
    """The verdict of one register for one member's attended meetings (any years given)."""
    counted = [m for m in attended if _counts(register, m) and m.day.year <= year]
    this_year = [m for m in counted if m.day.year == year]
    minutes = sum(m.minutes for m in this_year)
    period = max((r.period_years for r in register.rules if r.kind == RuleKind.HOURS), default=1)
    first = year - period + 1
    checks = []
    for rule in register.rules:
        if rule.kind in CONDITIONS:
            continue
        if rule.kind == RuleKind.HOURS:
            span = [m for m in counted if m.day.year >= year - rule.period_years + 1]
            got = Fraction(sum(m.minutes for m in span), 60)
            checks.append(Check(rule, rule.value, got, got >= rule.value))
        elif rule.kind == RuleKind.MEETINGS:
            got = Fraction(len(this_year))
            checks.append(Check(rule, rule.value, got, got >= rule.value))
        elif rule.kind == RuleKind.HOURS_PER_QUARTER:
            per: dict[int, int] = defaultdict(int)
            for m in this_year:
                per[_quarter(m.day)] += m.minutes
            got = Fraction(sum(Fraction(per[q], 60) >= rule.value for q in range(4)))
            checks.append(Check(rule, Fraction(4), got, got >= 4))
    if not checks:
        verdict = Verdict.NO_RULES
    elif all(c.ok for c in checks):
        verdict = Verdict.MEETS
    elif today <= date(year, 12, 31):
        verdict = Verdict.NOT_YET
    else:
        verdict = Verdict.DOES_NOT_MEET
    return RegisterStatus(
        register=register,
        number=number,
        year=year,
        verdict=verdict,
        meetings=len(this_year),
        minutes=minutes,
        registered_sessions=sum(m.registered for m in this_year),
        period_first_year=first,
        period_minutes=sum(m.minutes for m in counted if m.day.year >= first),
        checks=tuple(checks),
    )


def attended_meetings(
    session: Session, member_ids: Sequence[int], first_year: int, last_year: int
) -> dict[int, list[Attended]]:
    """Member id -> the held meetings (of any group) they attended in the years given."""
    theirs = select(Attendance.meeting_id).where(col(Attendance.member_id).in_(list(member_ids)))
    present = (  # counted for their meetings only: counting every meeting read the whole table
        select(Attendance.meeting_id, func.count().label("n"))
        .where(Attendance.status == AttendanceStatus.PRESENT)
        .where(col(Attendance.meeting_id).in_(theirs))
        .group_by(col(Attendance.meeting_id))
        .subquery()
    )
    stmt = (
        select(Attendance, Meeting, Group, present.c.n)
        .join(Meeting, col(Meeting.id) == Attendance.meeting_id)
        .join(Group, col(Group.id) == Meeting.group_id)
        .join(present, present.c.meeting_id == Meeting.id)
        .where(col(Attendance.member_id).in_(list(member_ids)))
        .where(Attendance.status == AttendanceStatus.PRESENT)
        .where(Meeting.status == MeetingStatus.HELD)
        .where(Meeting.date >= date(first_year, 1, 1), Meeting.date <= date(last_year, 12, 31))
    )
    found: dict[int, list[Attended]] = defaultdict(list)
    for attendance, meeting, group, n in session.exec(stmt):
        assert attendance.member_id is not None
        found[attendance.member_id].append(
            Attended(
                day=meeting.date,
                minutes=attended_minutes(meeting, attendance),
                present=int(n),
                registered=bool(group.guided and group.facilitator_register.strip()),
            )
        )
    return found


def statuses(
    session: Session,
    member_ids: Sequence[int],
    year: int,
    registers: Sequence[Register],
    today: date,
) -> dict[int, list[RegisterStatus]]:
    """Member id -> one status per registration of a known register, in the member's order."""
    by_key = {r.key: r for r in registers}
    regs = session.exec(
        select(Registration)
        .where(col(Registration.member_id).in_(list(member_ids)))
        .order_by(col(Registration.position), col(Registration.id))
    ).all()
    longest = max(
        (r.period_years for reg in registers for r in reg.rules if r.kind == RuleKind.HOURS),
        default=1,
    )
    meetings = attended_meetings(session, member_ids, year - longest + 1, year)
    out: dict[int, list[RegisterStatus]] = {m: [] for m in member_ids}
    for registration in regs:
        register = by_key.get(registration.register_key)
        if register is None:
            continue
        out[registration.member_id].append(
            evaluate(
                register, registration.number, year, meetings.get(registration.member_id, []), today
            )
        )
    return out
