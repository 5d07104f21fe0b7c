"""File > Export > Method cards and Case preparation form: the group shown in the window is
chosen, paper and language as picked, a file already there is kept unless the user replaces it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.export.kit_dialog import KitDialog
from tests.export.pdftools import info
from tests.export.pdftools import text as pdf_text
from tests.ui.main_window.conftest import settle, when_asked

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group
    from intervisie_desktop.ui.window.main_window import MainWindow


def open_kit(qtbot: QtBot, win: MainWindow, name: str) -> KitDialog:
    settle(qtbot, win)
    (action,) = [a for a in win.findChildren(QAction) if a.objectName() == name]
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), KitDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, KitDialog)
    return dialog


def choose(combo: object, text: str) -> None:
    index = combo.findText(text)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_method_cards_on_a5_in_english(
    qtbot: QtBot, win: MainWindow, group: Group, tmp_path: Path
) -> None:
    dialog = open_kit(qtbot, win, "exportMethodCards")
    assert dialog.group.currentText() == "Balintgroep Zwolle"  # the group in the window
    assert not dialog.method.isVisibleTo(dialog)  # cards: every method of the group
    choose(dialog.paper, "A5")
    choose(dialog.lang, "English")
    target = tmp_path / "kaarten.pdf"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15000)
    assert info(target)["Page size"].endswith("(A5)")
    shown = pdf_text(target)
    assert "How a meeting goes" in shown and "The chair's script" in shown


def test_case_prep_for_one_method_keeps_an_existing_file_when_asked(
    qtbot: QtBot, win: MainWindow, group: Group, tmp_path: Path
) -> None:
    target = tmp_path / "voorbereiding.pdf"
    target.write_bytes(b"old")
    dialog = open_kit(qtbot, win, "exportCasePrep")
    choose(dialog.method, "Roddelmethode")
    choose(dialog.lang, "Nederlands")
    dialog.path.setText(str(target))
    asked = when_asked(lambda box: next(b for b in box.buttons() if "Keep" in b.text()).click())
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert target.read_bytes() == b"old" and dialog.isVisible()
    replace = when_asked(
        lambda box: next(b for b in box.buttons() if "Replace" in b.text()).click()
    )
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(replace) and not dialog.isVisible(), timeout=15000)
    shown = pdf_text(target)
    assert "Je casus voorbereiden" in shown and "Roddelmethode" in shown
