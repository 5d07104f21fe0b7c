"""What each run command does to the run's course: one function per command, in one table.

A handler returns whether anything changed; a command that does not apply now changes nothing
and is not logged. Applying the same events to the same plan gives the same state."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from intervisie_desktop.core.session.commands import (
    NO_PAYLOAD,
    Absent,
    Adjust,
    Blank,
    Command,
    ContinueAt,
    Jump,
    Message,
    NoPayload,
    Payload,
    Question,
    Reorder,
)
from intervisie_desktop.core.session.course import Course
from intervisie_desktop.core.session.messages import valid_message
from intervisie_desktop.core.session.state import Status, resequence

__all__ = ["HANDLERS", "Handler"]

CLOCK_TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")  # "HH:MM", as on the break screen


def start(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if st.status == Status.PAUSED:
        return resume(course, NO_PAYLOAD, t)
    if st.status != Status.NOT_STARTED:
        return False
    st.status = Status.RUNNING
    st.started = t
    st.seg_start = st.turn_seg_start = 0.0
    course.enter(0)
    return True


def pause(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if st.status != Status.RUNNING:
        return False
    st.status = Status.PAUSED
    st.pause_began = t
    return True


def resume(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if st.status != Status.PAUSED or st.pause_began is None:
        return False
    st.paused_total += t - st.pause_began
    st.pause_began = None
    st.status = Status.RUNNING
    return True


def next_(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if not course.live():
        return False
    pt = st.turns.get(st.position)
    if pt is not None and pt.current is not None:
        if not pt.queue and st.position + 1 >= len(course.phases):
            return False  # the last turn of the plan ends with finish
        course.end_turn("done", t)
        return True
    if st.position + 1 >= len(course.phases):
        return False
    course.close_segments(t)
    course.enter(st.position + 1)
    return True


def skip(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    pt = st.turns.get(st.position)
    if not course.live() or pt is None or pt.current is None:
        return False
    course.end_turn("skipped", t)
    return True


def back(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if not course.live():
        return False
    pt = st.turns.get(st.position)
    if pt is not None and any(m not in st.absent for m in pt.done):
        course.close_segments(t)
        course.reopen_last(pt)
        return True
    if st.position == 0:
        return False
    course.close_segments(t)
    course.enter(st.position - 1, backwards=True)
    return True


def jump(course: Course, payload: Jump, t: float) -> bool:
    st = course.state
    g = course.flat_index(payload.step, payload.phase)
    if not course.live() or g is None or g == st.position:
        return False
    course.close_segments(t)
    course.enter(g)
    return True


def adjust(course: Course, payload: Adjust, t: float) -> bool:
    st = course.state
    delta = 60.0 * payload.minutes
    if not course.live() or delta == 0:
        return False
    g = st.position
    current = course.current_speaker_id
    old = course.turn_planned(g, current) if current is not None else course.phase_planned(g)
    change = max(0.0, old + delta) - old
    if change == 0:
        return False
    if current is not None:
        st.turn_extra[(g, current)] = st.turn_extra.get((g, current), 0.0) + change
    st.phase_extra[g] = st.phase_extra.get(g, 0.0) + change
    return True


def absent(course: Course, payload: Absent, t: float) -> bool:
    st = course.state
    member = payload.member_id
    if st.status == Status.FINISHED or member not in course.names:
        return False
    pt = st.turns.get(st.position) if st.status != Status.NOT_STARTED else None
    if payload.absent:
        if member in st.absent:
            return False
        if pt is not None and pt.current == member:
            course.close_segments(t)
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
        and member in course.eligible(st.position)
        and member not in pt.done
        and member not in pt.queue
    ):
        course.queue_in_order(pt, member)
        if pt.current is None:
            course.close_segments(t)
            pt.current = pt.queue.pop(0)
    return True


def reorder(course: Course, payload: Reorder, t: float) -> bool:
    st = course.state
    ids = list(payload.member_ids)
    if st.status == Status.FINISHED or len(set(ids)) != len(ids):
        return False
    if any(m not in course.names for m in ids):
        return False
    changed = resequence(st.order, ids)
    pt = st.turns.get(st.position) if st.status != Status.NOT_STARTED else None
    if pt is not None:
        changed = resequence(pt.queue, ids) or changed
    return changed


def question(course: Course, payload: Question, t: float) -> bool:
    st = course.state
    step = payload.step
    if st.status == Status.FINISHED or not 0 <= step < len(course.plan.steps):
        return False
    case = course.plan.steps[step].case
    if case is None or not case.question:
        return False
    visible = payload.visible
    if course.question_visible(step) == visible:
        return False
    st.question_visible[step] = visible
    return True


def blank(course: Course, payload: Blank, t: float) -> bool:
    """In every state: before the start, while running or paused, on the closing screen."""
    on = payload.on
    if course.state.blank == on:
        return False
    course.state.blank = on
    return True


def continue_at(course: Course, payload: ContinueAt, t: float) -> bool:
    at = payload.at
    if at is not None and not (isinstance(at, str) and CLOCK_TIME.fullmatch(at)):
        return False
    if course.state.continue_at == at:
        return False
    course.state.continue_at = at
    return True


def message(course: Course, payload: Message, t: float) -> bool:
    """In every state, like blank; the projector's banner and the presenter's are apart."""
    text = payload.text
    if text is not None and not valid_message(text):
        return False
    st = course.state
    if payload.presenter_only:
        if st.presenter_message == text:
            return False
        st.presenter_message = text
    else:
        if st.room_message == text:
            return False
        st.room_message = text
    return True


def finish(course: Course, payload: NoPayload, t: float) -> bool:
    st = course.state
    if not course.live():
        return False
    course.close_segments(t)
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


Handler = Callable[[Course, Payload, float], bool]
P = TypeVar("P", NoPayload, Jump, Adjust, Absent, Reorder, Question, Blank, ContinueAt, Message)


def _taking(kind: type[P], handle: Callable[[Course, P, float], bool]) -> Handler:
    """The handler as the table holds it: any payload in, its own kind checked."""

    def handler(course: Course, payload: Payload, t: float) -> bool:
        if not isinstance(payload, kind):
            raise TypeError(f"{type(payload).__name__} is not a payload of this command")
        return handle(course, payload, t)

    return handler


HANDLERS: dict[Command, Handler] = {
    Command.START: _taking(NoPayload, start),
    Command.PAUSE: _taking(NoPayload, pause),
    Command.INTERRUPT: _taking(NoPayload, pause),
    Command.RESUME: _taking(NoPayload, resume),
    Command.NEXT: _taking(NoPayload, next_),
    Command.SKIP: _taking(NoPayload, skip),
    Command.BACK: _taking(NoPayload, back),
    Command.JUMP: _taking(Jump, jump),
    Command.ADJUST: _taking(Adjust, adjust),
    Command.ABSENT: _taking(Absent, absent),
    Command.REORDER: _taking(Reorder, reorder),
    Command.QUESTION: _taking(Question, question),
    Command.BLANK: _taking(Blank, blank),
    Command.CONTINUE_AT: _taking(ContinueAt, continue_at),
    Command.MESSAGE: _taking(Message, message),
    Command.FINISH: _taking(NoPayload, finish),
}
