"""The message banner across the top of the projector: a preset or a typed message, in the
theme's colours inverted, so it stands apart from the timer's and the speakers' colours."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPaintEvent, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from intervisie_desktop.ui.session.faces import projector_font

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.ui.session.theme import Theme

TEXT_SIZE = 6.0  # in hundredths of the view's height, like the other projector texts


class Banner(QLabel):
    """Hidden while there is no message; only ever shows the text it is given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a typed message is never markup
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAutoFillBackground(True)
        self.hide()
        self.paint_hook: Callable[[], None] | None = None  # after each paint (benchmark)

    def set_theme(self, theme: Theme) -> None:
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(theme.background))
        palette.setColor(QPalette.ColorRole.Window, QColor(theme.text))
        self.setPalette(palette)

    def set_unit(self, unit: float) -> None:
        self.setFont(projector_font(TEXT_SIZE * unit, bold=True))
        pad = round(1.2 * unit)
        self.setContentsMargins(round(3 * unit), pad, round(3 * unit), pad)

    def show_message(self, text: str | None) -> None:
        if not text:
            if not self.isHidden():
                self.hide()
            if self.text():
                self.clear()
            return
        if self.text() != text:
            self.setText(text)
        if self.isHidden():
            self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.paint_hook is not None:
            self.paint_hook()
