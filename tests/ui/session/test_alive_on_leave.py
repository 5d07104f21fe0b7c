"""Session mode on the real runner: the sign-of-life file beside the database exists while the
timer runs and is gone once session mode is left with Esc (the run kept, its time stored) or the
session is finished. A kill keeps it: test_resume_after_kill.py."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from intervisie_desktop.core.session.alive import alive_path
from intervisie_desktop.core.session.snapshot import RunState
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def test_esc_leave_removes_the_sign_of_life_and_keeps_the_run(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    win = make_window()
    ctrl = press_f5(qtbot, win)
    path = alive_path(demo_services.db.path)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # the timer runs
    qtbot.waitUntil(path.exists, timeout=3000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_Escape)  # leave? Yes
    qtbot.waitUntil(lambda: win.session_mode.controller is None, timeout=3000)
    assert not path.exists()
    run = demo_services.sessions.run_for(ctrl.meeting_id)
    assert run is not None and not run.finished and run.heartbeat_t is not None


def test_finishing_the_session_removes_the_sign_of_life(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    path = alive_path(demo_services.db.path)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)
    qtbot.waitUntil(path.exists, timeout=3000)
    ctrl.presenter.finish_button.click()
    assert ctrl.control.snapshot().state == RunState.FINISHED
    assert not path.exists()  # before session mode is even left
