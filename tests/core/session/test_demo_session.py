"""The small demo's next meetings can be run: a plan with a case, its bringer and question."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo.small import write_small
from intervisie_desktop.core.demo.writer import (
    DEMO_METHODS,
    MEETING_BLOCKS_AFTER,
    MEETING_BLOCKS_BEFORE,
)
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text
from intervisie_desktop.core.models import SpeakerMode
from intervisie_desktop.core.services import Services
from tests.core.session.conftest import FakeClock

KNOWN = {*DEMO_METHODS, *MEETING_BLOCKS_BEFORE, *MEETING_BLOCKS_AFTER}


def stand_in(key: str) -> MethodDef:
    """A two-phase stand-in for each key the demo uses (the real catalogue is tested apart)."""
    if key not in KNOWN:
        raise KeyError(key)
    kind = MethodKind.BLOCK if key.startswith("block.") else MethodKind.METHOD
    first = SpeakerMode.ROUND if kind == MethodKind.BLOCK else SpeakerMode.CASE_BRINGER
    phases = (
        PhaseDef(Text(key), first, minutes=5),
        PhaseDef(Text(key + " 2"), SpeakerMode.OPEN, minutes=5),
    )
    return MethodDef(key, Text(key, key), phases, kind)


def test_each_groups_next_meeting_has_a_case_to_run(tmp_path: Path) -> None:
    today = date(2025, 6, 2)
    db = open_database(tmp_path / "demo.sqlite3")
    write_small(db, today=today)
    services = Services(db, resolve_method=stand_in)
    groups = services.groups.list()
    assert len(groups) == 2
    for group in groups:
        meeting = services.meetings.next_planned(group.id, today=today)
        assert meeting is not None and meeting.id is not None
        plan = services.plans.plan(meeting.id)
        with_case = [s for s in plan.steps if s.case is not None]
        assert len(with_case) == 1 and with_case[0].method.key in DEMO_METHODS
        bringer = with_case[0].case.bringer_id if with_case[0].case else None
        assert bringer in {s.member_id for s in plan.present}
        runner = services.sessions.open(meeting.id, FakeClock())
        runner.start()
        runner.jump_to(len(MEETING_BLOCKS_BEFORE), 0)
        snap = runner.snapshot()
        assert snap.case_bringer_id == bringer and snap.case_question
        assert [s.member_id for s in snap.speakers] == [bringer]
    db.close()
