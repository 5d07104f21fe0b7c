"""The presenter's quick-note field keeps Enter and Esc from the session's keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit


class NoteKeys(QObject):
    """Enter in the note field saves the note instead of moving the session on."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Escape,
        ):
            event.accept()
            return True
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and isinstance(watched, QLineEdit)
        ):
            watched.clearFocus()  # Esc leaves the field; a second Esc leaves the session
            return True
        return False
