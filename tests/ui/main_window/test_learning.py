"""Evaluation, chair and development on the main window: typed and clicked as a user would,
checked on screen and in the database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from intervisie_desktop.core.models import ChairMode, EvaluationItem, MeetingStatus
from tests.export.pdftools import text as pdf_text
from tests.ui.main_window.conftest import members, press, settle, type_into

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group, Meeting
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def held(services: Services, group: Group) -> Meeting:
    return next(
        m for m in services.meetings.for_group(group.id or 0) if m.status == MeetingStatus.HELD
    )


def test_scores_typed_as_a_list_are_stored_and_their_mean_shown(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+3")
    meeting = held(services, group)
    win.meetings.select_meeting(meeting.id or 0)
    settle(qtbot, win)
    box = win.meetings.evaluation_box
    assert box.isVisible()
    overall = box.entry.lines[EvaluationItem.OVERALL]
    win.meetings.detail.ensureWidgetVisible(overall)
    type_into(qtbot, overall, "7 8 6 9")
    type_into(qtbot, box.entry.lines[EvaluationItem.SAFETY], "8, 9, 9")
    assert services.evaluations.scores(meeting.id or 0)[EvaluationItem.OVERALL] == [7, 8, 6, 9]
    assert services.evaluations.scores(meeting.id or 0)[EvaluationItem.SAFETY] == [8, 9, 9]
    assert box.entry.means[EvaluationItem.OVERALL].text() == "mean 7.5 of 4 answers"
    type_into(qtbot, overall, "7 8 eleven")
    assert "eleven" in box.entry.errors[EvaluationItem.OVERALL].message
    assert services.evaluations.scores(meeting.id or 0)[EvaluationItem.OVERALL] == [7, 8, 6, 9]
    # Another meeting and back: what is stored is shown again.
    win.meetings.select_meeting(win.meetings.meetings[-1].id or 0)
    settle(qtbot, win)
    assert box.entry.lines[EvaluationItem.OVERALL].text() == ""
    win.meetings.select_meeting(meeting.id or 0)
    settle(qtbot, win)
    assert box.entry.lines[EvaluationItem.OVERALL].text() == "7 8 6 9"


def test_the_chair_is_chosen_beside_the_member_and_they_move_together(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+3")
    meeting = held(services, group)
    win.meetings.select_meeting(meeting.id or 0)
    settle(qtbot, win)
    pane = win.meetings
    assert pane.chair.currentText() == "the supervisor"
    pane.leader.setFocus()
    qtbot.keyClick(pane.leader, Qt.Key.Key_Down)  # Anna de Vries
    pane.leader.activated.emit(pane.leader.currentIndex())
    stored = services.meetings.get(meeting.id or 0)
    anna = members(services, group)[0]
    assert (stored.led_by_member_id, stored.chair_mode) == (anna.id, ChairMode.MEMBER_SUPERVISED)
    assert pane.chair.currentText() == "a member, the supervisor in the background"
    pane.chair.setFocus()
    qtbot.keyClick(pane.chair, Qt.Key.Key_Down)  # a member alone
    pane.chair.activated.emit(pane.chair.currentIndex())
    assert services.meetings.get(meeting.id or 0).chair_mode == ChairMode.MEMBER
    pane.chair.setCurrentIndex(0)
    pane.chair.activated.emit(0)  # back to the supervisor: no member named any more
    stored = services.meetings.get(meeting.id or 0)
    assert (stored.chair_mode, stored.led_by_member_id) == (ChairMode.SUPERVISOR, None)
    assert pane.leader.currentText() == "the supervisor"
    win.undo.stack.undo()  # one step back: the member and the chair together
    stored = services.meetings.get(meeting.id or 0)
    assert (stored.chair_mode, stored.led_by_member_id) == (ChairMode.MEMBER, anna.id)


def test_the_development_tab_charts_the_meetings_and_counts_per_year(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    meeting = held(services, group)
    people = members(services, group)
    services.evaluations.record(meeting.id or 0, {"overall": [6, 8, 7]})
    for person, status in zip(people, ["present", "present", "absent"], strict=True):
        services.attendance.record(meeting.id or 0, person.id or 0, status)
    services.meetings.update(meeting.id or 0, led_by_member_id=people[1].id)
    press(qtbot, win, "Ctrl+5")
    pane = win.tabs.pane("development")
    assert win.tabs.currentWidget() is pane and pane.isVisible()
    assert win.tabs.tabText(4) == "Development"
    chart = pane.view.chart()
    assert pane.view.isVisible() and chart is not None
    names = [s.name() for s in chart.series()]
    assert names[0] == "Overall rating (mean, 0\u201310)"
    assert [p.y() for p in chart.series()[0].points()] == [7.0]
    assert [round(p.y(), 6) for p in chart.series()[1].points()] == [round(200 / 3, 6)]
    (row,) = pane.year_rows()
    assert row[1:] == ["1", "7.0 (3 answers)", "67% (2/3)", "\u2013", "100% (1/1)"]
    # A change elsewhere reaches the tab: the hub refreshes it.
    win.context.ops.apply(
        None, lambda: services.evaluations.record(meeting.id or 0, {"overall": [9, 9, 9]})
    )
    qtbot.waitUntil(lambda: pane.year_rows()[0][2] == "9.0 (3 answers)", timeout=2000)


def test_a_safety_check_is_tallied_stored_and_its_form_printed(
    qtbot: QtBot,
    win: MainWindow,
    services: Services,
    group: Group,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    press(qtbot, win, "Ctrl+5")
    box = win.tabs.pane("development").safety  # type: ignore[attr-defined]
    assert not box.save_button.isEnabled()  # no check yet
    qtbot.mouseClick(box.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.checks.count() == 1, timeout=2000)
    assert box.save_button.isEnabled()
    type_into(qtbot, box.date, "14-03-2026")
    for item in range(7):
        spin = box.spins[item][3]  # "Agree"
        spin.setFocus()
        spin.selectAll()
        qtbot.keyClicks(spin, "4")
        box.spins[item][4].setValue(2)
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    (check,) = services.safety_checks.for_group(group.id or 0)
    assert check.date.isoformat() == "2026-03-14"
    assert services.safety_checks.counts(check.id or 0) == [[0, 0, 0, 4, 2]] * 7
    qtbot.waitUntil(lambda: "6 forms" in box.checks.item(0).text(), timeout=2000)
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF (*.pdf)")
    )
    box.form_language.setCurrentIndex(box.form_language.findData("nl"))
    qtbot.mouseClick(box.print_button, Qt.MouseButton.LeftButton)
    text = " ".join(pdf_text(target).split())
    assert "Balintgroep Zwolle" in text and "Helemaal oneens" in text
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.checks.count() == 0, timeout=2000)
    assert services.safety_checks.for_group(group.id or 0) == []


def test_a_meeting_ahead_has_no_evaluation_to_enter(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+3")
    ahead = win.meetings.meetings[-1]
    assert ahead.date > held(services, group).date
    win.meetings.select_meeting(ahead.id or 0)
    settle(qtbot, win)
    assert not win.meetings.evaluation_box.isVisible()
    win.meetings.select_meeting(held(services, group).id or 0)
    settle(qtbot, win)
    assert win.meetings.evaluation_box.isVisible()
