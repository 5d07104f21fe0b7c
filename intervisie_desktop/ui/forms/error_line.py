"""The line under a form field that says why its value was refused, without moving the form.

Its one line is kept free while there is nothing to say, so the fields below stay where they
are when a message appears or goes (the form does not jump while the user types). A message
longer than the line is shortened with an ellipsis; all of it is in the tooltip, in the field's
accessible description, and in the question asked before the window closes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from intervisie_desktop.ui.tones import on_palette

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

ERROR_STYLE = "color: #b00020;"
#: The background of a field holding a refused value (a palette change: the size stays the same).
INVALID_BASE = QColor("#fde8eb")
INVALID_BASE_DARK = QColor("#4a0d16")


class ErrorLine(QLabel):
    """One reserved line of red text; `message` is the whole text, `text()` what fits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message = ""
        self.setStyleSheet(on_palette(ERROR_STYLE))  # a red that reads on the palette in use
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setFixedHeight(self.fontMetrics().height())
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)  # a long text never widens the form
        self.setSizePolicy(policy)
        self.hide()

    def show_message(self, message: str) -> None:
        self.message = message
        self._fit()
        self.setVisible(bool(message))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        shown = self.fontMetrics().elidedText(
            self.message, Qt.TextElideMode.ElideRight, max(self.width(), 40)
        )
        self.setText(shown)
        self.setToolTip(self.message if shown != self.message else "")


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """A light red background on a field holding a refused value; the normal one again after."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    if invalid:
        palette = widget.palette()
        text = palette.color(QPalette.ColorRole.Text)
        # A light red under dark text; on a dark or high-contrast palette a dark red under its
        # light text, so the typed value stays readable either way.
        light_text = text.lightnessF() > 0.5
        base = INVALID_BASE_DARK if light_text else INVALID_BASE
        palette.setColor(QPalette.ColorRole.Base, base)
        widget.setPalette(palette)
    else:
        widget.setPalette(QPalette())
