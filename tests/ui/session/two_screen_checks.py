"""Session mode on two simulated screens (LAPTOP 1280x800, PROJECTOR 1920x1080).

Qt fixes its platform per process, so test_two_screens.py runs this file in its own pytest
with QT_QPA_PLATFORM=offscreen:configfile=<two-screens.json>; it is not collected on its own.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import SIGNAL, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QScreen

from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.session.screens import SETTINGS_KEY, ScreenId
from intervisie_desktop.ui.session.start import start_session_mode
from intervisie_desktop.ui.session.theme import DARK

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.session.controller import SessionModeController
    from tests.ui.session.standin_control import FakeClock, StandInControl


def screen_named(name: str) -> QScreen:
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def test_the_platform_has_two_screens(qapp: object) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["LAPTOP", "PROJECTOR"]


def test_audience_full_screen_on_the_projector_presenter_on_the_laptop(
    qtbot: QtBot, controller: SessionModeController
) -> None:
    audience, presenter = controller.audience, controller.presenter
    qtbot.waitExposed(audience)
    assert audience.isFullScreen()
    assert audience.screen().name() == "PROJECTOR"
    assert audience.geometry() == screen_named("PROJECTOR").geometry()
    assert presenter.screen().name() == "LAPTOP"
    assert screen_named("LAPTOP").geometry().contains(presenter.geometry())
    assert presenter.screen_box.currentText() == "PROJECTOR"
    assert audience.timer.digit_ink_height() >= 1080 / 4


def test_every_text_on_the_full_screen_projector_is_at_least_three_percent_high(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    from tests.ui.session.cue_checks import text_sizes

    audience = controller.audience
    qtbot.waitExposed(audience)
    height = screen_named("PROJECTOR").geometry().height()
    controller.presenter.projector_clock_box.click()  # the time of day on the projector too
    checked = 0
    for step, advance in (("start", 0), ("warning", 46), ("overtime", 20)):
        if step == "start":
            controller.next()
        clock.advance(advance)
        controller.refresh()
        assert audience.tone() == {"start": "normal"}.get(step, step)
        for blank in (False, True):
            if blank:
                controller.toggle_blank()
            for what, text, pixels, font_height in text_sizes(audience):
                assert min(pixels, font_height) >= 0.03 * height, (step, blank, what, text)
                checked += 1
            if blank:
                controller.toggle_blank()
    controller.control.toggle_pause()
    controller.refresh()
    for what, text, pixels, font_height in text_sizes(audience):
        assert min(pixels, font_height) >= 0.03 * height, ("paused", what, text)
        checked += 1
    assert checked >= 20


def test_keys_on_the_projector_window_drive_the_run(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl, clock: FakeClock
) -> None:
    audience = controller.audience
    audience.activateWindow()  # a click on the projector, or the window system's doing:
    qtbot.waitUntil(controller.presenter.isActiveWindow, timeout=2000)  # the keys come back
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space):
        qtbot.keyClick(controller.presenter, key)
    assert control.calls == ["start", "next", "back", "toggle_pause"]
    assert audience.shown_texts() == ["Pause"]
    qtbot.keyClick(audience, Qt.Key.Key_Space)
    clock.advance(46)
    controller.refresh()
    assert audience.timer.colour() == DARK.warning
    qtbot.keyClick(audience, Qt.Key.Key_B)
    assert audience.shown_texts() == []


def test_choosing_a_screen_moves_the_view_and_is_remembered(
    qtbot: QtBot, controller: SessionModeController, qsettings: QSettings
) -> None:
    box = controller.presenter.screen_box
    box.activated.emit(box.findText("LAPTOP"))
    qtbot.waitUntil(lambda: controller.audience.screen().name() == "LAPTOP", timeout=2000)
    assert controller.audience.isFullScreen()
    assert controller.audience.geometry() == screen_named("LAPTOP").geometry()
    assert ScreenId.from_text(qsettings.value(SETTINGS_KEY)) == ScreenId.of(screen_named("LAPTOP"))
    assert controller.chooser.choose(screen_named("LAPTOP")).name() == "LAPTOP"


def test_unplugging_and_replugging_the_projector_moves_the_view(
    qtbot: QtBot, controller: SessionModeController
) -> None:
    # The offscreen platform cannot unplug a screen at run time: narrow the list the controller
    # sees and call the slot that QGuiApplication.screenRemoved/screenAdded are connected to.
    app = QGuiApplication.instance()
    assert app is not None
    assert app.receivers(SIGNAL("screenRemoved(QScreen*)")) >= 1
    assert app.receivers(SIGNAL("screenAdded(QScreen*)")) >= 1
    controller.chooser.screens = lambda: [screen_named("LAPTOP")]  # the projector is gone
    controller.screens_changed()
    qtbot.waitUntil(lambda: controller.audience.screen().name() == "LAPTOP", timeout=2000)
    assert controller.audience.isFullScreen()
    assert controller.audience.geometry() == screen_named("LAPTOP").geometry()
    assert controller.presenter.screen_box.count() == 1
    controller.next()  # keys and commands keep working on one screen
    assert controller.control.snapshot().state.value == "normal"
    controller.chooser.screens = QGuiApplication.screens
    controller.screens_changed()
    qtbot.waitUntil(lambda: controller.audience.screen().name() == "PROJECTOR", timeout=2000)
    assert controller.audience.geometry() == screen_named("PROJECTOR").geometry()


def test_start_session_mode_uses_the_factory_and_leaves_with_esc(
    qtbot: QtBot,
    services: Services,
    tmp_path: Path,
    control: StandInControl,
    qsettings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    context = AppContext(services=services, data_dir=tmp_path, lang="en")
    asked: list[int] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(1) or QMessageBox.StandardButton.Yes,
    )
    opened: list[int] = []

    def factory(meeting_id: int) -> StandInControl:
        opened.append(meeting_id)
        return control

    ctrl = start_session_mode(context, control.meeting_id, factory, settings=qsettings)
    qtbot.waitExposed(ctrl.audience)
    assert opened == [control.meeting_id]
    assert ctrl.audience.screen().name() == "PROJECTOR"
    ctrl.next()
    with qtbot.waitSignal(ctrl.closed, timeout=2000):
        ctrl.actions["leave"].trigger()
    assert asked == [1]
    assert control.calls == ["start"]  # leaving keeps the run: no finish


def test_a_whole_demo_session_by_keys_from_f5_in_the_main_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """F5 in the main window of the small demo, then only keys (as from a clicker) to the closing
    screen; the meeting is then held: actual times, attendance, planned versus actual rows."""
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.core.session.report import planned_vs_actual
    from intervisie_desktop.core.session.snapshot import RunState
    from intervisie_desktop.paths import DATABASE_NAME
    from intervisie_desktop.ui.window.main_window import MainWindow

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # screen choice per machine
    write_demo(tmp_path / "demo", DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(tmp_path / "demo" / DATABASE_NAME), methods_dir())
    win = MainWindow(AppContext(services=services, data_dir=tmp_path, lang="en"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    assert win.screen().name() == "LAPTOP"
    meeting = services.meetings.next_planned(win.group_id)
    assert meeting is not None and meeting.id is not None and meeting.actual_start is None
    # Run on its day: a session finished before the meeting's day does not hold it.
    services.meetings.update(meeting.id, date=date.today())

    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    ctrl = win.session_mode.controller
    assert ctrl is not None and ctrl.meeting_id == meeting.id
    audience, presenter = ctrl.audience, ctrl.presenter
    qtbot.waitExposed(audience)
    assert audience.isFullScreen() and audience.screen().name() == "PROJECTOR"
    assert audience.geometry() == screen_named("PROJECTOR").geometry()
    assert presenter.screen().name() == "LAPTOP"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is presenter, timeout=3000)

    phases: set[tuple[int, int]] = set()
    for _ in range(200):
        snap = ctrl.control.snapshot()
        if snap.state == RunState.FINISHED:
            break
        phases.add((snap.step_index, snap.phase_index))
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert ctrl.control.snapshot().state == RunState.FINISHED
    assert len(phases) >= 6  # every phase of the plan was passed through
    assert audience.shown_texts() == ["Thank you", "The session has ended"]

    with qtbot.waitSignal(ctrl.closed, timeout=2000):
        qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # finished: leaves without asking
    assert win.isVisible() and win.session_mode.controller is None
    assert win.meetings.current_meeting_id() == meeting.id

    held = services.meetings.get(meeting.id)
    assert held.actual_start is not None and held.actual_end is not None
    assert held.actual_end >= held.actual_start
    recorded = services.attendance.for_meeting(meeting.id)
    assert recorded and all(attendance is not None for _member, attendance in recorded)
    with services.db.session() as session:
        rows = planned_vs_actual(session, meeting.id)
    kinds = {row.kind.value for row in rows}
    assert {"step", "phase", "turn", "speaker"} <= kinds
    assert all(row.actual >= 0 for row in rows)
    services.close()


def test_after_a_restart_a_blanked_projector_comes_back_blank_on_the_projector(
    qtbot: QtBot, tmp_path: Path, qsettings: QSettings
) -> None:
    """Session mode on the real runner, the projector blanked, then a new program on the same
    data: the projector screen is dark again until the supervisor shows it."""
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.core.db.database import open_database
    from intervisie_desktop.core.demo import write_demo
    from intervisie_desktop.paths import DATABASE_NAME

    write_demo(tmp_path / "demo", DATABASE_NAME, "small", methods_dir=methods_dir())

    def session_mode() -> tuple[Services, SessionModeController]:
        services = Services(open_database(tmp_path / "demo" / DATABASE_NAME), methods_dir())
        meeting = services.meetings.next_planned()
        assert meeting is not None and meeting.id is not None
        context = AppContext(services=services, data_dir=tmp_path, lang="en")
        ctrl = start_session_mode(
            context, meeting.id, settings=qsettings, presenter_screen=screen_named("LAPTOP")
        )
        qtbot.waitExposed(ctrl.audience)
        assert ctrl.audience.screen().name() == "PROJECTOR" and ctrl.audience.isFullScreen()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is ctrl.presenter, timeout=3000)
        return services, ctrl

    services, ctrl = session_mode()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_B):
        qtbot.keyClick(ctrl.presenter, key)
    assert ctrl.audience.shown_texts() == []
    ctrl.close()  # the run is still going: as good as a crash for what it keeps
    services.close()

    services, ctrl = session_mode()
    audience = ctrl.audience
    assert audience.shown_texts() == []
    assert ctrl.presenter.state.text() == "Paused \u00b7 projector blank"
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)  # resumed: keys on the laptop
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_B)
    assert audience.shown_texts() == ["Pause"]
    ctrl.close()
    services.close()


def test_every_dialog_of_session_mode_opens_on_the_presenters_screen(
    qtbot: QtBot, controller: SessionModeController
) -> None:
    """Esc asks on the laptop, over the presenter (never over the projector's timer); after "No"
    the presenter has the keys and PageDown works at once. (Where the window system gives the
    keys to the projector's window, test_real_x_room.py shows the same on a real X server.)"""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    controller.next()  # a running session asks before leaving
    presenter = controller.presenter
    qtbot.waitExposed(presenter)
    seen: list[tuple[str, object, object]] = []

    def answer_no() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or not dialog.isVisible():
            QTimer.singleShot(20, answer_no)
            return
        seen.append((dialog.screen().name(), dialog.frameGeometry().center(), dialog.windowTitle()))
        dialog.reject()

    QTimer.singleShot(0, answer_no)
    controller.actions["leave"].trigger()
    assert [s[0] for s in seen] == ["LAPTOP"]
    centre = presenter.frameGeometry().center()
    assert (seen[0][1] - centre).manhattanLength() <= 60  # type: ignore[operator]
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    calls = len(controller.control.calls)  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_PageDown)
    assert controller.control.calls[calls:] == ["next"]  # type: ignore[attr-defined]
    assert not controller.is_closing


def test_a_remembered_projector_is_found_after_a_change_of_resolution(
    controller: SessionModeController, qsettings: QSettings
) -> None:
    old = ScreenId("PROJECTOR", 1280, 0, 1024, 768)  # remembered at another resolution
    qsettings.setValue(SETTINGS_KEY, old.to_text())
    assert controller.chooser.choose(screen_named("LAPTOP")).name() == "PROJECTOR"
    qsettings.setValue(SETTINGS_KEY, ScreenId("LAPTOP", 0, 0, 1920, 1200).to_text())
    assert controller.chooser.choose(screen_named("LAPTOP")).name() == "LAPTOP"
    qsettings.setValue(SETTINGS_KEY, "LAPTOP")  # as an earlier version remembered it
    assert controller.chooser.choose(screen_named("PROJECTOR")).name() == "LAPTOP"
