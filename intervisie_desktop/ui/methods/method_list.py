"""The list of methods: sections per kind, search that ignores case and accents, and keys that
skip the section headings."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem

from intervisie_desktop.core.methods.model import MethodDef, MethodKind

KEY_ROLE = Qt.ItemDataRole.UserRole
#: The choices of the pane's "Show" box, in its order.
SHOW_ALL, SHOW_METHODS, SHOW_BLOCKS, SHOW_OWN = range(4)


def folded(text: str) -> str:
    """Lower case without accents, so "reflectie" finds "Réflexion" and "roddel" "Roddel"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def matches(method: MethodDef, words: list[str]) -> bool:
    haystack = folded(
        " ".join((method.name.nl, method.name.en, method.summary.nl, method.summary.en))
    )
    return all(word in haystack for word in words)


def shown(method: MethodDef, show: int, words: list[str]) -> bool:
    """Whether the list shows this method for the "Show" choice and the searched words."""
    if show == SHOW_METHODS and method.kind is not MethodKind.METHOD:
        return False
    if show == SHOW_BLOCKS and method.kind is not MethodKind.BLOCK:
        return False
    if show == SHOW_OWN and method.builtin:
        return False
    return not words or matches(method, words)


@dataclass(frozen=True)
class Entry:
    key: str
    text: str
    tooltip: str
    own: bool = False
    deleted: bool = False


class MethodList(QListWidget):
    """The method list; Home and Page Up land on the first method, not on a section heading."""

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        index = super().moveCursor(action, modifiers)
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return index
        Move = QAbstractItemView.CursorAction
        if action in (Move.MoveHome, Move.MovePageUp):
            rows = range(max(index.row(), 0), self.count())
        elif action in (Move.MoveEnd, Move.MovePageDown):
            rows = range(min(index.row(), self.count() - 1), -1, -1)
        else:
            return index
        for row in rows:
            item = self.item(row)
            if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled:
                return self.indexFromItem(item)
        return index

    def fill(self, sections: list[tuple[str, list[Entry]]], current: str) -> bool:
        """Show the entries under their headings (empty sections left out); True when
        `current` is among them and selected again, without a selection-change signal."""
        self.blockSignals(True)
        try:
            self.clear()
            select: QListWidgetItem | None = None
            for heading, entries in sections:
                if not entries:
                    continue
                header = QListWidgetItem(heading)
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = QFont(self.font())
                font.setBold(True)
                header.setFont(font)
                header.setForeground(self.palette().windowText())
                self.addItem(header)
                for entry in entries:
                    item = QListWidgetItem(entry.text)
                    item.setData(KEY_ROLE, entry.key)
                    item.setToolTip(entry.tooltip)
                    if entry.own:
                        font = QFont(self.font())
                        font.setItalic(entry.deleted)
                        font.setBold(not entry.deleted)
                        item.setFont(font)
                    self.addItem(item)
                    if entry.key == current:
                        select = item
            if select is not None:
                self.setCurrentItem(select)
        finally:
            self.blockSignals(False)
        return select is not None

    def select_first(self) -> bool:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE):
                self.setCurrentItem(item)
                return True
        return False

    def item_for(self, key: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(KEY_ROLE) == key:
                return item
        return None
