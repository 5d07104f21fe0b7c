"""Start-up at the edges, as a supervisor meets it: a database of a newer version, a missing
or empty one beside good backups, and one whose records refer to records that are gone."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.instance import LOCK_NAME
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir
from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog
from intervisie_desktop.ui.security.recovery_dialogs import RecoveryDialog
from intervisie_desktop.ui.startup import app as app_module
from tests.ui.starting import answer_each_dialog, main_windows

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

PASS = "de juiste wachtzin"


def names(folder: Path) -> list[str]:
    """The files in the data folder but the running program's lock."""
    return sorted(p.name for p in folder.iterdir() if p.name != LOCK_NAME)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


@pytest.fixture
def with_backup(services: Services, data_dir: Path) -> Path:
    services.groups.create(name="Balintgroep Zwolle")
    services.backups.after_session()
    services.close()
    return data_dir / DATABASE_NAME


def set_user_version(database: Path, version: int) -> None:
    conn = sqlite3.connect(database)
    try:
        conn.execute(f"PRAGMA user_version = {version}")
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_database_of_a_newer_version_is_refused_and_left_alone(
    lang: str, qtbot: QtBot, with_backup: Path, data_dir: Path, app_exits: list[int]
) -> None:
    set_user_version(with_backup, 99)
    before = fingerprint(with_backup)
    folder_before = names(data_dir)
    told: list[str] = []

    def refuse(dialog: QWidget) -> bool:
        assert isinstance(dialog, QMessageBox), type(dialog).__name__
        told.append(dialog.text())
        assert len(dialog.buttons()) == 1  # nothing to choose but to quit
        dialog.buttons()[0].click()
        return False

    met = answer_each_dialog(refuse)
    assert app_module.run_app(data_dir, lang=lang) == 1
    assert app_exits == [1] and len(met) == 1
    if lang == "en":
        assert "newer version of Intervisie" in told[0] and "Install that version" in told[0]
    else:
        assert "nieuwere versie van Intervisie" in told[0] and "Installeer" in told[0]
    assert fingerprint(with_backup) == before  # not a byte written, not even touched
    assert names(data_dir) == folder_before  # nothing moved aside
    assert len(list(backup_dir(data_dir).iterdir())) == 1


def break_a_reference(database: Path) -> None:
    """A membership of a group and a member that do not exist (what `check` fails on)."""
    conn = sqlite3.connect(database)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute(
            "INSERT INTO membership (group_id, member_id, joined_on, seat) "
            "VALUES (9999, 9999, '2025-01-01', 99)"
        )
        conn.commit()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


@pytest.mark.parametrize("choice", ["restore", "continue"])
def test_broken_references_are_told_at_start_with_the_way_out(
    choice: str, qtbot: QtBot, with_backup: Path, data_dir: Path, exits: list[int]
) -> None:
    services = Services(open_database(with_backup), methods_dir())
    services.groups.create(name="Na de reservekopie")  # only in the file, not in the backup
    services.close()
    break_a_reference(with_backup)
    told: list[str] = []

    def way_out(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog), type(dialog).__name__
        told.append(dialog.findChild(QWidget, "problem").text())
        assert dialog.restore_button.isDefault()
        assert dialog.new_button.text().replace("&", "") == "Continue with this database"
        (dialog.restore_button if choice == "restore" else dialog.new_button).click()
        return False

    met = answer_each_dialog(way_out)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert exits == [] and len(met) == 1
    assert "refer to records that no longer exist (membership)" in told[0]
    (window,) = main_windows(data_dir)
    names = sorted(g.name for g in window.context.services.groups.list())
    window.close()
    window.deleteLater()
    kept = list(data_dir.glob("intervisie-before-restore-*.sqlite3"))
    if choice == "restore":
        assert names == ["Balintgroep Zwolle"]
        assert len(kept) == 1 and check_database(kept[0]).ok  # the file itself, kept aside
        assert check_database(with_backup, full=True).ok
    else:
        assert names == ["Balintgroep Zwolle", "Na de reservekopie"] and kept == []


def kept_aside(folder: Path) -> list[Path]:
    return sorted(folder.glob("intervisie-damaged-*.sqlite3"))


def press_enter(qtbot: QtBot, dialog: QWidget) -> None:
    """Enter on the dialog: its default button, as the user's key finds it."""
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


