"""Fixtures for the fault tests: a populated data folder with one good backup."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir

if TYPE_CHECKING:
    from pathlib import Path

GROUPS = ["Balintgroep Zwolle", "AIOS groep 3", "Coaches Utrecht"]


@dataclass
class Populated:
    folder: Path
    database: Path
    backup: Path


def populate(services: Services) -> None:
    for name in GROUPS:
        group = services.groups.create(name=name).value
        assert group.id is not None
        for i in range(6):
            member = services.members.create(full_name=f"{name.split()[0]} Lid{i} Jansen").value
            assert member.id is not None
            services.memberships.add(group.id, member.id, date(2024, 1, 1))
            services.notes.create(title=f"Notitie {i}", body="tekst " * 300, member_id=member.id)


@pytest.fixture(scope="session")
def populated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("populated")
    db = open_database(folder / DATABASE_NAME)
    services = Services(db, methods_dir())
    populate(services)
    BackupService(db, clock=lambda: datetime(2025, 3, 1, 9, 0)).write("start")
    db.close()
    return folder


@pytest.fixture
def populated(populated_template: Path, tmp_path: Path) -> Populated:
    folder = tmp_path / "data"
    shutil.copytree(populated_template, folder)
    (backup,) = list(backup_dir(folder).iterdir())
    return Populated(folder, folder / DATABASE_NAME, backup)
