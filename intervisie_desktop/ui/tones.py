"""Signal colours (error red, warning amber, under-time green) that stay readable on the palette
in use: on a dark or high-contrast palette they are lightened until the text stands out at
4.5:1 (WCAG AA) against the window colour."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QGuiApplication

HEX = re.compile(r"#[0-9a-fA-F]{6}")
MINIMUM = 4.5


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: QColor, background: QColor) -> QColor:
    """`colour`, or the nearest lighter (on dark) or darker (on light) shade that reads."""
    dark = _luminance(background) < 0.18
    shade = QColor(colour)
    for _ in range(40):
        if contrast(shade, background) >= MINIMUM:
            return shade
        step = 0.05 if dark else -0.05
        lightness = min(1.0, max(0.0, shade.lightnessF() + step))
        shade = QColor.fromHslF(shade.hslHueF(), shade.hslSaturationF(), lightness, shade.alphaF())
    return shade


def on_palette(style: str) -> str:
    """A style sheet with its literal colours made readable on the application's window colour."""
    background = QGuiApplication.palette().window().color()
    return HEX.sub(lambda m: readable(QColor(m.group(0)), background).name(), style)
