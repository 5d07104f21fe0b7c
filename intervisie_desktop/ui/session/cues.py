"""Cues that do not depend on colour: near the end and in overtime the time also says so in words
("nog 2 min", "+0:35 over tijd") and the phase's bar changes form, so a reader who cannot tell
the colours apart (or a washed-out projector) still sees the state.

Forms, the same on the projector and the presenter:

| state    | bar                              | badge                                      |
|----------|----------------------------------|--------------------------------------------|
| normal   | thin solid line                  | none                                       |
| warning  | thick bar, diagonal stripes      | outlined: "nog 2 min" / "2 min remaining"  |
| overtime | thick bar of separate blocks     | filled: "+0:35 over tijd" / "+0:35 over time" |

Both widgets repaint only when their text, form or colours change.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.faces import ProgressLine, projector_font

if TYPE_CHECKING:
    from intervisie_desktop.core.session.snapshot import Snapshot
    from intervisie_desktop.ui.session.theme import Theme

#: The form of each tone's bar and badge (what a test, and a reader, can tell apart).
BAR_FORMS = {"normal": "line", "warning": "striped", "overtime": "blocks"}
BADGE_FORMS = {"normal": "none", "warning": "outlined", "overtime": "filled"}


def cue_text(snap: Snapshot, tone: str | None = None) -> str:
    """The words of the timing cue: "" while all is well."""
    tone = tone or timing.tone(snap)
    remaining = timing.shown_timing(snap).remaining
    if tone == "warning":
        minutes = max(1, math.ceil(remaining / 60 - timing.EPSILON))
        return QCoreApplication.translate("SessionCues", "{minutes} min remaining").format(
            minutes=minutes
        )
    if tone == "overtime":
        over = timing.clock_text(timing.shown_seconds(remaining))
        return QCoreApplication.translate("SessionCues", "+{time} over time").format(time=over)
    return ""


def widest_cue_texts() -> list[str]:
    """The longest texts a badge has to hold (its width is fixed, so it never moves the layout)."""
    return [
        QCoreApplication.translate("SessionCues", "{minutes} min remaining").format(minutes=59),
        QCoreApplication.translate("SessionCues", "+{time} over time").format(time="9:59:59"),
    ]


class CueBadge(QWidget):
    """The cue's words in a box: outlined near the end, filled in overtime, empty otherwise."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeCue")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._form = "none"
        self._ink = "#ffffff"  # outline and text when outlined; the fill when filled
        self._paper = "#000000"  # the screen's background; the text when filled
        self._font = projector_font(30, bold=True)
        self.paints = 0

    def text(self) -> str:
        return self._text

    def form(self) -> str:
        return self._form

    def colour_pair(self) -> tuple[str, str] | None:
        """(text colour, background colour) of the words, or None when nothing is shown."""
        if self._form == "filled":
            return self._paper, self._ink
        if self._form == "outlined":
            return self._ink, self._paper
        return None

    def set_text_pixels(self, pixels: float) -> None:
        """Font size; the badge takes a fixed size that holds the widest cue."""
        self._font = projector_font(pixels, bold=True)
        metrics = QFontMetricsF(self._font)
        widest = max(metrics.horizontalAdvance(t) for t in widest_cue_texts())
        self.setFixedSize(math.ceil(widest + 1.6 * pixels), math.ceil(metrics.height() * 1.35))
        self.update()

    def font_pixels(self) -> int:
        return self._font.pixelSize()

    def show_cue(self, text: str, form: str, ink: str, paper: str) -> None:
        if (text, form, ink, paper) == (self._text, self._form, self._ink, self._paper):
            return
        self._text, self._form, self._ink, self._paper = text, form, ink, paper
        self.update()

    def box(self) -> QRectF:
        """Where the box is drawn: as wide as the words need, at the right of the widget."""
        metrics = QFontMetricsF(self._font)
        pad = self._font.pixelSize() * 0.6
        width = min(self.width() - 2.0, metrics.horizontalAdvance(self._text) + 2 * pad)
        line = max(2.0, self._font.pixelSize() * 0.12)
        return QRectF(self.width() - width - line / 2, line / 2, width, self.height() - line)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._form == "none" or not self._text:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = self.box()
        radius = rect.height() * 0.25
        line = max(2.0, self._font.pixelSize() * 0.12)
        if self._form == "filled":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self._ink))
            text_colour = self._paper
        else:
            painter.setPen(QPen(QColor(self._ink), line))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text_colour = self._ink
        painter.drawRoundedRect(rect, radius, radius)
        painter.setPen(QColor(text_colour))
        painter.setFont(self._font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
        self.paints += 1


class CueLine(ProgressLine):
    """The phase's progress: a thin line, striped when the end is near, blocks in overtime."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = "line"
        self._thin = 6

    def form(self) -> str:
        return self._form

    def set_heights(self, thin: int) -> None:
        """The line's height; the striped and block forms are two and a half times as high."""
        self._thin = thin
        self._apply_height()

    def set_form(self, form: str) -> None:
        if form != self._form:
            self._form = form
            self._apply_height()
            self.update()

    def _apply_height(self) -> None:
        self.setFixedHeight(self._thin if self._form == "line" else round(self._thin * 2.5))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._form == "line":
            super().paintEvent(event)
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        track, fill = QColor(self._track), QColor(self._fill)
        full = QRectF(self.rect())
        painter.fillRect(full, track)
        filled = QRectF(full)
        filled.setWidth(round(self._fraction * self.width()))
        if self._form == "striped":  # broad diagonal stripes, the track's colour between
            painter.fillRect(filled, fill)
            painter.save()
            painter.setClipRect(filled)
            h = full.height()
            painter.setPen(QPen(track, h * 0.45))
            x = -h
            while x < filled.width() + h:
                painter.drawLine(QPointF(x, h), QPointF(x + h, 0))
                x += h * 1.4
            painter.restore()
            painter.setPen(QPen(fill, max(2.0, self.height() * 0.18)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(full.adjusted(1, 1, -1, -1))
        else:  # blocks: the whole bar in separate blocks, gaps as wide as the bar is high
            step = max(4.0, self.height() * 2.0)
            x = 0.0
            while x < filled.width():
                block = QRectF(x, 0, min(step - self.height() * 0.6, filled.width() - x), 1.0)
                block.setHeight(full.height())
                painter.fillRect(block, fill)
                x += step
        painter.end()


def show_cues(badge: CueBadge, line: CueLine | None, snap: Snapshot, theme: Theme) -> None:
    """Text and form of the badge (and the phase's bar) for the snapshot's tone."""
    tone = timing.tone(snap)
    ink = theme.timer_colour(tone)
    badge.show_cue(cue_text(snap, tone), BADGE_FORMS[tone], ink, theme.background)
    if line is not None:
        line.set_form(BAR_FORMS[tone])
