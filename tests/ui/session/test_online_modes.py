"""Online and one-screen meetings: the audience view as an ordinary 16:9 window to share in a video
call, chosen in the presenter; and, on the only screen, a compact presenter overlay on P that shows
the facilitator script only when asked with F, saying the room can read it.

The offscreen platform has one screen here (two_screen_online.py has the two-screen cases)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.session.online import MODE_SETTING, Mode
from tests.ui.two_screens import run_on_two_screens

if TYPE_CHECKING:
    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from tests.ui.session.standin_control import FakeClock, StandInControl


def press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key)


def choose(controller: SessionModeController, mode: Mode) -> None:
    """As the supervisor picks it in the presenter's projector settings."""
    box = controller.modes.box
    index = box.findData(str(mode))
    assert index >= 0
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_one_screen_the_audience_view_fills_it_and_p_shows_the_overlay(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl, clock: FakeClock
) -> None:
    audience, overlay = controller.audience, controller.modes.overlay
    only = QGuiApplication.primaryScreen()
    assert len(QGuiApplication.screens()) == 1
    qtbot.waitExposed(audience)
    assert audience.isFullScreen() and audience.geometry() == only.geometry()
    assert controller.keys_window() is audience
    assert not overlay.isVisible()

    press(qtbot, audience, Qt.Key.Key_PageDown)  # start
    press(qtbot, audience, Qt.Key.Key_P)
    assert overlay.isVisible()
    texts = overlay.shown_texts()
    joined = "\n".join(texts)
    snap = control.snapshot()
    assert snap.phase_name.en in joined
    assert "Next:" in joined and "PgDn" in joined and "Esc" in joined
    assert not any(t.startswith("SCRIPT") for t in texts)  # never without being asked
    assert audience.rect().contains(overlay.geometry())
    assert overlay.width() <= audience.width() // 2 + 1

    clock.advance(5)
    controller.refresh()
    assert overlay.clock.text().startswith(overlay_time(controller))

    # The clicker goes on working with the overlay up; the overlay follows.
    before = control.snapshot().current_speaker
    press(qtbot, audience, Qt.Key.Key_PageDown)
    assert control.calls[-1] == "next"
    after = control.snapshot().current_speaker
    if after is not None and after != before:
        assert after.display_name in overlay.speaker.text()

    press(qtbot, audience, Qt.Key.Key_P)
    assert not overlay.isVisible()


def overlay_time(controller: SessionModeController) -> str:
    from intervisie_desktop.ui.session import timing

    return timing.timer_text(timing.shown_timing(controller.control.snapshot()).remaining)


def test_the_script_only_on_f_under_a_heading_that_the_room_reads_it(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl
) -> None:
    audience, overlay = controller.audience, controller.modes.overlay
    press(qtbot, audience, Qt.Key.Key_PageDown)
    press(qtbot, audience, Qt.Key.Key_F)  # without the overlay: nothing
    assert not overlay.isVisible()
    press(qtbot, audience, Qt.Key.Key_P)
    press(qtbot, audience, Qt.Key.Key_F)
    script = control.snapshot().script.en
    texts = overlay.shown_texts()
    assert script in texts
    assert any("VISIBLE TO THE ROOM" in t for t in texts)
    press(qtbot, audience, Qt.Key.Key_F)
    assert script not in overlay.shown_texts()
    press(qtbot, audience, Qt.Key.Key_F)
    controller.set_locked(True)  # the program locks: the script goes, the overlay stays
    controller.refresh()
    assert script not in overlay.shown_texts() and overlay.isVisible()
    controller.set_locked(False)
    press(qtbot, audience, Qt.Key.Key_P)
    press(qtbot, audience, Qt.Key.Key_P)  # shown again: the script is not, until F again
    assert script not in overlay.shown_texts()


def test_esc_asks_on_the_presenter_side_with_the_overlay_up(
    qtbot: QtBot,
    controller: SessionModeController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parents: list[object] = []

    def answer(parent: object, *_a: object) -> QMessageBox.StandardButton:
        parents.append(parent)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    audience = controller.audience
    press(qtbot, audience, Qt.Key.Key_PageDown)
    press(qtbot, audience, Qt.Key.Key_P)
    press(qtbot, audience, Qt.Key.Key_Escape)
    assert parents == [controller.presenter]
    assert not controller.is_closing


def test_a_window_for_a_video_call_chosen_in_the_presenter_keeps_16_9(
    qtbot: QtBot,
    controller: SessionModeController,
    control: StandInControl,
    qsettings: QSettings,
) -> None:
    audience = controller.audience
    choose(controller, Mode.WINDOW)
    qtbot.waitUntil(lambda: not audience.isFullScreen(), timeout=2000)
    assert audience.isVisible()
    area = audience.screen().availableGeometry()
    assert area.contains(audience.geometry())
    assert abs(audience.width() * 9 / 16 - audience.height()) <= 1
    assert "share" in audience.windowTitle()
    assert controller.keys_window() is controller.presenter
    assert qsettings.value(MODE_SETTING) == "window"

    audience.resize(800, 300)  # the user drags its corner
    qtbot.waitUntil(lambda: audience.size().height() == 450, timeout=2000)
    assert audience.width() == 800

    press(qtbot, controller.presenter, Qt.Key.Key_PageDown)  # the clicker, on the presenter
    assert control.calls[-1] == "start"
    press(qtbot, audience, Qt.Key.Key_PageDown)  # and on the shared window
    assert control.calls[-1] == "next"
    press(qtbot, audience, Qt.Key.Key_P)  # the presenter is in view: no overlay on the share
    assert not controller.modes.overlay.isVisible()

    choose(controller, Mode.PROJECTOR)
    qtbot.waitUntil(audience.isFullScreen, timeout=2000)
    assert qsettings.value(MODE_SETTING) == "projector"


def test_the_chosen_mode_is_remembered_on_this_machine(
    qtbot: QtBot, control: StandInControl, services: Services, qsettings: QSettings
) -> None:
    qsettings.setValue(MODE_SETTING, "window")
    ctrl = SessionModeController(control, services, lang="en", settings=qsettings)
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    try:
        qtbot.waitExposed(ctrl.audience)
        assert not ctrl.audience.isFullScreen()
        assert ctrl.modes.box.currentData() == "window"
    finally:
        ctrl.close()


def test_the_modes_on_two_screens() -> None:
    """two_screen_online.py in its own pytest, on the two simulated screens."""
    run_on_two_screens(Path(__file__).with_name("two_screen_online.py"), passed=2)
