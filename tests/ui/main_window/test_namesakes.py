"""Two members with the same name: the members pane warns (it does not refuse), and the
projector and presenter tell them apart by the last-name initial, or the seat where even that
is the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.core.names import distinct_names
from tests.ui.main_window.conftest import TODAY, members, press, settle, type_into
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def add_member(qtbot: QtBot, win: MainWindow, name: str) -> None:
    press(qtbot, win, "Ctrl+Shift+A")
    assert win.members.full_name.hasFocus()
    qtbot.keyClicks(win.members.full_name, name)
    qtbot.keyClick(win.members.full_name, Qt.Key.Key_Tab)
    settle(qtbot, win)


def test_a_namesake_is_added_with_a_warning_beside_the_name(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    add_member(qtbot, win, "  \u00c1nna DE vries ")  # accents, case and spaces aside: the same
    warning = win.members.name_warning
    assert warning.isVisible()
    assert warning.text() == (
        "Another member of this group is also called Anna de Vries; add something to tell "
        "them apart, e.g. an initial."
    )
    names = [p.full_name for p in members(services, group)]
    assert names == ["Anna de Vries", "Bram Jansen", "Carla Smit", "\u00c1nna DE vries"]
    type_into(qtbot, win.members.full_name, "Anna Bakker")
    settle(qtbot, win)
    assert not warning.isVisible()
    win.members.select_member(members(services, group)[0].id or 0)
    assert not warning.isVisible()  # Anna de Vries has no namesake any more


def test_a_former_member_of_the_same_name_is_no_namesake(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    bram = members(services, group)[1]
    ship = next(s for s, p in services.memberships.members_of(group.id or 0) if p.id == bram.id)
    services.memberships.end(ship.id or 0, ship.joined_on)
    win.show_tab(1)
    win.members.refresh(force=True)
    add_member(qtbot, win, "Bram Jansen")
    assert not win.members.name_warning.isVisible()


def test_equal_first_names_get_the_last_name_initial_and_equal_full_names_the_seat(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    for name in ("Anna Bakker", "Anna de Vries"):
        add_member(qtbot, win, name)
    ahead = next(m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY)
    services.plans.add(ahead.id or 0, "balint_group")
    speakers = services.plans.plan(ahead.id or 0).speakers
    assert [s.display_name for s in speakers] == [
        "Anna V. (1)",
        "Bram",
        "Carla",
        "Anna B.",
        "Anna V. (5)",
    ]
    ctrl = press_f5(qtbot, win)
    shown = [ctrl.presenter.speakers.item(i).text() for i in range(ctrl.presenter.speakers.count())]
    assert shown[0].startswith("Anna V. (1)") and shown[3].startswith("Anna B.")
    assert shown[4].startswith("Anna V. (5)")
    assert all(s.display_name != "Anna" for s in ctrl.control.snapshot().members)
    qtbot.keyClick(ctrl.audience, Qt.Key.Key_Escape)


def test_distinct_names_leave_different_names_alone() -> None:
    assert distinct_names([("Anouk", "Anouk Visser"), ("Bram", "Bram Jansen")]) == [
        "Anouk",
        "Bram",
    ]
    assert distinct_names([("Anouk", "Anouk Visser"), ("anouk", "Anouk Bakker")]) == [
        "Anouk V.",
        "anouk B.",
    ]
    assert distinct_names([("Anouk", "Anouk"), ("Anouk", "Anouk")]) == ["Anouk (1)", "Anouk (2)"]
