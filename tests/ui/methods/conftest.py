"""The method library pane on a real database, shown and active so that shortcuts work."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.methods import MethodLibraryPane

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


def show_active(qtbot: QtBot, widget: QWidget) -> None:
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=2000)


@pytest.fixture
def pane(qtbot: QtBot, services: Services, data_dir: Path) -> MethodLibraryPane:
    widget = MethodLibraryPane(AppContext(services=services, data_dir=data_dir, lang="en"))
    qtbot.addWidget(widget)
    show_active(qtbot, widget)
    return widget


def list_texts(pane: MethodLibraryPane) -> list[str]:
    return [pane.list.item(i).text() for i in range(pane.list.count())]


def choose(qtbot: QtBot, pane: MethodLibraryPane, title: str) -> None:
    """Walk the method list with the arrow keys until the title reads `title`."""
    pane.list.setFocus()
    qtbot.keyClick(pane.list, Qt.Key.Key_PageUp)
    for _ in range(pane.list.count()):
        if pane.title.text() == title:
            return
        qtbot.keyClick(pane.list, Qt.Key.Key_Down)
    assert pane.title.text() == title


def copy_of(qtbot: QtBot, pane: MethodLibraryPane, title: str) -> str:
    """Select a built-in, press Ctrl+D, and return the new own method's key."""
    choose(qtbot, pane, title)
    qtbot.keyClick(pane.list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: pane.current_key().startswith("user:"), timeout=2000)
    return pane.current_key()
