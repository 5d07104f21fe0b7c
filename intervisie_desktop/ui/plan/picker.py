"""Choose a meeting block or a method to add to a plan: by name, with its planned minutes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.ui.items import children, set_current_tree_item

if TYPE_CHECKING:
    from collections.abc import Sequence

KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class PickerOption:
    key: str
    name: str
    kind: MethodKind
    minutes: int
    summary: str = ""


class MethodPicker(QDialog):
    """Blocks first, then methods; typing filters by name, Enter takes the highlighted one."""

    def __init__(self, options: Sequence[PickerOption], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodPicker")
        self.setWindowTitle(self.tr("Add a step"))
        self.options = list(options)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("&Find by name:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("pickerFilter")
        self.filter.setClearButtonEnabled(True)
        label.setBuddy(self.filter)
        layout.addWidget(label)
        layout.addWidget(self.filter)
        self.tree = QTreeWidget()
        self.tree.setObjectName("pickerList")
        self.tree.setAccessibleName(self.tr("Blocks and methods"))
        self.tree.setHeaderLabels([self.tr("Block or method"), self.tr("Planned")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.tree, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        add = buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("&Add"))
        buttons.accepted.connect(self._accept_current)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 520)

        self.blocks = QTreeWidgetItem([self.tr("Meeting blocks")])
        self.methods = QTreeWidgetItem([self.tr("Methods")])
        for top in (self.blocks, self.methods):
            top.setData(0, KEY_ROLE, "")  # never read back as None (see plan.editor.NO_CASE)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
        self.tree.addTopLevelItems([self.blocks, self.methods])
        for option in self.options:
            item = QTreeWidgetItem(
                [option.name, self.tr("{minutes} min").format(minutes=option.minutes)]
            )
            item.setData(0, KEY_ROLE, option.key)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            (self.blocks if option.kind is MethodKind.BLOCK else self.methods).addChild(item)
        for top in (self.blocks, self.methods):
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.tree.currentItemChanged.connect(lambda *_: self._show_summary())
        self.tree.itemActivated.connect(lambda item, _c: self._accept_item(item))
        self.filter.installEventFilter(self)
        self._select_first()

    @classmethod
    def choose(
        cls, parent: QWidget | None, options: Sequence[PickerOption]
    ) -> tuple[str | None, bool]:
        """The chosen key, and whether the user confirmed."""
        dialog = cls(options, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        key = dialog.chosen_key() if accepted else None
        dialog.deleteLater()
        return key, accepted and key is not None

    def chosen_key(self) -> str | None:
        item = self.tree.currentItem()
        if item is None or item.isHidden():
            return None
        key = item.data(0, KEY_ROLE)
        return str(key) if key else None

    def visible_names(self) -> list[str]:
        return [leaf.text(0) for leaf in self._leaves()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the filter field move through the list, so the mouse is not needed."""
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._step(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._accept_current()
                return True
        return super().eventFilter(watched, event)

    def _leaves(self) -> list[QTreeWidgetItem]:
        return [
            child
            for top in (self.blocks, self.methods)
            for child in children(top)
            if not child.isHidden()
        ]

    def _step(self, delta: int) -> None:
        leaves = self._leaves()
        if not leaves:
            return
        current = self.tree.currentItem()
        index = leaves.index(current) if current in leaves else -delta
        self.tree.setCurrentItem(leaves[max(0, min(len(leaves) - 1, index + delta))])

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for top in (self.blocks, self.methods):
            shown = 0
            for child in children(top):
                hide = bool(needle) and needle not in child.text(0).casefold()
                child.setHidden(hide)
                shown += not hide
            top.setHidden(shown == 0)
        self._select_first()

    def _select_first(self) -> None:
        current = self.tree.currentItem()
        leaves = self._leaves()
        if current not in leaves:
            set_current_tree_item(self.tree, leaves[0] if leaves else None)
        self._show_summary()

    def _show_summary(self) -> None:
        key = self.chosen_key()
        option = next((o for o in self.options if o.key == key), None)
        self.summary.setText(option.summary if option is not None else "")

    def _accept_item(self, item: QTreeWidgetItem) -> None:
        if item.data(0, KEY_ROLE):
            self.tree.setCurrentItem(item)
            self.accept()

    def _accept_current(self) -> None:
        if self.chosen_key() is not None:
            self.accept()
