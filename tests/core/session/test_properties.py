"""Properties over random command sequences, with every command written to a real database."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_desktop.core.session.plan import TURN_MODES
from intervisie_desktop.core.session.runner import SessionRunner, Status
from intervisie_desktop.core.session.snapshot import SpeakerState
from tests.core.session.conftest import CLOCKLESS_PLAN, FakeClock, World, plan_meeting

MEMBERS = st.integers(0, 4)  # index into the world's five members

COMMANDS = st.one_of(
    st.tuples(st.just("wait"), st.floats(0, 400, allow_nan=False)),
    st.tuples(st.sampled_from(["start", "next", "back", "pause", "skip", "finish"])),
    st.tuples(st.just("adjust"), st.sampled_from([-1, 1, 2])),
    st.tuples(st.just("absent"), MEMBERS, st.booleans()),
    st.tuples(st.just("reorder"), st.permutations(range(5)).map(lambda p: list(p)[:4])),
    st.tuples(st.just("jump"), st.integers(0, 3), st.integers(0, 6)),
    st.tuples(st.just("heartbeat")),
)


def apply(
    runner: SessionRunner, clock: FakeClock, ids: list[int], command: tuple[Any, ...]
) -> None:
    name, *args = command
    if name == "wait":
        clock.advance(args[0])
    elif name == "pause":
        runner.toggle_pause()
    elif name == "skip":
        runner.skip_speaker()
    elif name == "adjust":
        runner.adjust_minutes(args[0])
    elif name == "absent":
        runner.mark_absent(ids[args[0]], args[1])
    elif name == "reorder":
        runner.reorder([ids[k] for k in args[0]])
    elif name == "jump":
        runner.jump_to(args[0], args[1])
    else:
        getattr(runner, name)()


def check(runner: SessionRunner, world: World) -> None:
    snap = runner.snapshot()
    timings = [snap.session, snap.phase] + ([snap.turn] if snap.turn else [])
    assert all(t.elapsed >= 0 for t in timings)
    assert all(t.planned >= 0 for t in timings)
    if runner.status in (Status.RUNNING, Status.PAUSED) and snap.speaker_mode in TURN_MODES:
        states = [s.state for s in snap.speakers]
        assert states.count(SpeakerState.CURRENT) <= 1
        if SpeakerState.TO_COME in states:  # anyone still to speak: exactly one speaks now
            assert states.count(SpeakerState.CURRENT) == 1
        if SpeakerState.CURRENT not in states:  # nobody speaks: everyone present is done
            assert set(states) <= {SpeakerState.DONE, SpeakerState.ABSENT}
    else:
        assert snap.current_speaker is None
    # the durations the log gives, summed, are the session's elapsed time
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock, runner.offset)
    assert rebuilt is not None
    logged = sum(rebuilt.phase_actual(g) for g in range(len(rebuilt.phases)))
    assert abs(logged - snap.session.elapsed) < 1e-3
    # ... and the runner rebuilt from the database is the live one
    assert rebuilt.state == runner.state
    assert rebuilt.snapshot() == snap


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(started=st.booleans(), commands=st.lists(COMMANDS, max_size=30))
def test_random_sessions_keep_their_invariants_and_rebuild_exactly(
    world: World, started: bool, commands: list[tuple[Any, ...]]
) -> None:
    group_id = world.services.meetings.get(world.meeting_id).group_id
    world.meeting_id, world.case_id = plan_meeting(world.services, group_id, world.bringer_id)
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    check(runner, world)
    if started:
        runner.start()
    for command in commands:
        apply(runner, world.clock, world.member_ids, command)
        check(runner, world)


@settings(max_examples=300, deadline=None)
@given(commands=st.lists(COMMANDS, max_size=60))
def test_turn_times_never_exceed_their_phase_and_phases_add_up(
    commands: list[tuple[Any, ...]],
) -> None:
    """Without a database, many more sequences: the bookkeeping of phases and turns."""
    clock = FakeClock()
    runner = SessionRunner(CLOCKLESS_PLAN, clock)
    runner.start()
    ids = [s.member_id for s in CLOCKLESS_PLAN.speakers]
    for command in commands:
        apply(runner, clock, ids, command)
        active = runner.active_at(runner.now())
        phases = [runner.phase_actual(g) for g in range(len(runner.phases))]
        assert abs(sum(phases) - active) < 1e-6
        for g, spent in enumerate(phases):
            turns = sum(v for (k, _), v in runner.state.turn_spent.items() if k == g)
            current = runner.current_speaker_id
            if g == runner.state.position and current is not None:
                turns += runner.turn_actual(g, current) - runner.state.turn_spent.get(
                    (g, current), 0.0
                )
            assert turns <= spent + 1e-6
