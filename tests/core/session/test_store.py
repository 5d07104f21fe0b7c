"""Persistence: every command in the database at once, crash-resume, finish, frozen plans."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    MeetingStatus,
    SessionEvent,
)
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.session.runner import SessionRunner, Status
from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.paths import methods_dir
from tests.core.session.conftest import World, make_services


def reopen(world: World, db: Database) -> tuple[Services, Database]:
    """A new program on the same file: nothing of the old process survives but the database."""
    fresh = open_database(db.path)
    return make_services(fresh, world.wall), fresh


def drive(runner: SessionRunner, world: World) -> None:
    runner.start()
    for seconds in (70, 110, 95):
        world.clock.advance(seconds)
        runner.next()
    world.clock.advance(20)


def test_every_command_is_in_the_database_before_it_returns(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    run = world.services.sessions.run_for(world.meeting_id)
    assert run is not None
    assert (run.state, run.step_index, run.phase_index, run.last_seq) == ("running", 0, 0, 4)
    assert run.current_member_id == world.member_ids[3]
    with world.services.db.session() as session:
        events = session.exec(select(SessionEvent).order_by(SessionEvent.seq)).all()
    assert [e.command for e in events] == ["start", "next", "next", "next"]
    assert [e.mono - events[0].mono for e in events] == [0, 70, 180, 275]
    assert all(e.wall.tzinfo is not None and e.wall.utcoffset() == timedelta(0) for e in events)
    assert events[3].wall - events[0].wall == timedelta(seconds=275)


def test_a_rebuilt_runner_equals_the_live_one(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.mark_absent(world.member_ids[4])
    runner.adjust_minutes(1)
    rebuilt = world.services.sessions.rebuild(world.meeting_id, world.clock, runner.offset)
    assert rebuilt is not None
    assert rebuilt.state == runner.state
    assert rebuilt.snapshot() == runner.snapshot()


def test_resume_after_a_crash_continues_at_the_same_phase_speaker_and_time_left(
    world: World, db: Database
) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    world.clock.advance(10)
    runner.heartbeat()  # the UI's "still alive", 30 s into Dirk's turn
    before = runner.snapshot()
    world.clock.advance(4)  # ... and then the program dies without a word
    del runner

    world.clock.advance(300)  # five minutes later the laptop is back
    services, fresh = reopen(world, db)
    assert [m.id for m in services.sessions.unfinished()] == [world.meeting_id]
    resumed = services.sessions.open(world.meeting_id, world.clock)
    snap = resumed.snapshot()
    assert snap.state == RunState.PAUSED
    assert snap.current_speaker == before.current_speaker
    assert (snap.step_index, snap.phase_index) == (before.step_index, before.phase_index)
    assert snap.turn == before.turn and snap.session == before.session
    resumed.start()  # "start" resumes where it stood
    world.clock.advance(15)
    after = resumed.snapshot()
    assert after.state == RunState.NORMAL
    assert after.turn is not None and after.turn.elapsed == 30 + 15
    with fresh.session() as session:
        commands = [
            e.command for e in session.exec(select(SessionEvent).order_by(SessionEvent.seq))
        ]
    assert commands[-2:] == ["interrupt", "resume"]
    # the downtime (heartbeat to resume, 304 s) is a pause: the session clock skipped it
    assert after.session.elapsed == 275 + 30 + 15
    fresh.close()


def test_a_paused_run_resumes_paused_and_keeps_its_pause(world: World, db: Database) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.toggle_pause()
    world.clock.advance(3600)
    services, fresh = reopen(world, db)
    resumed = services.sessions.open(world.meeting_id, world.clock)
    assert resumed.status == Status.PAUSED
    assert resumed.snapshot().session.elapsed == 275 + 20
    fresh.close()


def test_the_same_program_gets_the_same_live_runner_back(world: World) -> None:
    first = world.services.sessions.open(world.meeting_id, world.clock)
    first.start()
    assert world.services.sessions.open(world.meeting_id, world.clock) is first


def test_finish_sets_actual_times_status_and_attendance(world: World) -> None:
    anna, bram, cor, dirk, eva = world.member_ids
    services = world.services
    services.attendance.record(world.meeting_id, eva, AttendanceStatus.EXCUSED)
    runner = services.sessions.open(world.meeting_id, world.clock)
    start_wall = world.wall()
    drive(runner, world)
    runner.mark_absent(cor)
    world.clock.advance(3000)
    runner.finish()
    meeting = services.meetings.get(world.meeting_id)
    assert meeting.status == MeetingStatus.HELD
    assert meeting.actual_start == start_wall
    assert meeting.actual_end == start_wall + timedelta(seconds=275 + 20 + 3000)
    assert meeting.actual_start is not None and meeting.actual_start.tzinfo is not None
    recorded = {
        m.id: a.status if a else None for m, a in services.attendance.for_meeting(world.meeting_id)
    }
    assert recorded == {
        anna: AttendanceStatus.PRESENT,
        bram: AttendanceStatus.PRESENT,
        cor: AttendanceStatus.ABSENT,
        dirk: AttendanceStatus.PRESENT,
        eva: AttendanceStatus.EXCUSED,  # recorded before: left as it was
    }
    assert services.cases.get(world.case_id).method_key == "test.incident"
    assert services.sessions.unfinished() == []
    run = services.sessions.run_for(world.meeting_id)
    assert run is not None and run.finished and run.state == "finished"


def test_excused_members_are_not_in_the_speaker_order(world: World) -> None:
    world.services.attendance.record(world.meeting_id, world.member_ids[0], "excused")
    world.services.attendance.record(world.meeting_id, world.member_ids[2], "absent")
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    snap = runner.snapshot()
    assert [s.display_name for s in snap.speakers if s.state != "absent"] == ["Bram", "Dirk", "Eva"]


def test_the_frozen_plan_outlives_the_method(world: World, db: Database) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.finish()
    services = Services(db, methods_dir())  # a resolver that knows no method at all
    rebuilt = services.sessions.rebuild(world.meeting_id, world.clock)
    assert rebuilt is not None and rebuilt.plan.steps[1].method.name.en == "Incident method"
    run = services.sessions.run_for(world.meeting_id)
    assert run is not None and "Hoe zeg ik nee?" in run.plan_json
    assert "VERTROUWELIJK" not in run.plan_json  # the case description never goes along


def test_a_plan_edited_before_the_start_is_taken_up_again(world: World) -> None:
    world.services.sessions.open(world.meeting_id, world.clock)
    world.services.sessions.close(world.meeting_id)
    items = world.services.plans.items(world.meeting_id)
    world.services.plans.remove(items[0].id or 0)
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    assert len(runner.plan.steps) == 2


def test_no_session_without_a_plan_and_discarding_a_trial_run(world: World) -> None:
    services = world.services
    other = services.meetings.create(
        group_id=services.meetings.get(world.meeting_id).group_id,
        date=services.meetings.get(world.meeting_id).date,
        planned_start=world.services.meetings.get(world.meeting_id).planned_start,
        planned_end=world.services.meetings.get(world.meeting_id).planned_end,
    ).value
    with pytest.raises(ValidationError):
        services.sessions.open(other.id or 0, world.clock)
    runner = services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    services.sessions.discard(world.meeting_id)
    assert services.sessions.run_for(world.meeting_id) is None


def test_a_failed_write_leaves_the_runner_as_it_was(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    before = runner.snapshot()
    assert runner.recorder is not None

    def full_disk(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(runner.recorder, "record", full_disk)
    with pytest.raises(OSError, match="disk full"):
        runner.next()
    assert runner.snapshot() == before and runner.state.seq == 1


def test_no_attendance_is_recorded_before_the_finish(world: World) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    with world.services.db.session() as session:
        rows = session.exec(select(Attendance)).all()
    assert rows == []


def test_a_finished_run_opens_read_only(world: World, db: Database) -> None:
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.toggle_pause()
    world.clock.advance(60)
    runner.finish()  # finishing while paused: the pause is not session time
    services, fresh = reopen(world, db)
    again = services.sessions.open(world.meeting_id, world.clock)
    assert again.status == Status.FINISHED
    assert again.snapshot().session.elapsed == 275 + 20
    again.next()
    again.start()
    assert again.state.seq == runner.state.seq
    assert services.sessions.unfinished() == []
    fresh.close()


def test_a_run_finished_before_the_meetings_day_does_not_hold_it(world: World) -> None:
    """A rehearsal a week early: the meeting stays planned, nothing is recorded, and on its
    day the session runs afresh instead of opening finished."""
    services = world.services
    ahead = world.wall().astimezone().date() + timedelta(days=7)
    services.meetings.update(world.meeting_id, date=ahead)
    runner = services.sessions.open(world.meeting_id, world.clock)
    drive(runner, world)
    runner.finish()  # finished early, long before the meeting's day
    meeting = services.meetings.get(world.meeting_id)
    assert meeting.status == MeetingStatus.PLANNED
    assert meeting.actual_start is None and meeting.actual_end is None
    assert all(a is None for _m, a in services.attendance.for_meeting(world.meeting_id))
    assert services.cases.get(world.case_id).method_key == ""
    services.sessions.close(world.meeting_id)
    again = services.sessions.open(world.meeting_id, world.clock)
    assert again.status == Status.NOT_STARTED
    with services.db.session() as session:
        assert session.exec(select(SessionEvent)).all() == []  # the rehearsal's log is gone
