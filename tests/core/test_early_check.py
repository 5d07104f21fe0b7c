"""The start-up quick check that runs while the ORM is imported: light, and never stale."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

from sqlmodel import SQLModel

import intervisie_desktop.core.models  # noqa: F401 - registers every table
from intervisie_desktop.core.backup.recovery import StartAction, decide_start
from intervisie_desktop.core.db.migrate import SCHEMA_VERSION as MIGRATED_VERSION
from intervisie_desktop.core.db.schema import SCHEMA_VERSION, TABLES
from intervisie_desktop.core.early_check import EarlyCheck
from intervisie_desktop.core.integrity import Problem

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services import Services

HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "PySide6")


def test_the_check_needs_no_orm() -> None:
    code = (
        "import sys, intervisie_desktop.core.early_check\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_light_schema_constants_match_the_models_and_migrations() -> None:
    assert frozenset(SQLModel.metadata.tables) == TABLES
    assert SCHEMA_VERSION == MIGRATED_VERSION


def test_a_sound_file_is_checked_once_and_the_outcome_reused(db: Database) -> None:
    db.close()
    early = EarlyCheck(db.path)
    health = early.health_for(None)
    assert health is not None and health.ok and health.schema_version == SCHEMA_VERSION
    decision = decide_start(db.path, db.path.parent / "backups", None, health)
    assert decision.action is StartAction.OPEN


def test_the_outcome_is_not_reused_for_a_passphrase_or_a_changed_file(
    services: Services, db: Database
) -> None:
    early = EarlyCheck(db.path)
    assert early.health().ok
    assert early.health_for("geheim") is None  # another question: check again
    services.groups.create(name="Intervisiegroep Tiel")  # the file (its WAL) changed since
    assert early.health_for(None) is None


def test_a_damaged_file_is_reported_by_the_early_check(db: Database, tmp_path: Path) -> None:
    db.close()
    data = bytearray(db.path.read_bytes())
    page = 4096
    data[3 * page : 4 * page] = b"\xa5" * page  # a table page overwritten with rubbish
    db.path.write_bytes(bytes(data))
    health = EarlyCheck(db.path).health_for(None)
    assert health is not None and health.problem is Problem.DAMAGED
    decision = decide_start(db.path, tmp_path / "no-backups", None, health)
    assert decision.action is StartAction.RECOVER


def test_a_missing_file_is_reported_missing(tmp_path: Path) -> None:
    health = EarlyCheck(tmp_path / "nothing.sqlite3").health_for(None)
    assert health is not None and health.problem is Problem.MISSING
