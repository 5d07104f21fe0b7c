"""Minutes from the window: the supervisor switches a case's actions to shareable in the case
form, opens "Minutes…" on the held meeting, copies the text and saves a PDF (asked before a
file is replaced); a planned meeting says it has no minutes yet. Nothing confidential shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop.core.models import Group, MeetingStatus
from intervisie_desktop.ui.export.minutes_dialog import MinutesDialog
from tests.export.pdftools import text as pdf_text
from tests.ui.main_window.conftest import members, settle, type_into, when_asked

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

ACTIONS = "Anna belt de wijkverpleging voor overleg"
SECRET = "Qzvertrouwelijkeomschrijving"


def held_id(services: Services, group: Group) -> int:
    (held,) = [
        m for m in services.meetings.for_group(group.id or 0) if m.status == MeetingStatus.HELD
    ]
    return held.id or 0


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def button(box: QMessageBox, text: str) -> object:
    (found,) = [b for b in box.buttons() if b.text().replace("&", "") == text]
    return found


def open_minutes(qtbot: QtBot, win: MainWindow, meeting_id: int) -> MinutesDialog:
    win.show_tab(2)
    settle(qtbot, win)
    win.meetings.select_meeting(meeting_id)
    settle(qtbot, win)
    button = win.meetings.minutes_button
    assert button.isEnabled() and button.text().replace("&", "") == "Minutes\u2026"
    click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MinutesDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, MinutesDialog)
    return dialog


def test_shareable_actions_reach_the_minutes_copied_and_saved(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, tmp_path: Path
) -> None:
    anna = members(services, group)[0]
    meeting_id = held_id(services, group)
    services.attendance.record(meeting_id, anna.id or 0, "present")
    case = services.cases.create(
        meeting_id=meeting_id, bringer_id=anna.id, topic="Samenwerking thuiszorg"
    ).value
    services.cases.update(case.id or 0, description=SECRET, outcome=SECRET)
    win.show_tab(3)
    settle(qtbot, win)
    pane = win.cases
    type_into(qtbot, pane.agreed_actions, ACTIONS)
    assert not pane.share_actions.isChecked()  # off until the supervisor says so
    assert "group" in pane.share_actions.text()
    pane.share_actions.setFocus()
    qtbot.keyClick(pane.share_actions, Qt.Key.Key_Space)
    settle(qtbot, win)
    stored = services.cases.get(case.id or 0)
    assert stored.agreed_actions == ACTIONS and stored.actions_shareable is True

    dialog = open_minutes(qtbot, win, meeting_id)
    shown = dialog.text.toPlainText()
    assert ACTIONS in shown and "Samenwerking thuiszorg" in shown and SECRET not in shown
    assert "Aanwezig: Anna de Vries" in shown  # in the language of the program (Dutch)
    click(qtbot, dialog.copy_button)
    assert QGuiApplication.clipboard().text() == shown

    target = tmp_path / "verslag.pdf"
    dialog.path.setText(str(target))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: target.exists() and dialog.save_button.isEnabled(), timeout=10000)
    in_pdf = pdf_text(target)
    assert ACTIONS in in_pdf and SECRET not in in_pdf
    before = target.read_bytes()
    asked = when_asked(lambda box: click(qtbot, button(box, "Keep the file")))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == [f"{target} already exists. Replace it?"]
    assert target.read_bytes() == before
    dialog.reject()


def test_switched_off_actions_stay_out(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    meeting_id = held_id(services, group)
    services.cases.create(meeting_id=meeting_id, topic="Overdracht", agreed_actions=ACTIONS)
    dialog = open_minutes(qtbot, win, meeting_id)
    shown = dialog.text.toPlainText()
    assert "Overdracht" in shown and ACTIONS not in shown
    dialog.reject()


def test_a_planned_meeting_has_no_minutes_yet(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    (ahead,) = [
        m for m in services.meetings.for_group(group.id or 0) if m.status == MeetingStatus.PLANNED
    ]
    win.show_tab(2)
    settle(qtbot, win)
    win.meetings.select_meeting(ahead.id or 0)
    settle(qtbot, win)
    asked = when_asked(lambda box: box.accept())
    click(qtbot, win.meetings.minutes_button)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["Minutes are for a meeting that was held; this one is still planned."]
    assert not isinstance(QApplication.activeModalWidget(), (MinutesDialog, QMessageBox))
