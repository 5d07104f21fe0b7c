"""The catalogue of screens is complete, and each of its screens opens on the demo."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

import intervisie_desktop
from tests.ui.catalogue import LISTED_CLASSES, SCREENS, open_each

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

#: Qt bases whose subclasses are screens of their own.
TOP_LEVEL_BASES = {"QDialog", "QMainWindow", "QMessageBox", "QWizard"}
#: Top-level widgets that are not dialogs by base class but windows of their own.
WINDOWS = {"PresenterView", "AudienceView"}


def screen_classes() -> set[str]:
    found: set[str] = set()
    package = Path(intervisie_desktop.__file__).parent / "ui"
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {b.id for b in node.bases if isinstance(b, ast.Name)}
            if bases & TOP_LEVEL_BASES or node.name in WINDOWS:
                found.add(node.name)
    return found


def test_every_window_and_dialog_class_is_in_the_catalogue() -> None:
    classes = screen_classes()
    assert len(classes) >= 15  # the walk itself finds the screens
    assert classes - LISTED_CLASSES == set()
    assert LISTED_CLASSES - classes == set()


def test_each_screen_of_the_catalogue_opens_shown_with_its_own_class(
    qtbot: QtBot, tmp_path: Path
) -> None:
    seen: dict[str, str] = {}
    for shown in open_each(qtbot, tmp_path):
        assert isinstance(shown.widget, QWidget)
        assert shown.widget.isVisible(), shown.name
        assert shown.widget.isWindow(), shown.name
        seen[shown.name] = type(shown.widget).__name__
    assert list(seen) == list(SCREENS)
    assert set(seen.values()) == LISTED_CLASSES
