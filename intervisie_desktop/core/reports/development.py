"""How a group develops over its meetings and years, at group level and without names: the mean
of the members' overall ratings, the attendance rate, the share of agreed actions followed up,
the share of meetings a member chaired, and the safety checks.

Only aggregates leave this module: no single answer, no name, no case text."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from statistics import fmean
from typing import TYPE_CHECKING

from sqlalchemy import case as sql_case
from sqlalchemy import func
from sqlmodel import col, select

from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    ChairMode,
    EvaluationItem,
    EvaluationScore,
    FollowUpStatus,
    Meeting,
    MeetingStatus,
    SafetyCheck,
    SafetyTally,
)
from intervisie_desktop.core.models.learning import SAFETY_ITEMS, SAFETY_OPTIONS, SAFETY_REVERSED

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from sqlmodel import Session

FOLLOWED_UP = (FollowUpStatus.DONE, FollowUpStatus.DROPPED)  # looked at again and settled
#: A report shows the mean of a meeting's or a year's ratings only when at least this many
#: were given: a mean of one or two answers would tell what one member said.
MIN_ANSWERS = 3


@dataclass(frozen=True)
class Share:
    """`part` of `whole`; the rate is None when there is nothing to count."""

    part: int
    whole: int

    @property
    def rate(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __add__(self, other: Share) -> Share:
        return Share(self.part + other.part, self.whole + other.whole)


@dataclass(frozen=True)
class MeetingPoint:
    meeting_id: int
    date: date
    overall: float | None  # mean of the overall ratings (0-10), None without answers
    answers: int  # how many overall ratings were given
    attendance: Share  # present of those recorded
    followed_up: Share  # of this meeting's cases with agreed actions: settled later
    member_chaired: bool


@dataclass(frozen=True)
class YearPoint:
    year: int
    meetings: int
    overall: float | None
    answers: int
    attendance: Share
    followed_up: Share
    member_chaired: Share


@dataclass(frozen=True)
class SafetyPoint:
    check_id: int
    date: date
    forms: int  # the most answers any statement got: the forms handed in
    item_means: tuple[float | None, ...]  # per statement 1-5, reversed ones turned round
    mean: float | None  # the mean of the statements' means, 1-5


@dataclass(frozen=True)
class Development:
    group_id: int
    meetings: tuple[MeetingPoint, ...]
    years: tuple[YearPoint, ...]
    safety: tuple[SafetyPoint, ...]

    def year(self, year: int) -> YearPoint | None:
        return next((y for y in self.years if y.year == year), None)


def _mean(values: Sequence[float]) -> float | None:
    return fmean(values) if values else None


def safety_point(check: SafetyCheck, tallies: Sequence[SafetyTally]) -> SafetyPoint:
    counts = [[0] * SAFETY_OPTIONS for _ in range(SAFETY_ITEMS)]
    for t in tallies:
        if 1 <= t.item <= SAFETY_ITEMS and 1 <= t.option <= SAFETY_OPTIONS:
            counts[t.item - 1][t.option - 1] = t.count
    means: list[float | None] = []
    for item, row in enumerate(counts, start=1):
        total = sum(row)
        if not total:
            means.append(None)
            continue
        score = sum(count * option for option, count in enumerate(row, start=1)) / total
        means.append(SAFETY_OPTIONS + 1 - score if item in SAFETY_REVERSED else score)
    known = [m for m in means if m is not None]
    assert check.id is not None
    return SafetyPoint(
        check.id, check.date, max((sum(r) for r in counts), default=0), tuple(means), _mean(known)
    )


def group_development(session: Session, group_id: int) -> Development:
    """Every held meeting of the group, oldest first, its years and its safety checks."""
    # Three columns, not whole meetings, and the meetings as a subquery, not a list of ids to
    # bind: both cost more than the rest of a yearly summary's data on a group's years.
    held = (Meeting.group_id == group_id, Meeting.status == MeetingStatus.HELD)
    meetings: list[tuple[int, date, ChairMode]] = [
        (meeting_id, day, mode)
        for meeting_id, day, mode in session.exec(
            select(col(Meeting.id), col(Meeting.date), col(Meeting.chair_mode))
            .where(*held)
            .order_by(col(Meeting.date), col(Meeting.planned_start))
        )
        if meeting_id is not None  # a stored meeting always has one
    ]
    ids = select(col(Meeting.id)).where(*held)
    overall: dict[int, list[int]] = defaultdict(list)
    for meeting_id, score in session.exec(
        select(EvaluationScore.meeting_id, EvaluationScore.score).where(
            col(EvaluationScore.meeting_id).in_(ids),
            EvaluationScore.item == EvaluationItem.OVERALL,
        )
    ):
        overall[meeting_id].append(score)
    attendance: dict[int, Share] = defaultdict(lambda: Share(0, 0))
    present = func.sum(sql_case((col(Attendance.status) == AttendanceStatus.PRESENT, 1), else_=0))
    for meeting_id, here, recorded in session.exec(
        select(col(Attendance.meeting_id), present, func.count())
        .where(col(Attendance.meeting_id).in_(ids))
        .group_by(col(Attendance.meeting_id))
    ):
        attendance[meeting_id] = Share(int(here), int(recorded))
    followed: dict[int, Share] = defaultdict(lambda: Share(0, 0))
    # Only the follow-up status of a case is read: its texts are confidential.
    for meeting_id, status in session.exec(
        select(Case.meeting_id, Case.follow_up_status).where(
            col(Case.meeting_id).in_(ids), Case.follow_up_status != FollowUpStatus.NONE
        )
    ):
        followed[meeting_id] += Share(int(status in FOLLOWED_UP), 1)
    points = []
    for meeting_id, day, mode in meetings:
        scores = overall.get(meeting_id, [])
        points.append(
            MeetingPoint(
                meeting_id,
                day,
                _mean(scores),
                len(scores),
                attendance[meeting_id],
                followed[meeting_id],
                mode != ChairMode.SUPERVISOR,
            )
        )
    by_year: dict[int, list[MeetingPoint]] = defaultdict(list)
    for p in points:
        by_year[p.date.year].append(p)
    years = []
    for year, group in sorted(by_year.items()):
        scores = [s for p in group for s in overall.get(p.meeting_id, [])]
        years.append(
            YearPoint(
                year,
                len(group),
                _mean(scores),
                len(scores),
                sum((p.attendance for p in group), Share(0, 0)),
                sum((p.followed_up for p in group), Share(0, 0)),
                Share(sum(p.member_chaired for p in group), len(group)),
            )
        )
    checks = list(
        session.exec(
            select(SafetyCheck)
            .where(SafetyCheck.group_id == group_id)
            .order_by(col(SafetyCheck.date), col(SafetyCheck.id))
        )
    )
    tallies: dict[int, list[SafetyTally]] = defaultdict(list)
    for t in session.exec(
        select(SafetyTally).where(col(SafetyTally.check_id).in_([c.id for c in checks]))
    ):
        tallies[t.check_id].append(t)
    safety = tuple(safety_point(c, tallies[c.id or 0]) for c in checks)
    return Development(group_id, tuple(points), tuple(years), safety)


def for_report(dev: Development, year: int) -> Development:
    """The development as the yearly summary of `year` shows it: meetings and years up to that
    year, and a mean rating only where at least MIN_ANSWERS ratings make it."""

    def hide(p: MeetingPoint) -> MeetingPoint:
        return p if p.answers >= MIN_ANSWERS else replace(p, overall=None)

    def hide_year(y: YearPoint) -> YearPoint:
        return y if y.answers >= MIN_ANSWERS else replace(y, overall=None)

    return Development(
        dev.group_id,
        tuple(hide(p) for p in dev.meetings if p.date.year <= year),
        tuple(hide_year(y) for y in dev.years if y.year <= year),
        tuple(s for s in dev.safety if s.date.year <= year and s.forms >= MIN_ANSWERS),
    )
