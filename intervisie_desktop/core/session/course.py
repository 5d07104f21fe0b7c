"""A run's course over its frozen plan: the flat list of phases, time on the run's timeline
(active time leaves pauses out), where the run stands, and the bookkeeping of phases and turns
that the command handlers (handlers.py) build on. The runner holds one; it has no clock."""

from __future__ import annotations

import copy
from dataclasses import replace

from intervisie_desktop.core.session.plan import TURN_MODES, SessionPlan
from intervisie_desktop.core.session.plan import eligible_speakers as _eligible
from intervisie_desktop.core.session.state import (
    PhaseInfo,
    PhaseTurns,
    RunFacts,
    RunnerState,
    Status,
    cues_of,
)


class Course:
    """The plan laid out as phases (shared, never changed) and the run's state over it."""

    def __init__(self, plan: SessionPlan) -> None:
        if not plan.steps:
            raise ValueError("a session plan needs at least one step")
        self.plan = plan
        self.meeting_id = plan.meeting_id
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

    def copy(self) -> Course:
        """The same course with a state of its own (the plan's layout is shared)."""
        twin = Course.__new__(Course)  # not copy.copy: a command's budget is a millisecond
        twin.__dict__.update(self.__dict__)
        twin.state = copy.deepcopy(self.state)
        return twin

    def facts(self) -> RunFacts:
        """Where the run stands after its last event, for the store."""
        st = self.state
        return RunFacts(
            st.status,
            self.step_index,
            self.phase_index,
            self.current_speaker_id,
            st.started,
            frozenset(st.absent),
            self.active_at(st.last_t),
        )

    # -- time --------------------------------------------------------------------------------

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

    def phase_actual(self, g: int, t: float) -> float:
        """Active seconds spent in phase g (over all visits), up to `t`."""
        st = self.state
        spent = st.phase_spent.get(g, 0.0)
        if g == st.position and st.started is not None and st.ended is None:
            spent += self.active_at(t) - st.seg_start
        return spent

    def turn_actual(self, g: int, member_id: int, t: float) -> float:
        st = self.state
        spent = st.turn_spent.get((g, member_id), 0.0)
        if g == st.position and st.ended is None and self.current_speaker_id == member_id:
            spent += self.active_at(t) - st.turn_seg_start
        return spent

    def planned_total(self) -> float:
        return self._planned_base + sum(self.state.phase_extra.values())

    def question_visible(self, step_index: int) -> bool:
        case = self.plan.steps[step_index].case
        if case is None or not case.question:
            return False
        return self.state.question_visible.get(step_index, case.show_question)

    def live(self) -> bool:
        return self.state.status in (Status.RUNNING, Status.PAUSED)

    def close_segments(self, t: float) -> None:
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

    def enter(self, g: int, backwards: bool = False) -> None:
        """Make phase g current; segments must be closed first."""
        st = self.state
        st.position = g
        if not self.phases[g].has_turns:
            return
        pt = st.turns.get(g)
        if pt is not None and (
            (backwards and self.reopen_last(pt)) or pt.current is not None or pt.queue
        ):
            self.refresh(g, pt)  # continue where this phase was left
            return
        queue = [m for m in self.eligible(g) if m not in st.absent]
        st.turns[g] = PhaseTurns([], queue.pop(0) if queue else None, queue)

    def refresh(self, g: int, pt: PhaseTurns) -> None:
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
                self.queue_in_order(pt, member)
        if pt.current is None and pt.queue:
            pt.current = pt.queue.pop(0)

    def queue_in_order(self, pt: PhaseTurns, member: int) -> None:
        rank = {m: k for k, m in enumerate(self.state.order)}
        at = next((k for k, m in enumerate(pt.queue) if rank[m] > rank[member]), None)
        pt.queue.insert(len(pt.queue) if at is None else at, member)

    def reopen_last(self, pt: PhaseTurns) -> bool:
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

    def end_turn(self, outcome: str, t: float) -> None:
        """The current turn ends; the next speaker, else the next phase (if there is one)."""
        st = self.state
        g = st.position
        pt = st.turns[g]
        assert pt.current is not None
        self.close_segments(t)
        st.turn_outcome[(g, pt.current)] = outcome
        pt.done.append(pt.current)
        pt.current = None
        if pt.queue:
            pt.current = pt.queue.pop(0)
        elif g + 1 < len(self.phases):
            self.enter(g + 1)
