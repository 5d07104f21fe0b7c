"""Planned versus actual per step, phase, turn and speaker, from the stored log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.session.report import RowKind, planned_vs_actual

if TYPE_CHECKING:
    from tests.core.session.conftest import World


def test_rows_for_a_finished_meeting(world: World) -> None:
    anna, bram, cor, dirk, eva = world.member_ids
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    for seconds in (100, 130, 90, 125, 150):  # opening round, 2 minutes planned each
        if seconds == 130:
            runner.adjust_minutes(1)  # Bram gets a minute more
        world.clock.advance(seconds)
        runner.next()
    world.clock.advance(400)  # the case bringer speaks (5 minutes planned)
    runner.next()
    runner.jump_to(2, 0)  # the rest of the method is skipped
    world.clock.advance(240)
    runner.toggle_pause()
    world.clock.advance(999)  # a pause is nobody's time
    runner.finish()
    with world.services.db.session() as session:
        rows = planned_vs_actual(session, world.meeting_id)

    steps = [r for r in rows if r.kind == RowKind.STEP]
    assert [r.label.en for r in steps] == ["Opening round", "Incident method", "Closing"]
    assert [r.planned for r in steps] == [600, 33 * 60, 300]
    assert [r.adjusted for r in steps] == [660, 33 * 60, 300]
    assert [r.actual for r in steps] == [595, 400, 240]
    assert steps[1].topic == "Grenzen" and steps[0].topic == ""

    turns = [(r.member_id, r.planned, r.adjusted, r.actual) for r in rows if r.kind == "turn"]
    assert turns[:5] == [
        (anna, 120, 120, 100),
        (bram, 120, 180, 130),
        (cor, 120, 120, 90),
        (dirk, 120, 120, 125),
        (eva, 120, 120, 150),
    ]
    assert turns[5] == (bram, 300, 300, 400)
    assert turns[6] == (anna, 90, 90, 0)  # her question turn had begun when the jump came
    assert len(turns) == 7

    phases = [r for r in rows if r.kind == RowKind.PHASE and r.step_index == 1]
    assert [r.actual for r in phases] == [400, 0, 0, 0, 0, 0]
    assert phases[1].label.en == "Vragen"

    speakers = {r.member_id: (r.planned, r.actual) for r in rows if r.kind == RowKind.SPEAKER}
    assert speakers[bram] == (420, 530) and speakers[anna] == (210, 100)
    assert sum(r.actual for r in steps) == runner.snapshot().session.elapsed


def test_no_run_no_rows(world: World) -> None:
    with world.services.db.session() as session:
        assert planned_vs_actual(session, world.meeting_id) == []
