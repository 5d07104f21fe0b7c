"""Fitting notes, search and the lock into a main window with one call.

The main window calls `install_privacy(window, context)`; it adds a Notes menu (notes pane as a
dock, protection settings), Ctrl+K search everywhere, Ctrl+L lock, and the lock screen. Hits of
kinds other than notes are passed on through `PrivacyFeatures.open_requested(kind, id)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QWidget

from intervisie_desktop.ui.security.lock import LockController
from intervisie_desktop.ui.security.overlay import ALLOWED_WHEN_LOCKED, LockOverlay
from intervisie_desktop.ui.security.protection_dialog import ProtectionDialog

if TYPE_CHECKING:  # imported when first used: see the pane and search properties
    from collections.abc import Callable

    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.notes.pane import NotesPane
    from intervisie_desktop.ui.search.panel import SearchDialog

#: The part of the window's width the notes take when first opened.
FIRST_SHARE = 0.4


class NotesDock(QDockWidget):
    """The dock of the notes pane; `make_pane` builds the pane the first time it is shown."""

    def __init__(self, title: str, parent: QMainWindow, make_pane: Callable[[], QWidget]) -> None:
        super().__init__(title, parent)
        self.setObjectName("notesDock")
        self._make_pane = make_pane
        self._width_before = 0  # the window's frame width before the dock last opened

    def showEvent(self, event: QShowEvent) -> None:
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            self._width_before = window.frameGeometry().width()
            QTimer.singleShot(0, self._keep_on_screen)
        if self.widget() is None:
            self._make_pane()
            # Built after the dock was laid out: give it its share of the window once.
            QTimer.singleShot(0, self._first_width)
        super().showEvent(event)

    def _keep_on_screen(self) -> None:
        """The panes give way to the dock down to their minimum widths; on a screen too narrow
        for those and the notes side by side, the window must not grow past the screen's
        edge: the notes open in a window of their own instead."""
        window = self.parentWidget()
        if not isinstance(window, QMainWindow) or self.isFloating() or not self.isVisible():
            return
        area = window.screen().availableGeometry()
        room = max(self._width_before, area.width())
        frame = window.frameGeometry()
        if frame.width() <= room:
            return
        self.setFloating(True)
        layout = window.layout()
        if layout is not None:
            layout.activate()  # the window's least width without the dock, now
        border = frame.width() - window.width()
        window.resize(self._width_before - border, window.height())  # back to its width
        width = min(
            max(self.minimumSizeHint().width(), int(area.width() * FIRST_SHARE)), area.width()
        )
        extra_h = self.frameGeometry().height() - self.height()
        self.resize(width, min(window.height(), area.height() - extra_h))
        # Its frame (borders too) against the screen's right edge.
        self.move(area.right() - self.frameGeometry().width() + 1, area.top())

    def _first_width(self) -> None:
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            width = int(window.width() * FIRST_SHARE)
            window.resizeDocks([self], [width], Qt.Orientation.Horizontal)


class PrivacyFeatures(QObject):
    open_requested = Signal(str, int)

    def __init__(self, window: QMainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.lock = LockController(context.services)
        context.lock = self.lock
        self._pane: NotesPane | None = None
        self.dock = NotesDock(self.tr("Notes"), window, lambda: self.pane)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self._search: SearchDialog | None = None
        self.overlay = LockOverlay(window, self.lock)
        self.lock.locked.connect(self.save_notes)
        self.lock.locked.connect(self._hide_search)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.save_notes)
        self._menu()

    @property
    def pane(self) -> NotesPane:
        """The notes pane, built on first use: the dock starts hidden, and building the pane
        costs the start-up some 50 ms and 3 MB for nothing until the notes are opened."""
        if self._pane is None:
            from intervisie_desktop.ui.notes.attach import current_attachment
            from intervisie_desktop.ui.notes.pane import NotesPane

            self._pane = NotesPane(self.context, own_keys=False)  # the window's keys reach it
            self._pane.attachment = lambda: current_attachment(self.window)
            self.dock.setWidget(self._pane)
        return self._pane

    @property
    def search(self) -> SearchDialog:
        """The search-everywhere dialog, built on first use (Ctrl+K), like the notes pane."""
        if self._search is None:
            from intervisie_desktop.ui.search.panel import SearchDialog

            self._search = SearchDialog(self.context.services, self.window)
            self._search.open_requested.connect(self.open_hit)
        return self._search

    def _hide_search(self) -> None:
        if self._search is not None:
            self._search.hide()

    def save_notes(self) -> None:
        """Write a note being edited (on lock and on quit); nothing to do if none was opened."""
        if self._pane is not None:
            self._pane.save_now()

    def _menu(self) -> None:
        window = self.window
        bar = window.menuBar()
        existing = bar.actions()
        menu = QMenu(self.tr("&Notes"), window)
        if existing:  # before the last menu (Help), which stays last
            bar.insertMenu(existing[-1], menu)
        else:
            bar.addMenu(menu)
        self.notes_action = self.dock.toggleViewAction()
        self.notes_action.setText(self.tr("Show &notes"))
        self.notes_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        menu.addAction(self.notes_action)
        self.search_action = QAction(self.tr("&Search everywhere\u2026"), window)
        self.search_action.setShortcut(QKeySequence("Ctrl+K"))
        self.search_action.triggered.connect(lambda: self.search.popup())
        menu.addAction(self.search_action)
        menu.addSeparator()
        self.lock_action = QAction(self.tr("&Lock"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock.lock)
        menu.addAction(self.lock_action)
        self.protection_action = QAction(self.tr("&Protection\u2026"), window)
        self.protection_action.triggered.connect(
            lambda: ProtectionDialog.show_for(self.lock, window)
        )
        menu.addAction(self.protection_action)
        for action in window.findChildren(QAction):
            if action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Quit)) == (
                QKeySequence.SequenceMatch.ExactMatch
            ):
                action.setProperty(ALLOWED_WHEN_LOCKED, True)

    def open_hit(self, kind: str, id_: int) -> None:
        if kind == "note":
            self.show_notes()
            self.pane.open_note(id_)
        else:
            self.open_requested.emit(kind, id_)

    def show_notes(self) -> None:
        self.dock.show()
        self.dock.raise_()


def install_privacy(window: QMainWindow, context: AppContext) -> PrivacyFeatures:
    return PrivacyFeatures(window, context)
