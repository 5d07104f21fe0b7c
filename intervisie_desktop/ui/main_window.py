"""The main window: menus, status bar naming the open database, and the groups overview."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from intervisie_desktop import APP_NAME, __version__
from intervisie_desktop.core.changes import Change
from intervisie_desktop.ui.context import AppContext


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        title = APP_NAME + (" \u2014 " + self.tr("demo") if context.demo else "")
        self.setWindowTitle(title)
        self.resize(1100, 720)
        self._build_menus()
        self.groups = QListWidget()
        self.groups.setObjectName("groupList")
        self.empty = QLabel(self.tr("No groups yet."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.groups)
        self.stack.addWidget(self.empty)
        self.setCentralWidget(self.stack)
        self.statusBar().showMessage(
            self.tr("Database: {path}").format(path=str(context.database_path))
        )
        context.signals.changed.connect(self._on_changed)
        self.refresh_groups()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        methods = QAction(self.tr("&Method library"), self)
        methods.setShortcut(QKeySequence("Ctrl+M"))
        methods.triggered.connect(self.show_method_library)
        file_menu.addAction(methods)
        self.methods_action = methods
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Intervisie"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_action = about

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.GROUPS in changes:
            self.refresh_groups()

    def refresh_groups(self) -> None:
        self.groups.clear()
        for group in self.context.services.groups.list(archived=False):
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.groups.addItem(item)
        self.stack.setCurrentWidget(self.groups if self.groups.count() else self.empty)

    def about_text(self) -> str:
        return self.tr(
            "<h3>Intervisie {version}</h3><p>The supervisor's tool for guided peer "
            "consultation, fully offline.</p><p>Data folder:<br><code>{folder}</code></p>"
        ).format(version=__version__, folder=str(self.context.data_dir))

    def show_method_library(self) -> None:
        from intervisie_desktop.ui.methods import MethodLibraryWindow

        window = getattr(self, "method_library", None)
        if window is None:
            window = MethodLibraryWindow(self.context, self)
            self.method_library = window
        window.show()
        window.raise_()
        window.activateWindow()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Intervisie"), self.about_text())
