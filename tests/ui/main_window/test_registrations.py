"""Registrations in the member form, the register rules view and the portal list, driven by
keys and clicks as a supervisor would, checked on screen and in the database."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.ui.panes.portal_lists import PortalListDialog
from intervisie_desktop.ui.panes.register_rules import RegisterRulesDialog
from tests.ui.main_window.conftest import members, press, settle

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def when_shown(kind: type[QDialog], act: Callable[[Any], None]) -> None:
    """Run `act` on the next modal dialog of `kind` once it is on screen."""

    def poll() -> None:
        shown = QApplication.activeModalWidget()
        if not (isinstance(shown, kind) and shown.isVisible()):
            QTimer.singleShot(20, poll)
            return
        try:
            act(shown)
        finally:
            shown.reject()

    QTimer.singleShot(0, poll)


def stored(services: Services, member_id: int) -> list[tuple[str, str]]:
    return [(r.register_key, r.number) for r in services.registrations.for_member(member_id)]


def add_by_keys(qtbot: QtBot, win: MainWindow, register: str, number: str) -> str:
    """Choose the register, type the number, read the live warning, press Enter."""
    box = win.members.registrations
    box.register.setFocus()
    qtbot.keyClick(box.register, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box.register, register)
    qtbot.keyClick(box.register, Qt.Key.Key_Tab)
    assert box.number.hasFocus()
    qtbot.keyClicks(box.number, number)
    warning = box.typing.text() if box.typing.isVisible() else ""
    qtbot.keyClick(box.number, Qt.Key.Key_Return)
    settle(qtbot, win)
    return warning


def test_registrations_by_keys_with_warnings_edit_remove_and_undo(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(1)
    anna = members(services, group)[0]
    assert anna.id is not None and win.members.member is not None
    assert win.members.member.id == anna.id
    box = win.members.registrations
    warning = add_by_keys(qtbot, win, "BIG", "1973060")
    assert "BIG numbers have 11 digits; this one has 7" in warning
    assert "leading zero" in warning
    assert box.warnings.isVisible()
    assert "BIG 1973060: BIG numbers have 11 digits" in box.warnings.text()
    warning = add_by_keys(qtbot, win, "NIP", "012345")
    assert "NIP numbers start with \u201cNIP\u201d, e.g. NIP012345" in warning
    assert stored(services, anna.id) == [("BIG", "1973060"), ("NIP", "012345")]
    assert [box.table.item(r, 1).text() for r in range(box.table.rowCount())] == [
        "1973060",
        "012345",
    ]
    # F2 on the number: type it right, Enter; its warning goes
    box.table.setFocus()
    box.table.setCurrentCell(0, 1)
    qtbot.keyClick(box.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not box.table, timeout=2000)
    editor = QApplication.focusWidget()
    assert editor is not None
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "01973060000")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the table commits on its next event round
    qtbot.waitUntil(lambda: stored(services, anna.id or 0)[0][1] != "1973060", timeout=2000)
    settle(qtbot, win)
    assert stored(services, anna.id) == [("BIG", "01973060000"), ("NIP", "012345")]
    assert "BIG" not in box.warnings.text() and "NIP" in box.warnings.text()
    # Delete removes the selected one; Ctrl+Z brings it back
    box.table.setFocus()
    box.table.setCurrentCell(1, 0)
    qtbot.keyClick(box.table, Qt.Key.Key_Delete)
    settle(qtbot, win)
    assert stored(services, anna.id) == [("BIG", "01973060000")]
    assert box.table.rowCount() == 1 and not box.warnings.isVisible()
    press(qtbot, win, "Ctrl+Z")
    settle(qtbot, win)
    assert stored(services, anna.id) == [("BIG", "01973060000"), ("NIP", "012345")]
    assert box.table.rowCount() == 2
    # a refused number is said beside the form and nothing is stored
    add_by_keys(qtbot, win, "SKJ", "1100;123")
    assert box.error.isVisible() and "semicolon" in box.error.text()
    assert len(stored(services, anna.id)) == 2


def test_the_rules_view_shows_who_meets_the_rules_and_edits_an_unsourced_value(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    anna, bram, _carla = members(services, group)
    assert anna.id is not None and bram.id is not None and group.id is not None
    services.registrations.add(anna.id, "SKJ", "110012345")
    services.registrations.add(bram.id, "NVO", "4711")
    held = next(m for m in services.meetings.for_group(group.id) if m.status == MeetingStatus.HELD)
    assert held.id is not None
    services.attendance.record(held.id, anna.id, AttendanceStatus.PRESENT)
    services.attendance.record(held.id, bram.id, AttendanceStatus.PRESENT)
    win.show_tab(1)
    settle(qtbot, win)
    box = win.members.registrations
    assert "SKJ 110012345: not yet" in box.rules.text()
    seen: dict[str, Any] = {}

    def look(dialog: RegisterRulesDialog) -> None:
        dialog.year.setFocus()
        qtbot.keyClick(dialog.year, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(dialog.year, str(held.date.year))  # the year of the held meeting
        seen["who"] = dialog.who_rows()
        dialog.tabs.setCurrentIndex(1)
        spin = dialog.spins[("NVO", "hours")]
        spin.setFocus()
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, "2")
        qtbot.keyClick(spin, Qt.Key.Key_Return)
        seen["sourced_editable"] = ("SKJ", "hours") in dialog.spins
        dialog.tabs.setCurrentIndex(0)
        seen["after"] = dialog.who_rows()

    when_shown(RegisterRulesDialog, look)
    qtbot.mouseClick(box.rules_button, Qt.MouseButton.LeftButton)
    by_member = {row[0]: row for row in seen["who"]}
    assert by_member["Anna de Vries"][1] == "SKJ 110012345"
    running = held.date.year == date.today().year
    assert ("not yet" if running else "does not meet") in by_member["Anna de Vries"][2]
    # the group's supervisor has no register number: for SKJ that meeting does not count
    none = "meetings 0 \u00b7 hours 0 \u00b7 in a registered group 0"
    assert by_member["Anna de Vries"][4] == none
    assert by_member["Bram Jansen"][4] == "meetings 1 \u00b7 hours 2 \u00b7 in a registered group 0"
    assert "of 60 h over" in by_member["Anna de Vries"][3]
    assert seen["sourced_editable"] is False
    assert services.settings.get("register_rules") == {"NVO": {"hours": 2.0}}
    after = {row[0]: row for row in seen["after"]}
    assert "meets the rules" in after["Bram Jansen"][2]  # 2 h of the new 2 h over 5 years


def test_portal_list_of_a_held_meeting_copied_and_saved(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, tmp_path: Path
) -> None:
    anna, bram, carla = members(services, group)
    assert anna.id and bram.id and carla.id and group.id
    services.registrations.add(anna.id, "BIG", "01234567890")
    services.registrations.add(bram.id, "BIG", "0000000017")  # a zero short: pointed out
    services.registrations.add(carla.id, "BIG", "12345678901")
    held = next(m for m in services.meetings.for_group(group.id) if m.status == MeetingStatus.HELD)
    assert held.id is not None
    services.attendance.record(held.id, anna.id, AttendanceStatus.PRESENT)
    services.attendance.record(held.id, bram.id, AttendanceStatus.PRESENT, 30)
    services.attendance.record(held.id, carla.id, AttendanceStatus.ABSENT)
    win.show_tab(2)
    win.meetings.select_meeting(held.id)
    settle(qtbot, win)
    button = win.meetings.portal_button
    assert button.isEnabled()
    seen: dict[str, Any] = {}
    out = tmp_path / "big.csv"

    def use(dialog: PortalListDialog) -> None:
        seen["preview"] = dialog.preview.toPlainText()
        seen["register"] = dialog.register.currentText()
        seen["first_status"] = dialog.status.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button copies
        seen["clipboard"] = QApplication.clipboard().text()
        seen["saved"] = dialog.save_to(out)
        seen["status"] = dialog.status.text()

    when_shown(PortalListDialog, use)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen["register"] == "BIG"
    assert seen["register"] == "BIG"
    assert seen["preview"] == "01234567890\n0000000017\n"
    assert "Not in the form of a BIG number" in seen["first_status"]
    assert seen["first_status"].endswith(": 0000000017")
    assert seen["clipboard"] == "01234567890\n0000000017\n"
    assert seen["saved"] is True and "2" in seen["status"]
    rows = out.read_bytes().decode("utf-8-sig").split("\r\n")
    assert [r.split(";")[-1] for r in rows[1:] if r] == ['="01234567890"', '="0000000017"']
    # a planned meeting has no list to give
    planned = next(m for m in services.meetings.for_group(group.id) if m.status != "held")
    assert planned.id is not None
    win.meetings.select_meeting(planned.id)
    settle(qtbot, win)
    assert not button.isEnabled()
