"""No plaintext leaks: a planted note text is in no byte of the database, its WAL, its backups or
the log when a passphrase is set; and after deletion it is gone from the file in both modes."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.logging_setup import setup_logging
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SECRET = "Zwartkoffer Pimpernelstraat vertrouwelijk-Q7731X"
# FTS5 stores folded, lower-cased tokens; search for those as well as the text itself.
NEEDLES = [SECRET.encode(), b"zwartkoffer", b"pimpernelstraat", b"Zwartkoffer", b"q7731x"]
PASS = "een lange geheime zin"


def leaks(path: Path) -> list[str]:
    data = path.read_bytes()
    return [n.decode() for n in NEEDLES if n in data or n.lower() in data.lower()]


def checkpoint(services: Services) -> None:
    with services.db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


@pytest.fixture
def root_logging() -> Iterator[None]:
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()


@pytest.mark.usefixtures("root_logging")
def test_with_a_passphrase_the_text_is_in_no_file(tmp_path: Path) -> None:
    log_file = setup_logging()
    assert log_file is not None
    folder = tmp_path / "data"
    folder.mkdir()
    services = Services(open_database(folder / "intervisie.sqlite3"), methods_dir())
    services.groups.create(name="G")
    services.protection.protect(PASS)  # switched on later: the plain past must not remain
    group = services.groups.list()[0]
    note = services.notes.create(title="Over " + SECRET, body=SECRET * 3, group_id=group.id).value
    assert note.id
    services.notes.update(note.id, body=SECRET + " bijgewerkt")
    assert [h.id for h in services.search.query("zwartkoffer")] == [note.id]
    backup = services.db.backup_to(folder / "backups" / "online.sqlite3")
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    assert any(p.name.endswith("-wal") for p in files)  # the WAL is looked at while it is live
    checkpoint(services)
    services.close()
    files += sorted(p for p in folder.rglob("*") if p.is_file())
    files += [log_file]
    assert backup in files and log_file.stat().st_size > 0
    for path in files:
        if path.exists():
            assert leaks(path) == [], path.name


@pytest.mark.parametrize("passphrase", [None, PASS])
def test_deleted_note_is_gone_from_the_file_and_the_index(
    tmp_path: Path, passphrase: str | None
) -> None:
    path = tmp_path / "intervisie.sqlite3"
    services = Services(open_database(path, passphrase=passphrase), methods_dir())
    for i in range(50):  # neighbours on the same pages
        services.notes.create(title=f"Gewoon {i}", body="alledaagse notitie over de groep")
    note = services.notes.create(title="Plant", body=SECRET).value
    assert note.id
    checkpoint(services)
    if passphrase is None:
        assert leaks(path) != []  # the check can see the text when it is there
    services.notes.delete(note.id)
    checkpoint(services)
    assert services.search.query("zwartkoffer") == []
    assert leaks(path) == []
    for extra in tmp_path.glob("intervisie.sqlite3-*"):
        assert leaks(extra) == [], extra.name
    if passphrase:  # decrypted, the file holds no trace either (secure_delete zeroed the cells)
        services.protection.unprotect(passphrase)
        checkpoint(services)
        assert leaks(path) == []
    assert len(services.notes.list()) == 50
    services.close()
