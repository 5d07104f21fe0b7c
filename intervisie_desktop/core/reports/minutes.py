"""Minutes to share with the group after a held meeting: who was there, what was worked on,
what was agreed (only where the case says so) and when the group meets next.

The builder reads named columns only: a case's topic, bringer and method, and the agreed actions
of the cases whose shareable switch is on. Description, question, outcome, follow-up text, the
meeting's evaluation and notes are never selected, so they cannot reach the minutes by any path.
Speaking time (core.session.airtime: display names and seconds) is added only when the supervisor
asks for it; by default the minutes have none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    PlanItem,
)
from intervisie_desktop.core.services.members import active_on
from intervisie_desktop.core.session.airtime import Airtime, airtime_of

if TYPE_CHECKING:
    from datetime import date, time

    from intervisie_desktop.core.reports.model import MethodName

MSG_STILL_PLANNED = QT_TRANSLATE_NOOP(
    "Validation", "Minutes are for a meeting that was held; this one is still planned."
)
MSG_CANCELLED = QT_TRANSLATE_NOOP(
    "Validation", "Minutes are for a meeting that was held; this one was cancelled."
)

BLOCK_PREFIX = "block."


@dataclass(frozen=True)
class SharedActions:
    """The agreed actions of one case whose bringer agreed to share them."""

    bringer: str  # display name; "" when nobody was named
    topic: str
    actions: str


@dataclass(frozen=True)
class NextMeeting:
    date: date
    start: time
    end: time
    place: str
    online: bool


@dataclass(frozen=True)
class Minutes:
    group_name: str
    facilitator_name: str
    meeting_id: int
    date: date
    start: time
    end: time
    place: str
    online: bool
    led_by: str
    theme: str
    present: tuple[str, ...]
    absent: tuple[str, ...]
    excused: tuple[str, ...]
    unrecorded: tuple[str, ...]  # members on the day with nothing recorded
    topics: tuple[str, ...]
    methods: tuple[str, ...]
    actions: tuple[SharedActions, ...]
    next_meeting: NextMeeting | None
    airtime: Airtime | None = None  # only when asked for, and only after a finished session


def _attendance(
    session: Session, meeting: Meeting
) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    people = session.exec(
        select(col(Member.id), col(Member.full_name))
        .join(Membership, col(Membership.member_id) == Member.id)
        .where(Membership.group_id == meeting.group_id, active_on(meeting.date))
        .order_by(col(Membership.seat), col(Member.full_name))
    ).all()
    status = dict(
        session.exec(
            select(col(Attendance.member_id), col(Attendance.status)).where(
                Attendance.meeting_id == meeting.id
            )
        ).all()
    )
    lists: dict[AttendanceStatus | None, list[str]] = {s: [] for s in AttendanceStatus}
    lists[None] = []
    for member_id, name in people:
        lists[status.get(member_id)].append(name)
    return (
        tuple(lists[AttendanceStatus.PRESENT]),
        tuple(lists[AttendanceStatus.ABSENT]),
        tuple(lists[AttendanceStatus.EXCUSED]),
        tuple(lists[None]),
    )


def _next_meeting(session: Session, meeting: Meeting) -> NextMeeting | None:
    row = session.exec(
        select(Meeting)
        .where(
            Meeting.group_id == meeting.group_id,
            col(Meeting.date) > meeting.date,
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(col(Meeting.date), col(Meeting.planned_start))
    ).first()
    if row is None:
        return None
    return NextMeeting(row.date, row.planned_start, row.planned_end, row.location, row.online)


def build_minutes(
    session: Session,
    meeting_id: int,
    lang: str,
    method_name: MethodName,
    with_airtime: bool = False,
) -> Minutes:
    """The minutes of a held meeting; a missing meeting (NotFoundError) and a planned or
    cancelled one (ValidationError) are refused. `with_airtime` adds who spoke how long per
    round, when the meeting's session was run to the end."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_NOT_FOUND, what="meeting", id=meeting_id)
    if meeting.status != MeetingStatus.HELD:
        message = MSG_STILL_PLANNED if meeting.status == MeetingStatus.PLANNED else MSG_CANCELLED
        raise ValidationError(message, field="status")
    group = session.get(Group, meeting.group_id)
    assert group is not None
    names = dict(session.exec(select(col(Member.id), col(Member.display_name))).all())
    full = dict(session.exec(select(col(Member.id), col(Member.full_name))).all())
    cases = session.exec(
        select(col(Case.topic), col(Case.bringer_id), col(Case.method_key))
        .where(Case.meeting_id == meeting_id)
        .order_by(col(Case.id))
    ).all()
    # Agreed actions are read only from the cases whose switch is on.
    shared = session.exec(
        select(col(Case.topic), col(Case.bringer_id), col(Case.agreed_actions))
        .where(Case.meeting_id == meeting_id, col(Case.actions_shareable).is_(True))
        .order_by(col(Case.id))
    ).all()
    planned = session.exec(
        select(col(PlanItem.method_key))
        .where(PlanItem.meeting_id == meeting_id)
        .order_by(col(PlanItem.position))
    ).all()
    keys: list[str] = []
    for key in [*planned, *(c[2] for c in cases)]:
        if key and not key.startswith(BLOCK_PREFIX) and key not in keys:
            keys.append(key)
    actions = tuple(
        SharedActions(
            (names.get(bringer) or full.get(bringer) or "") if bringer is not None else "",
            topic,
            text.strip(),
        )
        for topic, bringer, text in shared
        if text.strip()
    )
    leader = group.facilitator_name
    if meeting.led_by_member_id is not None:
        leader = full.get(meeting.led_by_member_id, "")
    present, absent, excused, unrecorded = _attendance(session, meeting)
    return Minutes(
        group_name=group.name,
        facilitator_name=group.facilitator_name,
        meeting_id=meeting_id,
        date=meeting.date,
        start=meeting.planned_start,
        end=meeting.planned_end,
        place=meeting.location,
        online=meeting.online,
        led_by=leader,
        theme=meeting.theme,
        present=present,
        absent=absent,
        excused=excused,
        unrecorded=unrecorded,
        topics=tuple(c[0] for c in cases),
        methods=tuple(method_name(k, lang) for k in keys),
        actions=actions,
        next_meeting=_next_meeting(session, meeting),
        airtime=airtime_of(session, meeting_id) if with_airtime else None,
    )
