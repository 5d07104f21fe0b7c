"""Persistence of a session run: every event written before the command returns, and the run
rebuilt from its log after a crash.

Writes go through SQLAlchemy Core on the pooled engine (one small transaction per command: the
event row plus the run row), which keeps a command well within its time budget. The finish
event also sets the meeting's actual times, its status and missing attendance, in the same
transaction, so a run is never finished without its meeting being held.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, insert, update
from sqlmodel import Session, col, select

from intervisie_desktop.core.db.database import Database
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Meeting,
    MeetingStatus,
    Member,
    SessionEvent,
    SessionRun,
)
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.session.plan import SessionPlan
from intervisie_desktop.core.session.runner import Clock, Event, SessionRunner, Status

logger = logging.getLogger(__name__)

__all__ = ["SessionStore", "WallClock", "last_sign_of_life", "load_events", "replay_run"]

WallClock = Callable[[], datetime]

_EVENTS: Table = SessionEvent.__table__  # type: ignore[attr-defined]
_RUNS: Table = SessionRun.__table__  # type: ignore[attr-defined]


class SessionStore:
    """The Recorder of one run: an append-only event log plus the run's current state."""

    def __init__(
        self,
        db: Database,
        run_id: int,
        wall: WallClock = utcnow,
    ) -> None:
        self.db = db
        self.run_id = run_id
        self.wall = wall

    def record(self, event: Event, runner: SessionRunner) -> None:
        now = self.wall()
        st = runner.state
        values: dict[str, Any] = {
            "state": st.status,
            "step_index": runner.step_index,
            "phase_index": runner.phase_index,
            "current_member_id": runner.current_speaker_id,
            "last_seq": event.seq,
            "last_t": event.t,
            "heartbeat_t": event.t,
            "heartbeat_at": now,
        }
        if event.command == "start" and st.started == event.t:
            values["started_at"] = now
        finishing = event.command == "finish"
        if finishing:
            values["ended_at"] = now
            values["finished"] = True
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(_EVENTS).values(
                    run_id=self.run_id,
                    seq=event.seq,
                    command=event.command,
                    payload_json=json.dumps(event.payload, separators=(",", ":")),
                    mono=event.t,
                    wall=now,
                )
            )
            conn.execute(update(_RUNS).where(_RUNS.c.id == self.run_id).values(**values))
            if finishing:
                with Session(bind=conn) as session:
                    _finish_meeting(session, self.run_id, runner, now)
                    session.flush()

    def heartbeat(self, t: float) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(
                update(_RUNS)
                .where(_RUNS.c.id == self.run_id)
                .values(heartbeat_t=t, heartbeat_at=self.wall())
            )


def _finish_meeting(session: Session, run_id: int, runner: SessionRunner, now: datetime) -> None:
    """The meeting was held from the run's start to now; who has no attendance yet gets it."""
    run = session.get(SessionRun, run_id)
    meeting = session.get(Meeting, runner.meeting_id)
    if run is None or meeting is None:
        return
    start = run.started_at or now
    end = now
    if end <= start:  # a wall clock set back during the session: fall back on the run's length
        end = start + timedelta(seconds=max(1.0, runner.active_at(runner.state.last_t)))
    meeting.actual_start = start
    meeting.actual_end = end
    meeting.status = MeetingStatus.HELD
    session.add(meeting)
    recorded = set(
        session.exec(select(Attendance.member_id).where(Attendance.meeting_id == meeting.id))
    )
    for speaker in runner.plan.speakers:
        if speaker.member_id in recorded or session.get(Member, speaker.member_id) is None:
            continue
        absent = speaker.member_id in runner.state.absent
        session.add(
            Attendance(
                meeting_id=runner.meeting_id,
                member_id=speaker.member_id,
                status=AttendanceStatus.ABSENT if absent else AttendanceStatus.PRESENT,
            )
        )
    for step in runner.plan.steps:
        if step.case is None or not step.method.key:
            continue
        case = session.get(Case, step.case.case_id)
        if case is not None and not case.method_key:
            case.method_key = step.method.key  # the method it was worked on with
            session.add(case)


def load_events(session: Session, run_id: int) -> list[Event]:
    rows = session.exec(
        select(SessionEvent).where(SessionEvent.run_id == run_id).order_by(col(SessionEvent.seq))
    ).all()
    return [Event(r.seq, r.command, json.loads(r.payload_json), r.mono) for r in rows]


def replay_run(
    session: Session, run: SessionRun, clock: Clock, offset: float = 0.0
) -> SessionRunner:
    """The runner a stored run's log produces, without a recorder (nothing is written)."""
    assert run.id is not None
    plan = SessionPlan.from_json(run.plan_json)
    return SessionRunner.replay(plan, load_events(session, run.id), clock, offset)


def last_sign_of_life(session: Session, run: SessionRun) -> tuple[float, datetime | None]:
    """Timeline time and wall time at which the run was last known to be alive."""
    assert run.id is not None
    t, at = run.last_t, None
    last = session.exec(
        select(SessionEvent)
        .where(SessionEvent.run_id == run.id)
        .order_by(col(SessionEvent.seq).desc())
    ).first()
    if last is not None:
        t, at = last.mono, last.wall
    if run.heartbeat_t is not None and run.heartbeat_t >= t and run.heartbeat_at is not None:
        t, at = run.heartbeat_t, run.heartbeat_at
    return t, at


def is_live(run: SessionRun) -> bool:
    return run.state in (Status.RUNNING, Status.PAUSED)
