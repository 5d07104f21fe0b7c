"""Export tests: the small demo written once per module, and a Qt application for rendering."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "data"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    return folder


@pytest.fixture(scope="module")
def demo_services(demo_dir: Path) -> Iterator[Services]:
    db = open_database(demo_dir / DATABASE_NAME)
    yield Services(db, methods_dir())
    db.close()
