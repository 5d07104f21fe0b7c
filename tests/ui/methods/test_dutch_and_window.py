"""The library speaks Dutch when the program does, and the main window opens it with Ctrl+M."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.methods import MethodLibraryPane, MethodLibraryWindow
from intervisie_desktop.ui.translation import install_translators
from intervisie_desktop.ui.window.main_window import MainWindow
from tests.ui.methods.conftest import choose, copy_of, list_texts, show_active

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


@pytest.fixture
def dutch() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_dutch_labels_for_modes_flags_and_messages(
    qtbot: QtBot, services: Services, data_dir: Path, dutch: None
) -> None:
    pane = MethodLibraryPane(AppContext(services=services, data_dir=data_dir, lang="nl"))
    qtbot.addWidget(pane)
    show_active(qtbot, pane)
    assert list_texts(pane)[0] == "Onderdelen van de bijeenkomst"
    choose(qtbot, pane, "Roddelmethode")
    shown = pane.overview.toPlainText()
    assert "Wie spreekt: Ronde zonder de inbrenger" in shown
    assert "3 min per spreker (15 min voor 5 sprekers)" in shown
    assert "De inbrenger zwijgt \u00b7 De inbrenger draait zich om en luistert" in shown
    assert pane.total.text() == "Gepland: 48 min voor een groep van 6"
    key = copy_of(qtbot, pane, "Roddelmethode")
    assert "Roddelmethode (kopie) \u00b7 eigen" in list_texts(pane)
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    modes = [editor.mode.itemText(i) for i in range(editor.mode.count())]
    assert modes[0] == "Alleen de inbrenger spreekt" and "Stilte: iedereen schrijft" in modes
    editor.list.setFocus()
    qtbot.keyClick(editor.list, Qt.Key.Key_End)  # evaluation: 1 minute per speaker
    assert editor.minutes.text() == "1" and editor.warning.text() == "0,25"
    editor.minutes.setFocus()
    qtbot.keyClick(editor.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.minutes, "1,5")
    qtbot.keyClick(editor.minutes, Qt.Key.Key_Return)
    assert services.methods.get(key).phases[-1].minutes_per_speaker == 1.5
    qtbot.keyClick(editor.minutes, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.minutes, "100")
    assert editor.fields["phase.minutes"].error.text() == (
        "Minuten per spreker moet een getal groter dan 0 en hoogstens 60 zijn."
    )


def test_main_window_opens_the_library_with_ctrl_m(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    window = MainWindow(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(window)
    show_active(qtbot, window)
    assert window.menus.methods_action.shortcut().toString() == "Ctrl+M"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    library = window.findChild(MethodLibraryWindow)
    assert library is not None and library.isVisible()
    menu_texts = [a.text() for a in library.menuBar().actions()]
    assert menu_texts == ["&Method", "&Edit"]
    shortcuts = {
        a.text(): a.shortcut().toString() for a in library.pane.menu_actions() if a is not None
    }
    assert shortcuts["&Copy to edit"] == "Ctrl+D"
    assert shortcuts["Move phase u&p"] == "Alt+Up"
    assert shortcuts["&Undo"] == "Ctrl+Z"
