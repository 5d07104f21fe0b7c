"""The value types of the reports; renderers (PDF, CSV) read these and nothing else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import date, time

    from intervisie_desktop.core.registers.rules import RegisterStatus
    from intervisie_desktop.core.reports.development import Development

MethodName = Callable[[str, str], str]
"""(method key, language) -> the method's name in that language."""


def key_as_name(key: str, lang: str) -> str:
    """A method shown by its key (tests; the exports use `timing.library_names`)."""
    return key


@dataclass(frozen=True)
class SummaryOptions:
    lang: str = "nl"
    points_per_hour: float = 1.0
    include_topics: bool = True
    method_name: MethodName = key_as_name


@dataclass(frozen=True)
class TimingRow:
    """One bar pair of the planned-versus-actual chart (a method's phase, or a meeting)."""

    label: str
    planned_minutes: float
    actual_minutes: float | None  # None: nothing recorded, the chart shows the plan only
    meeting_ids: tuple[int, ...] = ()  # the meetings whose recorded times this row sums


class CellStatus(StrEnum):
    PRESENT = "present"
    PARTIAL = "partial"
    ABSENT = "absent"
    EXCUSED = "excused"
    UNRECORDED = "unrecorded"  # a member on that date, but nothing was recorded
    NOT_MEMBER = "not_member"  # not (yet, or no longer) in the group on that date


@dataclass(frozen=True)
class Cell:
    status: CellStatus
    minutes: int = 0  # minutes that count towards the member's hours
    arrived: time | None = None  # partial attendance: arrival and leave, when recorded
    left: time | None = None


@dataclass(frozen=True)
class MeetingRow:
    meeting_id: int
    date: date
    start: time
    end: time
    minutes: int
    actual: bool  # start and end come from the session run rather than the plan
    place: str
    online: bool
    led_by: str
    methods: tuple[str, ...]
    theme: str
    topics: tuple[str, ...]  # empty when topic labels are left out
    present: int


@dataclass(frozen=True)
class MemberRow:
    member_id: int
    full_name: str
    register_name: str
    registration_number: str
    cells: tuple[Cell, ...]  # one per meeting, in the order of YearSummary.meetings
    meetings_attended: int
    minutes: int
    points: float

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class MethodUse:
    key: str
    name: str
    cases: int
    meetings: int


@dataclass(frozen=True)
class GoalRow:
    member_id: int
    member_name: str
    goal: str
    evaluation: str


@dataclass(frozen=True)
class YearSummary:
    group_id: int
    group_name: str
    context: str
    year: int
    facilitator_name: str
    facilitator_register: str
    guided: bool
    options: SummaryOptions
    meetings: tuple[MeetingRow, ...]
    members: tuple[MemberRow, ...]
    methods: tuple[MethodUse, ...]
    goals: tuple[GoalRow, ...]
    timing: tuple[TimingRow, ...]
    total_minutes: int
    #: Per member (id), who meets their registers' rules: filled by the export from the
    #: register files (core.registers.rules), empty where nobody asked.
    register_rules: tuple[tuple[int, tuple[RegisterStatus, ...]], ...] = ()
    #: The group's development up to this year, group-level figures only (for_report).
    development: Development | None = None

    @property
    def total_hours(self) -> float:
        return self.total_minutes / 60


@dataclass(frozen=True)
class CertificateMeeting:
    date: date
    start: time
    end: time
    minutes: int
    partial: bool = False  # present for part of the meeting only
    arrived: time | None = None  # when a partial attendance recorded it
    left: time | None = None
    place: str = ""
    online: bool = False
    methods: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Certificate:
    member_id: int
    full_name: str
    register_name: str
    registration_number: str
    group_name: str
    context: str
    year: int
    facilitator_name: str
    facilitator_register: str
    meetings: tuple[CertificateMeeting, ...]
    minutes: int
    points: float
    points_per_hour: float
    goals: tuple[GoalRow, ...] = field(default=())
    register_rules: tuple[RegisterStatus, ...] = field(default=())

    @property
    def hours(self) -> float:
        return self.minutes / 60


@dataclass(frozen=True)
class AttendanceListRow:
    seat: int
    full_name: str
    register_name: str
    registration_number: str
    member_id: int = 0


@dataclass(frozen=True)
class AttendanceList:
    group_name: str
    context: str
    facilitator_name: str
    facilitator_register: str
    meeting_id: int
    date: date
    start: time
    end: time
    place: str
    online: bool
    theme: str
    led_by: str
    rows: tuple[AttendanceListRow, ...]
