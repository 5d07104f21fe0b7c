"""Members of a group: add, edit, seat order, end membership, learning goals."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.ui.main_window.conftest import TODAY, members, press, settle, type_into

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def seat_names(win: MainWindow) -> list[str]:
    return [win.members.seats.item(i).text() for i in range(win.members.seats.count())]


def test_add_member_by_keyboard_and_name_them(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    press(qtbot, win, "Ctrl+Shift+A")
    assert win.tabs.currentWidget() is win.members
    assert win.members.full_name.hasFocus()
    qtbot.keyClicks(win.members.full_name, "Dirk van Dam")
    qtbot.keyClick(win.members.full_name, Qt.Key.Key_Tab)
    box = win.members.registrations
    box.register.setFocus()
    qtbot.keyClick(box.register, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.register, "SKJ")
    type_into(qtbot, box.number, "110012345", leave=False)
    qtbot.keyClick(box.number, Qt.Key.Key_Return)
    settle(qtbot, win)
    person = members(services, group)[-1]
    assert (person.full_name, person.display_name) == ("Dirk van Dam", "Dirk")
    assert person.id is not None
    stored = services.registrations.for_member(person.id)
    assert [(r.register_key, r.number) for r in stored] == [("SKJ", "110012345")]
    assert seat_names(win)[-1] == "4. Dirk van Dam"
    assert win.members.display_name.text() == "Dirk"


def test_drag_and_drop_changes_the_seat_order_and_ctrl_z_restores_it(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    model = win.members.seats.model()
    # What a drop does to the list: move Anna (row 0) below Carla (before row 3).
    assert model.moveRow(QModelIndex(), 0, QModelIndex(), 3)
    assert [p.full_name for p in members(services, group)] == [
        "Bram Jansen",
        "Carla Smit",
        "Anna de Vries",
    ]
    settle(qtbot, win)
    assert seat_names(win) == ["1. Bram Jansen", "2. Carla Smit", "3. Anna de Vries"]
    win.members.seats.setFocus()
    press(qtbot, win, "Ctrl+Z")
    settle(qtbot, win)
    assert members(services, group)[0].full_name == "Anna de Vries"
    assert seat_names(win)[0] == "1. Anna de Vries"


def test_alt_down_moves_a_member_one_seat_later(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    win.members.seats.setFocus()
    win.members.seats.setCurrentRow(0)
    qtbot.keyClick(win.members.seats, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [p.full_name for p in members(services, group)][:2] == ["Bram Jansen", "Anna de Vries"]
    settle(qtbot, win)
    assert win.members.seats.currentItem().text() == "2. Anna de Vries"


def test_end_membership_moves_the_member_to_former_members(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    win.members.seats.setCurrentRow(1)
    qtbot.mouseClick(win.members.end_button, Qt.MouseButton.LeftButton)
    assert [p.full_name for p in members(services, group)] == ["Anna de Vries", "Carla Smit"]
    ship = [
        s for s, p in services.memberships.members_of(group.id or 0) if p.full_name == "Bram Jansen"
    ]
    assert ship[0].left_on == TODAY - timedelta(days=1)
    settle(qtbot, win)
    assert seat_names(win) == ["1. Anna de Vries", "2. Carla Smit"]
    assert win.members.former.item(0).text() == "Bram Jansen"
    assert win.members.former.isVisibleTo(win)


def test_left_before_joined_is_refused_at_the_left_field(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    win.members.seats.setCurrentRow(0)
    type_into(qtbot, win.members.left, "01/01/2000")
    assert win.members.ship.error_of("left_on") == "The membership cannot end before it starts."
    assert all(s.left_on is None for s, _p in services.memberships.members_of(group.id or 0))


def test_bad_email_is_refused_next_to_the_email_field(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    win.members.seats.setCurrentRow(0)
    type_into(qtbot, win.members.email, "anna at example")
    assert win.members.person.error_of("email") == "This is not an e-mail address."
    assert members(services, group)[0].email == ""
    type_into(qtbot, win.members.email, "anna@example.nl")
    assert win.members.person.error_of("email") == ""
    assert members(services, group)[0].email == "anna@example.nl"


def test_learning_goals_per_year_are_added_edited_and_checked(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    win.members.seats.setCurrentRow(0)
    anna = members(services, group)[0]
    qtbot.mouseClick(win.members.add_goal, Qt.MouseButton.LeftButton)
    settle(qtbot, win)
    table = win.members.goals
    table.setFocus()
    table.setCurrentCell(0, 1)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table, timeout=2000)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Grenzen stellen")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits on its next event round
    qtbot.waitUntil(lambda: services.goals.for_member(anna.id or 0)[0].goal != "New learning goal")
    (goal,) = services.goals.for_member(anna.id or 0)
    assert (goal.year, goal.goal) == (date.today().year, "Grenzen stellen")
    table.item(0, 0).setText("1800")  # as typed into the year cell
    assert "Year must be a whole number from 1990 to 2200." in win.members.goal_error.text()
    assert services.goals.for_member(anna.id or 0)[0].year == date.today().year
    settle(qtbot, win)
    assert win.members.goal_rows() == [(str(date.today().year), "Grenzen stellen", "")]


def test_no_members_yet_says_what_to_do(qtbot: QtBot, win: MainWindow, services: Services) -> None:
    services.groups.create(name="Lege groep")
    settle(qtbot, win)
    win.group_list.search.setText("Lege")
    win.show_tab(1)
    assert win.members.stack.currentIndex() == 1
    assert "No members yet" in win.members.empty.text()
    qtbot.mouseClick(
        win.members.findChild(type(win.members.add_button), "addFirstMemberButton"),
        Qt.MouseButton.LeftButton,
    )
    settle(qtbot, win)
    assert win.members.stack.currentIndex() == 0
    assert seat_names(win) == ["1. New member"]
