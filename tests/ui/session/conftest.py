"""Session-mode fixtures: the stand-in control on a hand-moved clock, a controller around it, and
the program's main window on the small demo with F5 pressed as a user would."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.window.main_window import MainWindow
from tests.ui.session.standin_control import FakeClock, StandInControl, make_control

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meeting_id(services: Services) -> int:
    import datetime as dt

    group = services.groups.create(name="Balintgroep Zwolle").value
    meeting = services.meetings.create(
        group_id=group.id,
        date=dt.date(2025, 3, 4),
        planned_start=dt.time(14, 0),
        planned_end=dt.time(16, 0),
    ).value
    return int(meeting.id)


@pytest.fixture
def control(clock: FakeClock, meeting_id: int) -> StandInControl:
    return make_control(clock, meeting_id=meeting_id)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(
    qtbot: QtBot, control: StandInControl, services: Services, qsettings: QSettings
) -> Iterator[SessionModeController]:
    ctrl = SessionModeController(control, services, lang="en", settings=qsettings)
    # pytest-qt closes registered widgets before fixture teardown: leave session mode first,
    # so closing the presenter does not ask "leave?" with nobody to answer.
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    yield ctrl
    ctrl.close()


@pytest.fixture
def demo_services(tmp_path: Path) -> Iterator[Services]:
    folder = tmp_path / "demo"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(folder / DATABASE_NAME), methods_dir())
    yield services
    services.close()


@pytest.fixture
def make_window(
    qtbot: QtBot, demo_services: Services, tmp_path: Path
) -> Iterator[Callable[[], MainWindow]]:
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        win = MainWindow(AppContext(services=demo_services, data_dir=tmp_path, lang="en"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=2000)
        windows.append(win)
        return win

    yield make
    for win in windows:
        ctrl = win.session_mode.controller
        if ctrl is not None:
            ctrl.close()


def answer_start_today(start: bool = True) -> list[str]:
    """The next "not dated today" question is answered as a user would: the button clicked
    (start it today, or Cancel). Returns the texts it showed (empty when none came)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    from intervisie_desktop.ui.window.start_today import BOX_NAME, CANCEL_BUTTON, START_BUTTON

    asked: list[str] = []
    tries = [100]  # 1 s: a question that never comes leaves no poller behind

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == BOX_NAME:
            start_button = box.findChild(QPushButton, START_BUTTON)
            cancel_button = box.findChild(QPushButton, CANCEL_BUTTON)
            assert start_button is not None and cancel_button is not None
            asked.extend([box.text(), start_button.text()])
            (start_button if start else cancel_button).click()
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return asked


def press_f5(qtbot: QtBot, win: MainWindow) -> SessionModeController:
    """F5 in the main window; the demo's meeting is in the future: "start it today" is answered."""
    target = QApplication.focusWidget() or win
    answer_start_today()
    qtbot.keyClick(target, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    ctrl = win.session_mode.controller
    assert ctrl is not None
    windows = (ctrl.audience, ctrl.presenter)
    qtbot.waitUntil(lambda: QApplication.activeWindow() in windows, timeout=3000)
    return ctrl
