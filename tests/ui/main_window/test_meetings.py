"""Meetings of a group: plan, edit, attendance, leader, follow-ups, Start session (F5)."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from intervisie_desktop.core.models import (
    AttendanceStatus,
    FollowUpStatus,
    Group,
    Meeting,
    MeetingStatus,
)
from intervisie_desktop.ui.panes.meetings import short_day
from tests.ui.main_window.conftest import TODAY, members, press, settle, type_into

if TYPE_CHECKING:
    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def upcoming(services: Services, group: Group) -> list[Meeting]:
    return [m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY]


def test_meetings_ahead_and_behind(qtbot: QtBot, win: MainWindow) -> None:
    win.show_tab(2)
    pane = win.meetings
    assert pane.ahead.text(0) == "1 upcoming meeting" and pane.behind.text(0) == "1 past meeting"
    assert pane.ahead.child(0).text(2) == "planned" and pane.behind.child(0).text(2) == "held"
    assert pane.tree.currentItem() is pane.ahead.child(0)  # the next meeting comes first


def test_a_meeting_held_today_is_listed_behind_and_stays_selected(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    """The session ran today, hours before the planned time: it is no longer upcoming."""
    today = services.meetings.create(
        group_id=group.id or 0, date=TODAY, planned_start=time(23, 0), planned_end=time(23, 59)
    ).value
    win.show_tab(2)
    pane = win.meetings
    item = pane.ahead.child(0)
    assert item.text(0) == short_day(TODAY) and pane.ahead.childCount() == 2
    click = pane.tree.visualItemRect(item).center()
    qtbot.mouseClick(pane.tree.viewport(), Qt.MouseButton.LeftButton, pos=click)
    settle(qtbot, win)
    assert pane.meeting is not None and pane.meeting.id == today.id
    pane.status.setFocus()
    assert pane.status.currentData() == MeetingStatus.PLANNED
    qtbot.keyClick(pane.status, Qt.Key.Key_Down)  # planned → held, as a user changes it
    settle(qtbot, win)
    assert services.meetings.get(today.id or 0).status == MeetingStatus.HELD
    assert pane.ahead.text(0) == "1 upcoming meeting" and pane.behind.text(0) == "2 past meetings"
    assert pane.behind.child(0).text(0) == short_day(TODAY)
    assert pane.behind.child(0).text(2) == "held"
    assert pane.tree.currentItem() is pane.behind.child(0)


def test_plan_a_meeting_by_keyboard_and_type_its_date_and_times(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+Shift+M")
    assert win.tabs.currentWidget() is win.meetings
    assert win.meetings.date.hasFocus()
    assert len(upcoming(services, group)) == 2
    day = TODAY + timedelta(days=60)
    qtbot.keyClicks(win.meetings.date, day.strftime("%d/%m/%Y"))
    qtbot.keyClick(win.meetings.date, Qt.Key.Key_Tab)
    type_into(qtbot, win.meetings.start, "9.30")
    type_into(qtbot, win.meetings.end, "12:00")
    type_into(qtbot, win.meetings.location, "Zwolle, Isala, zaal 3")
    win.meetings.online.setFocus()
    qtbot.keyClick(win.meetings.online, Qt.Key.Key_Space)
    settle(qtbot, win)
    meeting = upcoming(services, group)[-1]
    assert (meeting.date, meeting.planned_start, meeting.planned_end) == (
        day,
        time(9, 30),
        time(12, 0),
    )
    assert meeting.location == "Zwolle, Isala, zaal 3" and meeting.online is True
    assert "09:30\u201312:00" in win.meetings.heading.text()


def test_end_before_start_and_impossible_times_are_refused_at_the_field(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(2)
    settle(qtbot, win)  # the selected meeting's form is shown before the user types into it
    type_into(qtbot, win.meetings.end, "18:00")
    assert (
        win.meetings.binder.error_of("planned_end") == "The end time must be after the start time."
    )
    type_into(qtbot, win.meetings.start, "25:00")
    assert win.meetings.binder.error_of("planned_start") == (
        "\u201c25:00\u201d is not a time of day; type it as hh:mm, e.g. 19:30."
    )
    type_into(qtbot, win.meetings.date, "30/02/2030")
    assert win.meetings.binder.error_of("date").startswith("\u201c30/02/2030\u201d is not a date")
    meeting = upcoming(services, group)[0]
    assert (meeting.planned_start, meeting.planned_end) == (time(19, 0), time(21, 0))
    assert meeting.date == TODAY + timedelta(days=14)


def test_attendance_checklist_stores_each_status_and_partial_minutes(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(2)
    past = services.meetings.for_group(group.id or 0)[0]
    win.meetings.select_meeting(past.id or 0)
    attendance = win.meetings.attendance
    assert [row[0] for row in attendance.shown()] == ["Anna de Vries", "Bram Jansen", "Carla Smit"]
    for row, key_presses in ((0, 1), (1, 2), (2, 3)):  # present, absent, excused
        combo = attendance.combo(row)
        combo.setFocus()
        for _ in range(key_presses):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        combo.activated.emit(combo.currentIndex())
        settle(qtbot, win)
    spin = attendance.spin(0)
    type_into(qtbot, spin.lineEdit(), "90")
    settle(qtbot, win)
    stored = {p.full_name: r for p, r in services.attendance.for_meeting(past.id or 0)}
    assert stored["Anna de Vries"].status == AttendanceStatus.PRESENT  # type: ignore[union-attr]
    assert stored["Anna de Vries"].partial_minutes == 90  # type: ignore[union-attr]
    assert stored["Bram Jansen"].status == AttendanceStatus.ABSENT  # type: ignore[union-attr]
    assert stored["Carla Smit"].status == AttendanceStatus.EXCUSED  # type: ignore[union-attr]
    assert attendance.shown() == [
        ("Anna de Vries", "present", 90),
        ("Bram Jansen", "absent", 0),
        ("Carla Smit", "excused", 0),
    ]


def test_partial_minutes_longer_than_the_meeting_are_refused(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(2)
    meeting = upcoming(services, group)[0]
    anna = members(services, group)[0]
    services.attendance.record(meeting.id or 0, anna.id or 0, "present")
    settle(qtbot, win)
    type_into(qtbot, win.meetings.attendance.spin(0).lineEdit(), "500")
    assert "Minutes present must be from 1 to 120" in win.meetings.attendance.error.text()
    (record,) = [r for p, r in services.attendance.for_meeting(meeting.id or 0) if p.id == anna.id]
    assert record is not None and record.partial_minutes is None


def test_a_member_leads_in_a_self_steering_group_and_status_theme_evaluation_are_kept(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    services.groups.update(group.id or 0, guided=False)
    win.show_tab(2)
    settle(qtbot, win)
    pane = win.meetings
    pane.leader.setFocus()
    qtbot.keyClick(pane.leader, Qt.Key.Key_Down)
    qtbot.keyClick(pane.leader, Qt.Key.Key_Down)
    pane.leader.activated.emit(pane.leader.currentIndex())
    type_into(qtbot, pane.theme, "de dramadriehoek")
    type_into(qtbot, pane.evaluation, "Goede energie; ronde liep uit.")
    pane.status.setCurrentIndex(pane.status.findData(MeetingStatus.CANCELLED))
    pane.status.activated.emit(pane.status.currentIndex())
    meeting = upcoming(services, group)[0]
    assert meeting.led_by_member_id == members(services, group)[1].id
    assert meeting.theme == "de dramadriehoek"
    assert meeting.evaluation == "Goede energie; ronde liep uit."
    assert meeting.status == MeetingStatus.CANCELLED
    settle(qtbot, win)
    assert pane.ahead.child(0).text(2) == "cancelled"
    assert pane.leader.currentText() == "Bram Jansen"


def test_open_follow_ups_of_earlier_cases_show_when_planning(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    past = services.meetings.for_group(group.id or 0)[0]
    bram = members(services, group)[1]
    services.cases.create(
        meeting_id=past.id,
        bringer_id=bram.id,
        topic="Grenzen aan bereikbaarheid",
        agreed_actions="Gesprek met teamleider",
        follow_up_status=FollowUpStatus.OPEN,
    )
    win.show_tab(2)
    settle(qtbot, win)
    items = [win.meetings.follow_ups.item(i).text() for i in range(win.meetings.follow_ups.count())]
    assert items == [f"{past.date:%d/%m/%Y} \u2013 Bram Jansen: Grenzen aan bereikbaarheid"]
    assert win.meetings.follow_box.isVisibleTo(win)
    win.meetings.select_meeting(past.id or 0)
    assert not win.meetings.follow_box.isVisibleTo(win)  # a held meeting is not being planned


def test_f5_asks_for_a_session_of_the_selected_or_next_meeting(
    qtbot: QtBot,
    win: MainWindow,
    services: Services,
    group: Group,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    past, ahead = services.meetings.for_group(group.id or 0)
    refusals: list[str] = []  # neither meeting has a session plan: session mode says so
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: refusals.append(text))
    assert win.menus.start_session_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(win.start_session_requested, timeout=2000) as signal:
        press(qtbot, win, "F5")  # Meetings tab never opened: the next planned meeting
    assert signal.args == [ahead.id]
    win.show_tab(2)
    win.meetings.select_meeting(past.id or 0)
    win.meetings.tree.setFocus()
    with qtbot.waitSignal(win.start_session_requested, timeout=2000) as signal:
        press(qtbot, win, "F5")
    assert signal.args == [past.id]
    assert len(refusals) == 2 and "no session plan" in refusals[0]


def test_delete_meeting_and_undo_restores_its_attendance(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, answer_yes: list[str]
) -> None:
    past = services.meetings.for_group(group.id or 0)[0]
    for person in members(services, group):  # recorded elsewhere: the hub tells the panes
        win.context.ops.perform(
            None, lambda p=person: services.attendance.record(past.id or 0, p.id or 0, "present")
        )
    win.show_tab(2)
    win.meetings.select_meeting(past.id or 0)
    win.menus.delete_meeting_action.trigger()
    assert "3 attendance records" in answer_yes[0] and "case" not in answer_yes[0]
    assert len(services.meetings.for_group(group.id or 0)) == 1
    settle(qtbot, win)
    assert win.meetings.behind.childCount() == 0
    win.meetings.tree.setFocus()
    press(qtbot, win, "Ctrl+Z")
    settle(qtbot, win)
    assert [r.status for _p, r in services.attendance.for_meeting(past.id or 0)] == [  # type: ignore[union-attr]
        AttendanceStatus.PRESENT
    ] * 3
    assert win.meetings.behind.childCount() == 1
    assert date(2000, 1, 1) < past.date


def test_saving_pending_edits_before_the_details_are_shown_writes_nothing(
    win: MainWindow, services: Services, group: Group
) -> None:
    """F5, a group switch or closing saves what is typed; right after the Meetings tab opens its
    form still shows nothing of the selected meeting, so nothing of it may be written."""
    ahead = services.meetings.for_group(group.id or 0)[-1]
    services.meetings.update(ahead.id or 0, location="Zwolle, De Klinker", theme="Grenzen")
    win.show_tab(2)  # the list now, the selected meeting's form on the next turn
    win.commit_pending()
    stored = services.meetings.get(ahead.id or 0)
    assert (stored.location, stored.theme) == ("Zwolle, De Klinker", "Grenzen")
    assert win.undo.stack.count() == 0


def test_open_follow_ups_are_marked_from_the_meetings_pane(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    past, ahead = services.meetings.for_group(group.id or 0)
    bram = members(services, group)[1]
    ids = [
        services.cases.create(
            meeting_id=past.id, bringer_id=bram.id, topic=topic, agreed_actions="Bellen"
        ).value.id
        for topic in ("Eerste", "Tweede")
    ]
    win.show_tab(2)
    settle(qtbot, win)
    pane = win.meetings
    pane.select_meeting(ahead.id or 0)
    settle(qtbot, win)
    done = pane.follow_marks.buttons[FollowUpStatus.DONE]
    carry = pane.follow_marks.buttons[FollowUpStatus.CARRIED]
    assert not done.isEnabled()  # nothing chosen yet
    pane.follow_ups.setCurrentRow(0)
    qtbot.mouseClick(done, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert services.cases.get(ids[0] or 0).follow_up_status == FollowUpStatus.DONE
    assert services.cases.get(ids[0] or 0).follow_up_meeting_id == ahead.id
    items = [pane.follow_ups.item(i).text() for i in range(pane.follow_ups.count())]
    assert len(items) == 1 and items[0].endswith("Tweede")  # the pane followed the hub
    pane.follow_ups.setCurrentRow(0)
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    assert services.cases.get(ids[1] or 0).follow_up_status == FollowUpStatus.CARRIED
    items = [pane.follow_ups.item(i).text() for i in range(pane.follow_ups.count())]
    assert len(items) == 1 and items[0].endswith("Tweede (carried over)")
