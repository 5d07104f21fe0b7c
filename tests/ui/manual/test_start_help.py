"""F1 before the main window exists: in the unlock dialog at start (where a forgotten passphrase
is met) the manual opens at its section, in the language the program was started in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from intervisie_desktop.ui.manual.help import ManualHelp, page_for, program_language
from intervisie_desktop.ui.manual.window import ManualWindow
from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


def test_the_start_help_speaks_the_language_the_translators_were_loaded_in(qapp: object) -> None:
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        assert program_language() == "nl"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert program_language() == "en"
    finally:
        QLocale.setDefault(before)


def test_f1_in_the_unlock_dialog_opens_the_unlock_section(qtbot: QtBot, tmp_path: Path) -> None:
    owner = QObject()
    ManualHelp("nl", None, owner)  # as install_start_help makes it, before any main window
    dialog = UnlockDialog(tmp_path / "intervisie.sqlite3")
    assert page_for(dialog) == "privacy#unlock"
    seen: list[tuple[str, str, str]] = []

    def press_f1() -> None:
        try:
            focus = QApplication.focusWidget() or dialog
            assert dialog.isAncestorOf(focus) or focus is dialog
            qtbot.keyClick(focus, Qt.Key.Key_F1)
            for manual in QApplication.topLevelWidgets():
                if isinstance(manual, ManualWindow) and manual.parent() is dialog:
                    anchor = manual.browser.source().fragment()
                    seen.append((manual.current_page(), anchor, manual.browser.toPlainText()))
                    manual.close()
        finally:
            dialog.reject()

    def when_focused() -> None:
        """Press once the dialog holds the focus (a fixed delay was too short on a busy
        machine: the key then went nowhere and the test failed for the wrong reason)."""
        focus = QApplication.focusWidget()
        if focus is not None and (focus is dialog or dialog.isAncestorOf(focus)):
            poll.stop()
            press_f1()

    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(when_focused)
    poll.start()
    QTimer.singleShot(10_000, dialog.reject)  # a failure shows as one, never as a hang
    assert dialog.exec() == QDialog.DialogCode.Rejected
    poll.stop()
    assert [(page, anchor) for page, anchor, _ in seen] == [("privacy", "unlock")]
    assert "Een vergeten wachtzin betekent verloren gegevens." in seen[0][2]
    owner.deleteLater()


def test_the_start_help_is_made_once_per_application(qapp: QApplication) -> None:
    from intervisie_desktop.ui.manual.help import install_start_help

    first = install_start_help(qapp)
    assert install_start_help(qapp) is first  # a second start adds no second F1 filter
