"""Session runs of meetings: open (start or resume) a run, list unfinished ones, rebuild a run."""

from __future__ import annotations

import logging
import time
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Meeting,
    MeetingStatus,
    Member,
    SessionRun,
)
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.services.base import must_exist
from intervisie_desktop.core.session.plan import SessionPlan
from intervisie_desktop.core.session.runner import Clock, SessionRunner, Status
from intervisie_desktop.core.session.store import (
    SessionStore,
    WallClock,
    is_live,
    last_sign_of_life,
    replay_log,
    replay_run,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services.plans import PlanService
    from intervisie_desktop.core.session.airtime import Airtime
    from intervisie_desktop.core.session.state import RunFacts

logger = logging.getLogger(__name__)

MSG_EMPTY_PLAN = QT_TRANSLATE_NOOP(
    "Validation", "This meeting has no session plan yet; add at least one step first."
)
MSG_RUN_FINISHED = QT_TRANSLATE_NOOP(
    "Validation", "The session of this meeting is finished; it can no longer be discarded."
)


#: What finishing a run changes (close_meeting): the meeting is held, attendance is completed and
#: the cases get the method they were worked on with.
MEETING_CLOSED = OpChanges.of(Change.SESSIONS, Change.MEETINGS, Change.ATTENDANCE, Change.CASES)


def not_held_by(run: SessionRun, meeting: Meeting) -> bool:
    """A finished run that did not close its meeting (finished before the meeting's day)."""
    return run.finished and meeting.status == MeetingStatus.PLANNED and meeting.actual_start is None


class SessionService:
    """Hands out one live runner per meeting; every runner it makes writes through a store."""

    def __init__(self, db: Database, plans: PlanService, wall: WallClock = utcnow) -> None:
        self.db = db
        self.plans = plans
        self.wall = wall
        self._open: dict[int, SessionRunner] = {}

    def open(self, meeting_id: int, clock: Clock = time.monotonic) -> SessionRunner:
        """The meeting's runner: new, still open here, or resumed from the log.

        The plan is frozen by the real start. Until then every open takes the meeting's plan
        as it is now, so what was set before the start (a blanked projector, the break time,
        who is absent) is kept without fixing a plan the supervisor may still edit.
        A resumed run that was running is paused from its last sign of life (last event or
        heartbeat) until now; `start()` or `toggle_pause()` continues it where it stood.
        """
        meeting_id = v.record_id(meeting_id, "meeting")
        live = self._open.get(meeting_id)
        if live is not None and live.status != Status.NOT_STARTED:
            return live
        with self.db.session() as session:
            meeting: Meeting = must_exist(session, Meeting, meeting_id, "meeting")
            run = session.exec(
                select(SessionRun).where(SessionRun.meeting_id == meeting_id)
            ).first()
            if run is not None and run.finished and not_held_by(run, meeting):
                session.delete(run)  # a rehearsal before the meeting's day: start anew
                session.commit()
                run = None
            if run is None or run.state == Status.NOT_STARTED:
                plan = self.plans.plan(meeting_id)
                if not plan.steps:
                    raise ValidationError(MSG_EMPTY_PLAN)
                if live is not None and live.plan == plan:
                    return live  # nothing edited since: the same runner
                runner = self._before_start(session, run, meeting_id, plan, clock)
            else:
                assert run.id is not None
                offset, t, down = self._offset(session, run, clock)
                runner = replay_run(session, run, clock, offset)
                runner.recorder = self._store(run.id, runner.plan)
                if runner.status == Status.RUNNING:
                    runner.interrupt(t)
                    logger.info("session run %s resumed after %.1f s away", run.id, down)
        if runner.status != Status.FINISHED:
            self._open[meeting_id] = runner
        return runner

    def _before_start(
        self,
        session: Session,
        run: SessionRun | None,
        meeting_id: int,
        plan: SessionPlan,
        clock: Clock,
    ) -> SessionRunner:
        """A run not started yet, on the plan as it is now; what was logged before the start
        (blank, break time, absent, order) is replayed on it (what no longer fits is dropped)."""
        if run is None:
            run = SessionRun(meeting_id=meeting_id)
        run.plan_json = plan.to_json()  # frozen: later edits of methods don't reach it
        session.add(run)
        session.commit()
        assert run.id is not None
        if run.last_seq == 0:
            runner = SessionRunner(plan, clock, self._store(run.id, plan))
        else:
            offset = self._offset(session, run, clock)[0]
            store = self._store(run.id, plan)
            runner = replay_log(session, run.id, plan, clock, offset, store)
        return runner

    def _offset(
        self, session: Session, run: SessionRun, clock: Clock
    ) -> tuple[float, float, float]:
        """(offset, last sign of life, seconds away): the run's timeline goes on from where it
        was last known alive, plus the time the program was gone."""
        if run.finished:
            return 0.0, 0.0, 0.0
        t, at = last_sign_of_life(session, run, getattr(self.db, "path", None))
        down = max(0.0, (self.wall() - at).total_seconds()) if at is not None else 0.0
        return t + down - clock(), t, down

    def close(self, meeting_id: int) -> None:
        """Forget the live runner (its state is in the database); the next open resumes it."""
        meeting_id = v.record_id(meeting_id, "meeting")
        self._open.pop(meeting_id, None)

    def rebuild(self, meeting_id: int, clock: Clock, offset: float = 0.0) -> SessionRunner | None:
        """The runner exactly as the log leaves it, writing nothing (for checks and reports)."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with self.db.session() as session:
            run = self.run_for(meeting_id)
            if run is None:
                return None
            return replay_run(session, run, clock, offset)

    def airtime(self, meeting_id: int) -> Airtime | None:
        """Who spoke how long in each round of the meeting's finished session (main window
        only: see core.session.airtime); None before the session was run to the end."""
        from intervisie_desktop.core.session.airtime import airtime_of

        meeting_id = v.record_id(meeting_id, "meeting")
        with self.db.session() as session:
            return airtime_of(session, meeting_id)

    def run_for(self, meeting_id: int) -> SessionRun | None:
        meeting_id = v.record_id(meeting_id, "meeting")
        with self.db.session() as session:
            return session.exec(
                select(SessionRun).where(SessionRun.meeting_id == meeting_id)
            ).first()

    def frozen_plan(self, meeting_id: int) -> SessionPlan | None:
        run = self.run_for(meeting_id)
        return SessionPlan.from_json(run.plan_json) if run is not None else None

    def unfinished(self) -> list[Meeting]:
        """Meetings whose session was started and not finished (to offer a resume)."""
        with self.db.session() as session:
            rows = session.exec(
                select(Meeting, SessionRun)
                .join(SessionRun, col(SessionRun.meeting_id) == Meeting.id)
                .where(SessionRun.finished == False)  # noqa: E712 - SQL comparison
                .order_by(col(Meeting.date), col(Meeting.planned_start))
            ).all()
            return [meeting for meeting, run in rows if is_live(run)]

    def discard(self, meeting_id: int) -> OpChanges:
        """Throw away an unfinished run (e.g. a trial run); a finished run is history and stays."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with self.db.session() as session:
            run = session.exec(
                select(SessionRun).where(SessionRun.meeting_id == meeting_id)
            ).first()
            if run is None:
                return OpChanges()
            if run.finished:
                raise ValidationError(MSG_RUN_FINISHED)
            session.delete(run)
            session.commit()
        self._open.pop(meeting_id, None)
        return OpChanges.of(Change.SESSIONS, ids=[(Change.MEETINGS, meeting_id)])

    def close_meeting(
        self, session: Session, run_id: int, plan: SessionPlan, facts: RunFacts, now: datetime
    ) -> None:
        """A run was finished: its meeting was held from the run's start to now, and who has
        no attendance yet gets it. Runs in the transaction that stores the finish event."""
        run = session.get(SessionRun, run_id)
        meeting = session.get(Meeting, plan.meeting_id)
        if run is None or meeting is None:
            return
        if meeting.date > now.astimezone().date():
            # A run finished before the meeting's day (a rehearsal): the meeting was not held.
            # It stays planned, with no times or attendance; on its day it runs afresh (open).
            logger.info("session run %s finished before its meeting's day", run_id)
            return
        start = run.started_at or now
        end = now
        if end <= start:  # a wall clock set back during the session: fall back on the run's length
            end = start + timedelta(seconds=max(1.0, facts.active))
        meeting.actual_start = start
        meeting.actual_end = end
        meeting.status = MeetingStatus.HELD
        session.add(meeting)
        recorded = set(
            session.exec(select(Attendance.member_id).where(Attendance.meeting_id == meeting.id))
        )
        for speaker in plan.speakers:
            if speaker.member_id in recorded or session.get(Member, speaker.member_id) is None:
                continue
            absent = speaker.member_id in facts.absent
            session.add(
                Attendance(
                    meeting_id=plan.meeting_id,
                    member_id=speaker.member_id,
                    status=AttendanceStatus.ABSENT if absent else AttendanceStatus.PRESENT,
                )
            )
        for step in plan.steps:
            if step.case is None or not step.method.key:
                continue
            case = session.get(Case, step.case.case_id)
            if case is not None and not case.method_key:
                case.method_key = step.method.key  # the method it was worked on with
                session.add(case)

    def _store(self, run_id: int, plan: SessionPlan) -> SessionStore:
        """The run's recorder; finishing the run closes the meeting (close_meeting)."""

        def on_finish(session: Session, facts: RunFacts, now: datetime) -> None:
            self.close_meeting(session, run_id, plan, facts, now)

        return SessionStore(self.db, run_id, self.wall, on_finish)
