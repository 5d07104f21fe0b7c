"""The small demo: two groups with a year of meetings up to today, written through the services
so that it obeys every rule a user meets."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlmodel import select

from intervisie_desktop.core.demo import learning
from intervisie_desktop.core.demo import vocabulary as voc
from intervisie_desktop.core.demo.methods import (
    BALINT_METHOD,
    DEMO_METHODS,
    MEETING_BLOCKS_AFTER,
    MEETING_BLOCKS_BEFORE,
)
from intervisie_desktop.core.models import (
    AttendanceStatus,
    FollowUpStatus,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    PlanItem,
)
from intervisie_desktop.core.services import Services

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database


def demo_number(register: str, seed: int) -> str:
    """A made-up number in the register's form: BIG 11 digits (some with leading zeros), NIP
    with its letters; `seed` is a 7-digit random number."""
    if register == "BIG":
        return f"{seed * 7919 % (3 * 10**10):011d}"
    if register == "NIP":
        return f"NIP{seed % 10**6:06d}"
    if register == "SKJ":
        return f"1100{seed % 10**5:05d}"
    return str(seed)


def extra_registrations(register: str, seat: int, number: str) -> list[tuple[str, str]]:
    """The registrations of the member in `seat`: in the Balint group (register NHG's GPs)
    most are BIG only, one GP is also on the NHG list, one psychologist holds BIG and NIP, one
    youth-care worker SKJ only."""
    seed = int("".join(c for c in number if c.isdigit()) or "0")
    if register != "BIG+":
        return [(register, number)]
    if seat == 2:
        return [("BIG", number), ("NHG", number)]
    if seat == 7:
        return [("BIG", number), ("NIP", demo_number("NIP", seed))]
    if seat == 8:
        return [("SKJ", demo_number("SKJ", seed))]
    return [("BIG", number)]


def _people(rng: random.Random, count: int, register: str) -> list[tuple[str, str, str]]:
    firsts = rng.sample(voc.FIRST_NAMES, count)
    return [
        (
            f"{first} {rng.choice(voc.LAST_NAMES)}",
            first,
            demo_number(register.rstrip("+"), rng.randint(10**6, 10**7 - 1)),
        )
        for first in firsts
    ]


def _group(
    services: Services,
    rng: random.Random,
    name: str,
    context: str,
    register: str,
    size: int,
    start: date,
    method: str,
    minutes: int,
) -> tuple[Group, list[Member]]:
    group = services.groups.create(
        name=name,
        context=context,
        facilitator_name="drs. M. (Marjolein) Kramer",
        facilitator_register="LVSC 20-1187",
        guided=True,
        default_minutes=minutes,
        default_method=method,
        start_date=start,
        ground_rules="Wat hier besproken wordt, blijft hier.\nWe zijn op tijd en melden ons af "
        "bij verhindering.\nGeen advies in de vragenronde.",
    ).value
    members = []
    for seat, (full, display, number) in enumerate(_people(rng, size, register), start=1):
        member = services.members.create(
            full_name=full,
            display_name=display,
            role=context,
            email=f"{display.lower()}@example.nl".replace("ë", "e"),
        ).value
        assert group.id is not None and member.id is not None
        for key, value in extra_registrations(register, seat, number):
            services.registrations.add(member.id, key, value)
        services.memberships.add(group.id, member.id, start, seat=seat)
        members.append(member)
    return group, members


def _meeting_dates(today: date, start: date, every_days: int) -> list[date]:
    dates, day = [], start
    while day <= today + timedelta(days=100):
        dates.append(day)
        day += timedelta(days=every_days)
    return dates


def _hold_meeting(
    services: Services,
    rng: random.Random,
    group: Group,
    members: list[Member],
    day: date,
    begin: time,
    minutes: int,
    methods: list[str],
    place: str,
    number: int = 0,
    learning_rng: random.Random | None = None,
) -> Meeting:
    end = (datetime.combine(day, begin) + timedelta(minutes=minutes)).time()
    assert group.id is not None
    learning_rng = learning_rng or random.Random(number)
    meeting = services.meetings.create(
        **learning.chair(number, [m.id for m in members if m.id is not None]),
        group_id=group.id,
        date=day,
        planned_start=begin,
        planned_end=end,
        location=place,
        status=MeetingStatus.HELD,
        theme=rng.choice(["", "", "Kernkwadranten", "Dramadriehoek"]),
        evaluation="Goede energie; fasen bewaakt. Volgende keer meer tijd voor de analyse.",
    ).value
    assert meeting.id is not None
    present: list[Member] = []
    for member in members:
        assert member.id is not None
        roll = rng.random()
        if roll < 0.08:
            services.attendance.record(meeting.id, member.id, AttendanceStatus.ABSENT)
        elif roll < 0.18:
            services.attendance.record(meeting.id, member.id, AttendanceStatus.EXCUSED)
        elif roll < 0.23:
            services.attendance.record(
                meeting.id, member.id, AttendanceStatus.PRESENT, minutes - 30
            )
            present.append(member)
        else:
            services.attendance.record(meeting.id, member.id, AttendanceStatus.PRESENT)
            present.append(member)
    for bringer in rng.sample(present, k=min(len(present), rng.choice([1, 2]))):
        services.cases.create(
            meeting_id=meeting.id,
            bringer_id=bringer.id,
            topic=rng.choice(voc.TOPICS),
            question=rng.choice(voc.QUESTIONS),
            description=rng.choice(voc.DESCRIPTIONS),
            method_key=rng.choice(methods),
            outcome=rng.choice(voc.OUTCOMES),
            agreed_actions=rng.choice(voc.ACTIONS),
            follow_up_status=rng.choice([FollowUpStatus.DONE, FollowUpStatus.OPEN]),
            follow_up_text=rng.choice(voc.FOLLOW_UPS),
        )
    learning.evaluate(services, learning_rng, meeting.id, len(present), number)
    return meeting


def _plan_meeting(
    services: Services, group: Group, day: date, begin: time, minutes: int, method: str, place: str
) -> Meeting:
    end = (datetime.combine(day, begin) + timedelta(minutes=minutes)).time()
    assert group.id is not None
    meeting = services.meetings.create(
        group_id=group.id, date=day, planned_start=begin, planned_end=end, location=place
    ).value
    assert meeting.id is not None
    with services.db.session() as session:
        keys = [*MEETING_BLOCKS_BEFORE, method, *MEETING_BLOCKS_AFTER]
        for position, key in enumerate(keys, start=1):
            session.add(PlanItem(meeting_id=meeting.id, position=position, method_key=key))
        session.commit()
    return meeting


def _announce_case(services: Services, rng: random.Random, meeting: Meeting, method: str) -> None:
    """The next meeting already has its case: the member longest without one brings it, so
    session mode shows a case bringer and a question."""
    assert meeting.id is not None
    bringer = services.cases.rotation(meeting.group_id, on=meeting.date)[0].member
    case = services.cases.create(
        meeting_id=meeting.id,
        bringer_id=bringer.id,
        topic=rng.choice(voc.TOPICS),
        question=rng.choice(voc.QUESTIONS),
        description=rng.choice(voc.DESCRIPTIONS),
    ).value
    with services.db.session() as session:
        item = session.exec(
            select(PlanItem).where(PlanItem.meeting_id == meeting.id, PlanItem.method_key == method)
        ).one()
        item.case_id = case.id
        session.add(item)
        session.commit()


def write_small(
    db: Database,
    methods_dir: Path,
    seed: int = 7,
    today: date | None = None,
    recorded: bool = True,
) -> None:
    """Two groups with a year of meetings up to `today`. `recorded`: each group's last held
    meeting gets a session run to the end (see demo.recorded)."""
    rng = random.Random(seed)
    learning_rng = random.Random(seed + 1)  # its own numbers: the rest stays as it was
    services = Services(db, methods_dir)
    today = today or date.today()
    year_ago = today - timedelta(days=365)
    specs = [
        (
            "AIOS Huisartsgeneeskunde \u2013 groep 3",
            "AIOS huisartsgeneeskunde",
            "BIG",
            7,
            DEMO_METHODS,
            time(13, 30),
            120,
            42,
            voc.PLACES[0],
        ),
        (
            "Balintgroep Amersfoort",
            "Huisartsen",
            "BIG+",
            8,
            [BALINT_METHOD],
            time(19, 0),
            105,
            35,
            voc.PLACES[1],
        ),
    ]
    for name, context, register, size, methods, begin, minutes, every, place in specs:
        group, members = _group(
            services, rng, name, context, register, size, year_ago, methods[0], minutes
        )
        announced = False
        last_held: Meeting | None = None
        for number, day in enumerate(_meeting_dates(today, year_ago + timedelta(days=7), every)):
            if day < today:
                meeting = _hold_meeting(
                    services,
                    rng,
                    group,
                    members,
                    day,
                    begin,
                    minutes,
                    methods,
                    place,
                    number,
                    learning_rng,
                )
                if number == 4:  # a safety check once the group has met a few times
                    assert group.id is not None
                    learning.safety_check(services, learning_rng, group.id, day, len(members) - 1)
                last_held = meeting
                if number % 3 == 0:
                    services.notes.create(
                        title=f"Na bijeenkomst {day:%d-%m}",
                        body=rng.choice(voc.NOTE_LINES),
                        group_id=group.id,
                        meeting_id=meeting.id,
                    )
            else:
                method = rng.choice(methods)
                planned = _plan_meeting(services, group, day, begin, minutes, method, place)
                if not announced:
                    _announce_case(services, rng, planned, method)
                    announced = True
        if recorded and last_held is not None:
            from intervisie_desktop.core.demo.recorded import record_session

            record_session(services, rng, last_held)  # its chart in the summary, its figures
        if last_held is not None and last_held.id is not None:
            # The group agreed that the last meeting's actions go into its minutes.
            for case in services.cases.for_meeting(last_held.id):
                assert case.id is not None
                services.cases.update(case.id, actions_shareable=True)
        for member in members:
            goal = services.goals.create(
                member_id=member.id,
                group_id=group.id,
                year=today.year,
                goal=rng.choice(voc.GOALS),
                evaluation=rng.choice(voc.EVALUATIONS),
                in_report=rng.random() < 0.7,
            ).value
            assert goal.id is not None
        services.notes.create(
            title="Over de groep",
            body="## Dynamiek\n" + "\n".join(rng.sample(voc.NOTE_LINES, 3)),
            group_id=group.id,
            pinned=True,
        )
        services.notes.create(
            title=f"Gesprek met {members[0].display_name}",
            body="Vroeg om extra aandacht voor het leerdoel; na de zomer samen evalueren.",
            member_id=members[0].id,
            group_id=group.id,
        )
    services.notes.create(
        title="Ideeën", body="- Socratisch gesprek proberen met groep 3\n- Intervisiedag in juni"
    )
