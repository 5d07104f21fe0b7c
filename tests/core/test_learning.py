"""Meeting evaluations, safety checks, the chair of a meeting and the group's development: the
upgrade from schema 3 keeps the data, the services store what they are given or refuse all of
it, and the development holds aggregates only."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, time
from typing import TYPE_CHECKING

import pytest
from sqlmodel import select

from intervisie_desktop.core.db import migrate
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import IntervisieError, ValidationError
from intervisie_desktop.core.models import (
    AttendanceStatus,
    ChairMode,
    EvaluationItem,
    EvaluationScore,
    FollowUpStatus,
    MeetingStatus,
)
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.learning import parse_scores
from intervisie_desktop.paths import methods_dir
from tests.conftest import FIXTURES

if TYPE_CHECKING:
    from pathlib import Path


@pytest.fixture
def v3_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v3.sqlite3"
    shutil.copy(FIXTURES / "schema_v3_led.sqlite3", target)
    return target


def test_upgrade_from_schema_3_keeps_the_data_and_derives_the_chair(
    v3_copy: Path, tmp_path: Path
) -> None:
    with sqlite3.connect(v3_copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.close()
    backups = tmp_path / "backups"
    db = open_database(v3_copy, backup_dir=backups)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrate.SCHEMA_VERSION
        # The meeting without a leader stays the supervisor's; the one a member led in this
        # guided group is chaired by that member with the supervisor in the background.
        assert conn.exec_driver_sql(
            "SELECT id, led_by_member_id, chair_mode FROM meeting ORDER BY id"
        ).all() == [(1, None, "SUPERVISOR"), (2, 1, "MEMBER_SUPERVISED")]
        assert conn.exec_driver_sql("SELECT count(*) FROM evaluationscore").scalar() == 0
        # The search index of schema 3 still follows the meeting table.
        assert conn.exec_driver_sql(
            "SELECT rowid FROM meeting_fts WHERE meeting_fts MATCH 'feedback'"
        ).all() == [(2,)]
    services = Services(db, methods_dir())
    assert [g.name for g in services.groups.list()] == ["Fixture groep"]
    assert services.meetings.get(2).theme == "Feedback geven"
    assert services.cases.get(1).description == "vertrouwelijk"
    services.evaluations.record(1, {EvaluationItem.OVERALL: [8, 7]})
    services.meetings.update(1, theme="gezocht")
    assert services.search.query("gezocht")
    db.close()
    (copy,) = backups.glob("before-upgrade-v3-*.sqlite3")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.close()


def test_downgrade_to_schema_3_and_up_again(v3_copy: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from intervisie_desktop.core.db.engine import make_engine

    open_database(v3_copy).close()
    engine = make_engine(v3_copy)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        conn.commit()
    engine.dispose()
    with sqlite3.connect(v3_copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in conn.execute("PRAGMA table_info(meeting)")}
        assert conn.execute("SELECT count(*) FROM meeting").fetchone() == (2,)
    conn.close()
    assert not tables & {"evaluationscore", "safetycheck", "safetytally"}
    assert "chair_mode" not in columns
    db = open_database(v3_copy)  # and up again: the chair is derived once more
    assert Services(db, methods_dir()).meetings.get(2).chair_mode == ChairMode.MEMBER_SUPERVISED
    db.close()


@pytest.mark.parametrize(
    ("text", "scores"),
    [("7 8 6 9", [7, 8, 6, 9]), ("10,0; 5/ 6", [10, 0, 5, 6]), ("  ", []), ("08", [8])],
)
def test_scores_are_typed_as_a_list(text: str, scores: list[int]) -> None:
    assert parse_scores(text) == scores


@pytest.mark.parametrize("text", ["7 11", "-1", "7.5", "zeven", "100", "1 " * 101, "\ud800"])
def test_anything_but_scores_from_0_to_10_is_refused(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_scores(text)


def _group_with_meetings(services: Services) -> tuple[int, list[int], list[int]]:
    group = services.groups.create(name="Leergroep", guided=True).value
    assert group.id is not None
    members = []
    for name in ("Anna Bos", "Bert Dijk", "Carla Eek", "Dirk Fok"):
        m = services.members.create(full_name=name).value
        assert m.id is not None
        services.memberships.add(group.id, m.id, date(2024, 1, 1))
        members.append(m.id)
    meetings = []
    for day in (date(2024, 3, 1), date(2024, 9, 1), date(2025, 2, 1)):
        meeting = services.meetings.create(
            group_id=group.id,
            date=day,
            planned_start=time(14),
            planned_end=time(16),
            status=MeetingStatus.HELD,
        ).value
        assert meeting.id is not None
        meetings.append(meeting.id)
    return group.id, members, meetings


def test_evaluation_answers_are_stored_per_item_without_names(services: Services) -> None:
    _group, _members, (m1, m2, _m3) = _group_with_meetings(services)
    services.evaluations.record(m1, {"overall": [7, 8], EvaluationItem.SAFETY: [9, 9, 6]})
    services.evaluations.record(m1, {"overall": [6, 8, 9]})  # replaces overall, keeps safety
    got = services.evaluations.scores(m1)
    assert got[EvaluationItem.OVERALL] == [6, 8, 9]
    assert got[EvaluationItem.SAFETY] == [9, 9, 6]
    assert (
        got[EvaluationItem.FIT] == []
        and services.evaluations.scores(m2)[EvaluationItem.OVERALL] == []
    )
    with services.db.session() as session:
        rows = session.exec(select(EvaluationScore)).all()
    assert len(rows) == 6
    assert set(EvaluationScore.model_fields) == {"id", "meeting_id", "item", "score"}


def test_one_bad_score_stores_nothing(services: Services) -> None:
    _group, _members, (m1, _m2, _m3) = _group_with_meetings(services)
    services.evaluations.record(m1, {"overall": [7]})
    with pytest.raises(ValidationError):
        services.evaluations.record(m1, {"fit": [5, 6], "overall": [7, 12]})
    assert services.evaluations.scores(m1)[EvaluationItem.FIT] == []
    assert services.evaluations.scores(m1)[EvaluationItem.OVERALL] == [7]
    with pytest.raises(IntervisieError):
        services.evaluations.record(m1, {"mood": [5]})
    with pytest.raises(IntervisieError):
        services.evaluations.record(10**6, {"overall": [5]})


def test_a_member_named_as_chair_makes_the_meeting_member_chaired(services: Services) -> None:
    group, members, (m1, m2, _m3) = _group_with_meetings(services)
    stored = services.meetings.update(m1, led_by_member_id=members[1]).value
    assert stored.chair_mode == ChairMode.MEMBER_SUPERVISED  # a guided group
    stored = services.meetings.update(m2, chair_mode="member", led_by_member_id=members[2]).value
    assert (stored.chair_mode, stored.led_by_member_id) == (ChairMode.MEMBER, members[2])
    stored = services.meetings.update(m2, chair_mode="supervisor", led_by_member_id=None).value
    assert stored.chair_mode == ChairMode.SUPERVISOR
    with pytest.raises(ValidationError):
        services.meetings.update(m2, chair_mode="nobody")
    services.groups.update(group, guided=False)
    stored = services.meetings.update(m2, led_by_member_id=members[0]).value
    assert stored.chair_mode == ChairMode.MEMBER


def test_safety_check_tally_round_trip_and_refusals(services: Services) -> None:
    group, _members, _meetings = _group_with_meetings(services)
    check = services.safety_checks.create(group_id=group, date=date(2024, 6, 1)).value
    assert check.id is not None
    counts = [[0, 0, 1, 2, 3]] * 4 + [[3, 2, 1, 0, 0]] + [[0, 0, 0, 3, 3]] * 2
    services.safety_checks.set_counts(check.id, counts)
    assert services.safety_checks.counts(check.id) == [list(r) for r in counts]
    for bad in ([[1] * 5] * 6, [[1] * 4] * 7, [[1, 1, 1, 1, -1]] * 7, [[1, 1, 1, 1, "2"]] * 7):
        with pytest.raises(ValidationError):
            services.safety_checks.set_counts(check.id, bad)
    assert services.safety_checks.counts(check.id) == [list(r) for r in counts]
    assert [c.id for c in services.safety_checks.for_group(group)] == [check.id]
    dev = services.evaluations.development(group)
    (point,) = dev.safety
    assert point.forms == 6
    # Statement 5 is worded the other way round: 3x"1", 2x"2", 1x"3" reads as a high 5.33.
    assert point.item_means[4] == pytest.approx(6 - 10 / 6)
    assert point.item_means[0] == pytest.approx(26 / 6)
    services.safety_checks.delete(check.id)
    assert services.evaluations.development(group).safety == ()


def test_development_per_meeting_and_year(services: Services) -> None:
    group, members, (m1, m2, m3) = _group_with_meetings(services)
    services.evaluations.record(m1, {"overall": [6, 8], "safety": [1, 1]})
    services.evaluations.record(m3, {"overall": [9, 9, 9]})
    for member, status in zip(members, ["present", "present", "absent", "excused"], strict=True):
        services.attendance.record(m1, member, AttendanceStatus(status))
    services.attendance.record(m2, members[0], AttendanceStatus.PRESENT)
    services.attendance.record(m2, members[1], AttendanceStatus.PRESENT)
    for follow_up in (FollowUpStatus.DONE, FollowUpStatus.OPEN, FollowUpStatus.DROPPED):
        services.cases.create(
            meeting_id=m1, bringer_id=members[0], topic="t", follow_up_status=follow_up
        )
    services.cases.create(meeting_id=m1, bringer_id=members[1], topic="t")  # nothing agreed
    services.meetings.update(m2, chair_mode="member", led_by_member_id=members[1])
    dev = services.evaluations.development(group)
    p1, p2, p3 = dev.meetings
    assert (p1.overall, p1.answers) == (7.0, 2)
    assert p1.attendance.rate == 0.5 and p2.attendance.rate == 1.0 and p3.attendance.rate is None
    assert (p1.followed_up.part, p1.followed_up.whole) == (2, 3)
    assert [p.member_chaired for p in dev.meetings] == [False, True, False]
    y2024, y2025 = dev.years
    assert (y2024.year, y2024.meetings, y2024.overall, y2024.answers) == (2024, 2, 7.0, 2)
    assert (y2024.attendance.part, y2024.attendance.whole) == (4, 6)
    assert (y2024.member_chaired.part, y2024.member_chaired.whole) == (1, 2)
    assert (y2025.overall, y2025.followed_up.rate) == (9.0, None)
    # A planned meeting is not part of the development.
    services.meetings.update(m3, status=MeetingStatus.PLANNED, date=date(2030, 1, 1))
    assert [p.meeting_id for p in services.evaluations.development(group).meetings] == [m1, m2]


def test_deleting_a_meeting_removes_its_evaluation(services: Services) -> None:
    _group, _members, (m1, _m2, _m3) = _group_with_meetings(services)
    services.evaluations.record(m1, {"overall": [6, 8]})
    services.meetings.delete(m1)
    with services.db.session() as session:
        assert session.exec(select(EvaluationScore)).all() == []


def test_the_demos_hold_evaluations_a_safety_check_and_member_chairs(tmp_path: Path) -> None:
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.core.models import Meeting, SafetyCheck

    path = write_demo(tmp_path / "d", "x.sqlite3", "small", methods_dir=methods_dir())
    db = open_database(path)
    services = Services(db, methods_dir())
    with db.session() as session:
        held = session.exec(select(Meeting).where(Meeting.status == MeetingStatus.HELD)).all()
        rated = set(session.exec(select(EvaluationScore.meeting_id)).all())
        assert len(session.exec(select(SafetyCheck)).all()) >= 1
        chaired = [m for m in held if m.chair_mode != ChairMode.SUPERVISOR]
    assert rated and rated <= {m.id for m in held}
    assert len(rated) >= len(held) - 1  # a meeting where nobody was present has no ratings
    assert chaired and all(m.led_by_member_id is not None for m in chaired)
    for group in services.groups.list():
        dev = services.evaluations.development(group.id or 0)
        assert dev.safety and dev.safety[0].forms >= 5
        assert any(y.member_chaired.part for y in dev.years)
    db.close()


def test_an_undone_deletion_brings_the_evaluation_and_safety_checks_back(
    services: Services,
) -> None:
    from intervisie_desktop.core.changes import Change

    group, _members, (m1, _m2, _m3) = _group_with_meetings(services)
    services.evaluations.record(m1, {"overall": [6, 8], "fit": [5]})
    check = services.safety_checks.create(group_id=group, date=date(2024, 6, 1)).value
    services.safety_checks.set_counts(check.id, [[1, 0, 0, 0, 2]] * 7)
    deleted = services.deletions.delete("meeting", m1)
    assert Change.EVALUATIONS in deleted.changes.kinds
    services.deletions.restore(deleted)
    assert services.evaluations.scores(m1)[EvaluationItem.OVERALL] == [6, 8]
    gone = services.deletions.delete("group", group)
    assert gone.count("safetytally") == 14 and gone.count("evaluationscore") == 3
    services.deletions.restore(gone)
    assert services.safety_checks.counts(check.id or 0) == [[1, 0, 0, 0, 2]] * 7
