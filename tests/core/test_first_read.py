"""The first screen's light read: the same groups in the same order as the group service, and
None for every file the usual start-up path must look at first."""

from __future__ import annotations

import base64
import os
import sqlite3
from typing import TYPE_CHECKING

from intervisie_desktop.core.checked import remember_sound
from intervisie_desktop.core.db.first_read import (
    GEOMETRY_KEY,
    LAST_GROUP_KEY,
    read_first_screen,
)
from intervisie_desktop.core.db.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services import Services

NAMES = ("balint Zwolle", "Aios Groningen", "Ééndaagse", "coaches Utrecht", "Zorg Noord", "aios b")


def fill(services: Services) -> int:
    ids = [services.groups.create(name=name, context=f"ctx {name}").value.id for name in NAMES]
    services.groups.archive(ids[4])
    assert ids[1] is not None
    services.settings.set(LAST_GROUP_KEY, ids[1])
    services.settings.set(GEOMETRY_KEY, base64.b64encode(b"geometry bytes").decode())
    return ids[1]


def test_the_groups_come_as_the_service_lists_them(services: Services, db: Database) -> None:
    last = fill(services)
    expected = [(g.id, g.name, g.context) for g in services.groups.list(archived=False)]
    db.close()
    assert read_first_screen(db.path) is None  # never recorded sound: the check comes first
    remember_sound(db.path)
    first = read_first_screen(db.path)
    assert first is not None
    assert [(g.id, g.name, g.context) for g in first.groups] == expected
    assert "Zorg Noord" not in [g.name for g in first.groups]  # archived
    assert len(first.groups) == len(NAMES) - 1
    assert first.last_group == last
    assert first.geometry is not None
    assert base64.b64decode(first.geometry) == b"geometry bytes"


def test_settings_of_the_wrong_kind_are_left_out(services: Services, db: Database) -> None:
    services.groups.create(name="Intervisie Delft")
    services.settings.set(LAST_GROUP_KEY, "drie")
    services.settings.set(GEOMETRY_KEY, 42)
    db.close()
    remember_sound(db.path)
    first = read_first_screen(db.path)
    assert first is not None
    assert (first.last_group, first.geometry) == (None, None)


def test_a_file_touched_since_it_was_found_sound_goes_the_usual_way(
    services: Services, db: Database
) -> None:
    fill(services)
    db.close()
    remember_sound(db.path)
    with sqlite3.connect(db.path) as conn:
        conn.execute("UPDATE \"group\" SET name = 'elders gewijzigd'")
    conn.close()
    assert read_first_screen(db.path) is None


def test_an_older_schema_goes_the_usual_way(services: Services, db: Database) -> None:
    fill(services)
    db.close()
    with sqlite3.connect(db.path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    remember_sound(db.path)
    assert read_first_screen(db.path) is None


def test_missing_empty_encrypted_or_unreadable_files_go_the_usual_way(tmp_path: Path) -> None:
    missing = tmp_path / "missing.sqlite3"
    assert read_first_screen(missing) is None
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    remember_sound(empty)
    assert read_first_screen(empty) is None
    encrypted = tmp_path / "encrypted.sqlite3"
    encrypted.write_bytes(os.urandom(8192))
    remember_sound(encrypted)
    assert read_first_screen(encrypted) is None
    # A SQLite header over rubbish: the read fails, and says no more than that.
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"SQLite format 3\x00" + os.urandom(8192))
    remember_sound(broken)
    assert read_first_screen(broken) is None
