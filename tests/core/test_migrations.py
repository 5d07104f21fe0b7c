"""Schema upgrades: fixture of the first schema, backup before upgrade, newer files refused."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from intervisie_desktop.core.db import migrate
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.stats import attended_minutes_by_member
from intervisie_desktop.paths import methods_dir
from tests.conftest import FIXTURES

EXTRA_MIGRATION = """
from alembic import op
import sqlalchemy as sa

revision = "9002"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("member") as batch:
        batch.add_column(sa.Column("pronouns", sa.String(), nullable=False, server_default=""))
    op.execute("PRAGMA user_version = {version}")
"""


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v1.sqlite3"
    shutil.copy(FIXTURES / "schema_v1.sqlite3", target)
    return target


def test_fixture_of_first_schema_opens_with_its_data(v1_copy: Path) -> None:
    db = open_database(v1_copy)
    services = Services(db, methods_dir())
    assert [g.name for g in services.groups.list()] == ["Fixture groep"]
    with db.session() as session:
        assert attended_minutes_by_member(session, 2024) == {1: 90}
    db.close()


def test_upgrade_writes_a_backup_first_and_keeps_the_data(
    v1_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(migrate.MIGRATIONS_DIR)).get_current_head()
    newer = migrate.SCHEMA_VERSION + 1
    (scripts / "versions" / "9002_pronouns.py").write_text(
        EXTRA_MIGRATION.replace("{head}", str(head)).replace("{version}", str(newer))
    )
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
    monkeypatch.setattr(migrate, "SCHEMA_VERSION", newer)
    backups = tmp_path / "backups"
    db = open_database(v1_copy, backup_dir=backups)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == newer
        assert conn.exec_driver_sql("SELECT pronouns FROM member").all() == [("",)]
        assert conn.exec_driver_sql('SELECT name FROM "group"').all() == [("Fixture groep",)]
    db.close()
    (copy,) = backups.glob("before-upgrade-v1-*.sqlite3")
    old = open_database(copy, create=False)  # the copy is a sound schema-1 database
    assert [g.name for g in Services(old, methods_dir()).groups.list()] == ["Fixture groep"]
    old.close()


def test_database_of_a_newer_version_is_refused_and_left_untouched(v1_copy: Path) -> None:
    open_database(v1_copy).close()
    import sqlite3

    with sqlite3.connect(v1_copy) as conn:
        conn.execute(f"PRAGMA user_version = {migrate.SCHEMA_VERSION + 5}")
    conn.close()
    before = v1_copy.read_bytes()
    with pytest.raises(DatabaseError) as err:
        open_database(v1_copy)
    assert "newer version" in str(err.value)
    assert v1_copy.read_bytes() == before


@pytest.mark.parametrize(
    "content",
    [b"this is a text file, not a database\n" * 40, b"\x00" * 4096, b"SQLite format 3\x00garbage"],
)
def test_non_database_files_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.sqlite3"
    path.write_bytes(content)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_bytes() == content


def test_database_of_another_program_is_refused(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER)")
    conn.close()
    with pytest.raises(DatabaseError, match="another program"):
        open_database(path)


def test_head_revision_matches_schema_version() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    head = script.get_revision(script.get_current_head())
    assert head is not None
    assert f"SCHEMA_VERSION = {migrate.SCHEMA_VERSION}" in Path(str(head.path)).read_text()


def test_models_and_migrations_agree(tmp_path: Path) -> None:
    """Autogenerate against a migrated database finds nothing to add: no model change lacks a
    migration."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlmodel import SQLModel

    db = open_database(tmp_path / "m.sqlite3")
    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    db.close()
    assert [d for d in diff if d[0] in {"add_table", "add_column", "remove_column"}] == []


def test_each_step_down_stamps_the_schema_number_of_the_revision_it_returns_to(
    tmp_path: Path,
) -> None:
    """Migrations are one line (each revises the one before) and every downgrade leaves the
    number of the revision it goes back to, so a file taken back is read as what it is."""
    from alembic import command
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.MIGRATIONS_DIR))
    assert len(script.get_heads()) == 1
    revisions = [r.revision for r in reversed(list(script.walk_revisions()))]
    db = open_database(tmp_path / "down.sqlite3")
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        cfg.attributes["connection"] = conn
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == int(revisions[-1])
        for target in reversed(revisions[:-1]):
            command.downgrade(cfg, target)
            conn.commit()
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == int(target), target
    db.close()
