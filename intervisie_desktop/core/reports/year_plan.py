"""The year plan of a group: every meeting of the year with its planned date, time and place,
the methods of its session plan and its theme. Reads no case and no note."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, time

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.models import Case, Group, Meeting, MeetingStatus, Member, PlanItem
from intervisie_desktop.core.reports.model import MethodName, key_as_name
from intervisie_desktop.core.reports.summary import BLOCK_PREFIX


@dataclass(frozen=True)
class PlannedMeeting:
    date: date
    start: time
    end: time
    place: str
    online: bool
    status: MeetingStatus
    led_by: str
    methods: tuple[str, ...]
    theme: str


@dataclass(frozen=True)
class YearPlan:
    group_name: str
    context: str
    year: int
    facilitator_name: str
    facilitator_register: str
    guided: bool
    meetings: tuple[PlannedMeeting, ...]

    @property
    def themes(self) -> tuple[str, ...]:
        """The year's themes in the order they come, each once."""
        return tuple(dict.fromkeys(m.theme for m in self.meetings if m.theme))

    @property
    def methods(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(k for m in self.meetings for k in m.methods))


def build_year_plan(
    session: Session,
    group_id: int,
    year: int,
    lang: str = "nl",
    method_name: MethodName = key_as_name,
) -> YearPlan:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(MSG_NOT_FOUND, what="group", id=group_id)
    meetings = session.exec(
        select(Meeting)
        .where(Meeting.group_id == group_id)
        .where(Meeting.date >= date(year, 1, 1), Meeting.date <= date(year, 12, 31))
        .order_by(col(Meeting.date), col(Meeting.planned_start))
    ).all()
    ids = [m.id for m in meetings]
    methods: dict[int, list[str]] = defaultdict(list)
    for meeting_id, key in session.exec(
        select(PlanItem.meeting_id, PlanItem.method_key)
        .where(col(PlanItem.meeting_id).in_(ids))
        .order_by(col(PlanItem.meeting_id), col(PlanItem.position))
    ):
        if not key.startswith(BLOCK_PREFIX) and key not in methods[meeting_id]:
            methods[meeting_id].append(key)
    for meeting_id, key in session.exec(  # a method recorded with a case of a held meeting
        select(Case.meeting_id, Case.method_key)
        .where(col(Case.meeting_id).in_(ids))
        .order_by(col(Case.meeting_id), col(Case.id))
    ):
        if key and key not in methods[meeting_id]:
            methods[meeting_id].append(key)
    leaders: dict[int, str] = {}
    for meeting in meetings:
        leader_id = meeting.led_by_member_id
        if leader_id is not None and leader_id not in leaders:
            person = session.get(Member, leader_id)
            leaders[leader_id] = person.full_name if person else ""
    rows = tuple(
        PlannedMeeting(
            date=m.date,
            start=m.planned_start,
            end=m.planned_end,
            place=m.location,
            online=m.online,
            status=m.status,
            led_by=(
                leaders.get(m.led_by_member_id, "")
                if m.led_by_member_id is not None
                else group.facilitator_name
            ),
            methods=tuple(method_name(k, lang) for k in methods[m.id or 0]),
            theme=m.theme,
        )
        for m in meetings
    )
    return YearPlan(
        group_name=group.name,
        context=group.context,
        year=year,
        facilitator_name=group.facilitator_name,
        facilitator_register=group.facilitator_register,
        guided=group.guided,
        meetings=rows,
    )
