"""The painted parts of the audience view: the big timer, the speaker strip, a progress line.

Each repaints itself only when what it shows changes, and sizes its text from the view's unit.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

FAMILY = "DejaVu Sans"


def projector_font(pixels: float, bold: bool = False) -> QFont:
    font = QFont(FAMILY)
    font.setPixelSize(max(6, round(pixels)))
    font.setBold(bold)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    return font


class TimerFace(QWidget):
    """One big time; its digits are at least `ink_height` pixels tall when the width allows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timerFace")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._text = ""
        self._colour = "#ffffff"
        self._background = "#000000"
        self._flash_bg = "#000000"
        self._flash_text = "#ffffff"
        self._flashing = False
        self._ink_height = 100.0
        self._font = projector_font(100, bold=True)
        self.paints = 0  # for tests and the benchmark: how often this face was painted
        self.paint_hook: object = None  # callable(text) run after each paint (benchmark)

    def text(self) -> str:
        return self._text

    def colour(self) -> str:
        return self._flash_text if self._flashing else self._colour

    def background(self) -> str:
        return self._flash_bg if self._flashing else self._background

    def set_ink_height(self, pixels: float) -> None:
        self._ink_height = pixels
        self.setFixedHeight(round(pixels * 1.25))
        self._fit()

    def set_palette_colours(self, background: str, flash_bg: str, flash_text: str) -> None:
        self._background, self._flash_bg, self._flash_text = background, flash_bg, flash_text
        self.update()

    def show_time(self, text: str, colour: str, flashing: bool = False) -> None:
        if (text, colour, flashing) == (self._text, self._colour, self._flashing):
            return
        refit = len(text) != len(self._text)
        self._text, self._colour, self._flashing = text, colour, flashing
        if refit:
            self._fit()
        self.update()

    def _fit(self) -> None:
        probe = projector_font(100, bold=True)
        ink = QFontMetricsF(probe).tightBoundingRect("0123456789").height() or 73.0
        pixels = 100 * self._ink_height / ink
        width = self.width() or 1
        advance = QFontMetricsF(projector_font(pixels, bold=True)).horizontalAdvance(
            self._text or "00:00"
        )
        if advance > width * 0.96:
            pixels *= width * 0.96 / advance
        self._font = projector_font(pixels, bold=True)
        self.update()

    def font_pixels(self) -> int:
        return self._font.pixelSize()

    def digit_ink_height(self) -> float:
        return QFontMetricsF(self._font).tightBoundingRect(self._text or "0").height()

    def resizeEvent(self, event: object) -> None:
        self._fit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if self._flashing:
            painter.fillRect(self.rect(), QColor(self._flash_bg))
        painter.setPen(QColor(self.colour()))
        painter.setFont(self._font)
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._text)
        painter.end()
        self.paints += 1
        if callable(self.paint_hook):
            self.paint_hook(self._text)


@dataclass(frozen=True)
class Chip:
    text: str
    kind: str  # "current", "done" or "to_come"


