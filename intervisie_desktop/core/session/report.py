"""Planned versus actual time of a meeting's session, as plain rows for tables and charts.

The rows come from replaying the run's log over its frozen plan, so they hold for methods that
were changed or deleted since. Labels are method, phase and display names (a case's topic label
at most): nothing confidential.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from sqlmodel import Session, select

from intervisie_desktop.core.methods.model import Text
from intervisie_desktop.core.models import SessionRun
from intervisie_desktop.core.session.store import replay_run

if TYPE_CHECKING:
    from intervisie_desktop.core.session.runner import SessionRunner

__all__ = ["RowKind", "TimeRow", "planned_vs_actual"]


class RowKind(StrEnum):
    STEP = "step"  # a block or method run: the sum of its phases
    PHASE = "phase"
    TURN = "turn"  # one speaker in one phase
    SPEAKER = "speaker"  # one speaker over the whole session


@dataclass(frozen=True)
class TimeRow:
    """Seconds planned and spent. `planned` is the plan as frozen at the start; `adjusted` adds
    the minutes given or taken during the session."""

    kind: RowKind
    label: Text  # method name (step), phase name (phase), display name (turn, speaker)
    planned: float
    adjusted: float
    actual: float
    step_index: int | None = None
    phase_index: int | None = None
    member_id: int | None = None
    topic: str = ""  # the case's topic label on a method-run step


def planned_vs_actual(session: Session, meeting_id: int) -> list[TimeRow]:
    """Rows in plan order: each step, then its phases, each phase followed by its turns; then
    one row per speaker (in speaking order) with their totals. Empty when the meeting has no run;
    for an unfinished run the actual times run up to its last logged event."""
    run = session.exec(select(SessionRun).where(SessionRun.meeting_id == meeting_id)).first()
    if run is None:
        return []
    runner = replay_run(session, run, clock=lambda: run.last_t)
    t = runner.state.last_t
    rows: list[TimeRow] = []
    speakers: dict[int, tuple[float, float, float]] = {}
    g = 0
    for s, step in enumerate(runner.plan.steps):
        step_row = len(rows)
        rows.append(TimeRow(RowKind.STEP, step.method.name, 0, 0, 0, s))
        totals = (0.0, 0.0, 0.0)
        for p, phase in enumerate(step.method.phases):
            planned = step.phase_seconds[p]
            adjusted = runner.phase_planned(g)
            actual = runner.phase_actual(g, t)
            rows.append(TimeRow(RowKind.PHASE, phase.name, planned, adjusted, actual, s, p))
            totals = (totals[0] + planned, totals[1] + adjusted, totals[2] + actual)
            for member in _turn_order(runner, g):
                turn_planned = step.turn_seconds[p] or 0.0
                turn = (
                    turn_planned,
                    runner.turn_planned(g, member),
                    runner.turn_actual(g, member, t),
                )
                name = runner.names.get(member, "")
                label = Text(name, name)
                rows.append(TimeRow(RowKind.TURN, label, turn[0], turn[1], turn[2], s, p, member))
                acc = speakers.get(member, (0.0, 0.0, 0.0))
                speakers[member] = (acc[0] + turn[0], acc[1] + turn[1], acc[2] + turn[2])
            g += 1
        topic = step.case.topic if step.case is not None else ""
        planned, adjusted, actual = totals
        rows[step_row] = TimeRow(
            RowKind.STEP, step.method.name, planned, adjusted, actual, s, topic=topic
        )
    for member in runner.state.order:
        if member in speakers:
            name = runner.names.get(member, "")
            planned, adjusted, actual = speakers[member]
            label = Text(name, name)
            rows.append(
                TimeRow(RowKind.SPEAKER, label, planned, adjusted, actual, None, None, member)
            )
    return rows


def _turn_order(runner: SessionRunner, g: int) -> list[int]:
    """Who had a turn in phase g, in the order they spoke (then anyone with booked time)."""
    st = runner.state
    pt = st.turns.get(g)
    order = list(pt.done) if pt is not None else []
    if pt is not None and pt.current is not None:
        order.append(pt.current)
    order += [m for (k, m) in st.turn_spent if k == g and m not in order]
    return order
