"""The window shown at once, before the database and the heavy modules are loaded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from intervisie_desktop import APP_NAME

#: The size the main window opens with when it has nothing remembered.
DEFAULT_SIZE = (1100, 720)


class StartupFrame(QMainWindow):
    """Title, size and a quiet "opening" line; the main window takes its place when ready.

    Deliberately light: QtWidgets only, nothing from core, so it paints before SQLAlchemy,
    the database and the main window's modules are even imported.
    """

    def __init__(self, demo: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupFrame")
        self.setWindowTitle(APP_NAME + (" \u2014 " + self.tr("demo") if demo else ""))
        self.resize(*DEFAULT_SIZE)
        self.message = QLabel(self.tr("Opening your data\u2026"))
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setEnabled(False)  # greyed: a state, not something to act on
        self.setCentralWidget(self.message)

    def hand_over_to(self, window: QWidget) -> None:
        """Show `window` in this frame's place, then close the frame.

        A window that placed or sized itself (restored from settings) keeps what it chose.
        """
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
