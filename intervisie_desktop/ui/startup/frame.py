"""The window shown at once, before the database and the heavy modules are loaded."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from intervisie_desktop import APP_NAME

if TYPE_CHECKING:
    from intervisie_desktop.core.db.first_read import FirstScreen
    from intervisie_desktop.ui.startup.first_screen import FirstGroupList

#: The size the main window opens with when it has nothing remembered.
DEFAULT_SIZE = (1100, 720)
#: Qt::AlignCenter, set as a property rather than with Qt.AlignmentFlag: the first use of
#: PySide6's `Qt` namespace builds all of its enums, some 25 ms before the first paint (it is
#: paid later, behind the screen); a style sheet would cost the first paint more still.
ALIGN_CENTER = 0x0084


class StartupFrame(QMainWindow):
    """Title, size and a quiet "opening" line; the main window takes its place when ready.

    Deliberately light: QtWidgets only, nothing from core, so it paints before SQLAlchemy,
    the database and the main window's modules are even imported. Filled with what the light
    read found (fill(), core.db.first_read) it is the first screen: the main window's shape
    with the group list (ui.startup.first_screen).
    """

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupFrame")
        self.setWindowTitle(APP_NAME + (" \u2014 " + self.tr("demo") if demo else ""))
        self.resize(*DEFAULT_SIZE)
        self.message = QLabel(self.tr("Opening your data\u2026"))
        self.message.setProperty("alignment", ALIGN_CENTER)
        self.message.setEnabled(False)  # greyed: a state, not something to act on
        self.groups: FirstGroupList | None = None
        self.setCentralWidget(self.message)

    def fill(self, first: FirstScreen) -> None:
        """Become the first screen: the group list beside the "opening" line."""
        from intervisie_desktop.ui.startup.first_screen import fill_frame

        self.groups = fill_frame(self, first, self.message)

    def chosen_group(self) -> int | None:
        """The group the user chose on the first screen, if they chose one."""
        return None if self.groups is None else self.groups.chosen()

    def hand_over_to(self, window: QWidget) -> None:
        """Show `window` in this frame's place, then close the frame.

        A window that placed or sized itself (restored from settings) keeps what it chose.
        """
        from PySide6.QtCore import Qt

        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            window.setWindowState(self.windowState())
        else:
            if not window.testAttribute(Qt.WidgetAttribute.WA_Moved):
                window.move(self.pos())
            if not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
                window.resize(self.size())
        window.show()
        window.raise_()
        window.activateWindow()
        self.close()
