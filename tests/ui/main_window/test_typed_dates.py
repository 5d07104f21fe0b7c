"""Dates and times typed as Dutch users type them, the end following the start, the follow-up
following the agreed actions, and refusals that neither move the form nor vanish on closing."""

from __future__ import annotations

from datetime import time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QPoint
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop.core.models import FollowUpStatus, Group, Meeting
from intervisie_desktop.ui.translation import install_translators
from tests.ui.main_window.conftest import TODAY, settle, type_into, when_asked

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def ahead(services: Services, group: Group) -> Meeting:
    return next(m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY)


def open_meeting(qtbot: QtBot, win: MainWindow) -> None:
    win.show_tab(2)
    settle(qtbot, win)


def test_times_and_dates_typed_the_dutch_way_are_read_and_shown_normalised(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    open_meeting(qtbot, win)
    pane = win.meetings
    assert pane.start.placeholderText() == "hh:mm" and "1930" in pane.start.toolTip()
    assert pane.date.placeholderText() == "dd/mm/yyyy" and "10 Dec" in pane.date.toolTip()
    type_into(qtbot, pane.start, "1630")
    settle(qtbot, win)
    assert pane.start.text() == "16:30" and not pane.binder.error_of("planned_start")
    assert ahead(services, group).planned_start == time(16, 30)
    day = TODAY + timedelta(days=30)
    type_into(qtbot, pane.date, f"{day.day} {MONTHS[day.month - 1].lower()}")
    settle(qtbot, win)
    assert pane.binder.error_of("date") == ""
    assert pane.date.text() == day.strftime("%d/%m/%Y")
    meeting = next(m for m in services.meetings.for_group(group.id or 0) if m.date == day)
    type_into(qtbot, pane.start, "930")
    type_into(qtbot, pane.date, day.strftime("%d-%m-%Y"))
    settle(qtbot, win)
    assert (pane.start.text(), pane.date.text()) == ("09:30", day.strftime("%d/%m/%Y"))
    assert services.meetings.get(meeting.id or 0).planned_start == time(9, 30)


def test_moving_the_start_takes_the_end_along(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    open_meeting(qtbot, win)
    pane = win.meetings
    type_into(qtbot, pane.start, "14:00")  # was 19:00-21:00
    settle(qtbot, win)
    assert pane.end.text() == "16:00"
    stored = ahead(services, group)
    assert (stored.planned_start, stored.planned_end) == (time(14, 0), time(16, 0))
    # One step back with Ctrl+Z puts both back.
    win.undo.stack.undo()
    settle(qtbot, win)
    stored = ahead(services, group)
    assert (stored.planned_start, stored.planned_end) == (time(19, 0), time(21, 0))
    assert (pane.start.text(), pane.end.text()) == ("19:00", "21:00")


def test_with_no_usable_end_the_end_is_the_groups_meeting_length_after_the_start(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    services.groups.update(group.id or 0, default_minutes=90)
    open_meeting(qtbot, win)
    pane = win.meetings
    type_into(qtbot, pane.end, "")  # emptied: refused, the field says so
    assert pane.binder.error_of("planned_end")
    type_into(qtbot, pane.start, "18:15")
    settle(qtbot, win)
    assert (pane.end.text(), pane.binder.error_of("planned_end")) == ("19:45", "")
    stored = ahead(services, group)
    assert (stored.planned_start, stored.planned_end) == (time(18, 15), time(19, 45))


def test_typing_agreed_actions_opens_the_follow_up(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    meeting_id = services.meetings.for_group(group.id or 0)[0].id or 0
    case = services.cases.create(meeting_id=meeting_id, topic="Grenzen").value
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    assert pane.follow_status.currentText() == "nothing agreed"
    type_into(qtbot, pane.agreed_actions, "Belt de opleider voor een gesprek.")
    settle(qtbot, win)
    assert pane.follow_status.currentText() == "open: to follow up"
    assert services.cases.get(case.id or 0).follow_up_status == FollowUpStatus.OPEN
    type_into(qtbot, pane.agreed_actions, "")  # taken out again: nothing agreed
    settle(qtbot, win)
    assert pane.follow_status.currentText() == "nothing agreed"
    assert services.cases.get(case.id or 0).follow_up_status == FollowUpStatus.NONE


def test_an_error_line_does_not_move_the_fields_below(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    open_meeting(qtbot, win)
    pane = win.meetings
    form = pane.date.window()

    def tops() -> list[int]:
        return [w.mapTo(form, QPoint(0, 0)).y() for w in (pane.end, pane.location, pane.theme)]

    before = tops()
    type_into(qtbot, pane.start, "25:99")
    qtbot.wait(50)  # a layout change would be done by now
    assert pane.binder.error_of("planned_start").startswith("\u201c25:99\u201d is not a time")
    error = pane.findChild(type(pane.heading), "error_planned_start")
    assert error is not None and error.isVisible()
    assert tops() == before
    type_into(qtbot, pane.start, "19:00")
    qtbot.wait(50)
    assert not error.isVisible() and tops() == before


def test_closing_with_a_refused_value_asks_and_back_keeps_the_window_and_the_text(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    open_meeting(qtbot, win)
    pane = win.meetings
    type_into(qtbot, pane.start, "25:99")
    asked = when_asked(lambda box: box.escapeButton().click())  # Back to the field
    assert win.close() is False
    assert asked == [
        "This change cannot be saved:\n\n"
        "Start: \u201c25:99\u201d is not a time of day; type it as hh:mm, e.g. 19:30."
    ]
    qtbot.waitUntil(pane.start.hasFocus, timeout=2000)
    assert win.isVisible() and pane.start.text() == "25:99"
    assert pane.binder.error_of("planned_start")

    def discard(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text() == "&Discard"]
        button.click()

    asked = when_asked(discard)
    assert win.close() is True
    assert len(asked) == 1 and not win.isVisible()
    assert ahead(services, group).planned_start == time(19, 0)


def test_choosing_another_meeting_or_group_with_a_refused_value_asks_first(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    services.groups.create(name="Zzz tweede groep")
    win.refresh_groups(keep=group.id)
    open_meeting(qtbot, win)
    pane = win.meetings
    type_into(qtbot, pane.date, "31-02")
    shown = pane.current_meeting_id()
    asked = when_asked(lambda box: box.escapeButton().click())
    pane.tree.setCurrentItem(pane.behind.child(0))  # the held meeting
    assert len(asked) == 1 and asked[0].startswith("This change cannot be saved:\n\nDate: ")
    assert pane.current_meeting_id() == shown and pane.tree.currentItem() is pane.ahead.child(0)
    qtbot.waitUntil(pane.date.hasFocus, timeout=2000)
    assert pane.date.text() == "31-02"
    # Another group: asked again; back keeps this group selected and shown.
    asked = when_asked(lambda box: box.escapeButton().click())
    win.groups.setCurrentRow(1)
    assert len(asked) == 1
    assert win.group_id == group.id and win.group_list.current_id() == group.id
    assert pane.date.text() == "31-02"

    def discard(box: QMessageBox) -> None:
        (button,) = [b for b in box.buttons() if b.text() == "&Discard"]
        button.click()

    asked = when_asked(discard)
    pane.tree.setCurrentItem(pane.behind.child(0))
    assert len(asked) == 1
    settle(qtbot, win)
    assert pane.current_meeting_id() != shown and not pane.binder.error_of("date")
    assert ahead(services, group).date == TODAY + timedelta(days=14)


def test_the_hints_and_the_refusal_speak_dutch(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, group: Group
) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        win = make_window()
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        win.groups.setCurrentRow(0)
        open_meeting(qtbot, win)
        pane = win.meetings
        assert (pane.start.placeholderText(), pane.date.placeholderText()) == (
            "uu:mm",
            "dd-mm-jjjj",
        )
        assert "10 dec" in pane.date.toolTip()
        type_into(qtbot, pane.start, "25:99")
        assert pane.binder.error_of("planned_start") == (
            "\u201c25:99\u201d is geen tijdstip; typ het als uu:mm, bijvoorbeeld 19:30."
        )
        day = TODAY + timedelta(days=30)
        type_into(qtbot, pane.date, day.strftime("%d/%m"))
        settle(qtbot, win)
        assert pane.date.text() == day.strftime("%d-%m-%Y")
        asked = when_asked(lambda box: box.escapeButton().click())
        assert win.close() is False
        assert asked[0].startswith("Deze wijziging kan niet worden opgeslagen:\n\nBegin: ")
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
