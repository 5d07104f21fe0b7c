"""One event applied to a run's course: the whole state machine in two functions.

`step` is pure: it leaves the course it is given alone and returns the next one (the same
object when the event does not apply now). `apply` does the same in place, for rebuilding a run
from its log, where nothing needs to be kept of the states in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.session.handlers import HANDLERS

if TYPE_CHECKING:
    from intervisie_desktop.core.session.course import Course
    from intervisie_desktop.core.session.state import Event

__all__ = ["apply", "step"]


def apply(course: Course, event: Event) -> bool:
    """Apply `event` to `course` in place; whether it applied. The course notes the event's
    number and time either way (a replayed log keeps its numbering)."""
    changed = HANDLERS[event.command](course, event.payload, event.t)
    course.state.seq = event.seq
    course.state.last_t = event.t
    return changed


def step(course: Course, event: Event) -> Course:
    """The course after `event`: a new course, or `course` itself when the event does not apply."""
    after = course.copy()
    return after if apply(after, event) else course
