"""At start the program finishes or undoes a switch of protection that was cut off, and tells
the supervisor: the data folder as a kill leaves it, then the program started as a user does."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.security.detect import is_encrypted
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog
from intervisie_desktop.ui.startup import app as app_module
from tests.ui.test_unlock_way_out import main_windows, type_and_enter, when_shown

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

PASS = "de juiste wachtzin"
MARK = "GEHEIME-CASUS-5521"
ASIDE = "intervisie-before-restore-2025-01-01_090000.sqlite3"

Start = Callable[[str | None], list[str]]


def make(path: Path, passphrase: str | None) -> None:
    db = open_database(path, passphrase=passphrase)
    Services(db, methods_dir()).notes.create(title="Casus", body="Vertrouwelijk: " + MARK)
    db.close()


def holding_mark(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.rglob("*") if p.is_file() and MARK.encode() in p.read_bytes()
    )


@pytest.fixture
def start(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> Start:
    """Start the program on `data_dir` (unlocking with the passphrase given); returns what the
    message box on the way said, after clicking it away."""
    told: list[str] = []
    monkeypatch.setattr(
        app_module.QApplication,
        "exec",
        lambda self: qtbot.waitUntil(lambda: bool(main_windows(data_dir)), timeout=20000) or 0,
    )

    def read_message(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        told.append(box.text())
        box.accept()

    def unlock(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        when_shown(QMessageBox, read_message)
        type_and_enter(qtbot, dialog, PASS)

    def run(passphrase: str | None) -> list[str]:
        when_shown(UnlockDialog, unlock) if passphrase else when_shown(QMessageBox, read_message)
        assert app_module.run_app(data_dir, lang="en") == 0
        for window in main_windows(data_dir):
            window.close()
            window.deleteLater()
        return told

    return run


def test_protection_cut_off_after_the_swap_is_finished_at_start(
    data_dir: Path, start: Start
) -> None:
    """The database is encrypted, but a plain kept-aside copy and the old plain file remain."""
    database = data_dir / DATABASE_NAME
    make(data_dir / ASIDE, None)
    shutil.copyfile(data_dir / ASIDE, data_dir / f"{DATABASE_NAME}.old")
    make(database, PASS)
    assert holding_mark(data_dir) == sorted([ASIDE, f"{DATABASE_NAME}.old"])
    told = start(PASS)
    assert len(told) == 1 and "Switching on the protection had not finished" in told[0]
    assert holding_mark(data_dir) == []
    assert is_encrypted(data_dir / ASIDE) and not (data_dir / f"{DATABASE_NAME}.old").exists()


def test_removing_protection_cut_off_is_undone_at_start(data_dir: Path, start: Start) -> None:
    """The plain copy that was to replace the encrypted database is left beside it."""
    database = data_dir / DATABASE_NAME
    make(data_dir / f"{DATABASE_NAME}.new", None)
    make(database, PASS)
    told = start(PASS)
    assert len(told) == 1 and "still encrypted" in told[0]
    assert holding_mark(data_dir) == [] and is_encrypted(database)


def test_protection_cut_off_before_the_swap_is_undone_at_start(
    data_dir: Path, start: Start
) -> None:
    """The encrypted copy that was to replace the plain database is left beside it."""
    database = data_dir / DATABASE_NAME
    make(data_dir / f"{DATABASE_NAME}.new", PASS)
    make(database, None)
    told = start(None)
    assert len(told) == 1 and "your data is not encrypted" in told[0]
    assert not (data_dir / f"{DATABASE_NAME}.new").exists() and not is_encrypted(database)


def test_stale_leftovers_beside_a_sound_database_are_removed_and_told(
    data_dir: Path, start: Start
) -> None:
    """A backup and a restore cut off long ago left their files; the database itself is sound."""
    database = data_dir / DATABASE_NAME
    make(database, None)
    restoring = data_dir / f".{DATABASE_NAME}.restoring"
    part = data_dir / "backups" / "intervisie-2025-03-03_090000-manual.sqlite3.part"
    part.parent.mkdir(exist_ok=True)
    shutil.copyfile(database, restoring)
    shutil.copyfile(database, part)
    told = start(None)
    assert len(told) == 1 and "were removed from the data folder (2)" in told[0]
    assert not restoring.exists() and not part.exists()


def test_finished_protection_says_how_many_copies(data_dir: Path, start: Start) -> None:
    database = data_dir / DATABASE_NAME
    make(data_dir / ASIDE, None)
    (data_dir / "intervisie-damaged-2025-01-01_000000.sqlite3").write_bytes(
        b"SQLite format 3\x00" + b"\x00" * 200
    )
    make(database, PASS)
    told = start(PASS)
    assert len(told) == 1 and "1 encrypted, 1 overwritten and removed" in told[0]
    assert holding_mark(data_dir) == []


def test_a_sound_database_is_read_through_once_at_start(
    data_dir: Path, start: Start, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check reads every page (about a second for a career's data): the start-up does it
    once, in the early check, and the plain-copy rule takes its word instead of a second read."""
    from intervisie_desktop.core import early_check, integrity
    from intervisie_desktop.core.backup import recovery
    from intervisie_desktop.core.security import plaintext

    database = data_dir / DATABASE_NAME
    make(database, None)
    checked: list[Path] = []
    real = integrity.check_database

    def counting(path: Path, *args: object, **kwargs: object) -> integrity.Health:
        checked.append(path)
        return real(path, *args, **kwargs)  # type: ignore[arg-type]

    for module in (early_check, recovery, plaintext):
        if hasattr(module, "check_database"):
            monkeypatch.setattr(module, "check_database", counting)
    assert start(None) == []
    assert checked == [database]
