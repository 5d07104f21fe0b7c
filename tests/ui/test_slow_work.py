"""Slow file work from the window (protection changes, restoring a backup) as the user meets it:
a modal busy dialog while a worker does the work, a window that keeps painting, the outcome
afterwards, and on failure a message with the original file untouched."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QPushButton

from intervisie_desktop.core.backup import restore as restore_module
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.security import encryption, is_encrypted, verify_passphrase
from intervisie_desktop.core.security.cipher_files import MSG_VERIFY_FAILED, VerifyFailed
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.security.busy import BusyDialog
from intervisie_desktop.ui.security.passphrase_dialog import ChangePassphraseDialog
from intervisie_desktop.ui.security.protection_dialog import ProtectionDialog
from intervisie_desktop.ui.security.recovery_dialogs import RestoreDialog
from intervisie_desktop.ui.translation import install_translators
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services

PASS = "een lange wachtzin"
NEW = "een andere wachtzin"


class Gate:
    """Wraps a file operation so it waits, in its worker thread, until the test opens the gate."""

    def __init__(self) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.thread: threading.Thread | None = None

    def wrap(self, operation: Callable[..., Any]) -> Callable[..., Any]:
        def gated(*args: Any, **kwargs: Any) -> Any:
            self.thread = threading.current_thread()
            self.entered.set()
            if not self.release.wait(20):
                raise TimeoutError("the test never opened the gate")
            return operation(*args, **kwargs)

        return gated


def busy_dialog() -> BusyDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, BusyDialog)]
    visible = [w for w in found if w.isVisible()]
    return visible[0] if visible else None


def while_busy(qtbot: QtBot, gate: Gate, services: Services) -> dict[str, Any]:
    """Look at the screen while the worker waits at the gate, then let it go on.

    Runs from the event loop that the busy dialog spins (the click that started the work
    returns only when the work is done)."""
    seen: dict[str, Any] = {}

    def check() -> None:
        dialog = busy_dialog()
        if not gate.entered.is_set() or dialog is None:
            return  # not yet: looked at again on the next tick
        poll.stop()
        try:
            seen["text"] = dialog.labelText()
            seen["buttons"] = [b.text() for b in dialog.findChildren(QPushButton)]
            seen["modal"] = QApplication.activeModalWidget() is dialog
            seen["application_modal"] = (
                dialog.windowModality() == Qt.WindowModality.ApplicationModal
            )
            seen["in_worker"] = gate.thread is not threading.main_thread()
            ticks: list[int] = []
            timer = QTimer()
            timer.timeout.connect(lambda: ticks.append(1))
            timer.start(5)
            qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # the UI loop keeps running
            timer.stop()
            seen["ticks"] = len(ticks)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            dialog.close()
            seen["stays_open"] = dialog.isVisible()
            try:  # UI code that reaches for the database meanwhile is refused, not let in
                services.groups.create(name="Tussendoor")
                seen["refused"] = False
            except DatabaseError:
                seen["refused"] = True
        finally:
            gate.release.set()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(10)
    seen["poll"] = poll  # kept alive until the test is done
    return seen


def assert_busy(seen: dict[str, Any], text: str) -> None:
    assert seen["text"].startswith(text)
    assert seen["buttons"] == []  # no Cancel: stopping halfway is not safe
    assert seen["modal"] and seen["application_modal"]
    assert seen["in_worker"]
    assert seen["ticks"] >= 5
    assert seen["stays_open"]
    assert seen["refused"]


@pytest.fixture
def window(qtbot: QtBot, services: Services, data_dir: Path) -> Iterator[MainWindow]:
    services.groups.create(name="Bewaarde groep")
    win = MainWindow(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(win)
    win.show()
    yield win
    win.menus.safety.wait()


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    told: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda _p, _t, text, *_a, _n=name: told.append(f"{_n}: {text}")
        )
    return told


def protection(qtbot: QtBot, window: MainWindow) -> ProtectionDialog:
    dialog = ProtectionDialog(window.privacy.lock, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def group_names(services: Services) -> list[str]:
    return [g.name for g in services.groups.list()]


def test_protecting_runs_in_a_worker_behind_a_busy_dialog(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.context.services
    path = services.db.path
    gate = Gate()
    monkeypatch.setattr(encryption, "encrypt_file", gate.wrap(encryption.encrypt_file))
    monkeypatch.setattr(ChangePassphraseDialog, "ask", lambda *a, **k: (("", PASS), True))
    dialog = protection(qtbot, window)
    seen = while_busy(qtbot, gate, services)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)

    assert_busy(seen, "Protecting your data\u2026")
    assert busy_dialog() is None
    assert is_encrypted(path) and verify_passphrase(path, PASS)
    assert messages and messages[0].startswith("information: Your data is now encrypted")
    assert "encrypted with a passphrase" in dialog.status.text()
    assert dialog.change_button.isVisibleTo(dialog)
    services.groups.create(name="Na het beveiligen")  # the reopened database takes changes
    assert group_names(services) == ["Bewaarde groep", "Na het beveiligen"]


def test_changing_and_removing_the_passphrase_run_in_a_worker(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.context.services
    path = services.db.path
    services.protection.protect(PASS)
    dialog = protection(qtbot, window)

    gate = Gate()
    monkeypatch.setattr(
        encryption, "change_passphrase_file", gate.wrap(encryption.change_passphrase_file)
    )
    monkeypatch.setattr(ChangePassphraseDialog, "ask", lambda *a, **k: ((PASS, NEW), True))
    seen = while_busy(qtbot, gate, services)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert_busy(seen, "Changing the passphrase\u2026")
    assert verify_passphrase(path, NEW) and not verify_passphrase(path, PASS)
    assert group_names(services) == ["Bewaarde groep"]

    gate = Gate()
    monkeypatch.setattr(encryption, "decrypt_file", gate.wrap(encryption.decrypt_file))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (NEW, True))
    seen = while_busy(qtbot, gate, services)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert_busy(seen, "Removing the protection\u2026")
    assert not is_encrypted(path)
    assert check_database(path, None, full=True).ok
    assert dialog.protect_button.isVisibleTo(dialog)
    assert messages == []  # success is shown by the status line, as before
    services.groups.create(name="Weer open")
    assert group_names(services) == ["Bewaarde groep", "Weer open"]


def test_a_failure_in_the_worker_is_shown_and_the_file_stays_as_it_was(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.context.services
    path = services.db.path
    gate = Gate()
    ran_in: list[threading.Thread] = []

    def broken_verify(*_args: Any) -> None:
        ran_in.append(threading.current_thread())
        raise VerifyFailed(MSG_VERIFY_FAILED)

    monkeypatch.setattr(encryption, "verify_copy", broken_verify)
    monkeypatch.setattr(encryption, "encrypt_file", gate.wrap(encryption.encrypt_file))
    monkeypatch.setattr(ChangePassphraseDialog, "ask", lambda *a, **k: (("", PASS), True))
    dialog = protection(qtbot, window)
    seen = while_busy(qtbot, gate, services)
    qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)

    assert_busy(seen, "Protecting your data\u2026")
    assert ran_in and ran_in[0] is not threading.main_thread()
    assert messages == [
        "warning: The re-encrypted copy did not match the original, so it was discarded. Your "
        "data is unchanged."
    ]
    assert not is_encrypted(path)
    assert not path.with_name(path.name + ".new").exists()
    assert check_database(path, None, full=True).ok
    assert "not protected" in dialog.status.text()
    services.groups.create(name="Gewoon verder")  # the old engine is back in place
    assert group_names(services) == ["Bewaarde groep", "Gewoon verder"]


def choose_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RestoreDialog, "choose", lambda backups, parent=None: (backups[0], True))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)


def window_groups(window: MainWindow) -> list[str]:
    return [window.groups.item(i).text() for i in range(window.groups.count())]


def test_restoring_runs_in_a_worker_and_the_old_data_comes_back(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.context.services
    services.backups.after_session()
    window.context.ops.perform(None, lambda: services.groups.create(name="Na de backup"))
    both = ["Bewaarde groep", "Na de backup"]
    qtbot.waitUntil(lambda: window_groups(window) == both, timeout=2000)
    gate = Gate()
    monkeypatch.setattr(restore_module, "restore_file", gate.wrap(restore_module.restore_file))
    choose_first(monkeypatch)
    seen = while_busy(qtbot, gate, services)
    file_menu = window.menus.file_menu
    file_menu.popup(window.mapToGlobal(window.rect().center()))
    qtbot.waitUntil(file_menu.isVisible, timeout=2000)
    file_menu.setActiveAction(window.menus.safety.restore_action)
    qtbot.keyClick(file_menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(messages), timeout=10_000)

    assert_busy(seen, "Restoring the backup\u2026")
    assert "is restored" in messages[0] and "kept as intervisie-before-restore-" in messages[0]
    qtbot.waitUntil(lambda: window_groups(window) == ["Bewaarde groep"], timeout=2000)
    services.groups.create(name="Daarna")
    assert group_names(services) == ["Bewaarde groep", "Daarna"]


def test_a_damaged_backup_is_refused_in_the_worker_and_the_current_data_stays(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    services = window.context.services
    made = services.backups.after_session()
    services.groups.create(name="Na de backup")
    with open(made.path, "r+b") as handle:  # a backup damaged on disk after it was written
        handle.seek(4096 * 2)
        handle.write(b"\xa5" * 4096 * 3)
    folder = services.db.path.parent
    before = sorted(p.name for p in folder.glob("*.sqlite3"))
    gate = Gate()
    monkeypatch.setattr(restore_module, "restore_file", gate.wrap(restore_module.restore_file))
    choose_first(monkeypatch)
    seen = while_busy(qtbot, gate, services)
    window.menus.safety.restore_action.trigger()

    assert_busy(seen, "Restoring the backup\u2026")
    assert len(messages) == 1 and messages[0].startswith("critical: ")
    assert sorted(p.name for p in folder.glob("*.sqlite3")) == before  # nothing kept aside
    assert group_names(services) == ["Bewaarde groep", "Na de backup"]
    services.groups.create(name="Nog steeds open")


def test_the_busy_dialog_speaks_dutch(
    qtbot: QtBot,
    window: MainWindow,
    messages: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        services = window.context.services
        gate = Gate()
        monkeypatch.setattr(encryption, "encrypt_file", gate.wrap(encryption.encrypt_file))
        monkeypatch.setattr(ChangePassphraseDialog, "ask", lambda *a, **k: (("", PASS), True))
        dialog = protection(qtbot, window)
        seen = while_busy(qtbot, gate, services)
        qtbot.mouseClick(dialog.protect_button, Qt.MouseButton.LeftButton)
        assert_busy(seen, "Uw gegevens worden beveiligd\u2026")
        assert "houd het programma open" in seen["text"]
        assert is_encrypted(services.db.path)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
