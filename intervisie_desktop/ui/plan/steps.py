"""The plan's steps as a list whose rows can be dragged to another place."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QDropEvent


class StepTree(QTreeWidget):
    """The steps as rows; dragging a row to another place asks for a move (the editor stores it)."""

    moved = Signal(int, int)  # from row, to row (its index once moved)

    def __init__(self) -> None:
        super().__init__()
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)

    def dropEvent(self, event: QDropEvent) -> None:
        if event.source() is not self:
            event.ignore()
            return
        # Qt must not move the row itself: the stored order is what the list shows.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.drop_at(event.position().toPoint())

    def drop_at(self, pos: QPoint) -> None:
        """The current row dropped at a point of the viewport: above or below the row there."""
        source = self.currentItem()
        if source is None:
            return
        origin = self.indexOfTopLevelItem(source)
        target = self.itemAt(pos)
        if target is None:
            to = self.topLevelItemCount()
        else:
            to = self.indexOfTopLevelItem(target)
            if pos.y() >= self.visualItemRect(target).center().y():
                to += 1
        if to > origin:
            to -= 1
        if to != origin:
            # After the drag has ended: the rows are rebuilt when the move is stored.
            QTimer.singleShot(0, lambda: self.moved.emit(origin, to))
