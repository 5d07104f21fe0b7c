"""What each run command does to the run's state: one `_do_<command>` per logged command.

A handler returns whether anything changed; a command that does not apply now changes nothing
and is not logged. Applying the same events to the same plan gives the same state."""

from __future__ import annotations

import re
from typing import Any

from intervisie_desktop.core.session.course import RunCourse
from intervisie_desktop.core.session.state import Status, resequence

CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")  # "HH:MM", as on the break screen


class CommandHandlers(RunCourse):
    """The run's command handlers, looked up by name (`_do_<command>`) by the runner."""

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
