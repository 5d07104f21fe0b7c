"""The session plan: steps from plan items, speakers present in seat order, planned minutes."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import AttendanceStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.core.session.plan import SessionPlan, UnknownMethodError
from intervisie_desktop.paths import methods_dir
from tests.core.session.conftest import World, plan_meeting

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database


def keys(world: World) -> list[str]:
    return [i.method_key for i in world.services.plans.items(world.meeting_id)]


def test_plan_steps_minutes_and_total_against_the_meeting(world: World) -> None:
    plan = world.services.plans.plan(world.meeting_id)
    assert [s.method.key for s in plan.steps] == ["block.opening", "test.incident", "block.closing"]
    # opening 2 min x 5; incident 5 + 1.5 x 4 (not the bringer) + 3 + 10 + 1 x 5 + 4; closing 5
    assert [s.planned_minutes for s in plan.steps] == [10, 33, 5]
    assert plan.planned_minutes == 48 and plan.meeting_minutes == 120
    assert plan.difference_minutes == -72 and plan.under and not plan.over
    case = plan.steps[1].case
    assert case is not None and case.bringer_id == world.bringer_id
    assert case.question == "Hoe zeg ik nee?" and case.show_question


def test_speaker_order_is_seat_order_of_those_present(world: World) -> None:
    anna, bram, cor, dirk, eva = world.member_ids
    world.services.attendance.record(world.meeting_id, cor, AttendanceStatus.EXCUSED)
    world.services.attendance.record(world.meeting_id, eva, AttendanceStatus.ABSENT)
    world.services.attendance.record(world.meeting_id, dirk, AttendanceStatus.PRESENT)
    plan = world.services.plans.plan(world.meeting_id)
    assert [s.member_id for s in plan.present] == [anna, bram, dirk]
    assert [s.display_name for s in plan.present] == ["Anna", "Bram", "Dirk"]
    assert plan.steps[0].planned_minutes == 2 * 3  # rounds shrink with who is there


def test_a_step_length_override_scales_its_phases(world: World) -> None:
    item = world.services.plans.items(world.meeting_id)[1]
    world.services.plans.update(item.id or 0, minutes=66)
    plan = world.services.plans.plan(world.meeting_id)
    step = plan.steps[1]
    assert step.planned_minutes == pytest.approx(66)
    assert step.phase_seconds[0] == pytest.approx(10 * 60)
    assert step.turn_seconds[1] == pytest.approx(180)
    assert plan.planned_minutes == pytest.approx(81)
    world.services.plans.update(item.id or 0, minutes=200)
    assert world.services.plans.plan(world.meeting_id).over


def test_add_move_remove_keep_positions_in_order(world: World) -> None:
    plans = world.services.plans
    added = plans.add(world.meeting_id, "block.closing", index=1).value
    assert keys(world) == ["block.opening", "block.closing", "test.incident", "block.closing"]
    plans.move(added.id or 0, 3)
    assert keys(world) == ["block.opening", "test.incident", "block.closing", "block.closing"]
    plans.remove(plans.items(world.meeting_id)[0].id or 0)
    items = plans.items(world.meeting_id)
    assert [i.method_key for i in items] == ["test.incident", "block.closing", "block.closing"]
    assert [i.position for i in items] == [1, 2, 3]


def test_unknown_method_keys_are_refused_and_nothing_changes(world: World) -> None:
    with pytest.raises(UnknownMethodError) as err:
        world.services.plans.add(world.meeting_id, "no.such.method")
    assert err.value.field == "method_key" and isinstance(err.value, ValidationError)
    with pytest.raises(ValidationError):
        world.services.plans.set(world.meeting_id, [PlanEntry("block.opening"), PlanEntry("x")])
    assert keys(world) == ["block.opening", "test.incident", "block.closing"]


def test_keys_the_method_library_does_not_know_are_refused(db: Database, world: World) -> None:
    library = Services(db, methods_dir())  # the real method library as resolver
    with pytest.raises(UnknownMethodError):
        library.plans.add(world.meeting_id, "no.such.method")
    with pytest.raises(UnknownMethodError):  # the world's plan uses test-only keys
        library.plans.plan(world.meeting_id)
    assert library.plans.add(world.meeting_id, "block.opening").value.method_key == "block.opening"


def test_a_case_must_belong_to_the_meeting_and_be_planned_once(world: World) -> None:
    group_id = world.services.meetings.get(world.meeting_id).group_id
    other_meeting, other_case = plan_meeting(world.services, group_id, world.bringer_id)
    with pytest.raises(ValidationError) as err:
        world.services.plans.add(world.meeting_id, "test.incident", case_id=other_case)
    assert err.value.field == "case_id"
    with pytest.raises(ValidationError):
        world.services.plans.add(world.meeting_id, "test.incident", case_id=world.case_id)
    with pytest.raises(ValidationError):
        world.services.plans.add(world.meeting_id, "block.opening", minutes=0)
    assert other_meeting != world.meeting_id


def test_the_frozen_form_reads_back_equal(world: World) -> None:
    plan = world.services.plans.plan(world.meeting_id)
    assert SessionPlan.from_json(plan.to_json()) == plan
    assert "VERTROUWELIJK" not in plan.to_json()
