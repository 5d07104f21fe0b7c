"""The plain-copy rule on data folders as interruptions leave them (core, no window)."""

from __future__ import annotations

import os
import shutil
from typing import TYPE_CHECKING

from intervisie_desktop.core.backup.interrupted import finish_interrupted_swap
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.security.detect import is_encrypted
from intervisie_desktop.core.security.plaintext import settle_plaintext
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir

if TYPE_CHECKING:
    from pathlib import Path

PASS = "een lange goede wachtzin"
OLD_PASS = "de wachtzin van vroeger"
MARK = "VERTROUWELIJK-8812"


def make(path: Path, passphrase: str | None, title: str = "Casus") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path, passphrase=passphrase)
    Services(db, methods_dir()).notes.create(title=title, body="Over de casus: " + MARK)
    db.close()


def titles(path: Path, passphrase: str | None) -> list[str]:
    db = open_database(path, passphrase=passphrase, create=False)
    try:
        return [n.title for n in Services(db, methods_dir()).notes.list()]
    finally:
        db.close()


def holding_mark(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.is_file() and MARK.encode() in p.read_bytes()
    )


def test_swap_cut_off_between_link_and_rename_loses_nothing(data_dir: Path) -> None:
    """Switching protection on links the plain database to `.old` just before the rename: the
    leftover link is removed without overwriting the bytes it shares with the database."""
    database = data_dir / DATABASE_NAME
    make(database, None)
    os.link(database, data_dir / f"{DATABASE_NAME}.old")
    settled = settle_plaintext(database, backup_dir(data_dir), None)
    assert [p.name for p in settled.leftovers] == [f"{DATABASE_NAME}.old"]
    assert titles(database, None) == ["Casus"]


def test_leftovers_stay_while_the_database_is_not_sound(data_dir: Path) -> None:
    """A damaged database: its `.new` may be the only good copy, so nothing is removed."""
    database = data_dir / DATABASE_NAME
    make(data_dir / f"{DATABASE_NAME}.new", None)
    database.write_bytes(b"SQLite format 3\x00" + b"\x07" * 8000)
    assert not check_database(database).ok
    settled = settle_plaintext(database, backup_dir(data_dir), None)
    assert not settled.changed
    assert (data_dir / f"{DATABASE_NAME}.new").exists()


def test_a_missing_database_is_replaced_by_its_finished_copy(data_dir: Path) -> None:
    database = data_dir / DATABASE_NAME
    make(data_dir / f"{DATABASE_NAME}.new", PASS)
    assert finish_interrupted_swap(database) == data_dir / f"{DATABASE_NAME}.new"
    assert titles(database, PASS) == ["Casus"]
    make(data_dir / f"{DATABASE_NAME}.new", None, "Ander")  # a database is there: untouched
    assert finish_interrupted_swap(database) is None
    assert titles(database, PASS) == ["Casus"]


def test_with_protection_on_every_plain_copy_is_encrypted_or_wiped(data_dir: Path) -> None:
    database, backups = data_dir / DATABASE_NAME, backup_dir(data_dir)
    make(database, PASS)
    make(backups / "intervisie-2025-01-01_090000-manual.sqlite3", None, "Back-up")
    make(data_dir / "intervisie-before-restore-2025-01-02_090000.sqlite3", None, "Opzij")
    damaged = data_dir / "intervisie-damaged-2025-01-03_090000.sqlite3"
    make(damaged, None, "Beschadigd")
    with open(damaged, "r+b") as fh:  # the schema after the header is garbage
        fh.seek(100)
        fh.write(b"\xee" * (4096 - 100))
    older = backups / "intervisie-2024-12-01_090000-manual.sqlite3"
    make(older, OLD_PASS, "Oud")  # encrypted before the passphrase was changed: kept
    older_bytes = older.read_bytes()
    shutil.copyfile(database, backups / "intervisie-2025-01-04_090000-manual.sqlite3.part")
    assert len(holding_mark(data_dir)) == 3
    settled = settle_plaintext(database, backups, PASS)
    assert holding_mark(data_dir) == []
    assert [p.name for p in settled.wiped] == [damaged.name]
    assert not damaged.exists()
    assert sorted(p.name for p in settled.encrypted) == [
        "intervisie-2025-01-01_090000-manual.sqlite3",
        "intervisie-before-restore-2025-01-02_090000.sqlite3",
    ]
    assert titles(backups / "intervisie-2025-01-01_090000-manual.sqlite3", PASS) == ["Back-up"]
    assert titles(data_dir / "intervisie-before-restore-2025-01-02_090000.sqlite3", PASS) == [
        "Opzij"
    ]
    assert older.read_bytes() == older_bytes
    assert not list(backups.glob("*.part")) and settled.protect_finished
    assert is_encrypted(database) and titles(database, PASS) == ["Casus"]


def test_with_protection_off_plain_copies_stay(data_dir: Path) -> None:
    database = data_dir / DATABASE_NAME
    make(database, None)
    aside = data_dir / "intervisie-before-restore-2025-01-02_090000.sqlite3"
    make(aside, None, "Opzij")
    before = aside.read_bytes()
    settled = settle_plaintext(database, backup_dir(data_dir), None)
    assert not settled.changed and aside.read_bytes() == before
