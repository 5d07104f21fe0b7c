"""With a high-contrast palette, every label shown on the main window and the dialogs can be
read: its text colour against its background has a contrast ratio of at least 4.5:1 (WCAG AA).
The projector's themes are its own and left out."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.catalogue import open_each

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

STYLE_COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{3,8}|palette\((\w+)\)|\w+)")


def high_contrast() -> QPalette:
    palette = QPalette(QColor("black"))
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, "black"),
        (roles.Base, "black"),
        (roles.AlternateBase, "#1a1a1a"),
        (roles.Text, "white"),
        (roles.WindowText, "white"),
        (roles.ButtonText, "white"),
        (roles.Button, "black"),
        (roles.Highlight, "yellow"),
        (roles.HighlightedText, "black"),
        (roles.PlaceholderText, "#c0c0c0"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour(label: QLabel) -> QColor:
    """The colour the label's text is drawn in: a style sheet's colour wins over the palette."""
    widget = label
    while widget is not None:
        found = STYLE_COLOUR.findall(widget.styleSheet())
        if found:
            literal, role = found[-1]
            if role:
                return label.palette().color(getattr(QPalette.ColorRole, role.capitalize()))
            return QColor(literal)
        widget = widget.parentWidget()
    return label.palette().color(label.foregroundRole())


def shown_labels(qtbot: QtBot, tmp_path: Path, lang: str) -> Iterator[tuple[str, QLabel]]:
    for shown in open_each(qtbot, tmp_path, lang=lang, only=lambda n: not n.startswith("session/")):
        for label in shown.widget.findChildren(QLabel):
            if label.isVisible() and label.text().strip():
                yield shown.name, label


def test_labels_are_readable_with_a_high_contrast_palette(qtbot: QtBot, tmp_path: Path) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    app.setPalette(high_contrast())
    try:
        faint: list[str] = []
        checked = 0
        for name, label in shown_labels(qtbot, tmp_path, "en"):
            checked += 1
            background = label.palette().color(label.backgroundRole())
            ratio = contrast(text_colour(label), background)
            if ratio < 4.5:
                faint.append(f"{name}: {label.objectName() or label.text()[:30]!r} {ratio:.1f}:1")
        print(f"{checked} labels checked, {len(faint)} below 4.5:1")
        assert checked > 100
        assert faint == []
    finally:
        app.setPalette(before)


def test_signal_colours_keep_their_shade_where_it_reads(qtbot: QtBot) -> None:
    from intervisie_desktop.ui.tones import on_palette

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    try:
        app.setPalette(QPalette(QColor("#efefef")))
        assert on_palette("color: #b00020;") == "color: #b00020;"
        app.setPalette(high_contrast())
        lighter = on_palette("color: #b00020;")[len("color: ") : -1]
        assert contrast(QColor(lighter), QColor("black")) >= 4.5
        assert QColor(lighter).hslHue() == QColor("#b00020").hslHue()
    finally:
        app.setPalette(before)
