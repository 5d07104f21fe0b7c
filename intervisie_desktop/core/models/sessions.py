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


class SessionEvent(SQLModel, table=True):
    """A command as it happened: replaying the log rebuilds the runner exactly."""

    __table_args__ = (UniqueConstraint("run_id", "seq"),)

    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="sessionrun.id", index=True, ondelete="CASCADE")
    seq: int
    command: str
    payload_json: str = "{}"
    mono: float  # seconds on the monotonic clock of the runner
    wall: datetime  # local wall-clock time, for reports
