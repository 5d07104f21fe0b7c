"""The method library in a window of its own, with menus that show the pane's shortcuts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from intervisie_desktop.ui import field_keys
from intervisie_desktop.ui.methods.pane import MethodLibraryPane
from intervisie_desktop.ui.widths import spare_label_pixels

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext


class MethodLibraryWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Method library"))
        self.pane = MethodLibraryPane(context)
        self.setCentralWidget(self.pane)
        self.pane.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        actions = self.pane.menu_actions()
        split = actions.index(None)
        method_menu = self.menuBar().addMenu(self.tr("&Method"))
        for action in actions[:split]:
            if action is not None:
                method_menu.addAction(action)
        method_menu.addSeparator()
        close = QAction(self.tr("Cl&ose"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        self.addAction(close)
        method_menu.addAction(close)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        for action in actions[split + 1 :]:
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        spare_label_pixels(self.pane)
        area = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1280, area.width()), min(800, area.height()))
        field_keys.install()  # the menus' keys work while a text field has the focus
