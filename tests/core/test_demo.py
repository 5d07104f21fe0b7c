"""The demo datasets: realistic, complete, and never written over existing data."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import func
from sqlmodel import SQLModel, col, select

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.demo import DemoFolderNotEmpty, write_demo
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Group,
    LearningGoal,
    Meeting,
    MeetingStatus,
    Note,
)
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def count(db: Database, model: type[SQLModel], *where: Any) -> int:
    with db.session() as session:
        return session.exec(select(func.count()).select_from(model).where(*where)).one()


def test_small_demo_has_a_year_of_realistic_data(tmp_path: Path) -> None:
    path = write_demo(tmp_path / "d", "x.sqlite3", "small", methods_dir=methods_dir())
    db = open_database(path)
    services = Services(db, methods_dir())
    groups = services.groups.list()
    assert len(groups) == 2 and any("Balint" in g.name for g in groups)
    assert count(db, Meeting, Meeting.status == MeetingStatus.HELD) >= 15
    assert count(db, Meeting, Meeting.date > date.today()) >= 2  # planned ahead
    assert count(db, Attendance, Attendance.status == AttendanceStatus.ABSENT) > 0
    assert count(db, Attendance, Attendance.status == AttendanceStatus.EXCUSED) > 0
    assert count(db, Attendance, Attendance.partial_minutes.is_not(None)) > 0  # type: ignore[union-attr]
    assert count(db, Case) >= 15 and count(db, Note) >= 5 and count(db, LearningGoal) >= 10
    for group in groups:
        seated = services.memberships.members_of(group.id or 0, date.today())
        assert len(seated) >= 5
        assert all(p.display_name for _, p in seated)
        held = services.registrations.of_members([p.id or 0 for _, p in seated])
        assert all(rows and all(r.number for r in rows) for rows in held.values())
    # several registers, one member with two, and numbers in their register's form
    every = [
        r for rows in services.registrations.of_members(list(range(1, 40))).values() for r in rows
    ]
    assert {r.register_key for r in every} >= {"BIG", "NHG", "NIP", "SKJ"}
    per_member = Counter(r.member_id for r in every)
    assert max(per_member.values()) == 2
    assert all(
        services.registers.warnings(r.register_key, r.number, r.member_id) == []
        for r in every
        if r.register_key != "NHG"
    )
    assert services.meetings.next_planned() is not None
    db.close()


def test_large_demo_meets_the_benchmark_sizes(tmp_path: Path) -> None:
    db = open_database(write_demo(tmp_path / "d", "x.sqlite3", "large", methods_dir=methods_dir()))
    assert count(db, Group) >= 25
    assert count(db, Meeting) >= 2500
    assert count(db, Case) >= 7500
    assert count(db, Note) >= 20000
    with db.session() as session:  # a third of the cases share their actions with the group
        shared = session.exec(select(Case).where(col(Case.actions_shareable).is_(True))).all()
    assert len(shared) == pytest.approx(count(db, Case) / 3, rel=0.01)
    db.close()


def test_folder_with_data_is_refused_and_unchanged(tmp_path: Path) -> None:
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine")
    with pytest.raises(DemoFolderNotEmpty):
        write_demo(folder, "x.sqlite3", "small", methods_dir=methods_dir())
    assert [p.name for p in folder.iterdir()] == ["keep.txt"]


def test_the_programs_own_lock_file_does_not_count_as_data(tmp_path: Path) -> None:
    from intervisie_desktop.core.instance import LOCK_NAME

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / LOCK_NAME).write_text("")  # taken by the window that will show the demo
    assert write_demo(folder, "x.sqlite3", "small", methods_dir=methods_dir()).exists()


@pytest.mark.slow
def test_the_career_demo_is_the_large_one_block_after_block(tmp_path: Path) -> None:
    """Two blocks hold twice the large demo's rows, each group its own members and meetings
    (the career demo is ten such blocks: `intervisie demo --size career`)."""
    from intervisie_desktop.core.demo.large import GROUPS, MEETINGS_PER_GROUP, write_large
    from intervisie_desktop.core.models import Member

    db = open_database(tmp_path / "career.sqlite3")
    write_large(db, blocks=2)
    assert count(db, Group) == 2 * GROUPS
    assert count(db, Group, Group.archived) == 2 * 4  # the last four of every 26
    assert count(db, Meeting) == 2 * GROUPS * MEETINGS_PER_GROUP
    assert count(db, Note) >= 40000 and count(db, Case) >= 15000
    with db.session() as session:
        names = session.exec(select(Group.name)).all()
        meetings_per_group = session.exec(
            select(Meeting.group_id, func.count()).group_by(Meeting.group_id)
        ).all()
        members = session.exec(select(func.count(func.distinct(Member.id)))).one()
    assert len(set(names)) == len(names)
    assert {n for _g, n in meetings_per_group} == {MEETINGS_PER_GROUP}
    assert members == 2 * GROUPS * 7
    db.close()


def test_the_small_demo_has_one_finished_session_per_group(tmp_path: Path) -> None:
    """So the summary's planned-versus-actual chart and a meeting's figures can be seen before
    a session of one's own: each group's last held meeting was run to the end on its date."""
    from intervisie_desktop.core.models import SessionRun
    from intervisie_desktop.core.session.report import planned_vs_actual

    db = open_database(write_demo(tmp_path / "d", "x.sqlite3", "small", methods_dir=methods_dir()))
    services = Services(db, methods_dir())
    assert services.sessions.unfinished() == []  # nothing offered to resume at the first start
    with db.session() as session:
        runs = session.exec(select(SessionRun)).all()
        assert len(runs) == len(services.groups.list()) == 2
        for run in runs:
            meeting = session.get(Meeting, run.meeting_id)
            assert meeting is not None and meeting.status == MeetingStatus.HELD
            assert meeting.date < date.today()
            assert meeting.actual_start is not None and meeting.actual_end is not None
            assert meeting.actual_start.date() == meeting.date
            minutes = (meeting.actual_end - meeting.actual_start).total_seconds() / 60
            assert 60 < minutes < 180
            rows = planned_vs_actual(session, meeting.id)
            assert len(rows) >= 8
            assert any(row.actual != row.planned for row in rows)
    db.close()
