"""User methods: editable copies of built-in methods (built-ins live in resources/methods)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.base import utcnow


class SpeakerMode(StrEnum):
    CASE_BRINGER = "case_bringer"
    ROUND = "round"
    ROUND_WITHOUT_CASE_BRINGER = "round_without_case_bringer"
    OPEN = "open"
    FACILITATOR = "facilitator"
    SILENT = "silent"


class Method(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    based_on: str = ""  # key of the built-in it was copied from
    name_nl: str
    name_en: str
    summary_nl: str = ""
    summary_en: str = ""
    when_nl: str = ""
    when_en: str = ""
    source: str = ""
    deleted_at: datetime | None = None  # soft delete: history of meetings still reads it
    created_at: datetime = Field(default_factory=utcnow)


class Phase(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("method_id", "position"),)

    id: int | None = Field(default=None, primary_key=True)
    method_id: int = Field(foreign_key="method.id", index=True, ondelete="CASCADE")
    position: int
    name_nl: str
    name_en: str
    minutes: float = 0  # planned minutes for the phase (ignored when per_speaker is set)
    minutes_per_speaker: float | None = None
    speaker_mode: SpeakerMode = SpeakerMode.OPEN
    instruction_nl: str = ""
    instruction_en: str = ""
    script_nl: str = ""
    script_en: str = ""
    case_bringer_silent: bool = False
    case_bringer_away: bool = False
    no_advice: bool = False
    write_first: bool = False
    warning_minutes: float | None = None  # None: the program-wide default
