"""Erasing a member as a user does it: select, Erase… (button or Ctrl+Shift+E), read the warning,
Cancel by default, confirm with the button that names the person."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.security.erase_dialog import EraseMemberDialog
from tests.ui.main_window.conftest import members, press, settle

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

SECRET = "Bramgeheimcasus"


def answer_erase_dialog(act: Callable[[EraseMemberDialog], None]) -> dict[str, object]:
    """When the warning shows, note what it says and answer it with `act`."""
    seen: dict[str, object] = {}
    tries = [0]

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, EraseMemberDialog):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(20, handle)
            return
        seen["text"] = dialog.text() + "\n" + dialog.informativeText()
        seen["buttons"] = [b.text() for b in dialog.buttons()]
        seen["default"] = dialog.defaultButton().text()
        act(dialog)

    QTimer.singleShot(0, handle)
    return seen


def test_erase_from_the_pane_and_the_menu_says_what_remains_and_erases(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    assert group.id is not None
    bram = next(p for p in members(services, group) if p.full_name == "Bram Jansen")
    assert bram.id is not None
    held = services.meetings.for_group(group.id)[0]
    assert held.id is not None
    services.meetings.update(held.id, led_by_member_id=bram.id)
    services.cases.create(meeting_id=held.id, bringer_id=bram.id, topic=SECRET)
    services.notes.create(title="Over Bram", body="Bramnotitie", member_id=bram.id)
    services.backups.write("start")  # in the rotation
    services.backups.to_file(services.backups.folder / "kopie-voor-de-zomer.sqlite3")  # by hand
    aside = services.db.path.with_name("intervisie-before-restore-2025-01-01_120000.sqlite3")
    services.backups.to_file(aside)  # as a restore keeps the database it replaced
    win.show_tab(1)
    settle(qtbot, win)
    pane = win.members
    row = next(i for i in range(pane.seats.count()) if "Bram" in pane.seats.item(i).text())
    rect = pane.seats.visualItemRect(pane.seats.item(row))
    qtbot.mouseClick(pane.seats.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.member is not None and pane.member.id == bram.id

    # The pane's button; Enter takes the default button, which is Cancel.
    seen = answer_erase_dialog(lambda d: qtbot.keyClick(d, Qt.Key.Key_Return))
    qtbot.mouseClick(pane.erase_button, Qt.MouseButton.LeftButton)
    text = str(seen["text"])
    assert "Erase Bram Jansen and their personal data for good?" in text
    assert "1 case they brought: topic, question, description, outcome" in text
    assert "1 attendance record" not in text  # no attendance recorded for him
    assert "1 meeting they led: the meeting keeps its date, without who led it" in text
    assert "anonymous counts" in text and "review them by hand" in text
    assert "Backups made before now still hold their data." in text
    assert "1 automatic backup keeps it until it rotates out" in text
    assert "2 other copies" in text and "until you delete them" in text
    assert "after 7 days" in text and "after 4 weeks" in text and "after 12 months" in text
    assert seen["default"] == "Cancel"
    assert "Erase Bram Jansen" in seen["buttons"]  # type: ignore[operator]
    assert bram.id in [p.id for p in members(services, group)]  # cancelled: nothing erased

    # The menu's shortcut; this time the button that names him.
    seen = answer_erase_dialog(lambda d: d.erase_button.click())
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    press(qtbot, win, "Ctrl+Shift+E")
    assert "Erase Bram Jansen" in seen["buttons"]  # type: ignore[operator]
    settle(qtbot, win)
    assert [p.full_name for p in members(services, group)] == ["Anna de Vries", "Carla Smit"]
    shown = [pane.seats.item(i).text() for i in range(pane.seats.count())]
    assert not any("Bram" in s for s in shown) and len(shown) == 2
    assert services.cases.for_group(group.id) == []
    assert services.meetings.get(held.id).led_by_member_id is None
    assert not win.undo.stack.canUndo()  # nothing can bring him back
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(services.db.path) + suffix)
        data = file.read_bytes().lower() if file.exists() else b""
        for marker in (b"bram jansen", SECRET.lower().encode(), b"bramnotitie"):
            assert marker not in data, (file.name, marker)


def test_the_menu_offers_erasure_beside_removing_a_member(win: MainWindow) -> None:
    texts = [a.text() for a in win.menus.group_menu.actions()]
    remove = texts.index("&Remove member\u2026")
    assert texts[remove + 1] == "Era&se member\u2026"
    assert win.menus.erase_member_action.shortcut().toString() == "Ctrl+Shift+E"
    taken = [a for a in win.findChildren(QAction) if a.shortcut().toString() == "Ctrl+Shift+E"]
    assert taken == [win.menus.erase_member_action]  # no other command on the same keys


def test_erasure_is_offered_only_with_a_group_shown(win: MainWindow) -> None:
    assert win.menus.erase_member_action.isEnabled()
    win.show_group(None)
    assert not win.menus.erase_member_action.isEnabled()
    assert not win.menus.delete_member_action.isEnabled()
