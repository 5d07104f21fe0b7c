"""The pairing QR code as an image, drawn from segno's module matrix (no image plugins)."""

from __future__ import annotations

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

QUIET = 4  # modules of white border a scanner needs


def qr_image(text: str, size: int) -> QImage:
    """Black modules on white, square, about `size` pixels wide (whole pixels per module)."""
    code = segno.make(text, error="m", micro=False)
    matrix = [list(row) for row in code.matrix]
    modules = len(matrix) + 2 * QUIET
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect((x + QUIET) * scale, (y + QUIET) * scale, scale, scale)
    painter.end()
    return image
