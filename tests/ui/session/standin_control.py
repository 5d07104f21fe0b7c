"""A small, honest SessionControl that stands in for the session runner until it lands.

It runs a tiny scripted plan on an injected clock and builds real Snapshot values, so the
session-mode screens can be driven and checked now. It does not persist anything; the runner
(services.sessions.open) replaces it in the end-to-end tests. Every command is recorded in
`calls` so a test can see which command a key sent.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intervisie_desktop.core.methods.model import PhaseDef, SpeakerMode, Text
from intervisie_desktop.core.session.snapshot import (
    Cue,
    RunState,
    Snapshot,
    SpeakerState,
    SpeakerView,
    Timing,
)
from intervisie_desktop.core.session.warning import warning_minutes

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

ROUNDS = {SpeakerMode.ROUND, SpeakerMode.ROUND_WITHOUT_CASE_BRINGER, SpeakerMode.CASE_BRINGER}


@dataclass(frozen=True)
class Step:
    method_name: Text
    phases: tuple[PhaseDef, ...]
    case_question: str | None = None
    case_bringer_id: int | None = None


@dataclass
class StandInControl:
    meeting_id: int
    steps: tuple[Step, ...]
    members: tuple[tuple[int, str], ...]  # (member_id, display name) in seat order
    clock: Callable[[], float] = time.monotonic
    calls: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._started: float | None = None
        self._finished = False
        self._paused_since: float | None = None
        self._paused_total = 0.0
        self._step = 0
        self._phase = 0
        self._pos = 0
        self._absent: set[int] = set()
        self._order: list[int] = []
        self._phase_mark = (0.0, 0.0)  # (clock, paused total) when the phase began
        self._turn_mark = (0.0, 0.0)
        self._phase_extra = 0.0
        self._turn_extra = 0.0
        self._planned_so_far = 0.0
        self._actual_so_far = 0.0
        self._history: list[tuple[int, int, float, float]] = []  # step, phase, planned, actual
        self._blank = False
        self._continue_at: str | None = None
        self._messages: dict[bool, str | None] = {False: None, True: None}  # by presenter_only
        self._enter_phase()

    # -- helpers -------------------------------------------------------------------------------
    def _paused(self) -> float:
        now = self.clock()
        return self._paused_total + (now - self._paused_since if self._paused_since else 0.0)

    def _since(self, mark: tuple[float, float]) -> float:
        if self._started is None:
            return 0.0
        now = self._paused_since if self._paused_since is not None else self.clock()
        return max(0.0, now - mark[0] - (self._paused_total - mark[1]))

    def _mark(self) -> tuple[float, float]:
        return (self.clock(), self._paused_total)

    def _def(self) -> PhaseDef:
        return self.steps[self._step].phases[self._phase]

    def _speakers_for(self, step: Step, phase: PhaseDef) -> list[int]:
        seats = [m for m, _ in self.members]
        if phase.speaker_mode == SpeakerMode.CASE_BRINGER:
            return [step.case_bringer_id] if step.case_bringer_id is not None else []
        if phase.speaker_mode == SpeakerMode.ROUND:
            return seats
        if phase.speaker_mode == SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
            return [m for m in seats if m != step.case_bringer_id]
        return []

    def _present(self, ids: Sequence[int]) -> list[int]:
        return [m for m in ids if m not in self._absent]

    def _phase_planned(self, step: Step, phase: PhaseDef) -> float:
        count = len(self._present(self._speakers_for(step, phase)))
        return phase.planned_minutes(count) * 60

    def _enter_phase(self, last_speaker: bool = False) -> None:
        self._order = self._speakers_for(self.steps[self._step], self._def())
        present = self._present(self._order)
        self._pos = self._order.index(present[-1]) if last_speaker and present else 0
        if present and not last_speaker:
            self._pos = self._order.index(present[0])
        self._phase_mark = self._turn_mark = self._mark()
        self._phase_extra = self._turn_extra = 0.0

    def _leave_phase(self) -> None:
        planned = self._phase_planned(self.steps[self._step], self._def()) + self._phase_extra
        actual = self._since(self._phase_mark)
        self._history.append((self._step, self._phase, planned, actual))
        self._planned_so_far += planned
        self._actual_so_far += actual

    def _in_round(self) -> bool:
        return self._def().speaker_mode in ROUNDS and bool(self._present(self._order))

    # -- SessionControl ------------------------------------------------------------------------
    def start(self) -> None:
        self.calls.append("start")
        if self._started is None:
            self._started = self.clock()
            self._phase_mark = self._turn_mark = self._mark()

    def next(self) -> None:
        self.calls.append("next")
        if self._started is None or self._finished:
            return
        if self._in_round():
            later = [
                i
                for i in range(self._pos + 1, len(self._order))
                if self._order[i] not in self._absent
            ]
            if later:
                self._pos = later[0]
                self._turn_mark, self._turn_extra = self._mark(), 0.0
                return
        self._next_phase()

    def _next_phase(self) -> None:
        self._leave_phase()
        if self._phase + 1 < len(self.steps[self._step].phases):
            self._phase += 1
        elif self._step + 1 < len(self.steps):
            self._step, self._phase = self._step + 1, 0
        else:
            self._finish()
            return
        self._enter_phase()

    def back(self) -> None:
        self.calls.append("back")
        if self._started is None or self._finished:
            return
        if self._in_round():
            earlier = [i for i in range(self._pos) if self._order[i] not in self._absent]
            if earlier:
                self._pos = earlier[-1]
                self._turn_mark, self._turn_extra = self._mark(), 0.0
                return
        if self._history:
            step, phase, planned, actual = self._history.pop()
            self._planned_so_far -= planned
            self._actual_so_far -= actual
            self._step, self._phase = step, phase
            self._enter_phase(last_speaker=True)

    def toggle_pause(self) -> None:
        self.calls.append("toggle_pause")
        if self._started is None or self._finished:
            return
        if self._paused_since is None:
            self._paused_since = self.clock()
        else:
            self._paused_total += self.clock() - self._paused_since
            self._paused_since = None

    def adjust_minutes(self, minutes: int) -> None:
        self.calls.append(f"adjust_minutes({minutes:+d})")
        if self._in_round() and self._def().minutes_per_speaker is not None:
            self._turn_extra += 60 * minutes
        self._phase_extra += 60 * minutes

    def skip_speaker(self) -> None:
        """The current speaker passes: shown as absent, the turn moves on."""
        self.calls.append("skip_speaker")
        if self._started is None or self._finished or not self._in_round():
            return
        self._absent.add(self._order[self._pos])
        later = [
            i for i in range(self._pos + 1, len(self._order)) if self._order[i] not in self._absent
        ]
        if later:
            self._pos = later[0]
            self._turn_mark, self._turn_extra = self._mark(), 0.0
        else:
            self._next_phase()

    def mark_absent(self, member_id: int, absent: bool = True) -> None:
        self.calls.append(f"mark_absent({member_id}, {absent})")
        if absent:
            self._absent.add(member_id)
        else:
            self._absent.discard(member_id)

    def reorder(self, member_ids: Sequence[int]) -> None:
        self.calls.append(f"reorder({list(member_ids)})")
        fixed = self._order[: self._pos + 1]
        rest = [m for m in self._order[self._pos + 1 :] if m not in member_ids]
        self._order = fixed + list(member_ids) + rest

    def jump_to(self, step_index: int, phase_index: int = 0) -> None:
        self.calls.append(f"jump_to({step_index}, {phase_index})")
        self._leave_phase()
        self._step, self._phase = step_index, phase_index
        self._enter_phase()

    def set_blank(self, blank: bool) -> None:
        self.calls.append(f"set_blank({blank})")
        self._blank = blank

    def set_continue_at(self, at: str | None) -> None:
        self.calls.append(f"set_continue_at({at!r})")
        self._continue_at = at

    def show_message(
        self, text: str, presenter_only: bool = False, preset: int | None = None
    ) -> None:
        self.calls.append(f"show_message({text!r}, {presenter_only}, {preset})")
        self._messages[presenter_only] = text

    def clear_message(self) -> None:
        self.calls.append("clear_message")
        self._messages = {False: None, True: None}

    def finish(self) -> None:
        self.calls.append("finish")
        self._finish()

    def _finish(self) -> None:
        if self._paused_since is not None:
            self.toggle_pause()
            self.calls.pop()
        self._finished = True

    # -- the snapshot --------------------------------------------------------------------------
    def snapshot(self) -> Snapshot:
        step = self.steps[self._step]
        phase = self._def()
        in_round = self._in_round()
        speakers = []
        for i, member in enumerate(self._order):
            if member in self._absent:
                state = SpeakerState.ABSENT
            elif i < self._pos:
                state = SpeakerState.DONE
            elif i == self._pos and self._started is not None and not self._finished:
                state = SpeakerState.CURRENT
            else:
                state = SpeakerState.TO_COME
            speakers.append(
                SpeakerView(
                    member, dict(self.members)[member], state, member == step.case_bringer_id
                )
            )
        phase_timing = Timing(
            self._phase_planned(step, phase) + self._phase_extra, self._since(self._phase_mark)
        )
        turn = None
        if in_round and phase.minutes_per_speaker is not None:
            turn = Timing(
                phase.minutes_per_speaker * 60 + self._turn_extra, self._since(self._turn_mark)
            )
        planned_total = sum(self._phase_planned(s, p) for s in self.steps for p in s.phases)
        session = Timing(planned_total, self._since((self._started or 0.0, 0.0)))
        warning_at = warning_minutes(phase) * 60
        shown = turn or phase_timing
        if self._finished:
            state = RunState.FINISHED
        elif self._started is None:
            state = RunState.NOT_STARTED
        elif self._paused_since is not None:
            state = RunState.PAUSED
        elif shown.overtime:
            state = RunState.OVERTIME
        elif shown.remaining <= warning_at:
            state = RunState.WARNING
        else:
            state = RunState.NORMAL
        cues = {
            Cue.CASE_BRINGER_SILENT: phase.case_bringer_silent,
            Cue.CASE_BRINGER_AWAY: phase.case_bringer_away,
            Cue.NO_ADVICE: phase.no_advice,
            Cue.WRITE_FIRST: phase.write_first,
        }
        if self._phase + 1 < len(step.phases):
            next_name: Text | None = step.phases[self._phase + 1].name
        elif self._step + 1 < len(self.steps):
            next_name = self.steps[self._step + 1].phases[0].name
        else:
            next_name = None
        return Snapshot(
            meeting_id=self.meeting_id,
            state=state,
            step_index=self._step,
            step_count=len(self.steps),
            method_name=step.method_name,
            phase_index=self._phase,
            phase_count=len(step.phases),
            phase_name=phase.name,
            instruction=phase.instruction,
            speaker_mode=phase.speaker_mode,
            speakers=tuple(speakers),
            cues=frozenset(c for c, on in cues.items() if on),
            case_question=step.case_question,
            turn=turn,
            phase=phase_timing,
            session=session,
            script=phase.script,
            next_phase_name=next_name,
            case_bringer_id=step.case_bringer_id,
            planned_so_far=self._planned_so_far,
            actual_so_far=self._actual_so_far,
            warning_at=warning_at,
            blank=self._blank,
            continue_at=self._continue_at,
            message=self._messages[False],
            presenter_message=self._messages[True],
            members=tuple(
                SpeakerView(
                    member,
                    name,
                    SpeakerState.ABSENT if member in self._absent else SpeakerState.PRESENT,
                    member == step.case_bringer_id,
                )
                for member, name in self.members
            ),
        )


class FakeClock:
    """A monotonic clock a test moves by hand."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


