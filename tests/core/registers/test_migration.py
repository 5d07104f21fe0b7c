"""Migration 0006: a database of schema 3 (one register field per member) upgraded with its
data kept, each old value moved into the registrations table as a supervisor would read it."""

from __future__ import annotations

import shutil
import sqlite3
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db import migrate
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir
from tests.conftest import FIXTURES

if TYPE_CHECKING:
    from pathlib import Path

#: Member id -> the registrations the old fields become (see tests/fixtures/make_fixtures.py).
EXPECTED = {
    1: [("BIG", "1973060")],
    2: [("BIG", "01234567890")],
    3: [("SKJ", "110012345")],
    4: [("BIG", "12345678901")],
    5: [("NIP", "NIP012345")],
    6: [],
    7: [("Eigen register", "A-12")],
    8: [("BIG", "")],
    9: [("", "12345")],
}


@pytest.fixture
def v3_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v3.sqlite3"
    shutil.copy(FIXTURES / "schema_v3.sqlite3", target)
    return target


def test_the_fixture_is_of_schema_3_with_one_register_field(v3_copy: Path) -> None:
    with sqlite3.connect(v3_copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
        columns = [r[1] for r in conn.execute("PRAGMA table_info(member)")]
    conn.close()
    assert "register_name" in columns and "registration_number" in columns


def test_upgrade_moves_each_register_field_into_registrations(
    v3_copy: Path, tmp_path: Path
) -> None:
    db = open_database(v3_copy, backup_dir=tmp_path / "backups")
    services = Services(db, methods_dir())
    found = services.registrations.of_members(list(EXPECTED))
    # A number without a register keeps an empty register: the member form warns about it
    # ("No register chosen for this number") rather than the migration guessing one.
    assert {m: [(r.register_key, r.number) for r in rows] for m, rows in found.items()} == EXPECTED
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrate.SCHEMA_VERSION
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(member)")]
    assert "register_name" not in columns and "registration_number" not in columns
    # everything else is still there: members, their group, the meeting and its attendance
    assert len(services.members.list()) == 9
    with db.session() as session:
        from intervisie_desktop.core.stats import attended_minutes_by_member

        assert attended_minutes_by_member(session, 2025) == {m: 120 for m in EXPECTED}
    db.close()
    assert list((tmp_path / "backups").glob("before-upgrade-v3-*.sqlite3"))


def test_member_search_works_after_the_index_is_rebuilt(v3_copy: Path) -> None:
    db = open_database(v3_copy)
    services = Services(db, methods_dir())
    assert [h.id for h in services.search.query("Lid 7", kinds=["member"])] == [7]
    services.members.update(7, full_name="Zeldzaamnaam Jansen")
    assert [h.id for h in services.search.query("Zeldzaamnaam", kinds=["member"])] == [7]
    assert services.search.query("Lid 7", kinds=["member"]) == []
    db.close()


def test_upgraded_demo_shows_its_numbers_in_portal_lists(v3_copy: Path) -> None:
    db = open_database(v3_copy)
    services = Services(db, methods_dir())
    found = services.registers.meeting_list(1, "BIG")
    assert found is not None
    assert found.numbers == ("1973060", "01234567890", "12345678901")  # seat order, zeros kept
    db.close()


def test_downgrade_puts_the_first_registration_back_in_the_old_fields(v3_copy: Path) -> None:
    db = open_database(v3_copy)
    services = Services(db, methods_dir())
    services.registrations.add(3, "BIG", "09876543210")  # a second one: the old field holds one
    db.close()
    db = open_database(v3_copy)
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
        conn.commit()
        rows = conn.exec_driver_sql(
            "SELECT id, register_name, registration_number FROM member ORDER BY id"
        ).all()
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == 3
        tables = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        hits = conn.exec_driver_sql(
            "SELECT rowid FROM member_fts WHERE member_fts MATCH '\"110012345\"'"
        ).all()
    db.engine.dispose()
    assert "registration" not in tables
    assert rows[0] == (1, "BIG", "1973060") and rows[2] == (3, "SKJ", "110012345")
    assert rows[5] == (6, "", "")
    assert hits == [(3,)]  # the old search index over the old columns is back
