"""Esc in a search or filter field: the field is emptied (the list shows everything again) and
the focus goes to the list it filters; in an empty field Esc only moves the focus there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit, QWidget


class EscapeClears(QObject):
    def __init__(self, field: QLineEdit, back_to: QWidget) -> None:
        super().__init__(field)
        self.field = field
        self.back_to = back_to
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            if self.field.text():
                self.field.clear()
            if self.back_to.isVisible():
                self.back_to.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
