"""The group list and a group's details, driven from the keyboard and mouse."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.main_window.conftest import press, settle, type_into, when_asked

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def test_new_group_by_keyboard_is_named_by_typing(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    services.groups.create(name="Bestaande groep")
    win = make_window()
    press(qtbot, win, "Ctrl+N")
    assert win.details.name.hasFocus()
    qtbot.keyClicks(win.details.name, "Intervisie SKJ Deventer")
    qtbot.keyClick(win.details.name, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert [g.name for g in services.groups.list()] == [
        "Bestaande groep",
        "Intervisie SKJ Deventer",
    ]
    assert win.group_list.names() == ["Bestaande groep", "Intervisie SKJ Deventer"]
    assert win.groups.currentItem().text() == "Intervisie SKJ Deventer"


def test_empty_and_duplicate_names_are_refused_at_the_field(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    services.groups.create(name="Andere groep")
    settle(qtbot, win)
    win.group_list.select(group.id)
    type_into(qtbot, win.details.name, "   ")
    assert win.details.binder.error_of("name") == "Group name may not be empty."
    type_into(qtbot, win.details.name, "andere GROEP")
    assert "already a group" in win.details.binder.error_of("name")
    assert services.groups.get(group.id or 0).name == "Balintgroep Zwolle"
    type_into(qtbot, win.details.name, "Balintgroep Zwolle-Noord")
    assert win.details.binder.error_of("name") == ""
    assert services.groups.get(group.id or 0).name == "Balintgroep Zwolle-Noord"


def test_details_save_on_leaving_each_field_and_ctrl_z_undoes(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    d = win.details
    type_into(qtbot, d.facilitator, "drs. P. Bakker")
    type_into(qtbot, d.register, "LVSC 12-345")
    type_into(qtbot, d.start_date, "1-9-2024")
    type_into(qtbot, d.ground_rules, "Wat hier gezegd wordt, blijft hier.")
    d.minutes.setFocus()
    d.minutes.selectAll()
    qtbot.keyClicks(d.minutes, "150")
    qtbot.keyClick(d.minutes, Qt.Key.Key_Tab)
    d.guided.setFocus()
    qtbot.keyClick(d.guided, Qt.Key.Key_Down)  # the second choice: self-steering
    stored = services.groups.get(group.id or 0)
    assert stored.facilitator_name == "drs. P. Bakker"
    assert stored.facilitator_register == "LVSC 12-345"
    assert stored.start_date == date(2024, 9, 1)
    assert stored.ground_rules == "Wat hier gezegd wordt, blijft hier."
    assert stored.default_minutes == 150
    assert stored.guided is False
    settle(qtbot, win)
    assert d.start_date.text() == "01/09/2024"  # shown back in the locale's format
    win.groups.setFocus()
    press(qtbot, win, "Ctrl+Z")
    assert services.groups.get(group.id or 0).guided is True
    press(qtbot, win, "Ctrl+Z")
    assert services.groups.get(group.id or 0).default_minutes == 120
    settle(qtbot, win)
    assert d.minutes.value() == 120


def test_impossible_start_date_gets_a_message_and_nothing_is_stored(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    type_into(qtbot, win.details.start_date, "31-02-2025")
    assert win.details.binder.error_of("start_date") == (
        "\u201c31-02-2025\u201d is not a date; type it as dd/mm/yyyy, e.g. 14/03/2026, or 14 March."
    )
    assert services.groups.get(group.id or 0).start_date is None
    assert win.details.start_date.text() == "31-02-2025"  # the user's text stays to be fixed


def test_search_and_filter_show_what_matches_or_say_so(
    qtbot: QtBot, win: MainWindow, services: Services
) -> None:
    services.groups.create(name="Coachgroep Utrecht", context="coaches")
    old = services.groups.create(name="Oude groep", archived=True).value
    settle(qtbot, win)
    press(qtbot, win, "Ctrl+F")
    assert win.group_list.search.hasFocus()
    qtbot.keyClicks(win.group_list.search, "coach")
    assert win.group_list.names() == ["Coachgroep Utrecht"]
    qtbot.keyClicks(win.group_list.search, "xyz")
    assert win.group_list.stack.currentWidget() is win.group_list.empty
    assert "No group matches" in win.group_list.empty.text()
    win.group_list.search.clear()
    win.group_list.filter.setCurrentIndex(1)
    assert win.group_list.names() == ["Oude groep"]
    win.group_list.filter.setCurrentIndex(2)
    assert f"{old.name} (archived)" in win.group_list.names()


def test_archive_moves_the_group_out_of_the_active_list_and_back(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.menus.archive_action.trigger()
    settle(qtbot, win)
    assert services.groups.get(group.id or 0).archived is True
    assert win.group_list.names() == []
    assert "No groups yet" in win.group_list.empty.text()
    win.group_list.filter.setCurrentIndex(1)
    win.group_list.select(group.id)
    assert win.menus.archive_action.text() == "Restore from arc&hive"
    assert win.details.archived_note.isVisibleTo(win)
    win.menus.archive_action.trigger()
    settle(qtbot, win)
    assert services.groups.get(group.id or 0).archived is False


def test_delete_group_asks_and_ctrl_z_brings_everything_back_with_the_same_ids(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, answer_yes: list[str]
) -> None:
    gid = group.id or 0
    meetings = [m.id for m in services.meetings.for_group(gid)]
    ships = [s.id for s, _p in services.memberships.members_of(gid)]
    win.groups.setFocus()
    qtbot.keyClick(win.groups, Qt.Key.Key_Delete)
    assert "Balintgroep Zwolle" in answer_yes[0] and "2 meetings" in answer_yes[0]
    settle(qtbot, win)
    assert services.groups.list(archived=None) == []
    assert win.pages.currentWidget() is win.welcome
    press(qtbot, win, "Ctrl+Z")
    settle(qtbot, win)
    assert services.groups.get(gid).name == "Balintgroep Zwolle"
    assert [m.id for m in services.meetings.for_group(gid)] == meetings
    assert [s.id for s, _p in services.memberships.members_of(gid)] == ships
    assert win.group_list.names() == ["Balintgroep Zwolle"]


def test_declining_the_delete_question_keeps_the_group(
    qtbot: QtBot, win: MainWindow, services: Services
) -> None:
    asked = when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    win.menus.delete_group_action.trigger()
    assert asked and "Balintgroep Zwolle" in asked[0]
    assert [g.name for g in services.groups.list()] == ["Balintgroep Zwolle"]
    assert not win.undo.stack.canUndo()


def test_pasting_a_whole_page_into_a_search_box_is_cut_to_what_search_takes(
    qtbot: QtBot, win: MainWindow
) -> None:
    """The services refuse search text over SEARCH_MAX; the boxes never hand them more."""
    from intervisie_desktop.core.validation import SEARCH_MAX
    from tests.ui.main_window.conftest import paste_into

    page = "intervisie " * 900  # 9,900 characters, as a pasted document
    paste_into(qtbot, win.group_list.search, text=page)
    assert len(win.group_list.search.text()) == SEARCH_MAX
    assert win.groups.count() == 0  # the filter ran: no group is named like that
    win.privacy.search_action.trigger()  # Ctrl+K
    field = win.privacy.search.panel.field
    paste_into(qtbot, field, text=page)
    qtbot.wait(400)  # the search runs after typing pauses; an error there fails the test
    assert len(field.text()) == SEARCH_MAX
    win.privacy.search.close()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    win.privacy.notes_action.trigger()  # the notes dock
    qtbot.waitUntil(win.privacy.pane.search.isVisible, timeout=2000)
    paste_into(qtbot, win.privacy.pane.search, text=page)
    qtbot.wait(400)
    assert len(win.privacy.pane.search.text()) == SEARCH_MAX
