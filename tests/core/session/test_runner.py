"""The runner's commands, speaker modes and snapshot, on a fake clock, written through the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.models import SpeakerMode
from intervisie_desktop.core.session.runner import SessionRunner, Status
from intervisie_desktop.core.session.snapshot import Cue, RunState, SpeakerState

if TYPE_CHECKING:
    from tests.core.session.conftest import World


def names(runner: SessionRunner, state: SpeakerState | None = None) -> list[str]:
    return [s.display_name for s in runner.snapshot().speakers if state is None or s.state == state]


def current(runner: SessionRunner) -> str | None:
    speaker = runner.snapshot().current_speaker
    return speaker.display_name if speaker else None


@pytest.fixture
def runner(world: World) -> SessionRunner:
    return world.services.sessions.open(world.meeting_id, world.clock)


def test_before_start_the_snapshot_previews_the_first_phase(runner: SessionRunner) -> None:
    snap = runner.snapshot()
    assert snap.state == RunState.NOT_STARTED
    assert (snap.step_index, snap.step_count, snap.phase_index, snap.phase_count) == (0, 3, 0, 1)
    assert snap.method_name.en == "Opening round"
    assert names(runner, SpeakerState.TO_COME) == ["Anna", "Bram", "Cor", "Dirk", "Eva"]
    assert snap.session.elapsed == 0 and snap.session.planned == 48 * 60


def test_a_round_gives_every_present_speaker_a_turn_in_seat_order(
    runner: SessionRunner, world: World
) -> None:
    runner.start()
    spoken = []
    for _ in range(5):
        spoken.append(current(runner))
        world.clock.advance(100)
        runner.next()
    assert spoken == ["Anna", "Bram", "Cor", "Dirk", "Eva"]
    snap = runner.snapshot()
    assert (snap.step_index, snap.phase_index) == (1, 0)
    assert snap.speaker_mode == SpeakerMode.CASE_BRINGER
    assert names(runner) == ["Bram"] and snap.case_bringer_id == world.bringer_id
    assert snap.speakers[0].is_case_bringer
    assert snap.case_question == "Hoe zeg ik nee?"
    assert snap.planned_so_far == 10 * 60 and snap.actual_so_far == 500


def test_round_without_case_bringer_skips_the_bringer(runner: SessionRunner) -> None:
    runner.start()
    runner.jump_to(1, 1)
    assert names(runner) == ["Anna", "Cor", "Dirk", "Eva"]
    assert runner.snapshot().turn is not None and runner.snapshot().turn.planned == 90
    assert Cue.NO_ADVICE in runner.snapshot().cues


@pytest.mark.parametrize(
    ("phase", "cue"),
    [(2, Cue.WRITE_FIRST), (3, Cue.CASE_BRINGER_AWAY), (5, None)],
)
def test_open_facilitator_and_silent_phases_have_no_turns(
    runner: SessionRunner, phase: int, cue: Cue | None
) -> None:
    runner.start()
    runner.jump_to(1, phase)
    snap = runner.snapshot()
    assert snap.speakers == () and snap.turn is None and snap.current_speaker is None
    assert (cue in snap.cues) if cue else snap.cues == frozenset()


def test_next_outside_rounds_moves_phase_by_phase_then_to_the_next_step(
    runner: SessionRunner,
) -> None:
    runner.start()
    runner.jump_to(1, 5)
    assert runner.snapshot().next_phase_name is not None
    assert runner.snapshot().next_phase_name.en == "Afsluiting"
    runner.next()
    snap = runner.snapshot()
    assert (snap.step_index, snap.phase_index, snap.next_phase_name) == (2, 0, None)
    runner.next()  # nothing after the last phase: finish ends the session
    assert runner.snapshot().step_index == 2 and runner.status == Status.RUNNING


def test_timer_states_normal_warning_overtime_paused_finished(
    runner: SessionRunner, world: World
) -> None:
    runner.start()
    runner.jump_to(1, 5)  # facilitator, 4 minutes, warning 2 minutes before the end
    assert runner.snapshot().state == RunState.NORMAL
    world.clock.advance(125)
    assert runner.snapshot().state == RunState.WARNING
    assert runner.snapshot().warning_at == 120
    world.clock.advance(120)
    snap = runner.snapshot()
    assert snap.state == RunState.OVERTIME and snap.phase.remaining == -5
    runner.toggle_pause()
    world.clock.advance(600)
    assert runner.snapshot().state == RunState.PAUSED
    assert runner.snapshot().phase.elapsed == 245
    runner.toggle_pause()
    world.clock.advance(5)
    assert runner.snapshot().phase.elapsed == 250
    runner.finish()
    world.clock.advance(50)
    assert runner.snapshot().state == RunState.FINISHED
    assert runner.snapshot().session.elapsed == 250


def test_back_returns_to_the_previous_speaker_then_the_previous_phase(
    runner: SessionRunner, world: World
) -> None:
    runner.start()
    world.clock.advance(30)
    runner.next()  # Anna done, Bram speaks
    world.clock.advance(10)
    runner.back()
    assert current(runner) == "Anna"
    world.clock.advance(20)
    turn = runner.snapshot().turn
    assert turn is not None and turn.elapsed == 50  # Anna's turn continues, not restarts
    for _ in range(5):
        runner.next()
    assert runner.snapshot().step_index == 1
    runner.back()
    snap = runner.snapshot()
    assert (snap.step_index, current(runner)) == (0, "Eva")
    runner.back()
    runner.back()
    runner.back()
    runner.back()
    assert current(runner) == "Anna"
    runner.back()  # nothing before the first turn of the plan
    assert current(runner) == "Anna" and runner.snapshot().step_index == 0


def test_skip_and_mark_absent_mid_session(runner: SessionRunner, world: World) -> None:
    anna, bram, cor, dirk, eva = world.member_ids
    runner.start()
    runner.skip_speaker()  # Anna passes
    assert current(runner) == "Bram"
    runner.mark_absent(dirk)
    assert names(runner, SpeakerState.TO_COME) == ["Cor", "Eva"]
    assert names(runner, SpeakerState.ABSENT) == ["Dirk"]
    runner.mark_absent(bram)  # the current speaker leaves: the turn goes on to Cor
    assert current(runner) == "Cor"
    runner.mark_absent(dirk, absent=False)  # back in time for the round
    assert names(runner, SpeakerState.TO_COME) == ["Dirk", "Eva"]
    runner.next()
    runner.next()
    runner.next()  # Eva done: next phase, a case-bringer phase whose bringer left
    snap = runner.snapshot()
    assert (snap.step_index, snap.speaker_mode) == (1, SpeakerMode.CASE_BRINGER)
    assert snap.current_speaker is None
    assert [s.state for s in snap.speakers] == [SpeakerState.ABSENT]
    runner.mark_absent(bram, absent=False)
    assert current(runner) == "Bram"
    assert anna and cor and eva


def test_reorder_changes_who_comes_next_and_later_rounds(
    runner: SessionRunner, world: World
) -> None:
    anna, bram, cor, dirk, eva = world.member_ids
    runner.start()
    runner.reorder([eva, cor, dirk, bram])
    assert current(runner) == "Anna"
    assert names(runner, SpeakerState.TO_COME) == ["Eva", "Cor", "Dirk", "Bram"]
    runner.jump_to(1, 4)  # the next round follows the new order
    assert names(runner) == ["Anna", "Eva", "Cor", "Dirk", "Bram"]
    assert anna


def test_one_minute_more_or_less_for_the_turn_or_the_phase(
    runner: SessionRunner, world: World
) -> None:
    runner.start()
    runner.adjust_minutes(+1)
    snap = runner.snapshot()
    assert snap.turn is not None and snap.turn.planned == 180
    assert snap.phase.planned == 11 * 60 and snap.session.planned == 49 * 60
    for _ in range(4):
        runner.adjust_minutes(-1)  # not below zero
    assert runner.snapshot().turn.planned == 0  # type: ignore[union-attr]
    runner.jump_to(1, 3)
    runner.adjust_minutes(-2)
    assert runner.snapshot().phase.planned == 8 * 60


def test_question_hidden_when_the_supervisor_says_so(runner: SessionRunner) -> None:
    runner.start()
    runner.jump_to(1, 0)
    assert runner.snapshot().case_question == "Hoe zeg ik nee?"
    runner.set_question_visible(False)
    assert runner.snapshot().case_question is None
    runner.jump_to(2, 0)
    assert runner.snapshot().case_question is None and runner.snapshot().case_bringer_id is None


def test_commands_that_do_not_apply_are_not_logged(runner: SessionRunner) -> None:
    runner.next()
    runner.finish()
    runner.toggle_pause()
    assert runner.state.seq == 0
    runner.start()
    runner.start()
    runner.jump_to(9, 0)
    runner.reorder([1, 1])
    assert runner.state.seq == 1


def test_three_hour_session_on_a_fake_clock_shows_zero_drift(
    runner: SessionRunner, world: World
) -> None:
    """Ten thousand 'ticks' of a repaint timer do not move the time: only the clock does."""
    start = world.clock.t
    runner.start()
    pause_at = resume_at = 0.0
    for k in range(10_800):  # one snapshot per simulated second for 3 hours
        world.clock.advance(1)
        runner.snapshot()
        if k % 900 == 899:
            runner.next()
        if k == 5000:
            runner.toggle_pause()
            pause_at = world.clock.t
        if k == 5600:
            runner.toggle_pause()
            resume_at = world.clock.t
    snap = runner.snapshot()
    assert resume_at - pause_at == 600
    assert snap.session.elapsed == world.clock.t - start - 600 == 10_800 - 600
    total = sum(runner.phase_actual(g) for g in range(len(runner.phases)))
    assert total == snap.session.elapsed
