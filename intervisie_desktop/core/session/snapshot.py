"""What the screens show of a running session: one immutable snapshot, built by the runner.

The audience view reads only the fields marked "projector"; the presenter view reads all.
Times are seconds; remaining < 0 means overtime. Nothing confidential is in a snapshot: no case
description and no note text, only the case's question when the supervisor allows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import SpeakerMode, Text


class RunState(StrEnum):
    NOT_STARTED = "not_started"
    NORMAL = "normal"
    WARNING = "warning"  # within the phase's warning time of the planned end
    OVERTIME = "overtime"
    PAUSED = "paused"
    FINISHED = "finished"


class SpeakerState(StrEnum):
    DONE = "done"
    CURRENT = "current"
    TO_COME = "to_come"
    ABSENT = "absent"  # marked absent or skipped before their turn; left out on the projector
    PRESENT = "present"  # here, in a phase without turns (Snapshot.members only)


class Cue(StrEnum):
    CASE_BRINGER_SILENT = "case_bringer_silent"
    CASE_BRINGER_AWAY = "case_bringer_away"
    NO_ADVICE = "no_advice"
    WRITE_FIRST = "write_first"


@dataclass(frozen=True)
class SpeakerView:
    member_id: int
    display_name: str  # projector: display names only, never full names
    state: SpeakerState
    is_case_bringer: bool = False


@dataclass(frozen=True)
class Timing:
    planned: float
    elapsed: float

    @property
    def remaining(self) -> float:
        return self.planned - self.elapsed

    @property
    def overtime(self) -> bool:
        return self.elapsed > self.planned


@dataclass(frozen=True)
class Snapshot:
    meeting_id: int
    state: RunState
    # where we are in the plan (steps are blocks and method runs) -- projector
    step_index: int  # 0-based
    step_count: int
    method_name: Text
    phase_index: int  # 0-based within the step: "Fase {phase_index + 1} van {phase_count}"
    phase_count: int
    phase_name: Text
    instruction: Text
    speaker_mode: SpeakerMode
    speakers: tuple[SpeakerView, ...]  # in speaking order; empty for open/facilitator/silent
    cues: frozenset[Cue]
    case_question: str | None  # None when there is no case or the supervisor hides it
    # timers -- projector
    turn: Timing | None  # the current speaker's turn (None outside rounds)
    phase: Timing
    session: Timing
    # presenter only
    script: Text
    next_phase_name: Text | None  # the phase after this one, in this step or the next
    case_bringer_id: int | None
    planned_so_far: float  # planned seconds of all steps and phases before the current one
    actual_so_far: float  # actual seconds spent on them
    warning_at: float  # seconds before the planned end of the phase when WARNING starts
    # what the supervisor set on the projector; part of the run, so a restart keeps it -- projector
    blank: bool = False  # the projector shows nothing (but continue_at, if set)
    continue_at: str | None = None  # "HH:MM": "we continue at" on the pause and blank screens
    message: str | None = None  # the banner: a preset or typed message, never a case's text
    # presenter only: a message the supervisor keeps on their own screen
    presenter_message: str | None = None
    # presenter only: everyone in the session's order, PRESENT or ABSENT, case bringer marked
    members: tuple[SpeakerView, ...] = ()

    @property
    def current_speaker(self) -> SpeakerView | None:
        for speaker in self.speakers:
            if speaker.state == SpeakerState.CURRENT:
                return speaker
        return None
