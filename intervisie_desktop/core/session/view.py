"""Building the snapshot the screens draw: what changes only with commands (the statics) is
worked out once per state of the course and kept by the runner, so a repaint costs a few
microseconds; the times are added from the clock on every snapshot."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intervisie_desktop.core.session.snapshot import (
    RunState,
    Snapshot,
    SpeakerState,
    SpeakerView,
    Timing,
)
from intervisie_desktop.core.session.state import PhaseTurns, Status
from intervisie_desktop.core.session.warning import warning_minutes

if TYPE_CHECKING:
    from intervisie_desktop.core.session.course import Course

__all__ = ["SnapshotStatics", "build_snapshot", "snapshot_statics"]


@dataclass(frozen=True)
class SnapshotStatics:
    """The part of a snapshot that only a command changes."""

    speakers: tuple[SpeakerView, ...]
    planned_so_far: float
    actual_so_far: float
    question: str | None
    current: int | None
    turn_planned: float | None
    phase_planned: float
    session_planned: float
    members: tuple[SpeakerView, ...]


def snapshot_statics(course: Course) -> SnapshotStatics:
    """The statics of the course as it stands."""
    st = course.state
    g = st.position
    info = course.phases[g]
    bringer = info.step.bringer_id
    speakers: tuple[SpeakerView, ...] = ()
    if info.has_turns:
        pt = st.turns.get(g) if st.status != Status.NOT_STARTED else None
        eligible = course.eligible(g)
        if pt is None:
            pt = PhaseTurns([], None, [m for m in eligible if m not in st.absent])
        views = [SpeakerView(m, course.names[m], SpeakerState.DONE, m == bringer) for m in pt.done]
        if pt.current is not None:
            views.append(
                SpeakerView(
                    pt.current,
                    course.names[pt.current],
                    SpeakerState.CURRENT,
                    pt.current == bringer,
                )
            )
        views.extend(
            SpeakerView(m, course.names[m], SpeakerState.TO_COME, m == bringer) for m in pt.queue
        )
        seen = set(pt.done) | set(pt.queue) | {pt.current}
        views.extend(
            SpeakerView(m, course.names[m], SpeakerState.ABSENT, m == bringer)
            for m in eligible
            if m in st.absent and m not in seen
        )
        speakers = tuple(views)
    members = tuple(
        SpeakerView(
            m,
            course.names[m],
            SpeakerState.ABSENT if m in st.absent else SpeakerState.PRESENT,
            m == bringer,
        )
        for m in st.order
    )
    planned_so_far = sum(course.phase_planned(k) for k in range(g))
    actual_so_far = sum(v for k, v in st.phase_spent.items() if k < g)
    case = info.step.case
    question = (
        case.question if case is not None and course.question_visible(info.step_index) else None
    )
    current = course.current_speaker_id
    turn_planned = course.turn_planned(g, current) if current is not None else None
    return SnapshotStatics(
        speakers,
        planned_so_far,
        actual_so_far,
        question,
        current,
        turn_planned,
        course.phase_planned(g),
        course.planned_total(),
        members,
    )


def build_snapshot(course: Course, statics: SnapshotStatics, now: float) -> Snapshot:
    """The snapshot at `now` on the run's timeline, from the course and its statics."""
    st = course.state
    g = st.position
    info = course.phases[g]
    current = statics.current
    a = course.active_at(now)
    phase_elapsed = st.phase_spent.get(g, 0.0)
    if st.ended is None and st.started is not None:
        phase_elapsed += a - st.seg_start
    phase = Timing(statics.phase_planned, phase_elapsed)
    turn = None
    if current is not None:
        spent = st.turn_spent.get((g, current), 0.0)
        if st.ended is None:
            spent += a - st.turn_seg_start
        assert statics.turn_planned is not None
        turn = Timing(statics.turn_planned, spent)
    main = turn if turn is not None else phase
    warning_at = min(warning_minutes(info.phase) * 60.0, main.planned / 2)
    status = st.status
    if status == Status.NOT_STARTED:
        state = RunState.NOT_STARTED
    elif status == Status.FINISHED:
        state = RunState.FINISHED
    elif status == Status.PAUSED:
        state = RunState.PAUSED
    elif main.elapsed > main.planned:
        state = RunState.OVERTIME
    elif main.planned - main.elapsed <= warning_at:
        state = RunState.WARNING
    else:
        state = RunState.NORMAL
    step = info.step
    return Snapshot(
        meeting_id=course.meeting_id,
        state=state,
        step_index=info.step_index,
        step_count=len(course.plan.steps),
        method_name=step.method.name,
        phase_index=info.phase_index,
        phase_count=len(step.method.phases),
        phase_name=info.phase.name,
        instruction=info.phase.instruction,
        speaker_mode=info.phase.speaker_mode,
        speakers=statics.speakers,
        cues=info.cues,
        case_question=statics.question,
        turn=turn,
        phase=phase,
        session=Timing(statics.session_planned, a),
        script=info.phase.script,
        next_phase_name=info.next_name,
        case_bringer_id=step.bringer_id,
        planned_so_far=statics.planned_so_far,
        actual_so_far=statics.actual_so_far,
        warning_at=warning_at,
        blank=st.blank,
        continue_at=st.continue_at,
        message=st.room_message,
        presenter_message=st.presenter_message,
        members=statics.members,
    )
