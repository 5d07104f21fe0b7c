"""The minutes as plain data: attendance split as recorded, topics and methods, only the agreed
actions of cases switched on, the next meeting that is not cancelled; only held meetings."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.errors import NotFoundError, ValidationError
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.reports.minutes import Minutes, build_minutes
from intervisie_desktop.core.reports.model import key_as_name
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.minutes_data import PLANTED, SHARED, planted_database

if TYPE_CHECKING:
    from pathlib import Path


def minutes_of(folder: Path, meeting_id: int) -> Minutes:
    db = open_database(folder / DATABASE_NAME)
    try:
        with db.session() as session:
            return build_minutes(session, meeting_id, "nl", key_as_name)
    finally:
        db.close()


def test_minutes_of_a_held_meeting(tmp_path: Path) -> None:
    ids = planted_database(tmp_path)
    m = minutes_of(tmp_path, ids["held"])
    assert (m.present, m.absent, m.excused, m.unrecorded) == (
        ("Anna de Vries", "Bram Jansen"),
        ("Cora Smit",),
        ("Dirk Bos",),
        (),
    )
    assert m.topics == ("Grenzen stellen", "Overdracht")
    assert m.methods == ("incident", "gossip")
    assert [(a.bringer, a.topic) for a in m.actions] == [("Anna", "Grenzen stellen")]
    assert SHARED in m.actions[0].actions
    # The cancelled meeting in between is skipped: the next one is on 1 April.
    assert m.next_meeting is not None
    assert (m.next_meeting.date, m.next_meeting.start) == (date(2025, 4, 1), time(19, 30))
    assert m.led_by == "M. Kramer"
    flat = repr(m)
    assert [word for word in PLANTED.values() if word in flat] == []


def test_switching_a_case_off_takes_its_actions_out(tmp_path: Path) -> None:
    ids = planted_database(tmp_path)
    db = open_database(tmp_path / DATABASE_NAME)
    Services(db, methods_dir()).cases.update(ids["shared_case"], actions_shareable=False)
    db.close()
    assert minutes_of(tmp_path, ids["held"]).actions == ()


def test_only_held_meetings_have_minutes(tmp_path: Path) -> None:
    ids = planted_database(tmp_path)
    with pytest.raises(ValidationError, match="still planned"):
        minutes_of(tmp_path, ids["next"])
    with pytest.raises(ValidationError, match="cancelled"):
        minutes_of(tmp_path, ids["cancelled"])
    with pytest.raises(NotFoundError):
        minutes_of(tmp_path, 999)


def test_the_demo_has_minutes_with_shared_actions(tmp_path: Path) -> None:
    path = write_demo(tmp_path / "d", DATABASE_NAME, "small", methods_dir=methods_dir())
    db = open_database(path)
    services = Services(db, methods_dir())
    shown = 0
    for group in services.groups.list():
        assert group.id is not None
        held = [m for m in services.meetings.for_group(group.id) if m.status == MeetingStatus.HELD]
        assert held[-1].id is not None
        with db.session() as session:
            minutes = build_minutes(session, held[-1].id, "nl", key_as_name)
        assert minutes.actions and all(a.actions for a in minutes.actions)
        assert minutes.next_meeting is not None
        shown += len(minutes.actions)
    db.close()
    assert shown >= 2
