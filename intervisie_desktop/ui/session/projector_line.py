"""A line of plain text added to a projector view (the chair's name, the follow-up topics),
sized with the view as the view's own texts are."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

from intervisie_desktop.ui.session.faces import projector_font

if TYPE_CHECKING:
    from intervisie_desktop.ui.session.audience import AudienceView


class ProjectorLine(QObject):
    """A plain-text label at `index` of the view's main column, its font `size` hundredths of the
    view's height; it takes the view's own text colour, whatever the theme."""

    def __init__(
        self, view: AudienceView, name: str, index: int, size: float, centred: bool = False
    ) -> None:
        super().__init__(view)
        self.view = view
        self.size = size
        self.label = QLabel()
        self.label.setObjectName(name)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # a name or topic is never markup
        self.label.setWordWrap(True)
        if centred:
            self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        view.insert_line(index, self.label)
        view.installEventFilter(self)
        self.resize()

    def resize(self) -> None:
        self.label.setFont(projector_font(self.size * self.view.unit(), False))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize:
            self.resize()
        return False
