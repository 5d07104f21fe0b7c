"""Find (Ctrl+F) and New (Ctrl+N) act in the pane that has the focus.

A window holds one action per key: two shortcuts with one key in one window fire neither (Qt
calls that an ambiguous overload). When the window's action is fired by its key, the panes around
the focused widget get the first say, innermost first (`pane_key`); a pane that takes the key
handles it and the action does nothing more. With none, or when the action is chosen in its menu,
the action does what its menu entry says (Ctrl+F: find a group; Ctrl+N: a new group).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QKeySequence


@runtime_checkable
class TakesPaneKeys(Protocol):
    def pane_key(self, key: QKeySequence.StandardKey) -> bool:
        """Handle `key` here; False leaves it to the pane around this one."""
        ...


def taken_by_pane(key: QKeySequence.StandardKey) -> bool:
    """`key` handled by the innermost pane around the focus that takes it."""
    widget = QApplication.focusWidget()
    while widget is not None:
        if isinstance(widget, TakesPaneKeys) and widget.pane_key(key):
            return True
        widget = widget.parentWidget()
    return False


class PaneFirst(QObject):
    """On `action`'s key (its Shortcut event, not a click in the menu) the panes go first."""

    def __init__(self, action: QAction, key: QKeySequence.StandardKey) -> None:
        super().__init__(action)
        self.key = key
        action.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() == QEvent.Type.Shortcut and taken_by_pane(self.key)
