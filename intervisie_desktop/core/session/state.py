"""What a run is made of: its status, its events, the turns of each phase, and the whole state.

Kept apart from the runner so the store and reports can name these types without the machine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from intervisie_desktop.core.session.snapshot import Cue

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import PhaseDef, Text
    from intervisie_desktop.core.session.commands import Command, Payload
    from intervisie_desktop.core.session.plan import PlanStep

__all__ = [
    "Clock",
    "Event",
    "PhaseInfo",
    "PhaseTurns",
    "Recorder",
    "RunFacts",
    "RunnerState",
    "Status",
]

Clock = Callable[[], float]


class Status:
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


@dataclass(frozen=True)
class Event:
    """A command as applied: `t` is seconds on the run's timeline (monotonic, pauses included)."""

    seq: int
    command: Command
    payload: Payload
    t: float


@dataclass(frozen=True)
class RunFacts:
    """Where a run stands after an event: what the store writes next to the event itself."""

    status: str
    step_index: int
    phase_index: int
    current_member_id: int | None
    started: float | None  # timeline time of the start (None before it)
    absent: frozenset[int]
    active: float  # active seconds at the event (the session's length once finished)


class Recorder(Protocol):
    """Writes each event (and the run's state) before the command returns."""

    def record(self, event: Event, facts: RunFacts) -> None: ...

    def heartbeat(self, t: float) -> None: ...


@dataclass
class PhaseTurns:
    """Turns in one phase: who spoke (or passed), who speaks now, who is still to come."""

    done: list[int] = field(default_factory=list)
    current: int | None = None
    queue: list[int] = field(default_factory=list)


@dataclass
class RunnerState:
    """Everything a run is; two runners with equal states show the same thing at the same time."""

    order: list[int]  # the session's speaking order (all members of the plan)
    absent: set[int]
    status: str = Status.NOT_STARTED
    position: int = 0  # index into the flat list of phases over all steps
    started: float | None = None
    ended: float | None = None
    pause_began: float | None = None
    paused_total: float = 0.0
    seg_start: float = 0.0  # active seconds when the current phase segment began
    turn_seg_start: float = 0.0  # active seconds when the current turn segment began
    turns: dict[int, PhaseTurns] = field(default_factory=dict)
    phase_spent: dict[int, float] = field(default_factory=dict)
    turn_spent: dict[tuple[int, int], float] = field(default_factory=dict)
    turn_outcome: dict[tuple[int, int], str] = field(default_factory=dict)  # done/skipped/absent
    phase_extra: dict[int, float] = field(default_factory=dict)  # +/- seconds, turns included
    turn_extra: dict[tuple[int, int], float] = field(default_factory=dict)
    question_visible: dict[int, bool] = field(default_factory=dict)  # per step, overrides plan
    blank: bool = False  # the projector is blanked
    continue_at: str | None = None  # "HH:MM" on the break screen
    room_message: str | None = None  # the banner on the projector
    presenter_message: str | None = None  # a message on the presenter's screen only
    seq: int = 0
    last_t: float = 0.0


@dataclass(frozen=True)
class PhaseInfo:
    step_index: int
    phase_index: int
    step: PlanStep
    phase: PhaseDef
    planned: float
    turn_planned: float | None
    next_name: Text | None
    cues: frozenset[Cue]
    has_turns: bool


def cues_of(phase: PhaseDef) -> frozenset[Cue]:
    cues = set()
    if phase.case_bringer_silent:
        cues.add(Cue.CASE_BRINGER_SILENT)
    if phase.case_bringer_away:
        cues.add(Cue.CASE_BRINGER_AWAY)
    if phase.no_advice:
        cues.add(Cue.NO_ADVICE)
    if phase.write_first:
        cues.add(Cue.WRITE_FIRST)
    return frozenset(cues)


def resequence(items: list[int], ids: Sequence[int]) -> bool:
    """Put `ids` (those present in `items`) into the slots they occupy, in the given order."""
    present = set(items)
    wanted = [i for i in ids if i in present]
    chosen = set(wanted)
    slots = [k for k, item in enumerate(items) if item in chosen]
    changed = False
    for slot, item in zip(slots, wanted, strict=True):
        if items[slot] != item:
            items[slot] = item
            changed = True
    return changed
