"""F1 in session mode: the manual opens at the presenter's section, and the session goes on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.window.main_window import MainWindow


def test_f1_in_the_presenter_opens_the_presenter_section(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    win = make_window()
    win.groups.setCurrentRow(0)
    ctrl = press_f5(qtbot, win)
    before = ctrl.control.snapshot()
    ctrl.presenter.activateWindow()
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(QApplication.focusWidget() or ctrl.presenter, Qt.Key.Key_F1)
    assert win.menus.help is not None
    manual = win.menus.help.help.manual
    assert manual is not None
    qtbot.waitExposed(manual)
    assert manual.current_page() == "session"
    assert manual.browser.source().fragment() == "presenter"
    assert "Finish session" in manual.browser.toPlainText()
    # F1 is no session key: nothing moved, and session mode is still on
    assert win.session_mode.controller is ctrl
    assert ctrl.control.snapshot().state == before.state
    assert ctrl.presenter.isVisible() and ctrl.audience.isVisible()
