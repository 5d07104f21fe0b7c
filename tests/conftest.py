"""Shared fixtures: a private data folder per test, and a migrated database copied from a template
built once per run (Anki's "fresh empty collection per test")."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from collections.abc import Iterator

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> Any:
    """pytest-qt's application, with the program's own cycle collector (ui.collector): the
    automatic one can freeze Qt when it frees a widget at the wrong moment. The English
    translation is installed as the program installs it, so tests read what an English user
    reads ("1 note", not the source's "%n note(s)"); a Dutch test installs Dutch on top."""
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui import collector
    from intervisie_desktop.ui.translation import install_translators

    app = QApplication.instance() or QApplication(qapp_args)
    collector.install(app)
    app.setProperty("translators", install_translators(app, "en"))
    return app


@pytest.fixture(autouse=True)
def _collect_between_tests() -> Iterator[None]:
    """Tests that hardly spin the event loop leave the collector's timer no turn: collect what
    is due after each test, outside any Qt call."""
    yield
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication

        from intervisie_desktop.ui import collector

        app = QApplication.instance()
        found = collector.collector(app) if app is not None else None
        if found is not None:
            found.collect_due()


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
    return Services(db, methods_dir())
