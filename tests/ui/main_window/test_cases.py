"""Cases: a new case, its confidential fields, bringer, follow-up, rotation, and bad input."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.core.models import FollowUpStatus, Group
from tests.ui.main_window.conftest import members, paste_into, press, settle, type_into

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def held(services: Services, group: Group) -> int:
    return services.meetings.for_group(group.id or 0)[0].id or 0


def test_new_case_by_keyboard_with_question_and_confidential_description(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+Shift+K")
    pane = win.cases
    assert win.tabs.currentWidget() is pane and pane.topic.hasFocus()
    qtbot.keyClicks(pane.topic, "Grenzen stellen")
    qtbot.keyClick(pane.topic, Qt.Key.Key_Tab)
    type_into(qtbot, pane.question, "Hoe zeg ik nee tegen mijn opleider?")
    type_into(qtbot, pane.description, "Opleider J. vraagt steeds extra diensten.")
    assert pane.anonymise.isVisibleTo(win)
    assert "initials or a pseudonym" in pane.anonymise.text()
    assert "no birth dates" in pane.anonymise.text()
    settle(qtbot, win)
    (case,) = [c for c, _m in services.cases.for_group(group.id or 0)]
    assert case.topic == "Grenzen stellen"
    assert case.question == "Hoe zeg ik nee tegen mijn opleider?"
    assert case.description == "Opleider J. vraagt steeds extra diensten."
    assert pane.shown_topics()[0].endswith("\u2013 Grenzen stellen")


def test_bringer_is_chosen_from_those_present_and_follow_up_is_kept(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    anna, bram, _carla = members(services, group)
    meeting_id = held(services, group)
    services.attendance.record(meeting_id, anna.id or 0, "present")
    services.attendance.record(meeting_id, bram.id or 0, "absent")
    services.cases.create(meeting_id=meeting_id, topic="Twijfel over verwijzing")
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    choices = [pane.bringer.itemText(i) for i in range(pane.bringer.count())]
    assert choices == ["(not chosen)", "Anna de Vries", "Carla Smit"]  # Bram was absent
    pane.bringer.setCurrentIndex(1)
    pane.bringer.activated.emit(1)
    assert pane.method.itemText(0) == "(none)" and "Incidentmethode" in [
        pane.method.itemText(i) for i in range(pane.method.count())
    ]
    pane.method.setCurrentIndex(pane.method.findData("incident"))
    pane.method.activated.emit(pane.method.currentIndex())
    type_into(qtbot, pane.outcome, "Meer zicht op eigen aandeel.")
    type_into(qtbot, pane.agreed_actions, "Belt de huisarts terug.")
    pane.follow_status.setCurrentIndex(pane.follow_status.findData(FollowUpStatus.DONE))
    pane.follow_status.activated.emit(pane.follow_status.currentIndex())
    type_into(qtbot, pane.follow_text, "Gesprek gevoerd, goed verlopen.")
    (case,) = services.cases.for_meeting(meeting_id)
    assert case.bringer_id == anna.id and case.method_key == "incident"
    assert case.outcome == "Meer zicht op eigen aandeel."
    assert case.agreed_actions == "Belt de huisarts terug."
    assert case.follow_up_status == FollowUpStatus.DONE
    assert case.follow_up_text == "Gesprek gevoerd, goed verlopen."


def test_rotation_puts_who_never_brought_a_case_first(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    anna = members(services, group)[0]
    services.cases.create(meeting_id=held(services, group), bringer_id=anna.id, topic="Ruzie")
    win.show_tab(3)
    settle(qtbot, win)
    table = win.cases.rotation
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows[0][1:] == ["0", "never"] and rows[-1][0] == "Anna de Vries"
    assert rows[-1][1] == "1"


def test_long_emoji_rtl_and_rich_text_input(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    services.cases.create(meeting_id=held(services, group), topic="Eerste")
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    paste_into(qtbot, pane.topic, "x" * 10_000)
    assert pane.binder.error_of("topic") == "Topic may be at most 200 characters long."
    assert services.cases.for_meeting(held(services, group))[0].topic == "Eerste"
    paste_into(
        qtbot,
        pane.topic,
        "Grens \U0001f6a7 \u05d2\u05d1\u05d5\u05dc \u0645\u0631\u062d\u0628\u0627",
    )
    assert pane.binder.error_of("topic") == ""
    paste_into(qtbot, pane.description, "y" * 10_000)
    paste_into(
        qtbot, pane.question, html="<p><b>Vet</b> en <i>schuin</i></p>", text="Vet en schuin"
    )
    (case,) = services.cases.for_meeting(held(services, group))
    assert case.topic == "Grens \U0001f6a7 \u05d2\u05d1\u05d5\u05dc \u0645\u0631\u062d\u0628\u0627"
    assert len(case.description) == 10_000
    assert case.question == "Vet en schuin"
    settle(qtbot, win)
    assert pane.topic.text() == case.topic


def test_delete_case_and_undo(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, answer_yes: list[str]
) -> None:
    case = services.cases.create(meeting_id=held(services, group), topic="Weg ermee").value
    win.show_tab(3)
    settle(qtbot, win)
    win.menus.delete_case_action.trigger()
    assert "Weg ermee" in answer_yes[0]
    assert services.cases.for_group(group.id or 0) == []
    settle(qtbot, win)
    assert win.cases.shown_topics() == []
    win.cases.list.setFocus()
    press(qtbot, win, "Ctrl+Z")
    settle(qtbot, win)
    assert services.cases.get(case.id or 0).topic == "Weg ermee"
    assert len(win.cases.shown_topics()) == 1


def test_cases_need_a_meeting_first(qtbot: QtBot, win: MainWindow, services: Services) -> None:
    services.groups.create(name="Zonder bijeenkomsten")
    win.group_list.search.setText("Zonder")
    win.show_tab(3)
    assert win.cases.stack.currentIndex() == 1
    assert "Plan a meeting first" in win.cases.empty.text()
    win.menus.new_case_action.trigger()
    assert "Plan a meeting first" in win.statusBar().currentMessage()


def test_actions_open_the_follow_up_and_carried_over_is_offered_and_stored(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    meeting_id = held(services, group)
    services.cases.create(meeting_id=meeting_id, topic="Overdracht")
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    type_into(qtbot, pane.agreed_actions, "Vraagt om een overdrachtsgesprek.")
    (case,) = services.cases.for_meeting(meeting_id)
    assert case.follow_up_status == FollowUpStatus.OPEN
    assert pane.follow_status.currentData() == FollowUpStatus.OPEN
    pane.follow_status.setFocus()
    qtbot.keyClick(pane.follow_status, Qt.Key.Key_Down)  # the choice after "open"
    assert pane.follow_status.currentText() == "carried over"
    settle(qtbot, win)
    (case,) = services.cases.for_meeting(meeting_id)
    assert case.follow_up_status == FollowUpStatus.CARRIED
