"""Building the snapshot the screens draw: what changes only with commands is cached per
state version, so a repaint costs a few microseconds."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.session.snapshot import (
    RunState,
    Snapshot,
    SpeakerState,
    SpeakerView,
    Timing,
)
from intervisie_desktop.core.session.state import PhaseTurns, Status

if TYPE_CHECKING:
    from intervisie_desktop.core.session.runner import SessionRunner

__all__ = ["build_snapshot"]


def _static(runner: SessionRunner) -> Any:
    """What changes only with commands, cached per state version."""
    if runner.cache is not None and runner.cache[0] == runner.version:
        return runner.cache[1]
    st = runner.state
    g = st.position
    info = runner.phases[g]
    bringer = info.step.bringer_id
    speakers: tuple[SpeakerView, ...] = ()
    if info.has_turns:
        pt = st.turns.get(g) if st.status != Status.NOT_STARTED else None
        eligible = runner.eligible(g)
        if pt is None:
            pt = PhaseTurns([], None, [m for m in eligible if m not in st.absent])
        views = [SpeakerView(m, runner.names[m], SpeakerState.DONE, m == bringer) for m in pt.done]
        if pt.current is not None:
            views.append(
                SpeakerView(
                    pt.current,
                    runner.names[pt.current],
                    SpeakerState.CURRENT,
                    pt.current == bringer,
                )
            )
        views.extend(
            SpeakerView(m, runner.names[m], SpeakerState.TO_COME, m == bringer) for m in pt.queue
        )
        seen = set(pt.done) | set(pt.queue) | {pt.current}
        views.extend(
            SpeakerView(m, runner.names[m], SpeakerState.ABSENT, m == bringer)
            for m in eligible
            if m in st.absent and m not in seen
        )
        speakers = tuple(views)
    members = tuple(
        SpeakerView(
            m,
            runner.names[m],
            SpeakerState.ABSENT if m in st.absent else SpeakerState.PRESENT,
            m == bringer,
        )
        for m in st.order
    )
    planned_so_far = sum(runner.phase_planned(k) for k in range(g))
    actual_so_far = sum(v for k, v in st.phase_spent.items() if k < g)
    case = info.step.case
    question = (
        case.question if case is not None and runner.question_visible(info.step_index) else None
    )
    current = runner.current_speaker_id
    turn_planned = runner.turn_planned(g, current) if current is not None else None
    value = (
        speakers,
        planned_so_far,
        actual_so_far,
        question,
        current,
        turn_planned,
        runner.phase_planned(g),
        runner.planned_total(),
        members,
    )
    runner.cache = (runner.version, value)
    return value


def build_snapshot(runner: SessionRunner) -> Snapshot:
    st = runner.state
    g = st.position
    info = runner.phases[g]
    (
        speakers,
        planned_so_far,
        actual_so_far,
        question,
        current,
        turn_planned,
        phase_planned,
        session_planned,
        members,
    ) = _static(runner)
    a = runner.active_at(runner.now())
    phase_elapsed = st.phase_spent.get(g, 0.0)
    if st.ended is None and st.started is not None:
        phase_elapsed += a - st.seg_start
    phase = Timing(phase_planned, phase_elapsed)
    turn = None
    if current is not None:
        spent = st.turn_spent.get((g, current), 0.0)
        if st.ended is None:
            spent += a - st.turn_seg_start
        turn = Timing(turn_planned, spent)
    main = turn if turn is not None else phase
    warning_at = min(info.phase.warning_minutes * 60.0, main.planned / 2)
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
        meeting_id=runner.meeting_id,
        state=state,
        step_index=info.step_index,
        step_count=len(runner.plan.steps),
        method_name=step.method.name,
        phase_index=info.phase_index,
        phase_count=len(step.method.phases),
        phase_name=info.phase.name,
        instruction=info.phase.instruction,
        speaker_mode=info.phase.speaker_mode,
        speakers=speakers,
        cues=info.cues,
        case_question=question,
        turn=turn,
        phase=phase,
        session=Timing(session_planned, a),
        script=info.phase.script,
        next_phase_name=info.next_name,
        case_bringer_id=step.bringer_id,
        planned_so_far=planned_so_far,
        actual_so_far=actual_so_far,
        warning_at=warning_at,
        blank=st.blank,
        continue_at=st.continue_at,
        members=members,
    )