class SpeakerStrip(QWidget):
    """Display names in speaking order as chips; the font shrinks to fit one line, but never
    below the smallest readable size: then the chips take two lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerStrip")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._chips: tuple[Chip, ...] = ()
        self._pixels = 30.0
        self._min_pixels = 8.0
        self._rows = 1
        self._cached: tuple[object, tuple[QFont, list[QRectF]]] | None = None
        self._colours: dict[str, tuple[str, str]] = {}  # kind -> (text, background)
        self.paint_hook: object = None  # callable() run after each paint (benchmark)

    def chips(self) -> tuple[Chip, ...]:
        return self._chips

    def shown_texts(self) -> list[str]:
        return [chip.text for chip in self._chips]

    def colour_pairs(self) -> list[tuple[str, str, str]]:
        kinds = {chip.kind for chip in self._chips}
        return [(f"speaker {k}", *self._colours[k]) for k in sorted(kinds) if k in self._colours]

    def set_colours(self, colours: dict[str, tuple[str, str]]) -> None:
        self._colours = colours
        self.update()

    def set_unit(self, pixels: float, min_pixels: float = 8.0) -> None:
        self._pixels = pixels
        self._min_pixels = max(8.0, min(min_pixels, pixels))
        self._fit_rows()

    def set_chips(self, chips: tuple[Chip, ...]) -> None:
        if chips != self._chips:
            self._chips = chips
            self._fit_rows()
            self.update()

    def resizeEvent(self, event: object) -> None:
        self._fit_rows()

    def _fit_rows(self) -> None:
        """One line of chips when they fit at the smallest size, else two (height follows)."""
        rows = 1 if self._line_pixels(self._chips) is not None else 2
        if rows != self._rows or self.height() != round(self._pixels * 1.9 * rows):
            self._rows = rows
            self.setFixedHeight(round(self._pixels * 1.9 * rows))
        self.update()

    def _line_pixels(self, chips: tuple[Chip, ...]) -> float | None:
        """The font size at which `chips` fit one line, or None when not even the smallest."""
        pixels = self._pixels
        while True:
            font = projector_font(pixels, bold=True)
            metrics = QFontMetricsF(font)
            pad, gap = pixels * 0.5, pixels * 0.45
            widths = [metrics.horizontalAdvance(c.text) + 2 * pad for c in chips]
            total = sum(widths) + gap * max(0, len(widths) - 1)
            if total <= self.width():
                return pixels
            if pixels * 0.92 < self._min_pixels:
                return None
            pixels *= 0.92

    def font_pixels(self) -> int:
        return self._layout()[0].pixelSize() if self._chips else round(self._pixels)

    def chip_rects(self) -> list[QRectF]:
        """Where each chip is painted, in the order of `chips()`."""
        return self._layout()[1]

    def _layout(self) -> tuple[QFont, list[QRectF]]:
        key = (self._chips, self.width(), self.height(), self._pixels, self._rows)
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, self._measure())
        return self._cached[1]

    def _measure(self) -> tuple[QFont, list[QRectF]]:
        if self._rows == 1:
            lines = [self._chips]
        else:
            half = (len(self._chips) + 1) // 2
            lines = [self._chips[:half], self._chips[half:]]
        sizes = [self._line_pixels(line) for line in lines]
        pixels = min((p if p is not None else self._min_pixels) for p in sizes)
        font = projector_font(pixels, bold=True)
        metrics = QFontMetricsF(font)
        pad, gap = pixels * 0.5, pixels * 0.45
        height = pixels * 1.6
        band = self.height() / len(lines)
        rects = []
        for row, line in enumerate(lines):
            widths = [metrics.horizontalAdvance(c.text) + 2 * pad for c in line]
            total = sum(widths) + gap * max(0, len(widths) - 1)
            x = max(0.0, (self.width() - total) / 2)
            y = row * band + (band - height) / 2
            for w in widths:
                rects.append(QRectF(x, y, w, height))
                x += w + gap
        return font, rects

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._chips:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font, rects = self._layout()
        painter.setFont(font)
        for chip, rect in zip(self._chips, rects, strict=True):
            text, background = self._colours.get(chip.kind, ("#ffffff", "#000000"))
            if chip.kind == "current":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(background))
                painter.drawRoundedRect(rect, rect.height() * 0.2, rect.height() * 0.2)
            painter.setPen(QColor(text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, chip.text)
        painter.end()
        if callable(self.paint_hook):
            self.paint_hook()


class ProgressLine(QWidget):
    """A thin line; repaints only when the filled pixel width or its colour changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(6)
        self._fraction = 0.0
        self._pixels = -1
        self._track = "#333333"
        self._fill = "#888888"

    def fraction(self) -> float:
        return self._fraction

    def set_colours(self, track: str, fill: str) -> None:
        if (track, fill) != (self._track, self._fill):
            self._track, self._fill = track, fill
            self.update()

    def set_fraction(self, value: float) -> None:
        self._fraction = value
        pixels = round(value * self.width())
        if pixels != self._pixels:
            self._pixels = pixels
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._track))
        filled = self.rect()
        filled.setWidth(round(self._fraction * self.width()))
        painter.fillRect(filled, QColor(self._fill))
        painter.end()
