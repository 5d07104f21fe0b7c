"""Shared fixtures: a private data folder per test, and a migrated database copied from a template
built once per run (Anki's "fresh empty collection per test")."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def _private_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user folders."""
    monkeypatch.setenv("INTERVISIE_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("INTERVISIE_DATA_DIR", raising=False)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template")
    db = open_database(folder / DATABASE_NAME)
    db.close()
    return folder / DATABASE_NAME


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    return folder


@pytest.fixture
def db(template_db: Path, data_dir: Path) -> Iterator[Database]:
    target = data_dir / DATABASE_NAME
    shutil.copy(template_db, target)
    os.chmod(target, 0o600)
    database = open_database(target)
    yield database
    database.close()


@pytest.fixture
def services(db: Database) -> Services:
    return Services(db)
