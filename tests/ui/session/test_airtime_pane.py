"""After a session the Meetings tab shows who spoke how long per round, and only there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.ui.items import children, top_level_items
from intervisie_desktop.ui.panes.meetings import ID_ROLE

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def seconds(text: str) -> int:
    minutes, _, secs = text.partition(":")
    return int(minutes) * 60 + int(secs)


def click_meeting(qtbot: QtBot, win: MainWindow, meeting_id: int) -> None:
    tree = win.meetings.tree
    item = next(
        child
        for top in top_level_items(tree)
        for child in children(top)
        if child.data(0, ID_ROLE) == meeting_id
    )
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: win.meetings.current_meeting_id() == meeting_id, timeout=3000)


def test_the_recorded_meeting_shows_its_speaking_time_and_a_planned_one_none(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    win.groups.setCurrentRow(0)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # the Meetings tab
    qtbot.waitUntil(lambda: win.tabs.current_name() == "meetings", timeout=3000)
    group_id = win.group_id
    assert group_id is not None
    meetings = demo_services.meetings.for_group(group_id)
    recorded = [m for m in meetings if demo_services.sessions.airtime(m.id or 0) is not None]
    assert len(recorded) == 1 and recorded[0].id is not None  # the demo's run session
    click_meeting(qtbot, win, recorded[0].id)
    box = win.meetings.airtime
    qtbot.waitUntil(box.isVisible, timeout=3000)
    rows = box.rows()
    tops = [r[0] for r in rows if r[1]]  # round rows carry the spread
    assert tops[-1] == "Whole session"
    assert any("\u00b7" in t for t in tops)  # "method · phase"
    whole = rows.index(next(r for r in rows if r[0] == "Whole session"))
    speakers = rows[whole + 1 :]
    found = demo_services.sessions.airtime(recorded[0].id)
    assert found is not None
    assert [r[0] for r in speakers] == [s.name for s in found.speakers]
    shortest, median, longest = (seconds(text) for text in rows[whole][1:])
    assert shortest <= median <= longest
    shown = [seconds(r[2]) for r in speakers]
    assert shown == [round(s.seconds) for s in found.speakers]
    assert (min(shown), max(shown)) == (shortest, longest)
    planned = next(m for m in meetings if m.status == MeetingStatus.PLANNED)
    assert planned.id is not None
    click_meeting(qtbot, win, planned.id)
    qtbot.waitUntil(lambda: not box.isVisible(), timeout=3000)


def test_speaking_time_reaches_the_minutes_only_when_ticked(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui.export.minutes_dialog import MinutesDialog

    win = make_window()
    win.groups.setCurrentRow(0)
    qtbot.keyClick(win, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: win.tabs.current_name() == "meetings", timeout=3000)
    meetings = demo_services.meetings.for_group(win.group_id or 0)
    held = [m for m in meetings if m.status == MeetingStatus.HELD]
    recorded = next(m for m in held if demo_services.sessions.airtime(m.id or 0) is not None)
    unrecorded = next(m for m in held if demo_services.sessions.airtime(m.id or 0) is None)
    found = demo_services.sessions.airtime(recorded.id or 0)
    assert found is not None

    def open_dialog(meeting_id: int) -> MinutesDialog:
        click_meeting(qtbot, win, meeting_id)
        qtbot.mouseClick(win.meetings.minutes_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MinutesDialog))
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MinutesDialog)
        return dialog

    dialog = open_dialog(recorded.id or 0)
    box = dialog.airtime_box
    assert box.isEnabled() and not box.isChecked()  # off unless the supervisor ticks it
    assert "Speaking time" not in dialog.text.toPlainText()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)
    shown = dialog.text.toPlainText()
    assert "Speaking time (measured by the session timer)" in shown
    for speaker in found.speakers:
        whole = round(speaker.seconds)
        assert f"{speaker.name} {whole // 60}:{whole % 60:02d}" in shown
    for round_ in found.rounds:
        assert f"{round_.method.en} \u00b7 {round_.phase.en}: shortest" in shown
    assert dialog.job.minutes.airtime == found  # the PDF is written from the same job
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "Speaking time" not in dialog.text.toPlainText()
    # the minutes in the group's language, whatever the program's
    assert dialog.lang.currentData() == "en"
    dialog.lang.setFocus()
    qtbot.keyClick(dialog.lang, Qt.Key.Key_Up)
    assert dialog.text.toPlainText().startswith("Verslag van de bijeenkomst")
    qtbot.keyClick(box, Qt.Key.Key_Space)
    assert "Spreektijd (gemeten door de sessietimer)" in dialog.text.toPlainText()
    assert dialog.job.lang == "nl" and dialog.job.minutes.airtime == found
    dialog.reject()

    dialog = open_dialog(unrecorded.id or 0)
    assert not dialog.airtime_box.isEnabled()  # no session run to the end: nothing to add
    assert "run to the end" in dialog.airtime_box.toolTip()
    dialog.reject()
