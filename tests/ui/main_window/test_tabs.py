"""The group's tabs: only the one on screen is built at start, the others when first opened."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tests.ui.main_window.conftest import press

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.window.main_window import MainWindow


def test_only_the_tab_on_screen_is_built_and_the_others_when_opened(
    qtbot: QtBot, win: MainWindow
) -> None:
    assert set(win.tabs.built()) == {"details"}
    assert win.details.isVisible() and win.details.name.text() == "Balintgroep Zwolle"
    win.commit_pending()  # switching groups or closing with panes never opened: nothing to save
    press(qtbot, win, "Ctrl+3")
    assert set(win.tabs.built()) == {"details", "meetings"}
    assert win.tabs.currentWidget() is win.meetings and win.meetings.isVisible()
    assert win.meetings.ahead.text(0) == "1 upcoming meeting"
    bar = win.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(3).center())
    assert win.tabs.currentWidget() is win.cases and win.cases.isVisible()
    assert [win.tabs.tabText(i) for i in range(4)] == ["Group", "Members", "Meetings", "Cases"]
    assert "members" not in win.tabs.built()
    win.add_member()  # a menu action reaching a pane not built yet builds and shows it
    assert win.tabs.currentWidget() is win.members and win.members.isVisible()


def test_a_click_on_a_tab_takes_the_keyboard_into_its_pane(qtbot: QtBot, win: MainWindow) -> None:
    """Focus was in the tab left: it goes into the new tab's pane, built or not yet, and not to
    the group search (where typing would filter the groups away)."""
    bar = win.tabs.tabBar()
    win.details.name.setFocus()
    for index, name in [(1, "members"), (3, "cases"), (0, "details"), (1, "members")]:
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
        pane = win.tabs.pane(name)
        focused = win.focusWidget()
        assert focused is not None and pane.isAncestorOf(focused), (name, focused)
        assert focused is not win.group_list.search
