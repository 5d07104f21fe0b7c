"""The large demo: ten busy years for benchmarks, written with bulk inserts in one transaction.

The career demo is the large one ten times over (260 groups): a supervisor's whole working
life, to show which costs grow with the data kept. It is written block by block (26 groups at
a time) so the rows of one block are all that is held in memory.

The rows go in through SQLAlchemy Core (the model's table, one executemany per table and
block), not the ORM's bulk insert, which runs each row's statement on its own: the career demo
takes about 33 s instead of about a minute, and the file holds the same rows."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert

from intervisie_desktop.core.demo import learning
from intervisie_desktop.core.demo import vocabulary as voc
from intervisie_desktop.core.demo.methods import DEMO_METHODS
from intervisie_desktop.core.demo.small import demo_number
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    EvaluationScore,
    FollowUpStatus,
    Group,
    LearningGoal,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    Note,
    Registration,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database

GROUPS = 26
MEMBERS_PER_GROUP = 7
MEETINGS_PER_GROUP = 100  # ten a year for ten years
CASES_PER_MEETING = 3
NOTES_PER_GROUP = 800


#: How many times the large demo's groups the career demo holds.
CAREER_BLOCKS = 10


def write_large(db: Database, seed: int = 7, today: date | None = None, blocks: int = 1) -> None:
    """`blocks` times 26 groups, each with its members, meetings, cases and notes, in one
    transaction."""
    rng = random.Random(seed)
    today = today or date.today()
    first_day = today - timedelta(days=3650)
    now = datetime.now(UTC)
    ids = [0, 0]  # the last member id and meeting id written
    with db.session() as session:
        for block in range(blocks):
            for model, rows in _block(rng, block, today, first_day, now, ids):
                session.execute(insert(model.__table__), rows)
        session.commit()


def _block(
    rng: random.Random,
    block: int,
    today: date,
    first_day: date,
    now: datetime,
    ids: list[int],
) -> list[tuple[type[Any], list[dict[str, Any]]]]:
    """The rows of groups block*26+1 .. block*26+26, by table in the order they are inserted."""
    groups: list[dict[str, Any]] = []
    members: list[dict[str, Any]] = []
    memberships: list[dict[str, Any]] = []
    registrations: list[dict[str, Any]] = []
    meetings: list[dict[str, Any]] = []
    attendance: list[dict[str, Any]] = []
    cases: list[dict[str, Any]] = []
    notes: list[dict[str, Any]] = []
    goals: list[dict[str, Any]] = []
    evaluations: list[dict[str, Any]] = []
    learning_rng = random.Random(7919 + block)  # its own numbers: the rest stays as it was
    member_id, meeting_id = ids
    for g in range(block * GROUPS + 1, (block + 1) * GROUPS + 1):
        context = rng.choice(voc.CONTEXTS)
        groups.append(
            dict(
                id=g,
                name=f"{context} \u2013 groep {g}",
                context=context,
                facilitator_name="M. Kramer",
                facilitator_register="LVSC 20-1187",
                guided=True,
                ground_rules="",
                default_minutes=120,
                default_method=rng.choice(DEMO_METHODS),
                start_date=first_day,
                archived=(g - 1) % GROUPS >= 22,  # the last four of every 26
                created_at=now,
            )
        )
        seat_ids = []
        for seat in range(1, MEMBERS_PER_GROUP + 1):
            member_id += 1
            first = rng.choice(voc.FIRST_NAMES)
            full_name = f"{first} {rng.choice(voc.LAST_NAMES)}"
            register = rng.choice(voc.REGISTERS)
            number = demo_number(register, rng.randint(10**6, 10**7 - 1))
            members.append(
                dict(
                    id=member_id,
                    full_name=full_name,
                    display_name=first,
                    role=context,
                    email="",
                    created_at=now,
                )
            )
            registrations.append(
                dict(
                    member_id=member_id,
                    register_key=register,
                    number=number,
                    position=0,
                    created_at=now,
                )
            )
            memberships.append(
                dict(group_id=g, member_id=member_id, joined_on=first_day, left_on=None, seat=seat)
            )
            seat_ids.append(member_id)
            for year in range(today.year - 9, today.year + 1):
                goals.append(
                    dict(
                        member_id=member_id,
                        group_id=g,
                        year=year,
                        goal=rng.choice(voc.GOALS),
                        evaluation=rng.choice(voc.EVALUATIONS),
                        in_report=True,
                    )
                )
        group_meetings = []
        for n in range(MEETINGS_PER_GROUP):
            meeting_id += 1
            day = first_day + timedelta(days=36 * n + g)
            held = day < today
            meetings.append(
                dict(
                    id=meeting_id,
                    group_id=g,
                    date=day,
                    planned_start=time(14, 0),
                    planned_end=time(16, 0),
                    actual_start=None,
                    actual_end=None,
                    location=rng.choice(voc.PLACES),
                    online=False,
                    status=MeetingStatus.HELD if held else MeetingStatus.PLANNED,
                    **learning.chair(n % 10, seat_ids),  # members chair later in the year
                    theme="",
                    evaluation="",
                )
            )
            group_meetings.append(meeting_id)
            present = []
            for mid in seat_ids:
                roll = rng.random()
                status = (
                    AttendanceStatus.ABSENT
                    if roll < 0.07
                    else AttendanceStatus.EXCUSED
                    if roll < 0.15
                    else AttendanceStatus.PRESENT
                )
                if status == AttendanceStatus.PRESENT:
                    present.append(mid)
                if held:
                    attendance.append(
                        dict(
                            meeting_id=meeting_id,
                            member_id=mid,
                            status=status,
                            partial_minutes=None,
                        )
                    )
            if held:
                centre = 6.5 + learning_rng.uniform(0, 2)
                evaluations.extend(
                    learning.evaluation_rows(learning_rng, meeting_id, len(present), centre)
                )
            for bringer in rng.sample(present, k=min(CASES_PER_MEETING, len(present))):
                cases.append(
                    dict(
                        meeting_id=meeting_id,
                        bringer_id=bringer,
                        topic=rng.choice(voc.TOPICS),
                        question=rng.choice(voc.QUESTIONS),
                        show_question=True,
                        description=rng.choice(voc.DESCRIPTIONS),
                        method_key=rng.choice(DEMO_METHODS),
                        outcome=rng.choice(voc.OUTCOMES),
                        agreed_actions=rng.choice(voc.ACTIONS),
                        # a third shared with the group, so the minutes have actions to show
                        # (no draw from rng: every other figure of the dataset stays as it was)
                        actions_shareable=len(cases) % 3 == 0,
                        follow_up_status=FollowUpStatus.DONE,
                        follow_up_text=rng.choice(voc.FOLLOW_UPS),
                        follow_up_meeting_id=None,
                        created_at=now,
                    )
                )
        for n in range(NOTES_PER_GROUP):
            notes.append(
                dict(
                    title=f"Notitie {n + 1}",
                    body="\n".join(rng.sample(voc.NOTE_LINES, 3)),
                    group_id=g,
                    member_id=rng.choice(seat_ids) if n % 4 == 0 else None,
                    meeting_id=rng.choice(group_meetings) if n % 2 == 0 else None,
                    case_id=None,
                    pinned=n < 2,
                    created_at=now,
                    updated_at=now,
                )
            )
    ids[:] = [member_id, meeting_id]
    return [
        (Group, groups),
        (Member, members),
        (Membership, memberships),
        (Registration, registrations),
        (Meeting, meetings),
        (Attendance, attendance),
        (Case, cases),
        (Note, notes),
        (LearningGoal, goals),
        (EvaluationScore, evaluations),
    ]
