"""Every kind of damage to the database file, met by `check`, the start decision and restore.

For each kind: `intervisie check` answers in one line with the right exit code and changes no
byte; the start decision (what the GUI does first) opens only a sound file and otherwise offers
the newest good backup; restoring it brings every group back and keeps the damaged file aside
byte for byte; starting anew moves it aside too. Nothing damaged is ever overwritten.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.cli import main
from intervisie_desktop.core.backup.recovery import (
    StartAction,
    decide_start,
    recover_from_backup,
    start_new,
)
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.integrity import BODY_OFFSET, BODY_SAMPLE, Problem, check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import backup_dir, methods_dir
from tests.faults.conftest import GROUPS, Populated

if TYPE_CHECKING:
    from collections.abc import Callable

RANDOM_SPAN = BODY_OFFSET + BODY_SAMPLE


def truncated(p: Path) -> None:
    os.truncate(p, p.stat().st_size // 2)


def zeroed_header(p: Path) -> None:
    with open(p, "r+b") as f:
        f.write(b"\x00" * 100)


def random_header(p: Path) -> None:
    """A disk fault over the first block: the header looks like an encrypted file's salt."""
    with open(p, "r+b") as f:
        f.write(random.Random(9).randbytes(4096))


def random_first_pages(p: Path) -> None:
    """A bad copy that left only random bytes where the sampled pages are."""
    with open(p, "r+b") as f:
        f.write(random.Random(10).randbytes(RANDOM_SPAN))


