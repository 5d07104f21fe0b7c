"""Typed walks over Qt's item widgets.

The PySide6 stubs give every `child(i)`, `topLevelItem(i)` and `item(row, column)` as possibly
None (an index out of range), and `setCurrentItem` as never taking None, which Qt allows (it
clears the current item). These helpers say what the code means, so no caller needs a cast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex

if TYPE_CHECKING:
    from PySide6.QtWidgets import (
        QListWidget,
        QListWidgetItem,
        QTableWidget,
        QTreeWidget,
        QTreeWidgetItem,
    )


def children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    """The item's children, in order."""
    found = (item.child(i) for i in range(item.childCount()))
    return [child for child in found if child is not None]


def top_level_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The tree's top-level items, in order."""
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [item for item in found if item is not None]


def cell_text(table: QTableWidget, row: int, column: int) -> str:
    """The text in a cell; "" where the cell has no item."""
    item = table.item(row, column)
    return item.text() if item is not None else ""


def set_current_tree_item(tree: QTreeWidget, item: QTreeWidgetItem | None) -> None:
    """`tree.setCurrentItem(item)`; None leaves no current item, as in Qt."""
    if item is None:
        tree.setCurrentIndex(QModelIndex())
    else:
        tree.setCurrentItem(item)


def set_current_list_item(widget: QListWidget, item: QListWidgetItem | None) -> None:
    """`widget.setCurrentItem(item)`; None leaves no current item, as in Qt."""
    if item is None:
        widget.setCurrentRow(-1)
    else:
        widget.setCurrentItem(item)
