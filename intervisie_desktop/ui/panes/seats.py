"""The members' seat order as a list: drag a name, or move it with Alt+Up and Alt+Down."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent


class SeatList(QListWidget):
    """Current members in seat order; drag to reorder, or Alt+Up / Alt+Down from the keyboard."""

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            row = self.currentRow()
            target = row + step
            if row >= 0 and 0 <= target < self.count():
                # moveRow's destination is the row before which the item lands.
                self.model().moveRow(QModelIndex(), row, QModelIndex(), target + (step > 0))
                self.setCurrentRow(target)
            event.accept()
            return
        super().keyPressEvent(event)

    def member_ids(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]
