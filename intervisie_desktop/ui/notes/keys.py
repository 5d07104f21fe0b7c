"""The notes pane's keys: Ctrl+F to its search, Ctrl+N a new note, Esc clears the search.

In the main window Ctrl+F and Ctrl+N are the window's (Edit > Find group, File > New group),
which hands them to the pane while it has the focus (ui/pane_keys.py); a pane on its own gets
shortcuts of its own for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from intervisie_desktop.ui.search_field import EscapeClears

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QLineEdit, QWidget

FIND, NEW = QKeySequence.StandardKey.Find, QKeySequence.StandardKey.New


def install_keys(
    pane: QWidget,
    search: QLineEdit,
    listing: QWidget,
    take: Callable[[QKeySequence.StandardKey], bool] | None,
) -> None:
    """Esc in `search` clears it and goes to `listing`; with `take`, the pane's own Ctrl+F and
    Ctrl+N call it."""
    EscapeClears(search, listing)
    if take is None:
        return
    for key in (FIND, NEW):
        shortcut = QShortcut(key, pane, lambda k=key: take(k))
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)


def take_key(
    key: QKeySequence.StandardKey, find: Callable[[], object], new: Callable[[], object]
) -> bool:
    if key == FIND:
        find()
    elif key == NEW:
        new()
    return key in (FIND, NEW)
