"""Undo and Redo read as one sentence in both languages, and the status bar says what each step
did (saved, deleted with how to undo, undone, done again) while the database path stays shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from intervisie_desktop.ui.translation import install_translators
from tests.ui.main_window.conftest import members, settle, type_into, when_asked

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

WORDS = {
    "en": {
        "undo": "&Undo: remove member",
        "redo": "&Redo: remove member",
        "undone": "Undone: remove member.",
        "again": "Done again: remove member.",
        "saved": "Saved: edit member. Ctrl+Z undoes it.",
        "undo_edit": "&Undo: edit member",
        "yes": "&Yes",
        "deleted": "Deleted Bram Jansen",
    },
    "nl": {
        "undo": "&Ongedaan maken: lid verwijderen",
        "redo": "Opnieuw &doen: lid verwijderen",
        "undone": "Ongedaan gemaakt: lid verwijderen.",
        "again": "Opnieuw gedaan: lid verwijderen.",
        "saved": "Opgeslagen: lid bewerken. Ctrl+Z maakt het ongedaan.",
        "undo_edit": "&Ongedaan maken: lid bewerken",
        "yes": "&Ja",
        "deleted": "Bram Jansen verwijderd",
    },
}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param) if request.param == "nl" else []
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def test_undo_and_redo_name_the_step_and_the_status_bar_follows(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group, lang: str
) -> None:
    words = WORDS[lang]
    bram = members(services, group)[1]
    status = win.statusBar()
    win.show_tab(1)
    win.members.select_member(bram.id or 0)

    type_into(qtbot, win.members.display_name, "Brammetje")  # Tab leaves the field: saved
    settle(qtbot, win)
    assert status.currentMessage() == words["saved"]
    assert win.menus.undo_action.text() == words["undo_edit"]
    assert win.database_label.isVisible()  # the path stays shown beside the message

    def yes(box: QMessageBox) -> None:
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == words["yes"]]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    when_asked(yes)
    win.menus.delete_member_action.trigger()
    settle(qtbot, win)
    assert all(m.id != bram.id for m in members(services, group))
    said = status.currentMessage()
    assert said.startswith(words["deleted"]) and "Ctrl+Z" in said
    assert win.menus.undo_action.text() == words["undo"]

    win.menus.undo_action.trigger()  # Edit > Undo
    settle(qtbot, win)
    assert any(m.id == bram.id for m in members(services, group))  # back in the database
    assert status.currentMessage() == words["undone"]
    assert win.menus.redo_action.text() == words["redo"]
    assert win.menus.undo_action.text() == words["undo_edit"]

    win.menus.redo_action.trigger()
    settle(qtbot, win)
    assert all(m.id != bram.id for m in members(services, group))
    assert status.currentMessage() == words["again"]
    assert win.database_label.isVisible()
