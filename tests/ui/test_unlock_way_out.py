"""The unlock screen's way out, as a supervisor meets it: a plain database whose start was
overwritten with random bytes asks for a passphrase no one ever set."""

from __future__ import annotations

import hashlib
import random
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from intervisie_desktop.core.backup.store import BackupService
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.integrity import BODY_OFFSET, BODY_SAMPLE, check_database
from intervisie_desktop.core.security import FailureDelay
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, backup_dir, methods_dir
from intervisie_desktop.ui.security.recovery_dialogs import Recovery, RecoveryDialog
from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog
from intervisie_desktop.ui.startup import app as app_module
from intervisie_desktop.ui.startup import open_database as startup_module
from intervisie_desktop.ui.startup.open_database import open_safely
from tests.ui.starting import current_test, main_windows

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

PASS = "de juiste wachtzin"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def ruin_the_start(database: Path) -> str:
    """Random bytes over the header and the pages after it; returns the damaged file's hash."""
    with open(database, "r+b") as f:
        f.write(random.Random(5).randbytes(BODY_OFFSET + BODY_SAMPLE))
    return digest(database)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ruined(services: Services, data_dir: Path) -> tuple[Path, str]:
    """A plain database with a plain backup, then its first pages overwritten."""
    services.groups.create(name="Balintgroep Zwolle")
    services.backups.after_session()
    services.close()
    database = data_dir / DATABASE_NAME
    return database, ruin_the_start(database)


@pytest.fixture
def encrypted(data_dir: Path) -> Path:
    database = data_dir / DATABASE_NAME
    db = open_database(database, passphrase=PASS)
    Services(db, methods_dir()).groups.create(name="Geheime groep")
    BackupService(db).write("start")
    db.close()
    return database


def when_shown(kind: type[QDialog], act: Callable[[QDialog], None]) -> None:
    """Run `act` on the next modal dialog of `kind` once it is on screen (it blocks in its
    own event loop, as for the user). The wait ends with the test."""
    test = current_test()

    def poll() -> None:
        if current_test() != test:
            return
        shown = QApplication.activeModalWidget()
        if not (isinstance(shown, kind) and shown.isVisible()):
            QTimer.singleShot(20, poll)
            return
        try:
            act(shown)
        except BaseException:
            shown.reject()  # a failed check closes the dialog, so the test fails, not hangs
            raise

    QTimer.singleShot(0, poll)


def type_and_enter(qtbot: QtBot, dialog: UnlockDialog, text: str) -> None:
    qtbot.keyClicks(dialog.prompt.field, text)
    qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    if dialog.passphrase is None:  # a wrong passphrase leaves the screen up to say so
        assert dialog.isVisible()


