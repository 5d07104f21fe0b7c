"""A button that triggers an action names the action's key in its tooltip."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton


def tip_with_shortcut(button: QAbstractButton, action: QAction) -> None:
    """Tooltip "Text (key)", in the platform's own way of writing the key."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{action.text().replace('&', '')} ({keys})")
