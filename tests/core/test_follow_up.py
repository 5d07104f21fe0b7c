"""The follow-up of agreed actions: agreeing actions opens it, a later meeting of the group
lists the open ones by case bringer, and marking them done, carried over or dropped is stored
(carried stays listed at the next meeting)."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import FollowUpStatus
from tests.core.test_services import group_with_members

if TYPE_CHECKING:
    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services


def meeting_on(services: Services, group: Group, day: date) -> int:
    assert group.id is not None
    created = services.meetings.create(
        group_id=group.id, date=day, planned_start=time(14), planned_end=time(16)
    ).value
    assert created.id is not None
    return created.id


def test_agreeing_actions_opens_the_follow_up_and_taking_them_out_closes_it(
    services: Services,
) -> None:
    group, (ann,) = group_with_members(services, "Ann Bakker")
    first = meeting_on(services, group, date(2025, 3, 10))
    case = services.cases.create(meeting_id=first, bringer_id=ann.id, topic="Grenzen").value
    assert case.id is not None and case.follow_up_status == FollowUpStatus.NONE
    services.cases.update(case.id, agreed_actions="Gesprek met teamleider")
    assert services.cases.get(case.id).follow_up_status == FollowUpStatus.OPEN
    services.cases.update(case.id, agreed_actions="  ")
    assert services.cases.get(case.id).follow_up_status == FollowUpStatus.NONE
    # Agreed from the start: open at once; a status given with the actions is kept.
    born_open = services.cases.create(meeting_id=first, topic="B", agreed_actions="bellen").value
    assert born_open.follow_up_status == FollowUpStatus.OPEN
    assert born_open.id is not None
    services.cases.mark_follow_up(
        born_open.id, FollowUpStatus.DONE, meeting_on(services, group, date(2025, 4, 1))
    )
    services.cases.update(born_open.id, agreed_actions="bellen en mailen")
    assert services.cases.get(born_open.id).follow_up_status == FollowUpStatus.DONE


def test_open_actions_by_bringer_then_marked_done_carried_and_dropped(
    services: Services,
) -> None:
    group, (ann, bob) = group_with_members(services, "Ann Bakker", "Bob de Vries")
    march = meeting_on(services, group, date(2025, 3, 10))
    april = meeting_on(services, group, date(2025, 4, 14))
    may = meeting_on(services, group, date(2025, 5, 12))
    cases = services.cases
    a1 = cases.create(meeting_id=march, bringer_id=ann.id, topic="Grenzen", agreed_actions="A1")
    b1 = cases.create(meeting_id=march, bringer_id=bob.id, topic="Ouders", agreed_actions="B1")
    a2 = cases.create(meeting_id=march, bringer_id=ann.id, topic="Team", agreed_actions="A2")
    cases.create(meeting_id=march, bringer_id=bob.id, topic="Niets afgesproken")
    cases.create(meeting_id=april, bringer_id=bob.id, topic="Zelfde dag", agreed_actions="later")
    a1_id, b1_id, a2_id = (r.value.id for r in (a1, b1, a2))
    assert a1_id and b1_id and a2_id

    listed = cases.open_actions(april)
    assert [(g.name, [(x.topic, x.actions) for x in g.actions]) for g in listed] == [
        ("Ann", [("Grenzen", "A1"), ("Team", "A2")]),
        ("Bob", [("Ouders", "B1")]),
    ]

    changes = cases.mark_follow_up(a1_id, FollowUpStatus.DONE, april)
    assert (Change.CASES, a1_id) in changes.ids
    cases.mark_follow_up(a2_id, "carried", april)
    cases.mark_follow_up(b1_id, FollowUpStatus.DROPPED, april)
    stored = {i: cases.get(i) for i in (a1_id, b1_id, a2_id)}
    assert [stored[i].follow_up_status for i in (a1_id, a2_id, b1_id)] == [
        FollowUpStatus.DONE,
        FollowUpStatus.CARRIED,
        FollowUpStatus.DROPPED,
    ]
    assert {s.follow_up_meeting_id for s in stored.values()} == {april}
    # At April the marks stay in view; in May only what was carried over (and May's own
    # earlier meeting April's open case) is left.
    assert [[x.status for x in g.actions] for g in cases.open_actions(april)] == [
        [FollowUpStatus.DONE, FollowUpStatus.CARRIED],
        [FollowUpStatus.DROPPED],
    ]
    assert [(g.name, [x.topic for x in g.actions]) for g in cases.open_actions(may)] == [
        ("Ann", ["Team"]),
        ("Bob", ["Zelfde dag"]),
    ]
    assert group.id is not None
    assert [c.topic for c, _m in cases.open_follow_ups(group.id)] == ["Team", "Zelfde dag"]
    # Taking a mark back opens it again.
    cases.mark_follow_up(a1_id, FollowUpStatus.OPEN, may)
    assert cases.get(a1_id).follow_up_meeting_id is None
    assert cases.get(a1_id).follow_up_status == FollowUpStatus.OPEN


def test_marking_is_refused_where_it_cannot_belong(services: Services) -> None:
    group, (ann,) = group_with_members(services, "Ann Bakker")
    march = meeting_on(services, group, date(2025, 3, 10))
    april = meeting_on(services, group, date(2025, 4, 14))
    other = services.groups.create(name="Groep B").value
    elsewhere = meeting_on(services, other, date(2025, 5, 1))
    case = services.cases.create(
        meeting_id=march, bringer_id=ann.id, topic="T", agreed_actions="x"
    ).value
    plain = services.cases.create(meeting_id=march, topic="Geen actie").value
    assert case.id and plain.id
    for meeting_id in (march, elsewhere):
        with pytest.raises(ValidationError):
            services.cases.mark_follow_up(case.id, FollowUpStatus.DONE, meeting_id)
    with pytest.raises(ValidationError):
        services.cases.mark_follow_up(plain.id, FollowUpStatus.DONE, april)
    for wrong in ("finished", FollowUpStatus.NONE, 3):
        with pytest.raises(ValidationError):
            services.cases.mark_follow_up(case.id, wrong, april)
    assert services.cases.get(case.id).follow_up_status == FollowUpStatus.OPEN


def test_learning_goals_of_the_year_by_member(services: Services) -> None:
    group, (ann, bob) = group_with_members(services, "Ann Bakker", "Bob de Vries")
    other = services.groups.create(name="Groep B").value
    assert group.id and other.id and ann.id and bob.id
    goals = services.goals
    goals.create(member_id=ann.id, year=2025, goal="Grenzen aangeven")
    goals.create(member_id=ann.id, year=2025, group_id=group.id, goal="Doorvragen")
    goals.create(member_id=ann.id, year=2024, goal="Oud doel")
    goals.create(member_id=bob.id, year=2025, group_id=other.id, goal="Andere groep")
    assert goals.for_year(group.id, 2025) == {ann.id: "Grenzen aangeven; Doorvragen"}
