"""The session runner: a state machine over a frozen plan, driven by commands, timed by a clock.

Every command becomes an event (name, payload, time on the run's timeline). Applying the same
events to the same plan gives the same state, which is how a run is rebuilt after a crash.
Time shown is derived from the event times and the clock, never from counted ticks; "active"
time is time since the start minus pauses, and every active second belongs to exactly one phase.
The run's course (phases, time, turns) is in course.py, what each command does in handlers.py.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.session.handlers import CommandHandlers
from intervisie_desktop.core.session.plan import SessionPlan
from intervisie_desktop.core.session.snapshot import Snapshot
from intervisie_desktop.core.session.state import (
    Clock,
    Event,
    PhaseTurns,
    Recorder,
    RunnerState,
    Status,
)
from intervisie_desktop.core.session.view import build_snapshot

if TYPE_CHECKING:
    from intervisie_desktop.core.session.control import SessionControl

logger = logging.getLogger(__name__)

__all__ = ["Clock", "Event", "PhaseTurns", "Recorder", "RunnerState", "SessionRunner", "Status"]


class SessionRunner(CommandHandlers):
    """Implements SessionControl. Commands that do not apply now are ignored and not logged."""

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        recorder: Recorder | None = None,
        offset: float = 0.0,
    ) -> None:
        super().__init__(plan, clock, offset)
        self.recorder = recorder

    # -- rebuilding --------------------------------------------------------------------------

    @classmethod
    def replay(
        cls,
        plan: SessionPlan,
        events: Iterable[Event],
        clock: Clock,
        offset: float = 0.0,
        recorder: Recorder | None = None,
    ) -> SessionRunner:
        """The runner that the logged events produce (nothing is written)."""
        runner = cls(plan, clock, None, offset)
        for event in events:
            if not runner._apply(event.command, event.payload, event.t):
                logger.warning("event %s (%s) did not apply on replay", event.seq, event.command)
            runner.state.seq = event.seq
            runner.state.last_t = event.t
        runner.recorder = recorder
        return runner

    # -- commands (SessionControl) -----------------------------------------------------------

    def start(self) -> None:
        """Start the session; on a paused (or resumed) run: continue it."""
        self._command("resume" if self.state.status == Status.PAUSED else "start", {})

    def next(self) -> None:
        self._command("next", {})

    def back(self) -> None:
        self._command("back", {})

    def toggle_pause(self) -> None:
        self._command("pause" if self.state.status == Status.RUNNING else "resume", {})

    def adjust_minutes(self, minutes: int) -> None:
        self._command("adjust", {"minutes": int(minutes)})

    def skip_speaker(self) -> None:
        self._command("skip", {})

    def mark_absent(self, member_id: int, absent: bool = True) -> None:
        self._command("absent", {"member_id": int(member_id), "absent": bool(absent)})

    def reorder(self, member_ids: Sequence[int]) -> None:
        self._command("reorder", {"member_ids": [int(m) for m in member_ids]})

    def jump_to(self, step_index: int, phase_index: int = 0) -> None:
        self._command("jump", {"step": int(step_index), "phase": int(phase_index)})

    def finish(self) -> None:
        self._command("finish", {})

    # -- extra commands ----------------------------------------------------------------------

    def set_question_visible(self, visible: bool, step_index: int | None = None) -> None:
        """Show or hide the case question on the projector (this step, or the one given)."""
        step = self.step_index if step_index is None else step_index
        self._command("question", {"step": int(step), "visible": bool(visible)})

    def set_blank(self, blank: bool) -> None:
        """Blank the projector or show it again. It is what the group sees, so it is logged:
        a supervisor who blanked the projector must not see it come back after a restart."""
        self._command("blank", {"on": bool(blank)})

    def set_continue_at(self, at: str | None) -> None:
        """The time on the break screen ("HH:MM"), or None; logged like blank."""
        self._command("continue_at", {"at": None if at is None else str(at)})

    def interrupt(self, at: float) -> None:
        """The program was gone since `at` (its last heartbeat): that time becomes a pause."""
        self._command("interrupt", {}, at)

    def heartbeat(self) -> None:
        """Tell the store the run is alive (the UI calls this every few seconds)."""
        if self.recorder is not None and self.state.status in (Status.RUNNING, Status.PAUSED):
            self.recorder.heartbeat(max(self.now(), self.state.last_t))

    # -- the machinery -----------------------------------------------------------------------

    def _command(self, name: str, payload: dict[str, Any], t: float | None = None) -> bool:
        st = self.state
        t = max(self.now() if t is None else t, st.last_t)
        saved = copy.deepcopy(st) if self.recorder is not None else None
        if not self._apply(name, payload, t):
            logger.debug("session command %s ignored in state %s", name, st.status)
            return False
        st.seq += 1
        st.last_t = t
        if self.recorder is not None:
            try:
                self.recorder.record(Event(st.seq, name, payload, t), self)
            except BaseException:
                assert saved is not None
                self.state = saved
                self.version += 1
                raise
        return True

    def _apply(self, name: str, payload: dict[str, Any], t: float) -> bool:
        handler = getattr(self, f"_do_{name}", None)
        if handler is None:
            return False
        changed: bool = handler(payload, t)
        if changed:
            self.version += 1
        return changed

    # -- the snapshot ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return build_snapshot(self)


if TYPE_CHECKING:

    def _implements_session_control(runner: SessionRunner) -> SessionControl:
        return runner  # mypy checks here that the runner satisfies the screens' protocol
