"""The plan is taken when the session really starts, seen as the supervisor meets it: the
projector blanked with B before the start, session mode left with Esc, a step removed in the
plan editor of the main window, and F5 again runs the edited plan on a still blank projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.plan.conftest import select_step
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

NOT_STARTED_BLANK = "Not started: Next starts \u00b7 projector blank"


def test_a_plan_edited_after_blanking_before_the_start_is_the_one_that_runs(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    meeting_id = ctrl.meeting_id
    presenter, audience = ctrl.presenter, ctrl.audience
    first_where = presenter.where.text()
    assert audience.shown_texts()  # the wall shows the opening before anyone blanks it
    qtbot.keyClick(presenter, Qt.Key.Key_B)  # a private word before the start: the wall dark
    assert audience.shown_texts() == [] and presenter.preview.shown_texts() == []
    assert presenter.state.text() == NOT_STARTED_BLANK
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)  # not started: leaves without asking
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    assert win.session_mode.controller is None

    editor = win.plan_editor  # back on the meeting, its plan in view
    assert win.tabs.currentWidget() is win.meetings
    qtbot.waitUntil(lambda: editor.meeting_id == meeting_id, timeout=2000)
    win.meetings.detail.ensureWidgetVisible(editor)
    before = editor.shown_steps()
    assert len(before) >= 2 and first_where.startswith(f"{before[0][0]} \u00b7")
    select_step(qtbot, editor, 0)
    qtbot.keyClick(editor.tree, Qt.Key.Key_Delete)  # the opening is dropped from the plan
    qtbot.waitUntil(lambda: editor.shown_steps() == before[1:], timeout=3000)
    first = before[1][0]

    again = press_f5(qtbot, win)
    presenter, audience = again.presenter, again.audience
    assert again.meeting_id == meeting_id
    assert presenter.where.text().startswith(f"{first} \u00b7 phase 1 of ")
    assert presenter.where.text() != first_where
    assert presenter.state.text() == NOT_STARTED_BLANK  # still dark after coming back
    assert audience.shown_texts() == [] and presenter.preview.shown_texts() == []
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # the start does not light the wall ...
    assert presenter.state.text() == "Running \u00b7 projector blank"
    assert audience.shown_texts() == []
    qtbot.keyClick(presenter, Qt.Key.Key_Period)  # ... the supervisor does, on the edited plan
    assert audience.method.text() == first
    assert first in audience.shown_texts()
    assert presenter.preview.shown_texts() == audience.shown_texts()
