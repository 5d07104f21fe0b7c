"""The live run of a meeting's session and its append-only log."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.base import utcnow


class SessionRun(SQLModel, table=True):
    """One per meeting; plan_json freezes the plan (with method texts) as it was run."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", unique=True, ondelete="CASCADE")
    plan_json: str = "{}"
    finished: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    # Where the run stands, rewritten with every event (the log stays the source of truth).
    state: str = "not_started"  # not_started / running / paused / finished
    step_index: int = 0
    phase_index: int = 0
    current_member_id: int | None = None  # no foreign key: the log outlives erased members
    last_seq: int = 0
    last_t: float = 0.0  # run timeline seconds of the last event
    started_at: datetime | None = None
    ended_at: datetime | None = None
    # The last sign of life of the program running it: downtime after it counts as a pause.
    heartbeat_t: float | None = None
    heartbeat_at: datetime | None = None


class SessionEvent(SQLModel, table=True):
    """A command as it happened: replaying the log rebuilds the runner exactly."""

    __table_args__ = (UniqueConstraint("run_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="sessionrun.id", index=True, ondelete="CASCADE")
    seq: int
    command: str
    payload_json: str = "{}"
    mono: float  # seconds on the run's monotonic timeline (continued across a resume)
    wall: datetime  # aware UTC wall-clock time, for reports
