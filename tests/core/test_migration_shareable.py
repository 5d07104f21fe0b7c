"""The shareable-actions switch: a database of schema 3 upgrades with its data kept, every
existing case switched off, and the full-text index still answering."""

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


@pytest.fixture
def v3_copy(tmp_path: Path) -> Path:
    target = tmp_path / "v3.sqlite3"
    shutil.copy(FIXTURES / "schema_v3_actions.sqlite3", target)
    return target


def columns(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        names = [row[1] for row in conn.execute('PRAGMA table_info("case")')]
    conn.close()
    return names


def test_fixture_is_of_schema_3_without_the_switch(v3_copy: Path) -> None:
    with sqlite3.connect(v3_copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone() == (3,)
    conn.close()
    assert "actions_shareable" not in columns(v3_copy)


def test_schema_3_upgrades_keeping_its_cases_and_switching_them_off(
    v3_copy: Path, tmp_path: Path
) -> None:
    db = open_database(v3_copy, backup_dir=tmp_path / "backups")
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrate.SCHEMA_VERSION
    services = Services(db, methods_dir())
    cases = services.cases.for_meeting(1)
    assert [(c.topic, c.agreed_actions, c.actions_shareable) for c in cases] == [
        ("Grenzen stellen", "", False),
        ("Overdracht", "Bel de collega", False),
    ]
    assert cases[1].description == "geheim verhaal" and cases[1].show_question is False
    # The search triggers on "case" survived the new column: an edit is found, the old text not.
    services.cases.update(2, agreed_actions="Plan een intervisiegesprek", actions_shareable=True)
    hits = services.search.query("intervisiegesprek")
    assert [h.id for h in hits if h.kind == "case"] == [2]
    assert services.cases.get(2).actions_shareable is True
    db.close()
    assert list((tmp_path / "backups").glob("before-upgrade-v3-*.sqlite3"))


def test_downgrade_takes_the_column_away_and_stamps_schema_3(v3_copy: Path) -> None:
    from alembic import command
    from alembic.config import Config

    open_database(v3_copy).close()
    assert "actions_shareable" in columns(v3_copy)
    from intervisie_desktop.core.db.engine import make_engine

    engine = make_engine(v3_copy)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        from alembic.script import ScriptDirectory

        head = ScriptDirectory(str(migrate.MIGRATIONS_DIR)).get_revision("0005")
        assert head is not None
        command.downgrade(cfg, str(head.down_revision))
        conn.commit()
    engine.dispose()
    assert "actions_shareable" not in columns(v3_copy)
    with sqlite3.connect(v3_copy) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        topics = [r[0] for r in conn.execute('SELECT topic FROM "case" ORDER BY id')]
    conn.close()
    assert version == int(str(head.down_revision))
    assert topics == ["Grenzen stellen", "Overdracht"]
