"""The meeting's plan is taken when the session really starts: blanking the projector, setting
the break time or marking someone absent before the start is kept, but does not fix the plan,
so a supervisor who goes back and edits the plan before starting runs the edited plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlmodel import select

from intervisie_desktop.core.models import SessionEvent
from intervisie_desktop.core.session.snapshot import RunState, SpeakerState
from tests.core.session.test_store import reopen

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.session.runner import SessionRunner
    from tests.core.session.conftest import World


def drop_first_step(world: World) -> None:
    items = world.services.plans.items(world.meeting_id)
    world.services.plans.remove(items[0].id or 0)


BEFORE_THE_START: dict[str, Callable[[SessionRunner, World], None]] = {
    "blank": lambda runner, world: runner.set_blank(True),
    "continue_at": lambda runner, world: runner.set_continue_at("14:05"),
    "absent": lambda runner, world: runner.mark_absent(world.member_ids[4]),
}


@pytest.mark.parametrize("command", sorted(BEFORE_THE_START))
def test_a_command_before_the_start_does_not_fix_the_plan(world: World, command: str) -> None:
    sessions = world.services.sessions
    runner = sessions.open(world.meeting_id, world.clock)
    BEFORE_THE_START[command](runner, world)
    sessions.close(world.meeting_id)  # session mode left, the plan edited, F5 again
    drop_first_step(world)
    again = sessions.open(world.meeting_id, world.clock)
    assert len(again.plan.steps) == 2
    assert again.snapshot().method_name.en == "Incident method"
    frozen = sessions.frozen_plan(world.meeting_id)
    assert frozen is not None and len(frozen.steps) == 2


def test_the_same_program_takes_up_the_edited_plan_and_keeps_what_was_set(world: World) -> None:
    sessions = world.services.sessions
    runner = sessions.open(world.meeting_id, world.clock)
    runner.set_blank(True)
    runner.set_continue_at("14:05")
    runner.mark_absent(world.member_ids[4])
    assert sessions.open(world.meeting_id, world.clock) is runner  # nothing edited: the same
    drop_first_step(world)  # left session mode without a restart, edited, F5 again
    again = sessions.open(world.meeting_id, world.clock)
    snap = again.snapshot()
    assert len(again.plan.steps) == 2 and snap.method_name.en == "Incident method"
    assert (snap.blank, snap.continue_at) == (True, "14:05")
    absent = [m.display_name for m in snap.members if m.state == SpeakerState.ABSENT]
    assert absent == ["Eva"]
    again.start()
    again.set_blank(False)
    rebuilt = sessions.rebuild(world.meeting_id, world.clock, again.offset)
    assert rebuilt is not None and rebuilt.snapshot() == again.snapshot()
    with world.services.db.session() as session:
        seqs = [e.seq for e in session.exec(select(SessionEvent).order_by(SessionEvent.seq))]
    assert seqs == [1, 2, 3, 4, 5]


def test_a_blank_wall_before_the_start_stays_blank_after_a_restart(
    world: World, db: Database
) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.set_blank(True)
    del runner  # the program dies before the session started
    drop_first_step(world)
    services, fresh = reopen(world, db)
    again = services.sessions.open(world.meeting_id, world.clock)
    snap = again.snapshot()
    assert snap.state == RunState.NOT_STARTED and snap.blank
    assert len(again.plan.steps) == 2
    again.start()
    assert again.snapshot().blank  # the start does not light the wall
    fresh.close()


def test_once_started_the_plan_stays_as_it_was(world: World) -> None:
    sessions = world.services.sessions
    runner = sessions.open(world.meeting_id, world.clock)
    runner.set_blank(True)
    runner.start()
    sessions.close(world.meeting_id)
    drop_first_step(world)
    again = sessions.open(world.meeting_id, world.clock)
    assert len(again.plan.steps) == 3 and again.snapshot().blank
