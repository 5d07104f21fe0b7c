"""A session the small demo has already run: its meeting's planned-versus-actual times, as the
yearly summary's chart and the meeting's figures show them, are there for someone who tries the
program before holding a session of their own.

The run goes through the real session service with a clock that the demo moves on: each turn
and phase takes its planned time, give or take a share drawn from the demo's random numbers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import select

from intervisie_desktop.core.demo.methods import MEETING_BLOCKS_AFTER, MEETING_BLOCKS_BEFORE
from intervisie_desktop.core.models import Case, PlanItem
from intervisie_desktop.core.services.sessions import SessionService
from intervisie_desktop.core.session.snapshot import RunState

if TYPE_CHECKING:
    import random

    from intervisie_desktop.core.models import Meeting
    from intervisie_desktop.core.services import Services

#: How far a phase or turn may run from its plan: a share of its planned time, either way.
SPREAD = (-0.25, 0.35)
#: A safety stop for the loop: no plan of the demo has this many phases and turns.
MAX_STEPS = 500


def record_session(services: Services, rng: random.Random, meeting: Meeting) -> None:
    """Plan `meeting` (blocks around the method of its first case) and run its session to the
    end, as held on its date from its planned start."""
    assert meeting.id is not None and meeting.planned_start is not None
    with services.db.session() as session:
        case = session.exec(select(Case).where(Case.meeting_id == meeting.id)).first()
        if case is None or not case.method_key:
            return
        keys = [*MEETING_BLOCKS_BEFORE, case.method_key, *MEETING_BLOCKS_AFTER]
        for position, key in enumerate(keys, start=1):
            session.add(
                PlanItem(
                    meeting_id=meeting.id,
                    position=position,
                    method_key=key,
                    case_id=case.id if key == case.method_key else None,
                )
            )
        session.commit()
    local = datetime.combine(meeting.date, meeting.planned_start).astimezone()
    began = local.astimezone(UTC)
    seconds = [0.0]

    def clock() -> float:
        return seconds[0]

    def wall() -> datetime:
        return began + timedelta(seconds=seconds[0])

    runner = SessionService(services.db, services.plans, wall=wall).open(meeting.id, clock)
    runner.start()
    for _ in range(MAX_STEPS):
        snap = runner.snapshot()
        if snap.state == RunState.FINISHED:
            return
        planned = snap.turn.planned if snap.turn is not None else snap.phase.planned
        seconds[0] += max(30.0, planned * (1 + rng.uniform(*SPREAD)))
        last = snap.step_index == snap.step_count - 1 and snap.phase_index == snap.phase_count - 1
        if last and snap.turn is None:
            runner.finish()  # what Next does at the very end in session mode
        else:
            runner.next()
    raise AssertionError("the demo session did not finish")  # pragma: no cover
