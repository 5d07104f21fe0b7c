"""The typed commands against the stored log: the same names and JSON as ever, a handler for each,
a pure step, and a store that writes what it is given (closing the meeting is the service's)."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime

from sqlmodel import col, select

from intervisie_desktop.core.models import Meeting, MeetingStatus, SessionEvent, SessionRun
from intervisie_desktop.core.session.commands import Command, NoPayload, payload_from_json
from intervisie_desktop.core.session.course import Course
from intervisie_desktop.core.session.handlers import HANDLERS
from intervisie_desktop.core.session.runner import SessionRunner
from intervisie_desktop.core.session.state import Event, RunFacts, Status
from intervisie_desktop.core.session.step import step
from intervisie_desktop.core.session.store import SessionStore
from tests.core.session.conftest import CLOCKLESS_PLAN, FakeClock, World

# (command, payload_json) exactly as earlier versions of the program stored them.
STORED_NAMES = {
    "start", "pause", "interrupt", "resume", "next", "skip", "back", "jump", "adjust",
    "absent", "reorder", "question", "blank", "continue_at", "message", "finish",
}  # fmt: skip


def stored(world: World) -> list[tuple[str, str]]:
    with world.services.db.session() as session:
        rows = session.exec(select(SessionEvent).order_by(col(SessionEvent.seq))).all()
        return [(r.command, r.payload_json) for r in rows]


def test_the_commands_are_the_names_in_the_log_and_each_has_a_handler() -> None:
    assert {c.value for c in Command} == STORED_NAMES
    assert set(HANDLERS) == set(Command)


def test_every_command_is_stored_as_earlier_versions_stored_it(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    _, b, c, _, e = world.member_ids
    runner.set_blank(True)
    runner.set_continue_at("15:30")
    runner.mark_absent(e, True)
    runner.reorder([c, b])
    runner.start()
    runner.toggle_pause()
    runner.toggle_pause()
    runner.next()
    runner.back()
    runner.skip_speaker()
    runner.adjust_minutes(-1)
    runner.jump_to(1, 1)
    runner.set_question_visible(False)
    runner.mark_absent(e, False)
    runner.set_continue_at(None)
    runner.show_message("Nog 5 minuten", preset=1)
    runner.show_message("Even voor mezelf", presenter_only=True)
    runner.clear_message()
    runner.interrupt(runner.state.last_t)
    runner.finish()
    assert stored(world) == [
        ("blank", '{"on":true}'),
        ("continue_at", '{"at":"15:30"}'),
        ("absent", f'{{"member_id":{e},"absent":true}}'),
        ("reorder", f'{{"member_ids":[{c},{b}]}}'),
        ("start", "{}"),
        ("pause", "{}"),
        ("resume", "{}"),
        ("next", "{}"),
        ("back", "{}"),
        ("skip", "{}"),
        ("adjust", '{"minutes":-1}'),
        ("jump", '{"step":1,"phase":1}'),
        ("question", '{"step":1,"visible":false}'),
        ("absent", f'{{"member_id":{e},"absent":false}}'),
        ("continue_at", '{"at":null}'),
        ("message", '{"text":"Nog 5 minuten","presenter_only":false,"preset":1}'),
        ("message", '{"text":"Even voor mezelf","presenter_only":true,"preset":null}'),
        ("message", '{"text":null,"presenter_only":false,"preset":null}'),
        ("message", '{"text":null,"presenter_only":true,"preset":null}'),
        ("interrupt", "{}"),
        ("finish", "{}"),
    ]


def test_a_log_written_by_hand_the_old_way_replays(world: World) -> None:
    """Rows as an older program wrote them (integers as JSON numbers, flags as 0/1) rebuild."""
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.set_blank(True)  # the run row and its first event
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None and run.id is not None
    bringer, third = world.member_ids[1], world.member_ids[2]
    t0 = runner.state.last_t
    rows = [
        ("start", "{}", t0 + 10),
        ("absent", json.dumps({"member_id": third, "absent": 1}), t0 + 20),
        ("adjust", '{"minutes": 2}', t0 + 30),
        ("jump", '{"step": 1, "phase": 0}', t0 + 40),
    ]
    with world.services.db.session() as session:
        for seq, (command, payload, t) in enumerate(rows, start=2):
            wall = datetime(2025, 3, 10, 13, 0, tzinfo=UTC)
            session.add(
                SessionEvent(
                    run_id=run.id, seq=seq, command=command, payload_json=payload, mono=t, wall=wall
                )
            )
        stored_run = session.get(SessionRun, run.id)
        assert stored_run is not None
        stored_run.state, stored_run.last_seq, stored_run.last_t = "running", 5, t0 + 40
        session.add(stored_run)
        session.commit()
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock)
    assert rebuilt is not None
    assert rebuilt.state.seq == 5 and rebuilt.state.blank
    assert third in rebuilt.state.absent
    assert rebuilt.state.phase_extra == {0: 120.0}  # two minutes more for the opening turn
    snap = rebuilt.snapshot()
    assert (snap.step_index, snap.phase_index, snap.case_bringer_id) == (1, 0, bringer)
    assert payload_from_json(Command.NEXT, {}) == NoPayload()


def test_step_leaves_the_course_it_is_given_alone() -> None:
    course = Course(CLOCKLESS_PLAN)
    before = copy.deepcopy(course.state)
    started = step(course, Event(1, Command.START, NoPayload(), 5.0))
    assert course.state == before  # the course given is untouched
    assert started is not course and started.state.status == Status.RUNNING
    assert started.state.seq == 1 and started.state.last_t == 5.0
    assert started.phases is course.phases  # the plan's layout is shared, not copied
    again = step(started, Event(2, Command.START, NoPayload(), 6.0))
    assert again is started  # a command that does not apply: the same course back
    assert started.state.seq == 1


class ListRecorder:
    def __init__(self) -> None:
        self.written: list[tuple[Event, RunFacts]] = []

    def record(self, event: Event, facts: RunFacts) -> None:
        self.written.append((event, facts))

    def heartbeat(self, t: float) -> None:
        pass


def test_the_recorder_gets_the_event_and_where_the_run_stands() -> None:
    clock = FakeClock()
    recorder = ListRecorder()
    runner = SessionRunner(CLOCKLESS_PLAN, clock, recorder)
    runner.mark_absent(5)
    runner.start()
    clock.advance(90)
    runner.next()
    clock.advance(30)
    runner.finish()
    commands = [event.command for event, _ in recorder.written]
    assert commands == [Command.ABSENT, Command.START, Command.NEXT, Command.FINISH]
    _, started = recorder.written[1]
    assert started.started == recorder.written[1][0].t
    assert (started.status, started.step_index, started.phase_index) == ("running", 0, 0)
    assert started.current_member_id == 1
    _, after_next = recorder.written[2]
    assert after_next.current_member_id == 2
    _, finished = recorder.written[3]
    assert finished.status == Status.FINISHED
    assert finished.absent == frozenset({5}) and finished.active == 120.0


def test_the_store_alone_stores_the_finish_but_does_not_close_the_meeting(world: World) -> None:
    """Closing the meeting is the session service's; a bare store only writes the run."""
    world.services.sessions.open(world.meeting_id, world.clock)
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None and run.id is not None
    plan = world.services.sessions.frozen_plan(world.meeting_id)
    assert plan is not None
    runner = SessionRunner(plan, world.clock, SessionStore(world.services.db, run.id, world.wall))
    runner.start()
    world.clock.advance(60)
    runner.finish()
    with world.services.db.session() as session:
        meeting = session.get(Meeting, world.meeting_id)
        stored_run = session.get(SessionRun, run.id)
        assert meeting is not None and stored_run is not None
        assert stored_run.finished and stored_run.state == "finished"
        assert meeting.status != MeetingStatus.HELD and meeting.actual_start is None


def test_a_command_this_version_does_not_know_is_left_out_but_keeps_its_number(
    world: World,
) -> None:
    """A log written by a later version: its unknown last event does not apply, and the next
    command still gets the next number (it is stored, not refused as a duplicate)."""
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None and run.id is not None
    t = runner.state.last_t + 5
    with world.services.db.session() as session:
        wall = datetime(2025, 3, 10, 13, 0, tzinfo=UTC)
        session.add(SessionEvent(run_id=run.id, seq=2, command="spotlight", mono=t, wall=wall))
        session.commit()
    world.services.sessions.close(world.meeting_id)
    again = world.services.sessions.open(world.meeting_id, world.clock)  # resumed: interrupted
    assert again.state.seq == 3 and again.state.last_t >= t
    again.next()
    assert [c for c, _ in stored(world)] == ["start", "spotlight", "interrupt", "next"]
