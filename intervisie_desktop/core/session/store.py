"""Persistence of a session run: every event written before the command returns, and the run
rebuilt from its log after a crash.

Writes go through SQLAlchemy Core on the pooled engine (one small transaction per command: the
event row plus the run row), which keeps a command well within its time budget. The finish
event also runs the store's `on_finish` (the session service closing the meeting: actual times,
status, missing attendance) in the same transaction, so a run is never finished without its
meeting being held (unless it was finished before the meeting's day: then it held nothing).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table, insert, update
from sqlmodel import Session, col, select

from intervisie_desktop.core.models import SessionEvent, SessionRun
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.session.alive import AliveFile, alive_path, read_alive
from intervisie_desktop.core.session.commands import Command, decode, payload_to_json
from intervisie_desktop.core.session.plan import SessionPlan
from intervisie_desktop.core.session.runner import Clock, Event, SessionRunner, Status
from intervisie_desktop.core.session.state import Recorder, RunFacts

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database

logger = logging.getLogger(__name__)

__all__ = [
    "FinishHook",
    "SessionStore",
    "WallClock",
    "last_sign_of_life",
    "replay_log",
    "replay_run",
]

WallClock = Callable[[], datetime]
# What else a finished run writes, in the finish event's transaction: (session, facts, now).
FinishHook = Callable[[Session, RunFacts, datetime], None]

_EVENTS: Table = SessionEvent.__table__  # type: ignore[attr-defined]
_RUNS: Table = SessionRun.__table__  # type: ignore[attr-defined]


class SessionStore:
    """The Recorder of one run: an append-only event log plus the run's current state."""

    def __init__(
        self,
        db: Database,
        run_id: int,
        wall: WallClock = utcnow,
        on_finish: FinishHook | None = None,
    ) -> None:
        self.db = db
        self.run_id = run_id
        self.wall = wall
        self.on_finish = on_finish
        path = getattr(db, "path", None)
        self.alive = AliveFile(alive_path(path)) if path is not None else None

    def record(self, event: Event, facts: RunFacts) -> None:
        """Write the event and where the run stands after it, in one transaction."""
        now = self.wall()
        values: dict[str, Any] = {
            "state": facts.status,
            "step_index": facts.step_index,
            "phase_index": facts.phase_index,
            "current_member_id": facts.current_member_id,
            "last_seq": event.seq,
            "last_t": event.t,
            "heartbeat_t": event.t,
            "heartbeat_at": now,
        }
        if event.command == Command.START and facts.started == event.t:
            values["started_at"] = now
        finishing = event.command == Command.FINISH
        if finishing:
            values["ended_at"] = now
            values["finished"] = True
        with self.db.engine.begin() as conn:
            conn.execute(
                insert(_EVENTS).values(
                    run_id=self.run_id,
                    seq=event.seq,
                    command=event.command.value,
                    payload_json=json.dumps(payload_to_json(event.payload), separators=(",", ":")),
                    mono=event.t,
                    wall=now,
                )
            )
            conn.execute(update(_RUNS).where(_RUNS.c.id == self.run_id).values(**values))
            if finishing and self.on_finish is not None:
                with Session(bind=conn) as session:
                    self.on_finish(session, facts, now)
                    session.flush()
        if finishing:
            self.release()  # a finished run is never resumed

    def release(self) -> None:
        """Session mode ended normally: the sign of life a kill would leave is removed."""
        if self.alive is not None:
            self.alive.remove()

    def pulse(self, t: float) -> None:
        """At every shown second: the sign of life a kill leaves behind (no transaction)."""
        if self.alive is not None:
            try:
                self.alive.write(self.run_id, t, self.wall())
            except OSError:
                logger.warning("session sign of life not written", exc_info=True)
                self.alive = None

    def heartbeat(self, t: float) -> None:
        with self.db.engine.begin() as conn:
            conn.execute(
                update(_RUNS)
                .where(_RUNS.c.id == self.run_id)
                .values(heartbeat_t=t, heartbeat_at=self.wall())
            )


def _read_log(session: Session, run_id: int) -> tuple[list[Event], tuple[int, float] | None]:
    """The logged events, and the number and time of the log's last row (known or not): a
    command this version does not know is left out, with a warning."""
    rows = session.exec(
        select(SessionEvent).where(SessionEvent.run_id == run_id).order_by(col(SessionEvent.seq))
    ).all()
    events = []
    for r in rows:
        decoded = decode(r.command, r.payload_json)
        if decoded is None:  # written by a later version of the program
            logger.warning("event %s (%s) did not apply on replay", r.seq, r.command)
            continue
        events.append(Event(r.seq, decoded[0], decoded[1], r.mono))
    return events, ((rows[-1].seq, rows[-1].mono) if rows else None)


def replay_log(
    session: Session,
    run_id: int,
    plan: SessionPlan,
    clock: Clock,
    offset: float = 0.0,
    recorder: Recorder | None = None,
) -> SessionRunner:
    """The runner the run's log produces on `plan`; the next command numbers on from the log's
    last row, also when that row was a command left out."""
    events, end = _read_log(session, run_id)
    return SessionRunner.replay(plan, events, clock, offset, recorder, end)


def replay_run(
    session: Session, run: SessionRun, clock: Clock, offset: float = 0.0
) -> SessionRunner:
    """The runner a stored run's log produces, without a recorder (nothing is written)."""
    assert run.id is not None
    return replay_log(session, run.id, SessionPlan.from_json(run.plan_json), clock, offset)


def last_sign_of_life(
    session: Session, run: SessionRun, database: Path | None = None
) -> tuple[float, datetime | None]:
    """Timeline time and wall time at which the run was last known to be alive: the last event,
    the last heartbeat, or the last shown second beside the `database` file, the latest."""
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
    shown = read_alive(alive_path(database), run.id) if database is not None else None
    if shown is not None and shown[0] >= t:
        t, when = shown
        naive = at is not None and at.tzinfo is None
        at = when.replace(tzinfo=None) if naive else when
    return t, at


def is_live(run: SessionRun) -> bool:
    return run.state in (Status.RUNNING, Status.PAUSED)