@pytest.mark.parametrize("place", ["missing", "empty", "dangling link"])
def test_good_backups_are_offered_when_the_database_is_gone(
    place: str, qtbot: QtBot, with_backup: Path, data_dir: Path, exits: list[int]
) -> None:
    with_backup.unlink()
    if place == "empty":
        with_backup.write_bytes(b"")
    elif place == "dangling link":
        with_backup.symlink_to(data_dir / "elders" / "weg.sqlite3")
    told: list[str] = []

    def restore(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog), type(dialog).__name__
        told.append(dialog.findChild(QWidget, "problem").text())
        told.append(dialog.findChild(QWidget, "advice").text())
        assert dialog.restore_button.isDefault()
        press_enter(qtbot, dialog)
        return False

    met = answer_each_dialog(restore)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert exits == [] and len(met) == 1  # no first-start welcome
    (window,) = main_windows(data_dir)
    names = sorted(g.name for g in window.context.services.groups.list())
    window.close()
    window.deleteLater()
    assert names == ["Balintgroep Zwolle"]
    assert "newest good backup" in told[1] and "The newest good backup is from" in told[1]
    if place == "dangling link":
        assert "is a link to" in told[0] and "weg.sqlite3" in told[0]
        (link,) = kept_aside(data_dir)  # the link itself, kept aside, not followed
        assert link.is_symlink() and os.readlink(link).endswith("weg.sqlite3")
        assert not (data_dir / "elders").exists()
    elif place == "empty":
        assert "is empty" in told[0]
        (empty,) = kept_aside(data_dir)
        assert empty.stat().st_size == 0
    else:
        assert "There is no database file" in told[0] and kept_aside(data_dir) == []
    assert not with_backup.is_symlink() and check_database(with_backup, full=True).ok


def test_a_new_empty_database_can_be_chosen_instead(
    qtbot: QtBot, with_backup: Path, data_dir: Path, exits: list[int]
) -> None:
    with_backup.unlink()
    with_backup.symlink_to(data_dir / "elders" / "weg.sqlite3")
    backups_before = sorted(p.name for p in backup_dir(data_dir).iterdir())

    def answer(dialog: QWidget) -> bool:
        if isinstance(dialog, RecoveryDialog):
            dialog.new_button.click()
            return True
        assert isinstance(dialog, FirstStartDialog), type(dialog).__name__
        dialog.plain.click()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return False

    met = answer_each_dialog(answer)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert [type(d) for d in met] == [RecoveryDialog, FirstStartDialog]
    (window,) = main_windows(data_dir)
    assert window.context.services.groups.list() == []
    window.close()
    window.deleteLater()
    (link,) = kept_aside(data_dir)
    assert link.is_symlink()  # not replaced silently: kept aside as it was
    assert not with_backup.is_symlink() and check_database(with_backup).ok
    assert sorted(p.name for p in backup_dir(data_dir).iterdir())[: len(backups_before)] == (
        backups_before
    )


def test_encrypted_backups_are_restored_with_their_passphrase(
    qtbot: QtBot, data_dir: Path, exits: list[int]
) -> None:
    database = data_dir / DATABASE_NAME
    db = open_database(database, passphrase=PASS)
    Services(db, methods_dir()).groups.create(name="Geheime groep")
    BackupService(db).write("start")
    db.close()
    database.unlink()

    def restore(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog) and dialog.prompt is not None
        assert "Your backups are encrypted" in dialog.findChild(QWidget, "advice").text()
        qtbot.keyClicks(dialog.prompt.field, PASS)
        qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
        return False

    met = answer_each_dialog(restore)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert len(met) == 1
    (window,) = main_windows(data_dir)
    qtbot.waitUntil(lambda: window.group_list.names() == ["Geheime groep"], timeout=5000)
    assert window.context.services.db.passphrase == PASS
    window.close()
    window.deleteLater()


def test_without_backups_the_first_start_is_as_before(
    qtbot: QtBot, data_dir: Path, exits: list[int]
) -> None:
    (data_dir / DATABASE_NAME).write_bytes(b"")
    backup_dir(data_dir).mkdir()
    (backup_dir(data_dir) / "intervisie-2025-01-01_090000-start.sqlite3").write_text("kapot")

    def welcome(dialog: QWidget) -> bool:
        assert isinstance(dialog, FirstStartDialog), type(dialog).__name__
        dialog.plain.click()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return True  # an empty file then meets the recovery as before: start anew

    met = answer_each_dialog(lambda d: welcome(d) if len(met) == 1 else new_database(d))

    def new_database(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog), type(dialog).__name__
        dialog.new_button.click()
        return False

    assert app_module.run_app(data_dir, lang="en") == 0
    assert [type(d) for d in met] == [FirstStartDialog, RecoveryDialog]
    (window,) = main_windows(data_dir)
    assert window.context.services.groups.list() == []
    window.close()
    window.deleteLater()