def garbage_in_a_page(p: Path) -> None:
    with sqlite3.connect(p) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='member'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    with open(p, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(random.Random(7).randbytes(200))


def empty(p: Path) -> None:
    p.write_bytes(b"")


def not_sqlite(p: Path) -> None:
    p.write_text("Dit is een boodschappenlijst, geen database.\n" * 200)


def _sql(p: Path, *statements: str) -> None:
    conn = sqlite3.connect(p)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def newer_schema(p: Path) -> None:
    _sql(p, "PRAGMA user_version = 99")


def missing_tables(p: Path) -> None:
    _sql(p, "PRAGMA foreign_keys = OFF", "DROP TABLE note")


def wal_garbage(p: Path) -> None:
    Path(f"{p}-wal").write_bytes(random.Random(8).randbytes(32_768))


def directory_in_its_place(p: Path) -> None:
    p.unlink()
    p.mkdir()
    (p / "iets.txt").write_text("x")


def foreign_database(p: Path) -> None:
    p.unlink()
    _sql(p, "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")


def encrypted_without_passphrase(p: Path) -> None:
    p.unlink()
    open_database(p, passphrase="geheim").close()


def broken_references(p: Path) -> None:
    _sql(
        p,
        "PRAGMA foreign_keys = OFF",
        "INSERT INTO membership (group_id, member_id, joined_on, seat) "
        "VALUES (9999, 9999, '2025-01-01', 99)",
    )


def unreadable(p: Path) -> None:
    os.chmod(p, 0)


@dataclass(frozen=True)
class Kind:
    damage: Callable[[Path], None]
    check_exit: int  # 2: check needs a passphrase that no terminal or stdin gave
    action: StartAction
    problems: tuple[Problem | None, ...]


KINDS: dict[str, Kind] = {
    "truncated": Kind(truncated, 1, StartAction.RECOVER, (Problem.DAMAGED,)),
    "zeroed header": Kind(zeroed_header, 1, StartAction.RECOVER, (Problem.NOT_SQLITE,)),
    "random header": Kind(random_header, 1, StartAction.RECOVER, (Problem.NOT_SQLITE,)),
    # Nothing in the file tells it from an encrypted one: the unlock screen offers the way out.
    "random first pages": Kind(
        random_first_pages, 2, StartAction.ASK_PASSPHRASE, (Problem.NEEDS_PASSPHRASE,)
    ),
    "garbage in a page": Kind(garbage_in_a_page, 1, StartAction.RECOVER, (Problem.DAMAGED,)),
    "empty file": Kind(empty, 1, StartAction.RECOVER, (Problem.EMPTY,)),
    "not SQLite": Kind(not_sqlite, 1, StartAction.RECOVER, (Problem.NOT_SQLITE,)),
    # Left alone: only a newer program opens it; no backup is restored over it.
    "newer schema": Kind(newer_schema, 1, StartAction.REFUSE, (Problem.TOO_NEW,)),
    "missing tables": Kind(missing_tables, 1, StartAction.RECOVER, (Problem.MISSING_TABLES,)),
    "WAL garbage": Kind(wal_garbage, 0, StartAction.OPEN, (None,)),
    "directory in its place": Kind(
        directory_in_its_place, 1, StartAction.RECOVER, (Problem.NOT_A_FILE,)
    ),
    "foreign database": Kind(foreign_database, 1, StartAction.RECOVER, (Problem.FOREIGN,)),
    "encrypted, no passphrase": Kind(
        encrypted_without_passphrase, 2, StartAction.ASK_PASSPHRASE, (Problem.NEEDS_PASSPHRASE,)
    ),
    # It opens, but the start says so and offers the newest good backup (as `check` fails).
    "broken references": Kind(
        broken_references, 1, StartAction.CAUTION, (Problem.BROKEN_REFERENCES,)
    ),
    "unreadable": Kind(unreadable, 1, StartAction.RECOVER, (Problem.UNREADABLE,)),
}
ROOT_USER = hasattr(os, "geteuid") and os.geteuid() == 0


def snapshot(folder: Path) -> dict[str, str]:
    """Name -> content hash of every file in the folder (folders as a marker)."""
    found = {}
    for p in sorted(folder.iterdir()):
        if p.is_dir():
            found[p.name] = "<dir>"
        else:
            try:
                found[p.name] = hashlib.sha256(p.read_bytes()).hexdigest()
            except PermissionError:
                found[p.name] = "<unreadable>"
    return found


def group_names(database: Path, create: bool = False) -> list[str]:
    db = open_database(database, create=create)
    try:
        return sorted(g.name for g in Services(db, methods_dir()).groups.list(archived=None))
    finally:
        db.close()


@pytest.fixture(params=list(KINDS), ids=list(KINDS))
def damaged(request: pytest.FixtureRequest, populated: Populated) -> tuple[Kind, Populated]:
    kind = KINDS[request.param]
    if kind.damage is unreadable and ROOT_USER:
        pytest.skip("permissions do not stop the superuser")
    kind.damage(populated.database)
    return kind, populated


def test_check_answers_in_one_line_and_writes_nothing(
    damaged: tuple[Kind, Populated], capsys: pytest.CaptureFixture[str]
) -> None:
    kind, data = damaged
    before = snapshot(data.folder)
    code = main(["check", "--data-dir", str(data.folder)])
    out, err = capsys.readouterr()
    assert code == kind.check_exit, err
    if code:
        assert err.startswith("intervisie: error: ") and err.count("\n") == 1, err
        assert "Traceback" not in err
    else:
        assert "is sound" in out
    after = snapshot(data.folder)
    after.pop(data.database.name + "-shm", None)  # reading a WAL may need its index; no data
    assert after == before


def test_start_decision_opens_only_what_is_sound(damaged: tuple[Kind, Populated]) -> None:
    kind, data = damaged
    before = snapshot(data.folder)
    decision = decide_start(data.database, backup_dir(data.folder))
    assert decision.action is kind.action
    assert decision.health.problem in kind.problems
    if kind.action in (StartAction.RECOVER, StartAction.CAUTION):
        assert decision.latest_good is not None
        assert decision.latest_good.path == data.backup
    after = snapshot(data.folder)
    after.pop(data.database.name + "-shm", None)
    assert after == before
    if kind.action in (StartAction.OPEN, StartAction.CAUTION):
        assert group_names(data.database) == sorted(GROUPS)


def test_restore_of_the_latest_good_backup_keeps_the_damaged_file(
    damaged: tuple[Kind, Populated],
) -> None:
    _kind, data = damaged
    before = snapshot(data.folder)
    aside = recover_from_backup(data.database, data.backup, None)
    assert aside is not None and aside.parent == data.folder
    assert "damaged" in aside.name or "before-restore" in aside.name
    if before[data.database.name] == "<dir>":
        assert aside.is_dir()
    elif before[data.database.name] != "<unreadable>":
        assert hashlib.sha256(aside.read_bytes()).hexdigest() == before[data.database.name]
    assert check_database(data.database, full=True).ok
    assert group_names(data.database) == sorted(GROUPS)


def test_starting_anew_moves_the_damaged_file_aside(damaged: tuple[Kind, Populated]) -> None:
    kind, data = damaged
    if kind.action is not StartAction.RECOVER:
        pytest.skip("a sound or locked file is never replaced by a new one")
    before = snapshot(data.folder)
    aside = start_new(data.database)
    assert aside is not None and not os.path.lexists(data.database)
    if before[data.database.name] not in ("<dir>", "<unreadable>"):
        assert hashlib.sha256(aside.read_bytes()).hexdigest() == before[data.database.name]
    assert group_names(data.database, create=True) == []  # a new database in its place
    assert check_database(data.database, full=True).ok
