"""First run, remembered window state, menus with shortcuts, tab order, Dutch."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.translation import install_translators
from tests.ui.main_window.conftest import settle

if TYPE_CHECKING:
    from collections.abc import Callable

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def test_first_run_welcome_creates_the_first_group(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services
) -> None:
    win = make_window()
    assert win.pages.currentWidget() is win.welcome
    qtbot.mouseClick(win.welcome.create_button, Qt.MouseButton.LeftButton)
    assert win.details.name.hasFocus() and win.details.name.selectedText() == "New group"
    qtbot.keyClicks(win.details.name, "Mijn eerste groep")
    qtbot.keyClick(win.details.name, Qt.Key.Key_Return)
    settle(qtbot, win)
    assert [g.name for g in services.groups.list()] == ["Mijn eerste groep"]
    assert win.pages.currentWidget() is win.split


def test_demo_opens_in_a_separate_process_with_the_demo_flag(
    qtbot: QtBot, make_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        QProcess,
        "startDetached",
        lambda program, args: started.append((program, args)) or (True, 1),
    )
    win = make_window()
    qtbot.mouseClick(win.welcome.demo_button, Qt.MouseButton.LeftButton)
    ((_program, args),) = started
    assert args[:3] == ["-m", "intervisie_desktop", "--demo"]
    assert "--data-dir" not in args  # the real data folder is never handed to the demo
    assert "separate window" in win.statusBar().currentMessage()


def test_window_remembers_size_position_and_last_group(
    qtbot: QtBot, make_window: Callable[[], MainWindow], services: Services, group: Group
) -> None:
    other = services.groups.create(name="Zwolle Noord").value
    win = make_window()
    win.group_list.select(other.id)
    win.resize(760, 560)  # inside the offscreen screen (800x600)
    win.close()
    again = make_window(resize=False)
    assert again.groups.currentItem().text() == "Zwolle Noord"
    assert (again.width(), again.height()) == (760, 560)


def test_menus_show_their_shortcuts(win: MainWindow) -> None:
    shortcuts = {
        a.text(): a.shortcut().toString()
        for menu in win.menuBar().actions()
        for a in menu.menu().actions()
        if not a.isSeparator()
    }
    assert shortcuts["&Start session"] == "F5"
    assert shortcuts["&New group"] == "Ctrl+N"
    assert shortcuts["&Plan meeting"] == "Ctrl+Shift+M"
    assert shortcuts["&New case"] == "Ctrl+Shift+K"
    assert shortcuts["&Add member"] == "Ctrl+Shift+A"
    assert any(text.startswith("&Undo") and key == "Ctrl+Z" for text, key in shortcuts.items())
    assert shortcuts["M&eetings"] == "Ctrl+3"


def test_tab_walks_from_search_through_filter_and_list_to_the_form(
    qtbot: QtBot, win: MainWindow
) -> None:
    win.group_list.search.setFocus()
    seen = []
    for _ in range(5):
        seen.append(QApplication.focusWidget().objectName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen[:4] == ["groupSearch", "groupFilter", "groupList", "newGroupButton"]
    win.show_tab(0)
    win.details.name.setFocus()
    qtbot.keyClick(win.details.name, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is win.details.context_field


def test_dutch_panes_and_dates(
    qtbot: QtBot, make_window: Callable[[], MainWindow], group: Group
) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        win = make_window()
        from PySide6.QtCore import QLocale

        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        win.groups.setCurrentRow(0)
        tabs = [win.tabs.tabText(i) for i in range(win.tabs.count())]
        assert tabs == ["Groep", "Leden", "Bijeenkomsten", "Casussen", "Ontwikkeling"]
        win.show_tab(2)
        win.meetings.refresh(force=True)
        assert win.meetings.ahead.text(0) == "1 komende bijeenkomst"
        assert win.meetings.ahead.child(0).text(2) == "gepland"
        meeting_date = win.meetings.meetings[-1].date
        assert win.meetings.date.text() == meeting_date.strftime("%d-%m-%Y")
        assert "initialen of een schuilnaam" in win.cases.anonymise.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
