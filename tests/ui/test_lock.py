"""Locking and unlocking as a user meets it: Ctrl+L, idle time, wrong passphrases, first start."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.security import FailureDelay, is_encrypted
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.forms.undo import Undo
from intervisie_desktop.ui.security.erase_dialog import EraseMemberDialog, erase_member
from intervisie_desktop.ui.security.overlay import KEEP_WHEN_LOCKED
from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog
from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog
from intervisie_desktop.ui.startup import app as app_module
from intervisie_desktop.ui.window.main_window import MainWindow

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


@pytest.fixture
def encrypted(tmp_path: Path) -> Services:
    folder = tmp_path / "enc"
    folder.mkdir()
    services = Services(
        open_database(folder / "intervisie.sqlite3", passphrase=PASS), methods_dir()
    )
    services.groups.create(name="Geheime groep")
    services.notes.create(title="Vertrouwelijk", body="alleen voor mij")
    yield services
    services.close()


def make_window(qtbot: QtBot, services: Services, tmp_path: Path) -> MainWindow:
    window = MainWindow(AppContext(services=services, data_dir=tmp_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_ctrl_l_hides_everything_until_the_right_passphrase(
    qtbot: QtBot, encrypted: Services, tmp_path: Path
) -> None:
    window = make_window(qtbot, encrypted, tmp_path)
    privacy = window.privacy
    clock = FakeClock()
    privacy.lock.delay = FailureDelay(clock=clock)
    overlay = privacy.overlay
    overlay.prompt.delay = privacy.lock.delay
    privacy.show_notes()
    audience = QWidget()  # stands in for the projector view: it must stay visible
    audience.setProperty(KEEP_WHEN_LOCKED, True)
    presenter_notes = QWidget()
    qtbot.addWidget(audience)
    qtbot.addWidget(presenter_notes)
    audience.show()
    presenter_notes.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(window.context.lock.locked, timeout=1000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.context.lock.is_locked
    assert overlay.isVisible() and overlay.geometry() == window.rect()
    assert not window.centralWidget().isEnabled() and not privacy.dock.isEnabled()
    assert not privacy.search_action.isEnabled()  # Ctrl+K cannot peek behind the lock
    assert audience.isVisible() and not presenter_notes.isVisible()

    field = overlay.prompt.field
    for attempt in range(3):
        qtbot.keyClicks(field, f"fout {attempt}")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert field.text() == ""  # cleared for the next try
    message = overlay.prompt.message.text()
    assert "not correct" in message and "wait 1 second" in message
    assert not field.isEnabled() and window.context.lock.is_locked
    clock.now += 1.5
    qtbot.waitUntil(field.isEnabled, timeout=2000)
    qtbot.keyClicks(field, "nog steeds fout")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert "wait 2 second" in overlay.prompt.message.text()  # the wait grows
    clock.now += 2.5
    qtbot.waitUntil(field.isEnabled, timeout=2000)
    with qtbot.waitSignal(window.context.lock.unlocked, timeout=2000):
        qtbot.keyClicks(field, PASS)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not overlay.isVisible() and window.centralWidget().isEnabled()
    assert privacy.search_action.isEnabled() and presenter_notes.isVisible()
    assert [n.title for n in encrypted.notes.list()] == ["Vertrouwelijk"]  # nothing overwritten


def test_idle_time_locks_and_is_a_setting(qtbot: QtBot, services: Services, data_dir: Path) -> None:
    window = make_window(qtbot, services, data_dir)
    lock = window.context.lock
    assert lock.idle_minutes() == 10 and lock.idle_timer.interval() == 600_000
    lock.set_idle_minutes(3, store=True)
    assert services.settings.get("security.lock_minutes") == 3
    lock.set_idle_ms(50)
    with qtbot.waitSignal(lock.locked, timeout=2000):
        pass
    # without a passphrase the lock is a privacy screen: one click shows the window again
    overlay = window.privacy.overlay
    assert not overlay.prompt.field.isVisible() and overlay.prompt.button.text() == "Show again"
    qtbot.mouseClick(overlay.prompt.button, Qt.MouseButton.LeftButton)
    assert not lock.is_locked


def test_unlock_dialog_at_start(qtbot: QtBot, encrypted: Services) -> None:
    clock = FakeClock()
    dialog = UnlockDialog(encrypted.db.path, FailureDelay(clock=clock))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.prompt.field, "verkeerd")
    qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "not correct" in dialog.prompt.message.text()
    qtbot.keyClicks(dialog.prompt.field, PASS)
    qtbot.keyClick(dialog.prompt.field, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.passphrase == PASS


def ok_button(dialog: QDialog) -> QPushButton:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    button = box.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    return button


def test_first_start_asks_and_encrypts(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    assert dialog.protect.isChecked()  # recommended, so chosen by default
    qtbot.keyClicks(dialog.fields.first, "kort")
    ok_button(dialog).click()
    assert "at least 8 characters" in dialog.message.text()
    dialog.fields.first.setText(PASS)
    dialog.fields.second.setText(PASS + "x")
    ok_button(dialog).click()
    assert "not the same" in dialog.message.text()
    dialog.fields.second.setText(PASS)
    ok_button(dialog).click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.value() == PASS

    folder = tmp_path / "new"
    folder.mkdir()
    monkeypatch.setattr(FirstStartDialog, "ask", classmethod(lambda cls, parent=None: (PASS, True)))

    def main_windows() -> list[MainWindow]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.context.data_dir == folder and w.isVisible()
        ]

    exits: list[int] = []

    def run_until(done: Callable[[], bool]) -> int:
        """The real start-up runs from the event loop: spin it until `done`, then stop. Exits
        are recorded, not made: without a main loop, Qt would end every later nested loop."""
        monkeypatch.setattr(
            app_module.QApplication, "exec", lambda self: qtbot.waitUntil(done, timeout=20000) or 0
        )
        monkeypatch.setattr(
            app_module.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
        )
        return app_module.run_app(folder, lang="en")

    assert run_until(lambda: bool(main_windows())) == 0
    assert is_encrypted(folder / "intervisie.sqlite3")
    for window in main_windows():
        window.close()
        window.deleteLater()
    asked: list[Path] = []
    monkeypatch.setattr(
        UnlockDialog,
        "ask",
        classmethod(lambda cls, p, path, d=None: asked.append(path) or (None, False)),
    )
    assert run_until(lambda: bool(asked)) == 0  # cancelled at the unlock screen
    assert asked == [folder / "intervisie.sqlite3"]
    qtbot.waitUntil(lambda: exits == [0], timeout=5000)
    assert not main_windows()


def test_erase_member_dialog_warns_then_erases(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    member = services.members.create(full_name="Carla Bakker").value
    assert member.id
    services.notes.create(title="Over Carla", member_id=member.id)
    shown: list[str] = []

    def fake_exec(self: EraseMemberDialog) -> int:
        shown.append(self.informativeText())
        self.erase_button.click()
        return 0

    monkeypatch.setattr(EraseMemberDialog, "exec", fake_exec)
    context = AppContext(services, tmp_path)
    assert erase_member(None, context, Undo(context), member.id)
    assert "1 note about them" in shown[0] and "anonymous counts" in shown[0]
    assert services.members.list() == [] and services.notes.list() == []
