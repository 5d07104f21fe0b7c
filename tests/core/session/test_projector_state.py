"""What the group sees beside the run itself: a blanked projector and the "we continue at" break
screen are commands of the run, so a run rebuilt from its log (after a crash or a kill) shows
the projector as it was; and outside rounds the snapshot still says who is present."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from intervisie_desktop.core.models import SessionEvent, SpeakerMode
from intervisie_desktop.core.session.runner import SessionRunner
from intervisie_desktop.core.session.snapshot import RunState, SpeakerState
from tests.core.session.conftest import CLOCKLESS_PLAN, FakeClock, World
from tests.core.session.test_store import drive, reopen

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database


def commands(db: Database) -> list[str]:
    with db.session() as session:
        return [e.command for e in session.exec(select(SessionEvent).order_by(SessionEvent.seq))]


def test_a_blanked_projector_stays_blank_after_a_crash(world: World, db: Database) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.set_blank(True)  # a private moment: the wall shows nothing
    world.clock.advance(30)
    runner.heartbeat()
    del runner  # the program dies

    world.clock.advance(600)
    services, fresh = reopen(world, db)
    resumed = services.sessions.open(world.meeting_id, world.clock)
    snap = resumed.snapshot()
    assert snap.state == RunState.PAUSED and snap.blank
    assert snap.continue_at is None
    resumed.start()  # continuing the session does not show the projector again ...
    assert resumed.snapshot().blank
    resumed.set_blank(False)  # ... only the supervisor does
    assert not resumed.snapshot().blank
    assert commands(fresh)[-4:] == ["blank", "interrupt", "resume", "blank"]
    fresh.close()


def test_the_break_screen_comes_back_with_its_time(world: World, db: Database) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.toggle_pause()
    runner.set_continue_at("15:30")
    world.clock.advance(120)
    del runner

    services, fresh = reopen(world, db)
    resumed = services.sessions.open(world.meeting_id, world.clock)
    snap = resumed.snapshot()
    assert (snap.state, snap.blank, snap.continue_at) == (RunState.PAUSED, False, "15:30")
    resumed.set_continue_at(None)
    assert resumed.snapshot().continue_at is None
    fresh.close()


def test_blank_and_break_replay_to_the_same_state_and_only_changes_are_logged(
    world: World,
) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.set_blank(True)  # before the start too: the room is still filling up
    runner.start()
    world.clock.advance(40)
    runner.set_blank(True)  # already blank: nothing to log
    runner.set_continue_at("9:5")  # not a time: ignored
    runner.set_continue_at("24:00")
    runner.set_continue_at("10:45")
    runner.set_continue_at("10:45")
    runner.set_blank(False)
    assert commands(world.services.db) == ["blank", "start", "continue_at", "blank"]
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock, runner.offset)
    assert rebuilt is not None
    assert rebuilt.state == runner.state
    assert rebuilt.snapshot() == runner.snapshot()
    assert rebuilt.snapshot().continue_at == "10:45" and not rebuilt.snapshot().blank


def test_the_closing_screen_can_still_be_blanked(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.finish()
    runner.set_blank(True)
    snap = runner.snapshot()
    assert snap.state == RunState.FINISHED and snap.blank
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock, runner.offset)
    assert rebuilt is not None and rebuilt.snapshot().blank


def go_to_mode(runner: SessionRunner, clock: FakeClock, mode: SpeakerMode) -> None:
    for _ in range(40):
        if runner.snapshot().speaker_mode == mode:
            return
        clock.advance(30)
        runner.next()
    raise AssertionError(f"no {mode} phase")


def members(runner: SessionRunner) -> list[tuple[str, SpeakerState, bool]]:
    return [(m.display_name, m.state, m.is_case_bringer) for m in runner.snapshot().members]


def test_outside_rounds_the_snapshot_still_lists_who_is_present() -> None:
    clock = FakeClock()
    runner = SessionRunner(CLOCKLESS_PLAN, clock)
    runner.mark_absent(4)
    runner.start()
    for mode in (SpeakerMode.SILENT, SpeakerMode.OPEN):
        go_to_mode(runner, clock, mode)
        assert runner.snapshot().speakers == ()  # nobody has a turn: the projector shows no strip
        assert members(runner) == [
            ("A", SpeakerState.PRESENT, False),
            ("B", SpeakerState.PRESENT, True),  # the case bringer of this method run
            ("C", SpeakerState.PRESENT, False),
            ("D", SpeakerState.ABSENT, False),
            ("E", SpeakerState.PRESENT, False),
        ]
    runner.reorder([5, 1])  # a new order outside a round is kept for the next round
    runner.mark_absent(4, False)
    go_to_mode(runner, clock, SpeakerMode.ROUND)
    assert [s.display_name for s in runner.snapshot().speakers] == ["E", "B", "C", "D", "A"]
    runner.jump_to(2)  # the closing block: no case, so no case bringer
    assert runner.snapshot().speaker_mode == SpeakerMode.FACILITATOR
    assert members(runner) == [(n, SpeakerState.PRESENT, False) for n in "EBCDA"]
