"""The small demo's next meetings can be run: a plan with a case, its bringer and question."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo.methods import DEMO_METHODS, MEETING_BLOCKS_BEFORE
from intervisie_desktop.core.demo.small import write_small
from intervisie_desktop.core.models import SpeakerMode
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir
from tests.core.session.conftest import FakeClock

if TYPE_CHECKING:
    from pathlib import Path


def test_each_groups_next_meeting_has_a_case_to_run(tmp_path: Path) -> None:
    today = date(2025, 6, 2)
    db = open_database(tmp_path / "demo.sqlite3")
    write_small(db, methods_dir(), today=today)
    services = Services(db, methods_dir())  # the real method library resolves the demo's keys
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
        step = len(MEETING_BLOCKS_BEFORE)
        modes = [p.speaker_mode for p in plan.steps[step].method.phases]
        runner.jump_to(step, modes.index(SpeakerMode.CASE_BRINGER))
        snap = runner.snapshot()
        assert snap.case_bringer_id == bringer and snap.case_question
        assert [s.member_id for s in snap.speakers] == [bringer]
    db.close()
