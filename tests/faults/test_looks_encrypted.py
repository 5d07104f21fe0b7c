"""A plain database whose start looks encrypted: what the program can know, without a window.

SQLCipher encrypts every byte after its salt, so a plain body gives a damaged file away; when
even the body is random, the backups are the witness. Neither ever turns a genuinely encrypted
file into a "damaged" one, and giving up on the passphrase never writes over the file.
"""

from __future__ import annotations

import hashlib
import random
from datetime import datetime
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.backup.recovery import (
    StartAction,
    decide_start,
    decide_without_passphrase,
    recover_from_backup,
    start_new,
    unlock_advice,
)
from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.integrity import (
    BODY_OFFSET,
    BODY_SAMPLE,
    Problem,
    check_database,
    looks_random,
    needs_passphrase,
)
from intervisie_desktop.core.security import encrypt_file
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir
from tests.faults.conftest import GROUPS, Populated

if TYPE_CHECKING:
    from pathlib import Path

PASS = "een echte wachtzin"


def overwrite(path: Path, length: int, seed: int = 3) -> None:
    with open(path, "r+b") as f:
        f.write(random.Random(seed).randbytes(length))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def encrypted_folder(folder: Path, notes: int = 20) -> Path:
    """An encrypted database with an encrypted backup, as protection leaves them."""
    folder.mkdir()
    db = open_database(folder / DATABASE_NAME, passphrase=PASS)
    services = Services(db, methods_dir())
    for i in range(notes):
        services.notes.create(title=f"Notitie {i}", body="geheim " * 200)
    BackupService(db, clock=lambda: datetime(2025, 3, 2, 9, 0)).write("start")
    db.close()
    return folder / DATABASE_NAME


@pytest.mark.parametrize("notes", [0, 1, 20])
def test_a_genuinely_encrypted_file_always_needs_its_passphrase(tmp_path: Path, notes: int) -> None:
    database = encrypted_folder(tmp_path / "enc", notes)
    assert needs_passphrase(database)
    assert check_database(database).problem is Problem.NEEDS_PASSPHRASE
    decision = decide_start(database, backup_dir(database.parent))
    assert decision.action is StartAction.ASK_PASSPHRASE
    advice = unlock_advice(backup_dir(database.parent))
    assert not advice.suspicious and advice.plain_backup is None


def test_encrypted_bytes_look_random_and_database_pages_do_not(tmp_path: Path) -> None:
    plain = tmp_path / "plain.sqlite3"
    db = open_database(plain)
    Services(db, methods_dir()).notes.create(title="t", body="tekst " * 2000)
    db.close()
    body = plain.read_bytes()[BODY_OFFSET : BODY_OFFSET + BODY_SAMPLE]
    assert not looks_random(body)
    assert not looks_random(body[:512])  # even the shortest sample gives a plain page away
    encrypted = encrypted_folder(tmp_path / "enc")
    assert looks_random(encrypted.read_bytes()[BODY_OFFSET : BODY_OFFSET + BODY_SAMPLE])
    rng = random.Random(11)
    assert all(looks_random(rng.randbytes(rng.choice([512, 4096, 16384]))) for _ in range(200))


def test_a_random_header_over_plain_pages_is_damage_not_encryption(populated: Populated) -> None:
    overwrite(populated.database, 4096)
    assert not needs_passphrase(populated.database)
    decision = decide_start(populated.database, backup_dir(populated.folder))
    assert decision.action is StartAction.RECOVER
    assert decision.latest_good is not None and decision.latest_good.path == populated.backup


def test_plain_backups_make_a_random_file_suspicious(populated: Populated) -> None:
    overwrite(populated.database, BODY_OFFSET + BODY_SAMPLE)
    before = digest(populated.database)
    # The header cannot tell: the program still asks, but knows the backups are plain.
    assert needs_passphrase(populated.database)
    advice = unlock_advice(backup_dir(populated.folder))
    assert advice.suspicious and advice.plain_backup is not None
    assert advice.plain_backup.path == populated.backup

    decision = decide_without_passphrase(populated.database, backup_dir(populated.folder))
    assert decision.action is StartAction.RECOVER
    assert decision.health.problem is Problem.NOT_SQLITE
    assert decision.latest_good is not None and decision.latest_good.path == populated.backup
    aside = recover_from_backup(populated.database, decision.latest_good.path, None)
    assert aside is not None and "damaged" in aside.name and digest(aside) == before
    db = open_database(populated.database, create=False)
    assert sorted(g.name for g in Services(db, methods_dir()).groups.list(archived=None)) == sorted(
        GROUPS
    )
    db.close()


def test_a_newer_encrypted_backup_is_not_suspicious(populated: Populated) -> None:
    """Protection on after the plain backup: its own backup is newer and encrypted."""
    encrypted = encrypted_folder(populated.folder / "elsewhere")
    newer = backup_dir(populated.folder) / "intervisie-2025-03-05_090000-start.sqlite3"
    (newer_source,) = backup_dir(encrypted.parent).iterdir()
    newer.write_bytes(newer_source.read_bytes())
    advice = unlock_advice(backup_dir(populated.folder))
    assert not advice.suspicious
    assert advice.plain_backup is not None and advice.plain_backup.path == populated.backup


def test_giving_up_on_a_genuine_encrypted_file_only_ever_moves_it_aside(tmp_path: Path) -> None:
    database = encrypted_folder(tmp_path / "enc")
    before = digest(database)
    decision = decide_without_passphrase(database, backup_dir(database.parent))
    assert decision.action is StartAction.RECOVER
    assert decision.latest_good is None  # encrypted backups need the passphrase: none offered
    aside = start_new(database)
    assert aside is not None and digest(aside) == before
    db = open_database(aside, passphrase=PASS, create=False)  # still opens where it was kept
    assert len(Services(db, methods_dir()).notes.list()) == 20
    db.close()


def test_protection_turned_on_later_is_not_taken_for_damage(populated: Populated) -> None:
    encrypt_file(populated.database, PASS, backup_dir(populated.folder))
    assert decide_start(populated.database, backup_dir(populated.folder)).action is (
        StartAction.ASK_PASSPHRASE
    )
    assert not unlock_advice(backup_dir(populated.folder)).suspicious


def test_a_file_that_opens_after_all_is_opened_not_replaced(populated: Populated) -> None:
    decision = decide_without_passphrase(populated.database, backup_dir(populated.folder))
    assert decision.action is StartAction.OPEN