def test_plain_backups_make_the_unlock_screen_say_so_up_front(
    qtbot: QtBot, ruined: tuple[Path, str]
) -> None:
    database, damaged = ruined
    dialog = UnlockDialog(database, FailureDelay(clock=FakeClock()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.doubt.isVisible() and dialog.recover_button.isVisible()
    assert "Your backups are not encrypted" in dialog.doubt.text()
    type_and_enter(qtbot, dialog, "ik heb er nooit een gezet")
    assert "not correct" in dialog.prompt.message.text()  # still just a wrong passphrase
    seen: list[str] = []

    def restore(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryDialog)
        seen.append(recovery.findChild(QWidget, "advice").text())
        seen.append(recovery.quit_button.text())
        recovery.restore_button.click()

    when_shown(RecoveryDialog, restore)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.recovery is Recovery.RESTORE
    assert "newest good backup is from" in seen[0] and "choose Back" in seen[0]
    assert seen[1] == "&Back"
    assert digest(database) == damaged  # the dialog only chose; nothing was written yet


def test_a_genuine_encrypted_file_keeps_wrong_meaning_wrong(qtbot: QtBot, encrypted: Path) -> None:
    before = digest(encrypted)
    clock = FakeClock()
    dialog = UnlockDialog(encrypted, FailureDelay(clock=clock))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.doubt.isVisible() and not dialog.recover_button.isVisible()
    for attempt in range(3):
        type_and_enter(qtbot, dialog, f"fout {attempt}")
    assert "not correct" in dialog.prompt.message.text()
    assert "wait 1 second" in dialog.prompt.message.text()  # the throttle is untouched
    assert not dialog.prompt.field.isEnabled()
    assert dialog.doubt.isVisible() and "If you never protected" in dialog.doubt.text()
    offered: list[bool] = []

    def go_back(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryDialog) and recovery.prompt is not None
        offered.append(recovery.prompt.field.isVisible())  # encrypted backups: their key
        offered.append(recovery.prompt.field.isEnabled())  # the same wait as the unlock screen
        offered.append("choose Back" in recovery.findChild(QWidget, "advice").text())
        recovery.quit_button.click()

    when_shown(RecoveryDialog, go_back)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert offered == [True, False, True] and dialog.isVisible() and dialog.recovery is None
    assert not dialog.prompt.field.isEnabled()  # still waiting: Back does not reset the wait
    clock.now += 1.5
    qtbot.waitUntil(dialog.prompt.field.isEnabled, timeout=2000)
    type_and_enter(qtbot, dialog, PASS)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == PASS
    assert digest(encrypted) == before


@pytest.mark.parametrize("choice", [Recovery.RESTORE, Recovery.NEW])
def test_start_on_a_ruined_file_leads_out_of_the_unlock_screen(
    choice: Recovery, qtbot: QtBot, ruined: tuple[Path, str], data_dir: Path, exits: list[int]
) -> None:
    database, damaged = ruined
    told: list[str] = []

    def choose(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryDialog)
        (recovery.restore_button if choice is Recovery.RESTORE else recovery.new_button).click()

    def unlock_screen(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        type_and_enter(qtbot, dialog, "welke wachtzin dan?")
        told.append(dialog.prompt.message.text())
        when_shown(RecoveryDialog, choose)
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)

    when_shown(UnlockDialog, unlock_screen)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert exits == [] and "not correct" in told[0]
    (window,) = main_windows(data_dir)
    names = sorted(g.name for g in window.context.services.groups.list())
    assert names == (["Balintgroep Zwolle"] if choice is Recovery.RESTORE else [])
    window.close()
    window.deleteLater()
    (kept,) = data_dir.glob("intervisie-damaged-*.sqlite3")
    assert digest(kept) == damaged  # the damaged file, byte for byte, beside the new one
    assert check_database(database).ok
    assert len(list(backup_dir(data_dir).glob("*.sqlite3"))) >= 1


@pytest.fixture
def damaged_encrypted(encrypted: Path) -> tuple[Path, str]:
    """An encrypted database with an encrypted backup, then its first pages overwritten: no
    passphrase opens it any more, the right one included."""
    return encrypted, ruin_the_start(encrypted)


def backups_of(folder: Path) -> dict[Path, str]:
    return {path: digest(path) for path in backup_dir(folder).iterdir()}


def test_the_passphrase_of_encrypted_backups_restores_a_damaged_encrypted_file(
    qtbot: QtBot, damaged_encrypted: tuple[Path, str], data_dir: Path, exits: list[int]
) -> None:
    database, damaged = damaged_encrypted
    backups = backups_of(data_dir)
    told: list[str] = []

    def restore(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryDialog) and recovery.prompt is not None
        told.append(recovery.findChild(QWidget, "advice").text())
        qtbot.keyClicks(recovery.prompt.field, PASS)
        qtbot.keyClick(recovery.prompt.field, Qt.Key.Key_Return)

    def unlock_screen(dialog: QDialog) -> None:
        assert isinstance(dialog, UnlockDialog)
        type_and_enter(qtbot, dialog, PASS)  # the right one: the file itself is damaged
        told.append(dialog.prompt.message.text())
        when_shown(RecoveryDialog, restore)
        qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
        if dialog.isVisible():  # the restore failed: end here rather than hang
            dialog.reject()

    when_shown(UnlockDialog, unlock_screen)
    assert app_module.run_app(data_dir, lang="en") == 0
    assert exits == [] and "not correct" in told[0] and "Your backups are encrypted" in told[1]
    (window,) = main_windows(data_dir)
    qtbot.waitUntil(lambda: window.group_list.names() == ["Geheime groep"], timeout=5000)
    assert window.context.services.db.passphrase == PASS
    window.close()
    window.deleteLater()
    (kept,) = data_dir.glob("intervisie-damaged-*.sqlite3")
    assert digest(kept) == damaged  # the damaged file, byte for byte, beside the restored one
    assert check_database(database, PASS).ok
    assert {path: digest(path) for path in backups} == backups  # the backup read, not changed


def test_a_wrong_passphrase_for_the_backups_is_refused_and_changes_nothing(
    qtbot: QtBot, damaged_encrypted: tuple[Path, str], data_dir: Path
) -> None:
    database, damaged = damaged_encrypted
    backups = backups_of(data_dir)
    dialog = UnlockDialog(database, FailureDelay(clock=FakeClock()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_and_enter(qtbot, dialog, PASS)  # first failure: the file is damaged
    seen: list[object] = []

    def try_wrong(recovery: QDialog) -> None:
        assert isinstance(recovery, RecoveryDialog) and recovery.prompt is not None
        field = recovery.prompt.field
        qtbot.keyClicks(field, "verkeerde wachtzin")
        qtbot.mouseClick(recovery.restore_button, Qt.MouseButton.LeftButton)
        seen.extend([recovery.prompt.message.text(), recovery.isVisible(), field.text()])
        qtbot.keyClicks(field, "nog een verkeerde")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        seen.extend([recovery.prompt.message.text(), field.isEnabled()])
        recovery.quit_button.click()

    when_shown(RecoveryDialog, try_wrong)
    qtbot.mouseClick(dialog.recover_button, Qt.MouseButton.LeftButton)
    assert "opens none of the backups" in str(seen[0]) and seen[1:3] == [True, ""]
    assert "wait 1 second" in str(seen[3]) and seen[4] is False  # third failure in a row
    assert dialog.isVisible() and dialog.recovery is None and dialog.backup_passphrase is None
    assert not dialog.prompt.field.isEnabled()  # the unlock screen waits as well
    assert digest(database) == damaged and backups_of(data_dir) == backups
    assert sorted(p.name for p in data_dir.glob("intervisie*")) == [DATABASE_NAME]


def test_a_restore_asked_with_the_files_own_passphrase_opens_the_file_instead(
    qtbot: QtBot, encrypted: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mistyped on the unlock screen, then typed right for the backups: the genuine file is
    opened as it is, never replaced by an older backup."""
    before = digest(encrypted)
    errors: list[str] = []
    monkeypatch.setattr(startup_module.QMessageBox, "critical", lambda *a: errors.append(a[2]))
    services = open_safely(data_dir, PASS, recovery=Recovery.RESTORE)
    assert services is not None and errors == []
    assert [g.name for g in services.groups.list()] == ["Geheime groep"]
    services.close()
    assert sorted(p.name for p in data_dir.glob("intervisie*")) == [DATABASE_NAME]
    assert digest(encrypted) == before
