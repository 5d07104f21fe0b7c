"""The chair rota and the phase-out plan on the main window, clicked as a user would: the rota's
suggestion follows who chaired and who is away, one click takes it, the plan's dialog shows what
changes and what it overwrites, applies it at once and Ctrl+Z takes it back."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.models import ChairMode, MeetingPurpose, MeetingStatus
from intervisie_desktop.ui.panes.phase_out import PhaseOutDialog
from tests.ui.main_window.conftest import TODAY, members, press, settle

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group, Meeting
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def meetings_of(services: Services, group: Group) -> tuple[Meeting, list[Meeting]]:
    all_ = services.meetings.for_group(group.id or 0)
    held = next(m for m in all_ if m.status == MeetingStatus.HELD)
    return held, [m for m in all_ if m.status == MeetingStatus.PLANNED]


def test_the_rota_suggests_the_next_chair_and_one_click_takes_it(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    anna, bram, carla = members(services, group)
    held, (ahead,) = meetings_of(services, group)
    win.context.ops.apply(
        None, lambda: services.meetings.update(held.id or 0, led_by_member_id=anna.id).changes
    )
    press(qtbot, win, "Ctrl+3")
    win.meetings.select_meeting(ahead.id or 0)
    settle(qtbot, win)
    rota = win.meetings.chair_rota
    assert rota.isVisible()
    assert rota.next_label.text() == "Next to chair: Bram Jansen (chaired 0 times, never yet)"
    # Bram sends word he cannot come: the rota skips him.
    win.context.ops.apply(
        None,
        lambda: services.attendance.record(ahead.id or 0, bram.id or 0, "excused").changes,
    )
    qtbot.waitUntil(lambda: "Carla Smit" in rota.next_label.text(), timeout=2000)
    qtbot.mouseClick(rota.take_button, Qt.MouseButton.LeftButton)
    stored = services.meetings.get(ahead.id or 0)
    assert stored.led_by_member_id == carla.id and stored.chair_mode != ChairMode.SUPERVISOR
    assert win.meetings.leader.currentText() == "Carla Smit"
    assert win.meetings.chair.currentData() == stored.chair_mode
    qtbot.waitUntil(lambda: not rota.take_button.isEnabled(), timeout=2000)
    win.undo.stack.undo()
    stored = services.meetings.get(ahead.id or 0)
    assert (stored.led_by_member_id, stored.chair_mode) == (None, ChairMode.SUPERVISOR)


def test_who_chaired_when_lists_the_meetings_newest_first(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    anna = members(services, group)[0]
    held, _ahead = meetings_of(services, group)
    services.meetings.update(held.id or 0, led_by_member_id=anna.id)
    press(qtbot, win, "Ctrl+3")
    settle(qtbot, win)
    rota = win.meetings.chair_rota
    qtbot.mouseClick(rota.history_button, Qt.MouseButton.LeftButton)
    dialog = rota.history
    assert dialog is not None
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(2)] for r in range(table.rowCount())]
    assert [r[1] for r in rows] == [
        "the supervisor",
        "Anna de Vries, the supervisor in the background",
    ]
    dialog.close()


def _more_planned(services: Services, group: Group, count: int) -> None:
    for k in range(count):
        services.meetings.create(
            group_id=group.id,
            date=TODAY + timedelta(days=42 + 28 * k),
            planned_start=time(19, 0),
            planned_end=time(21, 0),
        )


def _choose(qtbot: QtBot, box: object, position: int | None) -> None:
    """Pick an item of a combo box with the keyboard, as a user would."""
    from PySide6.QtWidgets import QComboBox

    assert isinstance(box, QComboBox)
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    target = box.findData(position)
    for _ in range(target):
        qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == position


def test_the_phase_out_plan_previews_overwrites_applies_and_undoes(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    _more_planned(services, group, 5)
    _held, planned = meetings_of(services, group)
    assert len(planned) == 6
    bram = members(services, group)[1]
    services.meetings.update(planned[0].id or 0, led_by_member_id=bram.id)  # set by hand
    action = next(a for a in win.menus.group_menu.actions() if a.objectName() == "phaseOutPlan")
    win.menus.group_menu.aboutToShow.emit()
    assert action.isEnabled()
    action.trigger()
    dialog = win.findChild(PhaseOutDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    _choose(qtbot, dialog.members_from, 2)
    _choose(qtbot, dialog.evaluation, 5)
    _choose(qtbot, dialog.follow_up, 6)
    table = dialog.table
    shown = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert [row[2] for row in shown] == [
        "the supervisor",
        "Anna de Vries, the supervisor in the background",
        "Bram Jansen, the supervisor in the background",
        "Carla Smit, the supervisor in the background",
        "the supervisor \u00b7 evaluation meeting",
        "the supervisor \u00b7 follow-up meeting",
    ]
    assert shown[0][1] == "\u26a0 Bram Jansen, the supervisor in the background"
    summary = dialog.summary.text()
    assert summary.startswith("6 meetings change.")
    assert "Overwritten" in summary and dialog.table.item(0, 0).text() in summary
    # An impossible choice is explained and cannot be applied.
    _choose(qtbot, dialog.follow_up, None)
    _choose(qtbot, dialog.evaluation, 2)
    assert not dialog.apply_button.isEnabled()
    assert "evaluation meeting must come after" in dialog.summary.text()
    _choose(qtbot, dialog.evaluation, 5)
    _choose(qtbot, dialog.follow_up, 6)
    assert dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    stored = [services.meetings.get(m.id or 0) for m in planned]
    assert [m.chair_mode for m in stored] == [
        ChairMode.SUPERVISOR,
        *[ChairMode.MEMBER_SUPERVISED] * 3,
        ChairMode.SUPERVISOR,
        ChairMode.SUPERVISOR,
    ]
    assert [m.purpose for m in stored][4:] == [MeetingPurpose.EVALUATION, MeetingPurpose.FOLLOW_UP]
    # The meetings pane shows it, editable per meeting.
    press(qtbot, win, "Ctrl+3")
    win.meetings.select_meeting(planned[4].id or 0)
    settle(qtbot, win)
    purpose = win.meetings.findChild(type(win.meetings.chair), "meetingPurpose")
    assert purpose is not None and purpose.currentText() == "evaluation meeting"
    assert win.undo.stack.undoText() == "Phase-out plan"
    win.undo.stack.undo()  # the whole plan at once
    stored = [services.meetings.get(m.id or 0) for m in planned]
    assert stored[0].led_by_member_id == bram.id
    assert all(m.led_by_member_id is None for m in stored[1:])
    assert all(m.purpose == MeetingPurpose.REGULAR for m in stored)
    settle(qtbot, win)
    assert purpose.currentText() == "a regular meeting"
    assert QApplication.activeModalWidget() is None
