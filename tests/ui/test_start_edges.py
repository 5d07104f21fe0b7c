"""Start-up at the edges, as a supervisor meets it: a database of a newer version, a missing
or empty one beside good backups, and one whose records refer to records that are gone."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.instance import LOCK_NAME
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir
from intervisie_desktop.ui import app as app_module
from intervisie_desktop.ui.main_window import MainWindow
from intervisie_desktop.ui.safety.dialogs import RecoveryDialog


def names(folder: Path) -> list[str]:
    """The files in the data folder but the running program's lock."""
    return sorted(p.name for p in folder.iterdir() if p.name != LOCK_NAME)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), os.stat(path).st_mtime_ns


def answer_each_dialog(act: Callable[[QWidget], bool]) -> list[QWidget]:
    """Hand every modal dialog of the start to `act` once it is on screen; `act` answers it
    and returns whether more are expected. Returns the dialogs met, in order."""
    met: list[QWidget] = []

    def poll() -> None:
        shown = QApplication.activeModalWidget()
        if shown is None or not shown.isVisible() or (met and shown is met[-1]):
            QTimer.singleShot(20, poll)
            return
        met.append(shown)
        try:
            more = act(shown)
        except BaseException:
            shown.close()  # a failed check ends the dialog, so the test fails, not hangs
            raise
        if more:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return met


def main_windows(folder: Path) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.context.data_dir == folder and w.isVisible()
    ]


@pytest.fixture
def window_exits(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> list[int]:
    """run_app's event loop ends once a main window is up; the exit codes it asked for."""
    exits: list[int] = []
    monkeypatch.setattr(
        app_module.QApplication,
        "exec",
        lambda self: qtbot.waitUntil(lambda: bool(main_windows(data_dir)), timeout=20000) or 0,
    )
    monkeypatch.setattr(
        app_module.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
    )
    return exits


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
    choice: str, qtbot: QtBot, with_backup: Path, data_dir: Path, window_exits: list[int]
) -> None:
    services = Services(open_database(with_backup))
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
    assert window_exits == [] and len(met) == 1
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
