"""The presenter's right-hand column: the projector preview, the speakers, the projector
settings and the phone remote's box.

It scrolls rather than grow the window off a laptop's screen (the remote's QR code makes it
taller than 800 pixels), and the wheel over its choice boxes scrolls it rather than change
them: a turn of the wheel must not send the projector to another screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from intervisie_desktop.ui.widths import FormScroll


class SideColumn(FormScroll):
    def __init__(self, parent: QWidget | None = None) -> None:
        body = QWidget()
        body.setObjectName("sideColumn")
        super().__init__(body, parent)
        self.setObjectName("sideScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the session keys stay keys
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(0, 0, 0, 0)

    def wheel_scrolls(self, *widgets: QWidget) -> None:
        """Over these widgets the wheel scrolls the column, unless the widget has the focus
        (the user clicked into it to change it)."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QWheelEvent)
            and isinstance(watched, QWidget)
            and watched is not self.widget()
            and not watched.hasFocus()
        ):
            bar = self.verticalScrollBar()
            notches = event.angleDelta().y() / 120  # a notch of the wheel is 120
            lines = notches * QApplication.wheelScrollLines() * bar.singleStep()
            bar.setValue(bar.value() - round(lines))
            return True
        return super().eventFilter(watched, event)

    def reveal(self, widget: QWidget) -> None:
        """Scroll to `widget` once the column's grown layout has settled."""
        QTimer.singleShot(0, self, lambda: self.ensureWidgetVisible(widget, 0, 0))
