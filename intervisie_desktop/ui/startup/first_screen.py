"""The first screen: the main window's shape with the group list filled in, shown while the ORM
and the main window load behind it (core.db.first_read says when it may be used).

It looks as the main window will: the same menu titles, the group column with its search field,
filter and "New group" button, a greyed "Opening your data…" where the group's tabs come. The
list answers at once: a group can be chosen with a click or the arrow keys, and the main window
opens on it. What needs the data layer (searching, filtering, a new group, the menus) is greyed
until then. Nothing here imports the core's services, nor touches PySide6's `Qt` namespace
(see ui.startup.frame): the list keeps the group ids itself, and its scroll bar policy is set
as a property.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.db.first_read import FirstScreen

#: The main window's menu titles, in its order (ui.window.menus; Notes sits before Help).
MENU_TITLES = (
    ("MainWindow", "&File"),
    ("MainWindow", "&Edit"),
    ("MainWindow", "&View"),
    ("MainWindow", "&Group"),
    ("MainWindow", "&Meeting"),
    ("MainWindow", "&Session"),
    ("PrivacyFeatures", "&Notes"),
    ("MainWindow", "&Help"),
)
#: Qt::ScrollBarAlwaysOff.
SCROLL_BAR_ALWAYS_OFF = 1
#: As the main window's splitter starts (ui.window.main_window).
SPLIT_SIZES = (260, 1000)


def _group_text(text: str) -> str:
    """A text of the main window's group column, in its translation."""
    return QCoreApplication.translate("GroupListPane", text)


class FirstGroupList(QWidget):
    """The group column of the main window, filled from the light read."""

    def __init__(self, first: FirstScreen, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_group_text("Search groups"))
        self.search.setAccessibleName(_group_text("Search groups"))
        self.filter = QComboBox()
        self.filter.addItem(_group_text("Active groups"))
        self.list = QListWidget()
        self.list.setObjectName("firstGroupList")
        # As the main window's list: long names elided (the list's default), no sideways scroll.
        self.list.setProperty("horizontalScrollBarPolicy", SCROLL_BAR_ALWAYS_OFF)
        self.list.setAccessibleName(_group_text("Groups"))
        self.new_button = QPushButton(_group_text("New group"))
        for waiting in (self.search, self.filter, self.new_button):
            waiting.setEnabled(False)  # they need the data layer: a moment
        layout.addWidget(self.search)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.new_button)
        self.ids = [group.id for group in first.groups]
        for group in first.groups:
            item = QListWidgetItem(group.name)
            if group.context:
                item.setToolTip(group.context)
            self.list.addItem(item)
        if first.last_group in self.ids:
            self.list.setCurrentRow(self.ids.index(first.last_group))
        elif self.ids:
            self.list.setCurrentRow(0)
        self.initial = self.current_id()

    def current_id(self) -> int | None:
        row = self.list.currentRow()
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def chosen(self) -> int | None:
        """The group the user chose here, or None when they left the first choice alone."""
        current = self.current_id()
        return current if current != self.initial else None


def fill_frame(frame: QMainWindow, first: FirstScreen, waiting: QLabel) -> FirstGroupList:
    """Give `frame` the main window's shape around `waiting`, with the group list filled in."""
    if first.geometry:
        with contextlib.suppress(binascii.Error, ValueError):  # as the main window would fail
            frame.restoreGeometry(QByteArray(base64.b64decode(first.geometry)))
    bar = frame.menuBar()
    for context, title in MENU_TITLES:
        bar.addMenu(QCoreApplication.translate(context, title)).setEnabled(False)
    groups = FirstGroupList(first)
    split = QSplitter()
    frame.takeCentralWidget()  # `waiting`, kept: it moves into the splitter
    split.addWidget(groups)
    split.addWidget(waiting)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 4)
    split.setSizes(list(SPLIT_SIZES))
    frame.setCentralWidget(split)
    frame.statusBar()  # the main window has one: the same height from the start
    groups.list.setFocus()
    return groups
