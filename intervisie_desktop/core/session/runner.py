"""The session runner: a state machine over a frozen plan, driven by commands, timed by a clock.

Every command becomes an event (name, payload, time on the run's timeline). Applying the same
events to the same plan gives the same state, which is how a run is rebuilt after a crash.
Time shown is derived from the event times and the clock, never from counted ticks; "active"
time is time since the start minus pauses, and every active second belongs to exactly one phase.
The runner holds the run's course (course.py: phases, time, turns) and moves it on with
step.py's `step`, which looks up what each command does in handlers.py's table.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from intervisie_desktop.core.session.commands import (
    NO_PAYLOAD,
    Absent,
    Adjust,
    Blank,
    Command,
    ContinueAt,
    Jump,
    Message,
    Payload,
    Question,
    Reorder,
)
from intervisie_desktop.core.session.course import Course
from intervisie_desktop.core.session.messages import clean_message
from intervisie_desktop.core.session.state import (
    Clock,
    Event,
    PhaseInfo,
    PhaseTurns,
    Recorder,
    RunnerState,
    Status,
)
from intervisie_desktop.core.session.step import apply, step
from intervisie_desktop.core.session.view import SnapshotStatics, build_snapshot, snapshot_statics

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.core.session.plan import SessionPlan
    from intervisie_desktop.core.session.snapshot import Snapshot

logger = logging.getLogger(__name__)

__all__ = ["Clock", "Event", "PhaseTurns", "Recorder", "RunnerState", "SessionRunner", "Status"]


@runtime_checkable
class Pulses(Protocol):
    """A recorder that keeps the last shown second (the store; a test recorder need not)."""

    def pulse(self, t: float) -> None: ...


@runtime_checkable
class Releases(Protocol):
    """A recorder that keeps something only a crash needs (the store's sign-of-life file)."""

    def release(self) -> None: ...


class SessionRunner:
    """Implements SessionControl. Commands that do not apply now are ignored and not logged."""

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        recorder: Recorder | None = None,
        offset: float = 0.0,
    ) -> None:
        self.course = Course(plan)
        self.meeting_id = plan.meeting_id
        self.clock = clock
        self.offset = offset  # run timeline = clock() + offset (moves on resume after a crash)
        self.recorder = recorder
        self._statics: SnapshotStatics | None = None  # of self.course; None once it changed

    # -- rebuilding --------------------------------------------------------------------------

    @classmethod
    def replay(
        cls,
        plan: SessionPlan,
        events: Iterable[Event],
        clock: Clock,
        offset: float = 0.0,
        recorder: Recorder | None = None,
        end: tuple[int, float] | None = None,
    ) -> SessionRunner:
        """The runner that the logged events produce (nothing is written). `end` is the number
        and time of the log's last row, when rows that this version cannot read were left out."""
        runner = cls(plan, clock, None, offset)
        state = runner.course.state
        for event in events:
            if not apply(runner.course, event):
                logger.warning("event %s (%s) did not apply on replay", event.seq, event.command)
        if end is not None and end[0] > state.seq:
            state.seq, state.last_t = end
        runner.recorder = recorder
        return runner

    # -- reading -----------------------------------------------------------------------------

    @property
    def plan(self) -> SessionPlan:
        return self.course.plan

    @property
    def state(self) -> RunnerState:
        return self.course.state

    @property
    def phases(self) -> tuple[PhaseInfo, ...]:
        return self.course.phases

    @property
    def names(self) -> dict[int, str]:
        return self.course.names

    @property
    def status(self) -> str:
        return self.course.state.status

    @property
    def step_index(self) -> int:
        return self.course.step_index

    @property
    def current_speaker_id(self) -> int | None:
        return self.course.current_speaker_id

    def now(self) -> float:
        return self.clock() + self.offset

    def active_at(self, t: float) -> float:
        return self.course.active_at(t)

    def phase_planned(self, g: int) -> float:
        return self.course.phase_planned(g)

    def turn_planned(self, g: int, member_id: int) -> float:
        return self.course.turn_planned(g, member_id)

    def phase_actual(self, g: int, t: float | None = None) -> float:
        """Active seconds spent in phase g (over all visits), up to `t` (default: now)."""
        return self.course.phase_actual(g, self.now() if t is None else t)

    def turn_actual(self, g: int, member_id: int, t: float | None = None) -> float:
        return self.course.turn_actual(g, member_id, self.now() if t is None else t)

    # -- commands (SessionControl) -----------------------------------------------------------

    def start(self) -> None:
        """Start the session; on a paused (or resumed) run: continue it."""
        self._command(Command.RESUME if self.status == Status.PAUSED else Command.START)

    def next(self) -> None:
        self._command(Command.NEXT)

    def back(self) -> None:
        self._command(Command.BACK)

    def toggle_pause(self) -> None:
        self._command(Command.PAUSE if self.status == Status.RUNNING else Command.RESUME)

    def adjust_minutes(self, minutes: int) -> None:
        self._command(Command.ADJUST, Adjust(int(minutes)))

    def skip_speaker(self) -> None:
        self._command(Command.SKIP)

    def mark_absent(self, member_id: int, absent: bool = True) -> None:
        self._command(Command.ABSENT, Absent(int(member_id), bool(absent)))

    def reorder(self, member_ids: Sequence[int]) -> None:
        self._command(Command.REORDER, Reorder(tuple(int(m) for m in member_ids)))

    def jump_to(self, step_index: int, phase_index: int = 0) -> None:
        self._command(Command.JUMP, Jump(int(step_index), int(phase_index)))

    def finish(self) -> None:
        self._command(Command.FINISH)

    # -- extra commands ----------------------------------------------------------------------

    def set_question_visible(self, visible: bool, step_index: int | None = None) -> None:
        """Show or hide the case question on the projector (this step, or the one given)."""
        step_index = self.step_index if step_index is None else step_index
        self._command(Command.QUESTION, Question(int(step_index), bool(visible)))

    def set_blank(self, blank: bool) -> None:
        """Blank the projector or show it again. It is what the group sees, so it is logged:
        a supervisor who blanked the projector must not see it come back after a restart."""
        self._command(Command.BLANK, Blank(bool(blank)))

    def set_continue_at(self, at: str | None) -> None:
        """The time on the break screen ("HH:MM"), or None; logged like blank."""
        self._command(Command.CONTINUE_AT, ContinueAt(None if at is None else str(at)))

    def show_message(
        self, text: str, presenter_only: bool = False, preset: int | None = None
    ) -> None:
        """A banner on the projector (or on the presenter's screen only); logged like blank,
        so a restart brings it back. An empty text changes nothing."""
        cleaned = clean_message(text)
        if cleaned:
            self._command(Command.MESSAGE, Message(cleaned, bool(presenter_only), preset))

    def clear_message(self) -> None:
        """Take the message away, from the projector and from the presenter's screen."""
        for presenter_only in (False, True):
            self._command(Command.MESSAGE, Message(None, presenter_only))

    def interrupt(self, at: float) -> None:
        """The program was gone since `at` (its last heartbeat): that time becomes a pause."""
        self._command(Command.INTERRUPT, NO_PAYLOAD, at)

    def pulse(self) -> None:
        """The shown second changed: leave the cheap sign of life a kill cannot take back."""
        if self.status == Status.RUNNING and isinstance(self.recorder, Pulses):
            self.recorder.pulse(max(self.now(), self.state.last_t))

    def heartbeat(self) -> None:
        """Tell the store the run is alive (the UI calls this every few seconds)."""
        if self.recorder is not None and self.status in (Status.RUNNING, Status.PAUSED):
            self.recorder.heartbeat(max(self.now(), self.state.last_t))

    def release(self) -> None:
        """Session mode is left normally, after a last heartbeat: what only a kill needs goes."""
        if isinstance(self.recorder, Releases):
            self.recorder.release()

    # -- the machinery -----------------------------------------------------------------------

    def _command(
        self, command: Command, payload: Payload = NO_PAYLOAD, t: float | None = None
    ) -> bool:
        """Apply a command now (or at `t`); once the recorder has written it, it is the run's."""
        before = self.course
        t = max(self.now() if t is None else t, before.state.last_t)
        event = Event(before.state.seq + 1, command, payload, t)
        after = step(before, event)
        if after is before:
            logger.debug("session command %s ignored in state %s", command, before.state.status)
            return False
        if self.recorder is not None:
            self.recorder.record(event, after.facts())  # raises: the run stays as it was
        self.course = after
        self._statics = None
        return True

    # -- the snapshot ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        if self._statics is None:
            self._statics = snapshot_statics(self.course)
        return build_snapshot(self.course, self._statics, self.now())


if TYPE_CHECKING:

    def _implements_session_control(runner: SessionRunner) -> SessionControl:
        return runner  # mypy checks here that the runner satisfies the screens' protocol
