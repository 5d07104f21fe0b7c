"""Airtime: how long each speaker spoke in each round of a finished session, and the spread.

A supervisor who wants every voice heard looks here after the meeting: per round (a phase with
turns) who spoke how long, with the shortest, median and longest turn; and the same over the
whole session. Shown in the main window; never on the projector; in the minutes only when the
supervisor asks for it there (core.reports.minutes, `with_airtime`).
Built from the planned-versus-actual rows (display names and times, nothing confidential).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from intervisie_desktop.core.models import SessionRun
from intervisie_desktop.core.session.report import RowKind, TimeRow, planned_vs_actual

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.methods.model import Text

__all__ = ["Airtime", "Spoken", "Spread", "airtime", "airtime_of"]


@dataclass(frozen=True)
class Spoken:
    member_id: int
    name: str  # the display name
    seconds: float


@dataclass(frozen=True)
class Spread:
    """Shortest, median and longest of a set of speaking times, in seconds."""

    shortest: float
    median: float
    longest: float

    @classmethod
    def of(cls, seconds: Sequence[float]) -> Spread:
        return cls(min(seconds), statistics.median(seconds), max(seconds))


@dataclass(frozen=True)
class Round:
    method: Text  # the step's method or block
    phase: Text
    turns: tuple[Spoken, ...]  # in speaking order; only who had a turn

    @property
    def spread(self) -> Spread:
        return Spread.of([t.seconds for t in self.turns])


@dataclass(frozen=True)
class Airtime:
    rounds: tuple[Round, ...]
    speakers: tuple[Spoken, ...]  # each speaker's time over all rounds, in speaking order

    @property
    def spread(self) -> Spread | None:
        return Spread.of([s.seconds for s in self.speakers]) if self.speakers else None


def airtime(rows: Sequence[TimeRow]) -> Airtime:
    """The rounds and speaker totals of planned-versus-actual `rows`. A round is a phase in
    which two or more spoke in turn (the case bringer's own phases are in the totals only)."""
    rounds: list[Round] = []
    method: Text | None = None
    phase: Text | None = None
    turns: list[Spoken] = []
    speakers: list[Spoken] = []

    def close_round() -> None:
        if len(turns) > 1 and method is not None and phase is not None:
            rounds.append(Round(method, phase, tuple(turns)))
        turns.clear()

    for row in rows:
        if row.kind == RowKind.STEP:
            close_round()
            method = row.label
        elif row.kind == RowKind.PHASE:
            close_round()
            phase = row.label
        elif row.kind == RowKind.TURN and row.member_id is not None:
            turns.append(Spoken(row.member_id, row.label.nl, row.actual))
        elif row.kind == RowKind.SPEAKER and row.member_id is not None:
            close_round()
            speakers.append(Spoken(row.member_id, row.label.nl, row.actual))
    close_round()
    return Airtime(tuple(rounds), tuple(speakers))


def airtime_of(session: Session, meeting_id: int) -> Airtime | None:
    """The airtime of the meeting's session once it was run to the end; else None."""
    run = session.exec(select(SessionRun).where(SessionRun.meeting_id == meeting_id)).first()
    if run is None or not run.finished:
        return None
    result = airtime(planned_vs_actual(session, meeting_id))
    return result if result.rounds else None
