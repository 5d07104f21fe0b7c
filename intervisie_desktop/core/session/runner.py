"""The session runner: a state machine over a frozen plan, driven by commands, timed by a clock.

Every command becomes an event (name, payload, time on the run's timeline). Applying the same
events to the same plan gives the same state, which is how a run is rebuilt after a crash.
Time shown is derived from the event times and the clock, never from counted ticks; "active"
time is time since the start minus pauses, and every active second belongs to exactly one phase.
"""

from __future__ import annotations

import copy
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.session.plan import TURN_MODES, SessionPlan
from intervisie_desktop.core.session.plan import eligible_speakers as _eligible
from intervisie_desktop.core.session.snapshot import Snapshot
from intervisie_desktop.core.session.state import (
    Clock,
    Event,
    PhaseInfo,
    PhaseTurns,
    Recorder,
    RunnerState,
    Status,
    cues_of,
    resequence,
)
from intervisie_desktop.core.session.view import build_snapshot

if TYPE_CHECKING:
    from intervisie_desktop.core.session.control import SessionControl

logger = logging.getLogger(__name__)

CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")  # "HH:MM", as on the break screen

__all__ = ["Clock", "Event", "PhaseTurns", "Recorder", "RunnerState", "SessionRunner", "Status"]


class SessionRunner:
    """Implements SessionControl. Commands that do not apply now are ignored and not logged."""

    def __init__(
        self,
        plan: SessionPlan,
        clock: Clock,
        recorder: Recorder | None = None,
        offset: float = 0.0,
    ) -> None:
        if not plan.steps:
            raise ValueError("a session plan needs at least one step")
        self.plan = plan
        self.meeting_id = plan.meeting_id
        self.clock = clock
        self.offset = offset  # run timeline = clock() + offset (moves on resume after a crash)
        self.recorder = recorder
        self.names = {s.member_id: s.display_name for s in plan.speakers}
        self.state = RunnerState(
            order=[s.member_id for s in plan.speakers],
            absent={s.member_id for s in plan.speakers if not s.present},
        )
        infos: list[PhaseInfo] = []
        for s, step in enumerate(plan.steps):
            for p, phase in enumerate(step.method.phases):
                infos.append(
                    PhaseInfo(
                        s,
                        p,
                        step,
                        phase,
                        step.phase_seconds[p],
                        step.turn_seconds[p],
                        None,
                        cues_of(phase),
                        phase.speaker_mode in TURN_MODES,
                    )
                )
        self.phases: tuple[PhaseInfo, ...] = tuple(
            replace(info, next_name=infos[g + 1].phase.name) if g + 1 < len(infos) else info
            for g, info in enumerate(infos)
        )
        self._first_phase = [0] * len(plan.steps)
        for g in range(len(self.phases) - 1, -1, -1):
            self._first_phase[self.phases[g].step_index] = g
        self._planned_base = sum(info.planned for info in self.phases)
        self.version = 0
        self.cache: tuple[int, Any] | None = None

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

    # -- time --------------------------------------------------------------------------------

    def now(self) -> float:
        return self.clock() + self.offset

    def active_at(self, t: float) -> float:
        """Seconds the session has run at `t` on its timeline, pauses left out."""
        st = self.state
        if st.started is None:
            return 0.0
        end = st.ended if st.ended is not None else max(t, st.last_t)
        paused = st.paused_total
        if st.pause_began is not None:
            paused += end - st.pause_began
        return max(0.0, end - st.started - paused)

    # -- reading -----------------------------------------------------------------------------

    @property
    def status(self) -> str:
        return self.state.status

    @property
    def step_index(self) -> int:
        return self.phases[self.state.position].step_index

    @property
    def phase_index(self) -> int:
        return self.phases[self.state.position].phase_index

    @property
    def current_speaker_id(self) -> int | None:
        pt = self.state.turns.get(self.state.position)
        return pt.current if pt is not None else None

    def flat_index(self, step_index: int, phase_index: int) -> int | None:
        if not 0 <= step_index < len(self.plan.steps):
            return None
        if not 0 <= phase_index < len(self.plan.steps[step_index].method.phases):
            return None
        return self._first_phase[step_index] + phase_index

    def phase_planned(self, g: int) -> float:
        return self.phases[g].planned + self.state.phase_extra.get(g, 0.0)

    def turn_planned(self, g: int, member_id: int) -> float:
        base = self.phases[g].turn_planned or 0.0
        return base + self.state.turn_extra.get((g, member_id), 0.0)

    def phase_actual(self, g: int, t: float | None = None) -> float:
        """Active seconds spent in phase g (over all visits), up to `t` (default: now)."""
        st = self.state
        spent = st.phase_spent.get(g, 0.0)
        if g == st.position and st.started is not None and st.ended is None:
            spent += self.active_at(self.now() if t is None else t) - st.seg_start
        return spent

    def turn_actual(self, g: int, member_id: int, t: float | None = None) -> float:
        st = self.state
        spent = st.turn_spent.get((g, member_id), 0.0)
        if g == st.position and st.ended is None and self.current_speaker_id == member_id:
            spent += self.active_at(self.now() if t is None else t) - st.turn_seg_start
        return spent

    def planned_total(self) -> float:
        return self._planned_base + sum(self.state.phase_extra.values())

    def question_visible(self, step_index: int) -> bool:
        case = self.plan.steps[step_index].case
        if case is None or not case.question:
            return False
        return self.state.question_visible.get(step_index, case.show_question)

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

    def _live(self) -> bool:
        return self.state.status in (Status.RUNNING, Status.PAUSED)

    def _close_segments(self, t: float) -> None:
        """Book the active time since the last change on the current phase and turn."""
        st = self.state
        a = self.active_at(t)
        g = st.position
        st.phase_spent[g] = st.phase_spent.get(g, 0.0) + (a - st.seg_start)
        pt = st.turns.get(g)
        if pt is not None and pt.current is not None:
            key = (g, pt.current)
            st.turn_spent[key] = st.turn_spent.get(key, 0.0) + (a - st.turn_seg_start)
        st.seg_start = a
        st.turn_seg_start = a

    def eligible(self, g: int) -> list[int]:
        info = self.phases[g]
        return _eligible(info.phase.speaker_mode, self.state.order, info.step.bringer_id)

    def _enter(self, g: int, backwards: bool = False) -> None:
        """Make phase g current; segments must be closed first."""
        st = self.state
        st.position = g
        if not self.phases[g].has_turns:
            return
        pt = st.turns.get(g)
        if pt is not None and (
            (backwards and self._reopen_last(pt)) or pt.current is not None or pt.queue
        ):
            self._refresh(g, pt)  # continue where this phase was left
            return
        queue = [m for m in self.eligible(g) if m not in st.absent]
        st.turns[g] = PhaseTurns([], queue.pop(0) if queue else None, queue)

    def _refresh(self, g: int, pt: PhaseTurns) -> None:
        """A phase taken up again: who left meanwhile drops out, who came back joins the queue."""
        st = self.state
        if pt.current is not None and pt.current in st.absent:
            st.turn_outcome[(g, pt.current)] = "absent"
            pt.current = None
        pt.queue = [m for m in pt.queue if m not in st.absent]
        for member in self.eligible(g):
            if member in st.absent or member in pt.done or member in pt.queue:
                continue
            if member != pt.current:
                self._queue_in_order(pt, member)
        if pt.current is None and pt.queue:
            pt.current = pt.queue.pop(0)

    def _queue_in_order(self, pt: PhaseTurns, member: int) -> None:
        rank = {m: k for k, m in enumerate(self.state.order)}
        at = next((k for k, m in enumerate(pt.queue) if rank[m] > rank[member]), None)
        pt.queue.insert(len(pt.queue) if at is None else at, member)

    def _reopen_last(self, pt: PhaseTurns) -> bool:
        """Give the turn back to the last one who had it (back one speaker)."""
        for k in range(len(pt.done) - 1, -1, -1):
            member = pt.done[k]
            if member in self.state.absent:
                continue
            del pt.done[k]
            if pt.current is not None:
                pt.queue.insert(0, pt.current)
            pt.current = member
            return True
        return False

    def _end_turn(self, outcome: str, t: float) -> None:
        """The current turn ends; the next speaker, else the next phase (if there is one)."""
        st = self.state
        g = st.position
        pt = st.turns[g]
        assert pt.current is not None
        self._close_segments(t)
        st.turn_outcome[(g, pt.current)] = outcome
        pt.done.append(pt.current)
        pt.current = None
        if pt.queue:
            pt.current = pt.queue.pop(0)
        elif g + 1 < len(self.phases):
            self._enter(g + 1)

    def _do_start(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if st.status == Status.PAUSED:
            return self._do_resume(payload, t)
        if st.status != Status.NOT_STARTED:
            return False
        st.status = Status.RUNNING
        st.started = t
        st.seg_start = st.turn_seg_start = 0.0
        self._enter(0)
        return True

    def _do_pause(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if st.status != Status.RUNNING:
            return False
        st.status = Status.PAUSED
        st.pause_began = t
        return True

    _do_interrupt = _do_pause

    def _do_resume(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if st.status != Status.PAUSED or st.pause_began is None:
            return False
        st.paused_total += t - st.pause_began
        st.pause_began = None
        st.status = Status.RUNNING
        return True

    def _do_next(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if not self._live():
            return False
        pt = st.turns.get(st.position)
        if pt is not None and pt.current is not None:
            if not pt.queue and st.position + 1 >= len(self.phases):
                return False  # the last turn of the plan ends with finish
            self._end_turn("done", t)
            return True
        if st.position + 1 >= len(self.phases):
            return False
        self._close_segments(t)
        self._enter(st.position + 1)
        return True

    def _do_skip(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        pt = st.turns.get(st.position)
        if not self._live() or pt is None or pt.current is None:
            return False
        self._end_turn("skipped", t)
        return True

    def _do_back(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if not self._live():
            return False
        pt = st.turns.get(st.position)
        if pt is not None and any(m not in st.absent for m in pt.done):
            self._close_segments(t)
            self._reopen_last(pt)
            return True
        if st.position == 0:
            return False
        self._close_segments(t)
        self._enter(st.position - 1, backwards=True)
        return True

    def _do_jump(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        g = self.flat_index(int(payload["step"]), int(payload["phase"]))
        if not self._live() or g is None or g == st.position:
            return False
        self._close_segments(t)
        self._enter(g)
        return True

    def _do_adjust(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        delta = 60.0 * int(payload["minutes"])
        if not self._live() or delta == 0:
            return False
        g = st.position
        current = self.current_speaker_id
        old = self.turn_planned(g, current) if current is not None else self.phase_planned(g)
        change = max(0.0, old + delta) - old
        if change == 0:
            return False
        if current is not None:
            st.turn_extra[(g, current)] = st.turn_extra.get((g, current), 0.0) + change
        st.phase_extra[g] = st.phase_extra.get(g, 0.0) + change
        return True

    def _do_absent(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        member = int(payload["member_id"])
        if st.status == Status.FINISHED or member not in self.names:
            return False
        pt = st.turns.get(st.position) if st.status != Status.NOT_STARTED else None
        if payload["absent"]:
            if member in st.absent:
                return False
            if pt is not None and pt.current == member:
                self._close_segments(t)
                st.turn_outcome[(st.position, member)] = "absent"
                pt.current = pt.queue.pop(0) if pt.queue else None
            elif pt is not None and member in pt.queue:
                pt.queue.remove(member)
            st.absent.add(member)
            return True
        if member not in st.absent:
            return False
        st.absent.discard(member)
        if (
            pt is not None
            and member in self.eligible(st.position)
            and member not in pt.done
            and member not in pt.queue
        ):
            self._queue_in_order(pt, member)
            if pt.current is None:
                self._close_segments(t)
                pt.current = pt.queue.pop(0)
        return True

    def _do_reorder(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        ids = [int(m) for m in payload["member_ids"]]
        if st.status == Status.FINISHED or len(set(ids)) != len(ids):
            return False
        if any(m not in self.names for m in ids):
            return False
        changed = resequence(st.order, ids)
        pt = st.turns.get(st.position) if st.status != Status.NOT_STARTED else None
        if pt is not None:
            changed = resequence(pt.queue, ids) or changed
        return changed

    def _do_question(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        step = int(payload["step"])
        if st.status == Status.FINISHED or not 0 <= step < len(self.plan.steps):
            return False
        case = self.plan.steps[step].case
        if case is None or not case.question:
            return False
        visible = bool(payload["visible"])
        if self.question_visible(step) == visible:
            return False
        st.question_visible[step] = visible
        return True

    def _do_blank(self, payload: dict[str, Any], t: float) -> bool:
        """In every state: before the start, while running or paused, on the closing screen."""
        on = bool(payload["on"])
        if self.state.blank == on:
            return False
        self.state.blank = on
        return True

    def _do_continue_at(self, payload: dict[str, Any], t: float) -> bool:
        at = payload["at"]
        if at is not None and not (isinstance(at, str) and CLOCK_TIME.fullmatch(at)):
            return False
        if self.state.continue_at == at:
            return False
        self.state.continue_at = at
        return True

    def _do_finish(self, payload: dict[str, Any], t: float) -> bool:
        st = self.state
        if not self._live():
            return False
        self._close_segments(t)
        pt = st.turns.get(st.position)
        if pt is not None and pt.current is not None:
            st.turn_outcome[(st.position, pt.current)] = "done"
            pt.done.append(pt.current)
            pt.current = None
        if st.pause_began is not None:
            st.paused_total += t - st.pause_began
            st.pause_began = None
        st.status = Status.FINISHED
        st.ended = t
        return True

    # -- the snapshot ------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        return build_snapshot(self)


if TYPE_CHECKING:

    def _implements_session_control(runner: SessionRunner) -> SessionControl:
        return runner  # mypy checks here that the runner satisfies the screens' protocol
