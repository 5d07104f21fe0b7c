"""The database file: settings on every connection, private files, encryption, refusal."""

from __future__ import annotations

import stat
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import Database, open_database
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def pragma(db: Database, name: str) -> object:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_every_connection_has_wal_foreign_keys_timeout_and_secure_delete(db: Database) -> None:
    assert pragma(db, "journal_mode") == "wal"
    assert pragma(db, "foreign_keys") == 1
    assert pragma(db, "busy_timeout") == 5000
    assert pragma(db, "secure_delete") == 1


def test_database_files_are_private(tmp_path: Path) -> None:
    db = open_database(tmp_path / "x.sqlite3")
    Services(db, methods_dir()).groups.create(name="G")
    for path in tmp_path.glob("x.sqlite3*"):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    db.close()


def test_foreign_keys_cascade_for_real(services: Services) -> None:
    group = services.groups.create(name="G").value
    member = services.members.create(full_name="Anna Bos").value
    assert group.id and member.id
    services.memberships.add(group.id, member.id, __import__("datetime").date(2025, 1, 1))
    services.groups.delete(group.id)
    assert services.memberships.members_of(group.id) == []


def test_encrypted_database_needs_its_passphrase(tmp_path: Path) -> None:
    path = tmp_path / "secret.sqlite3"
    db = open_database(path, passphrase="correct horse")
    Services(db, methods_dir()).groups.create(name="Zeer geheime groep")
    db.close()
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert b"Zeer geheime groep" not in raw
    with pytest.raises(DatabaseError):
        open_database(path, passphrase="wrong")
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_bytes() == raw  # refused attempts wrote nothing
    again = open_database(path, passphrase="correct horse")
    assert [g.name for g in Services(again, methods_dir()).groups.list()] == ["Zeer geheime groep"]
    again.close()


def test_online_backup_of_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    db = open_database(tmp_path / "a.sqlite3", passphrase="pw'with quote")
    Services(db, methods_dir()).groups.create(name="Backupgroep")
    copy = db.backup_to(tmp_path / "copy.sqlite3")
    db.close()
    assert b"Backupgroep" not in copy.read_bytes()
    restored = open_database(copy, passphrase="pw'with quote", create=False)
    assert [g.name for g in Services(restored, methods_dir()).groups.list()] == ["Backupgroep"]
    restored.close()
