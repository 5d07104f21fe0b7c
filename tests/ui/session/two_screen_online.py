"""The audience view's modes on two simulated screens (LAPTOP 1280x800, PROJECTOR 1920x1080):
a window for a video call goes on the chosen screen as an ordinary 16:9 window, and "one screen"
chosen with a projector present fills the laptop. Run by test_online_modes.py in its own pytest
(Qt fixes its platform per process); not collected on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from intervisie_desktop.ui.session.online import Mode
from tests.ui.session.test_online_modes import choose, press

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.session.controller import SessionModeController
    from tests.ui.session.standin_control import StandInControl


def screen(name: str) -> object:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def test_a_window_for_a_video_call_on_the_chosen_screen(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl
) -> None:
    audience, presenter = controller.audience, controller.presenter
    assert audience.isFullScreen() and audience.screen().name() == "PROJECTOR"
    choose(controller, Mode.WINDOW)
    qtbot.waitUntil(lambda: not audience.isFullScreen(), timeout=2000)
    assert audience.screen().name() == "PROJECTOR"
    assert audience.screen().availableGeometry().contains(audience.geometry())
    assert (audience.width(), audience.height()) == (960, 540)
    assert presenter.screen().name() == "LAPTOP"
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)  # the keys stay with the presenter
    press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert control.calls[-1] == "start"
    press(qtbot, presenter, Qt.Key.Key_P)
    assert not controller.modes.overlay.isVisible()


def test_one_screen_chosen_with_a_projector_present_fills_the_laptop(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl
) -> None:
    audience = controller.audience
    choose(controller, Mode.ONE_SCREEN)
    qtbot.waitUntil(lambda: audience.screen().name() == "LAPTOP", timeout=2000)
    assert audience.isFullScreen()
    assert audience.geometry() == screen("LAPTOP").geometry()  # type: ignore[attr-defined]
    assert controller.keys_window() is audience
    press(qtbot, audience, Qt.Key.Key_PageDown)
    assert control.calls[-1] == "start"
    press(qtbot, audience, Qt.Key.Key_P)
    assert controller.modes.overlay.isVisible()
    choose(controller, Mode.PROJECTOR)  # back on the projector: the overlay goes with it
    qtbot.waitUntil(lambda: audience.screen().name() == "PROJECTOR", timeout=2000)
    controller.refresh()
    assert not controller.modes.overlay.isVisible()
    assert controller.keys_window() is controller.presenter
