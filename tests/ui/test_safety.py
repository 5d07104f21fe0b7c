"""Safety as the user meets it: recovery at start, the restore dialog, backups, one instance."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.security.recovery_dialogs import Recovery, RecoveryDialog, RestoreDialog
from intervisie_desktop.ui.startup import instance
from intervisie_desktop.ui.startup import open_database as startup
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


@pytest.fixture
def window(qtbot: QtBot, services: Services, data_dir: Path) -> MainWindow:
    services.groups.create(name="Voor de backup")
    win = MainWindow(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(win)
    win.show()
    return win


def names(win: MainWindow) -> list[str]:
    return [win.groups.item(i).text() for i in range(win.groups.count())]


def test_file_menu_offers_backup_restore_and_check(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions() if a.text()]
    first = texts.index("&Back up to a file\u2026")
    assert texts[first : first + 3] == [
        "&Back up to a file\u2026",
        "&Restore a backup\u2026",
        "&Check the database",
    ]
    assert window.menus.safety.backup_action.shortcut().toString() == "Ctrl+Shift+B"


def test_backup_to_a_file_runs_in_the_background(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gekozen.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.menus.safety.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=10_000)
    assert str(target) in told[0]
    assert check_database(target, full=True).ok


def test_restore_from_the_menu_brings_back_the_old_data(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.context.services
    services.backups.after_session()
    window.context.ops.perform(None, lambda: services.groups.create(name="Na de backup"))
    qtbot.waitUntil(lambda: names(window) == ["Na de backup", "Voor de backup"], timeout=2000)
    shown: list[RestoreDialog] = []

    def choose(backups: list, parent: object = None) -> tuple[object, bool]:
        dialog = RestoreDialog(backups)
        qtbot.addWidget(dialog)
        shown.append(dialog)
        return dialog.selected(), True

    monkeypatch.setattr(RestoreDialog, "choose", choose)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    window.menus.safety.restore_action.trigger()
    assert shown[0].list.topLevelItemCount() == 1
    assert "after a session" in shown[0].list.topLevelItem(0).text(2)
    qtbot.waitUntil(lambda: names(window) == ["Voor de backup"], timeout=2000)
    assert "kept as intervisie-before-restore-" in told[0]
    services.groups.create(name="Daarna")  # the reopened database takes new changes


def test_recovery_dialog_explains_and_offers_the_newest_backup(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    made = BackupService(services.db, clock=lambda: datetime(2025, 3, 4, 9, 15)).write("start")
    services.close()
    db_file = data_dir / "intervisie.sqlite3"
    db_file.write_bytes(b"\x00" * 8192)
    decision = startup.decide_start(db_file, data_dir / "backups")
    dialog = RecoveryDialog(decision.health, decision.latest_good)
    qtbot.addWidget(dialog)
    assert "is not an Intervisie database" in dialog.findChild(object, "problem").text()
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert dialog.choice is Recovery.RESTORE
    assert decision.latest_good is not None and decision.latest_good.path == made.path


@pytest.mark.parametrize("choice", [Recovery.RESTORE, Recovery.NEW])
def test_start_on_a_damaged_file_recovers_and_keeps_it_aside(
    choice: Recovery, services: Services, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.groups.create(name="Bewaard")
    services.backups.after_session()
    services.close()
    db_file = data_dir / "intervisie.sqlite3"
    db_file.write_text("kapot")
    monkeypatch.setattr(RecoveryDialog, "ask", lambda *a: (choice, True))
    opened = startup.open_safely(data_dir)
    assert opened is not None
    expected = ["Bewaard"] if choice is Recovery.RESTORE else []
    assert [g.name for g in opened.groups.list()] == expected
    opened.close()
    (kept,) = data_dir.glob("intervisie-damaged-*.sqlite3")
    assert kept.read_text() == "kapot"


def test_second_start_brings_the_first_window_forward(qtbot: QtBot, data_dir: Path) -> None:
    guard, woke = instance.claim(data_dir)
    assert guard is not None and not woke
    try:
        with qtbot.waitSignal(guard.activate, timeout=5000):
            second, woke = instance.claim(data_dir)
        assert second is None and woke
    finally:
        guard.release()
    third, _ = instance.claim(data_dir)
    assert third is not None
    third.release()


def test_a_second_start_waits_for_a_first_that_does_not_listen_yet(
    qtbot: QtBot, data_dir: Path
) -> None:
    # The first start listens only once its first window has painted.
    guard, _ = instance.claim(data_dir, listen=False)
    assert guard is not None and guard.server is None
    code = (
        "import sys; from pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication; app = QCoreApplication([])\n"
        "from intervisie_desktop.ui.startup.instance import claim\n"
        "second, woke = claim(Path(sys.argv[1])); print(second is None, woke)\n"
    )
    second = subprocess.Popen(
        [sys.executable, "-c", code, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    try:
        qtbot.wait(400)  # the second start meanwhile finds the lock held and nobody listening
        assert second.poll() is None
        with qtbot.waitSignal(guard.activate, timeout=5000):
            guard.listen()
        out, _ = second.communicate(timeout=30)
    finally:
        second.kill()
        guard.release()
    assert out.split() == ["True", "True"]
