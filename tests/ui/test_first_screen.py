"""The first screen as a user meets it: the groups of a real file, keys and clicks answered,
what needs the data layer greyed, and the choice handed on."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from intervisie_desktop.core.checked import remember_sound
from intervisie_desktop.core.db.first_read import LAST_GROUP_KEY, read_first_screen
from intervisie_desktop.ui.startup.frame import StartupFrame

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services import Services


def test_the_first_screen_lists_the_groups_and_answers_keys_and_clicks(
    qtbot: QtBot, services: Services, db: Database
) -> None:
    for name in ("Balint Zwolle", "AIOS Groningen", "Coaches Utrecht"):
        services.groups.create(name=name, context=f"{name} context")
    middle = services.groups.list()[1]
    services.settings.set(LAST_GROUP_KEY, middle.id)
    db.close()
    remember_sound(db.path)
    first = read_first_screen(db.path)
    assert first is not None
    frame = StartupFrame()
    qtbot.addWidget(frame)
    frame.show()
    frame.fill(first)
    assert frame.groups is not None
    shown = frame.groups.list
    assert [shown.item(i).text() for i in range(shown.count())] == [
        "AIOS Groningen",
        "Balint Zwolle",
        "Coaches Utrecht",
    ]
    assert shown.currentItem().text() == "Balint Zwolle"  # the group last shown
    assert shown.currentItem().toolTip() == "Balint Zwolle context"
    assert frame.chosen_group() is None  # nothing chosen yet: the main window keeps its own
    for waiting in (QLineEdit, QComboBox, QPushButton):
        (widget,) = frame.groups.findChildren(waiting)
        assert not widget.isEnabled()
    assert shown.hasFocus() or frame.focusWidget() is shown
    qtbot.keyClick(shown, Qt.Key.Key_Down)
    assert shown.currentItem().text() == "Coaches Utrecht"
    rect = shown.visualItemRect(shown.item(0))
    qtbot.mouseClick(shown.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown.currentItem().text() == "AIOS Groningen"
    chosen = frame.chosen_group()
    assert chosen is not None
    assert chosen == services.groups.list()[0].id
    menus = frame.menuBar().actions()
    assert [a.text() for a in menus] == [
        "&File",
        "&Edit",
        "&View",
        "&Group",
        "&Meeting",
        "&Session",
        "&Notes",
        "&Help",
    ]
    assert not any(a.isEnabled() for a in menus)  # they act on the data: a moment


def test_the_first_screen_has_the_main_windows_menus(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.startup.first_screen import MENU_TITLES
    from intervisie_desktop.ui.window.main_window import MainWindow

    window = MainWindow(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == [title for _context, title in MENU_TITLES]
