"""The daily keys as a user presses them: Ctrl+F and Ctrl+N act in the pane with the focus, Esc
clears a search, a search that hides the group keeps it on screen, the menus' keys work while a
text field has the focus (also with Linux's field keys), Delete on the members list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.export.dialog import ExportKind
from tests.ui.main_window.conftest import settle, when_asked
from tests.ui.main_window.test_delete_counted import bram_with_history
from tests.ui.shortcut_map import LinuxFieldKeys

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=2000)


def test_ctrl_f_and_ctrl_n_in_the_notes_act_in_the_notes(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.privacy.show_notes()
    pane = win.privacy.pane
    qtbot.waitUntil(pane.isVisible, timeout=2000)
    focus(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_F, CTRL)
    assert pane.search.hasFocus()
    groups = len(services.groups.list(archived=None))
    qtbot.keyClick(pane.search, Qt.Key.Key_N, CTRL)
    assert pane.editor.title.hasFocus()
    qtbot.keyClicks(pane.editor.title, "Na de intake")
    pane.save_now()
    assert [n.title for n in services.notes.list()] == ["Na de intake"]
    assert len(services.groups.list(archived=None)) == groups


def test_ctrl_f_elsewhere_finds_a_group_and_the_menu_still_says_what_it_does(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    focus(qtbot, win.members.seats)
    qtbot.keyClick(win.members.seats, Qt.Key.Key_F, CTRL)
    assert win.group_list.search.hasFocus()
    win.privacy.show_notes()
    focus(qtbot, win.privacy.pane.search)
    win.menus.new_group_action.trigger()  # File > New group, clicked: a group, not a note
    settle(qtbot, win)
    assert len(services.groups.list(archived=None)) == 2
    assert services.notes.list() == []


def test_a_search_that_hides_the_group_keeps_it_and_esc_clears(
    qtbot: QtBot, win: MainWindow, group: Group
) -> None:
    qtbot.keyClick(win.groups, Qt.Key.Key_F, CTRL)
    search = win.group_list.search
    assert search.hasFocus()
    qtbot.keyClicks(search, "xyz")
    assert win.group_list.empty.isVisible()
    assert win.group_list.empty.text() == "No group matches \u201cxyz\u201d. Esc clears the search."
    assert win.right.currentWidget() is win.tabs and win.group_id == group.id
    assert not win.no_group.isVisible()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == ""
    assert win.groups.hasFocus()
    assert win.group_list.names() == ["Balintgroep Zwolle"]
    assert win.group_list.current_id() == group.id == win.group_id


def test_esc_clears_the_notes_search(qtbot: QtBot, win: MainWindow, services: Services) -> None:
    services.notes.create(title="Overleg", body="over de POH")
    services.notes.create(title="Iets anders", body="niets")
    win.privacy.show_notes()
    pane = win.privacy.pane
    qtbot.waitUntil(pane.isVisible, timeout=2000)
    focus(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(pane.search, "POH")
    qtbot.waitUntil(lambda: len(pane.visible_titles()) == 1, timeout=2000)
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == "" and pane.list.hasFocus()
    qtbot.waitUntil(lambda: len(pane.visible_titles()) == 2, timeout=2000)


def test_the_method_library_finds_with_ctrl_f_and_esc_clears(qtbot: QtBot, win: MainWindow) -> None:
    win.show_method_library()
    library = win.method_library
    assert library is not None
    qtbot.waitExposed(library)
    pane = library.pane
    shown = pane.list.count()
    focus(qtbot, pane.list)
    qtbot.keyClick(pane.list, Qt.Key.Key_F, CTRL)
    assert pane.search.hasFocus()
    qtbot.keyClicks(pane.search, "zzz-no-such-method")
    qtbot.waitUntil(lambda: pane.list.count() < shown, timeout=2000)
    qtbot.keyClick(pane.search, Qt.Key.Key_Escape)
    assert pane.search.text() == "" and pane.list.hasFocus()
    qtbot.waitUntil(lambda: pane.list.count() == shown, timeout=2000)


def test_ctrl_e_in_a_text_field_opens_the_yearly_summary(qtbot: QtBot, win: MainWindow) -> None:
    asked: list[ExportKind] = []

    def answered() -> bool:
        """The export dialog is up: note its kind and close it, as Esc would."""
        dialog = win.menus.export_menu.dialog
        if dialog is None or not dialog.isVisible():
            return False
        asked.append(dialog.kind)
        dialog.reject()
        win.menus.export_menu.dialog = None
        return True

    name = win.details.name
    win.show_tab(0)
    linux = LinuxFieldKeys(name)  # the field takes Ctrl+E (end of line) as on Linux
    name.installEventFilter(linux)
    focus(qtbot, name)
    qtbot.keyClick(name, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(answered, timeout=3000)
    assert asked == [ExportKind.SUMMARY]
    search = win.group_list.search
    search.installEventFilter(linux)
    focus(qtbot, search)
    qtbot.keyClick(search, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(answered, timeout=3000)
    assert asked == [ExportKind.SUMMARY, ExportKind.SUMMARY]
    assert search.text() == ""  # nothing typed into the field


def test_delete_on_the_members_list_asks_the_counted_question(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    bram = bram_with_history(services, group)
    win.show_tab(1)
    win.members.select_member(bram)
    focus(qtbot, win.members.seats)
    asked = when_asked(lambda box: qtbot.keyClick(box, Qt.Key.Key_Escape))
    qtbot.keyClick(win.members.seats, Qt.Key.Key_Delete)
    settle(qtbot, win)
    assert asked and "with 3 cases, 2 notes and 4 learning goals?" in asked[0]
    assert services.members.get(bram).full_name == "Bram Jansen"


def test_the_members_tab_is_not_built_before_it_is_opened(win: MainWindow) -> None:
    assert "members" not in win.tabs.built()
