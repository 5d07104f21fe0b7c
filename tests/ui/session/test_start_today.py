"""F5 on a meeting not dated today asks first: start it today (its date moves to today, its times
stay) or cancel (nothing changes). A meeting is never "held" under a date in the future."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.ui.panes.meetings import short_day
from intervisie_desktop.ui.window.start_today import BOX_NAME
from tests.ui.session.conftest import answer_start_today

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Meeting
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def stored(services: Services, meeting_id: int) -> Meeting:
    """The meeting as a fresh connection to the database file reads it."""
    from sqlmodel import Session

    from intervisie_desktop.core.models import Meeting

    db = open_database(services.db.path)
    try:
        with Session(db.engine) as session:
            found = session.get(Meeting, meeting_id)
            assert found is not None
            return found
    finally:
        db.engine.dispose()


def the_meeting(win: MainWindow) -> int:
    meeting_id = win.session_meeting_id()
    assert meeting_id is not None
    return meeting_id


def f5(qtbot: QtBot, win: MainWindow, start: bool) -> list[str]:
    asked = answer_start_today(start)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(asked), timeout=3000)
    return asked


def test_a_meeting_ahead_asks_and_cancel_changes_nothing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    meeting_id = the_meeting(win)
    before = stored(demo_services, meeting_id)
    assert before.date > date.today()  # the demo plans its next meeting ahead

    asked = f5(qtbot, win, start=False)

    assert "not today" in asked[0]
    assert asked[1].startswith("Start it today (its date moves from ")
    assert asked[1].endswith(" to today)")
    assert win.session_mode.controller is None
    assert win.isVisible()
    after = stored(demo_services, meeting_id)
    assert (after.date, after.planned_start, after.planned_end, after.status) == (
        before.date,
        before.planned_start,
        before.planned_end,
        MeetingStatus.PLANNED,
    )
    assert demo_services.sessions.run_for(meeting_id) is None  # no run was made either


def test_the_question_opens_on_the_main_window_with_cancel_as_default(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    """Enter (a clicker's key too) must not move a date: Cancel is the default button."""
    win = make_window()
    seen: dict[str, object] = {}

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == BOX_NAME:
            default = box.defaultButton()
            seen["parent"] = box.parentWidget()
            seen["default"] = default.text() if default is not None else None
            seen["screen"] = box.screen().name()
            qtbot.keyClick(box, Qt.Key.Key_Return)  # the default answers
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    meeting = the_meeting(win)
    before = win.context.services.meetings.get(meeting).date
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "default" in seen, timeout=3000)
    assert seen["parent"] is win
    assert seen["default"] == "Cancel"
    assert seen["screen"] == win.screen().name()
    assert win.session_mode.controller is None
    assert win.context.services.meetings.get(meeting).date == before


def test_start_today_moves_the_date_keeps_the_times_and_reaches_the_pane(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    meeting_id = the_meeting(win)
    before = stored(demo_services, meeting_id)
    win.show_tab(2)  # the Meetings tab, so its pane shows the dates
    win.meetings.select_meeting(meeting_id)
    assert short_day(before.date) in win.meetings.shown_dates(win.meetings.ahead)

    broadcasts: list[object] = []
    win.context.hub.broadcasted.connect(lambda changes, _by: broadcasts.append(changes))
    f5(qtbot, win, start=True)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)

    after = stored(demo_services, meeting_id)
    assert after.date == date.today()
    assert (after.planned_start, after.planned_end) == (before.planned_start, before.planned_end)
    assert any(Change.MEETINGS in changes.kinds for changes in broadcasts)  # type: ignore[attr-defined]

    ctrl = win.session_mode.controller
    assert ctrl is not None
    windows = (ctrl.audience, ctrl.presenter)
    qtbot.waitUntil(lambda: QApplication.activeWindow() in windows, timeout=3000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # started today
    assert ctrl.control.snapshot().state != RunState.NOT_STARTED
    ctrl.finish()
    held = stored(demo_services, meeting_id)
    assert held.status == MeetingStatus.HELD and held.date == date.today()
    assert held.actual_start is not None
    ctrl.close()
    qtbot.waitUntil(win.isVisible, timeout=3000)
    # The write went through the hub like any other: back in the main window, the pane shows
    # the meeting on its new date (held today, so no longer ahead).
    qtbot.waitUntil(lambda: win.context.hub.settled(), timeout=3000)
    shown = win.meetings.shown_dates(win.meetings.ahead) + win.meetings.shown_dates(
        win.meetings.behind
    )
    assert short_day(date.today()) in shown
    assert short_day(before.date) not in shown


def test_a_planned_meeting_in_the_past_asks_too(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    meeting_id = the_meeting(win)
    yesterday = date.today() - timedelta(days=1)
    demo_services.meetings.update(meeting_id, date=yesterday)
    win.show_tab(2)
    win.meetings.refresh(force=True)
    win.meetings.select_meeting(meeting_id)
    assert win.meetings.current_meeting_id() == meeting_id

    asked = f5(qtbot, win, start=True)

    assert "not today" in asked[0]
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    assert stored(demo_services, meeting_id).date == date.today()


def test_a_meeting_dated_today_starts_without_a_question(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    meeting_id = the_meeting(win)
    demo_services.meetings.update(meeting_id, date=date.today())
    asked = answer_start_today(start=False)  # would cancel, were it asked
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    qtbot.wait(50)
    assert asked == []


def test_a_started_run_resumes_without_asking_again(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    """A run already under way (started today, its meeting moved) is not asked about again,
    even when its date is no longer today (left unfinished yesterday, resumed now)."""
    win = make_window()
    meeting_id = the_meeting(win)
    f5(qtbot, win, start=True)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    ctrl = win.session_mode.controller
    assert ctrl is not None
    windows = (ctrl.audience, ctrl.presenter)
    qtbot.waitUntil(lambda: QApplication.activeWindow() in windows, timeout=3000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)
    ctrl.close()
    qtbot.waitUntil(lambda: win.session_mode.controller is None, timeout=3000)
    demo_services.meetings.update(meeting_id, date=date.today() - timedelta(days=1))
    win.show_tab(2)
    win.meetings.refresh(force=True)
    win.meetings.select_meeting(meeting_id)
    qtbot.waitUntil(win.isActiveWindow, timeout=3000)
    assert win.session_meeting_id() == meeting_id
    asked = answer_start_today(start=False)
    qtbot.keyClick(QApplication.focusWidget() or win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.session_mode.controller is not None, timeout=3000)
    qtbot.wait(50)
    assert asked == []