MEMBERS = ((1, "Anna"), (2, "Bram"), (3, "Chris"), (4, "Dewi"), (5, "Eva"))


QUESTION = "Hoe houd ik grenzen bij een veeleisende ouder?"


def demo_plan(question: str | None = QUESTION) -> tuple[Step, ...]:
    """An opening round and a gossip-method run: enough to show every part of the screens."""
    opening = Step(
        Text("Opening", "Opening"),
        (
            PhaseDef(
                Text("Rondje: hoe zit je erbij?", "Round: how are you doing?"),
                SpeakerMode.ROUND,
                minutes_per_speaker=1,
                instruction=Text("Eén zin per persoon.", "One sentence each."),
                script=Text("SCRIPT-OPENING: let op de tijd.", "SCRIPT-OPENING: mind the time."),
                warning_minutes=0.25,
            ),
        ),
    )
    gossip = Step(
        Text("Roddelmethode", "Gossip method"),
        (
            PhaseDef(
                Text("Inbreng", "Introduction"),
                SpeakerMode.CASE_BRINGER,
                minutes=5,
                instruction=Text(
                    "De inbrenger vertelt; de groep luistert.",
                    "The case bringer tells; the group listens.",
                ),
                script=Text("SCRIPT-INBRENG: vraag naar de hulpvraag.", "SCRIPT-INTRO"),
            ),
            PhaseDef(
                Text("Roddelen", "Gossip"),
                SpeakerMode.ROUND_WITHOUT_CASE_BRINGER,
                minutes_per_speaker=2,
                instruction=Text(
                    "Praat over de inbrenger in de derde persoon.",
                    "Talk about the case bringer in the third person.",
                ),
                script=Text("SCRIPT-RODDEL: bewaak de derde persoon.", "SCRIPT-GOSSIP"),
                case_bringer_away=True,
                no_advice=True,
                warning_minutes=0.5,
            ),
            PhaseDef(
                Text("Reactie van de inbrenger", "Case bringer reacts"),
                SpeakerMode.CASE_BRINGER,
                minutes=5,
                instruction=Text("Wat raakte je?", "What struck you?"),
                write_first=True,
                script=Text("SCRIPT-REACTIE", "SCRIPT-REACT"),
            ),
        ),
        case_question=question,
        case_bringer_id=3,
    )
    return (opening, gossip)


def make_control(
    clock: Callable[[], float] = time.monotonic,
    meeting_id: int = 1,
    question: str | None = QUESTION,
) -> StandInControl:
    return StandInControl(meeting_id, demo_plan(question), MEMBERS, clock)
