"""The planned-versus-actual chart (QtCharts), recorded as a QPicture: vectors in the PDF.

QtCharts lives in a QGraphicsScene, which belongs to the GUI thread: record the picture there
(`timing_picture`), then any thread may replay it into a PDF.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPicture
from PySide6.QtWidgets import QGraphicsScene

from intervisie_desktop.core.reports.timing import PHASE_SEPARATOR
from intervisie_desktop.export.pdf import font_family

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.reports import TimingRow

WIDTH = 900
ROW_HEIGHT = 34  # per bar pair: two bars and the gap, two-line labels at 10 pt stay apart
CHROME_HEIGHT = 90  # legend, axis labels and title
PLANNED = QColor("#9fb6cd")
ACTUAL = QColor("#1f4e79")
TEXT = QColor("#222222")
MUTED = QColor("#666666")
LABEL_WIDTH = 330


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def _draw_labels(painter: QPainter, labels: Sequence[str], plot: QRectF) -> None:
    """Each row's label right-aligned beside its bars, top row first: "method · phase" on two
    lines (the method in grey), wrapped rather than cut short."""
    row = plot.height() / max(len(labels), 1)
    for i, label in enumerate(labels):
        method, _, phase = label.rpartition(PHASE_SEPARATOR)
        box = QRectF(4, plot.top() + i * row, plot.left() - 14, row)
        flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        wrap = int(flags) | int(Qt.TextFlag.TextWordWrap)
        if method:
            half = box.height() / 2
            painter.setFont(_font(9))
            painter.setPen(MUTED)
            top = QRectF(box.left(), box.top(), box.width(), half)
            painter.drawText(
                top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom), method
            )
            box = QRectF(box.left(), box.top() + half, box.width(), half)
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
            wrap = int(flags) | int(Qt.TextFlag.TextWordWrap)
        painter.setFont(_font(10))
        painter.setPen(TEXT)
        painter.drawText(box, wrap, phase)


def timing_picture(
    rows: Sequence[TimingRow], planned_label: str, actual_label: str, axis_label: str
) -> QPicture:
    """Horizontal bars of planned and (where recorded) actual minutes, one pair per row, the
    first row at the top; the picture grows with the number of rows."""
    rows = list(reversed(rows))  # a horizontal bar axis runs from the bottom up
    height = CHROME_HEIGHT + ROW_HEIGHT * max(len(rows), 3)
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    # The left margin is for the labels, drawn by hand: QtCharts would cut them short.
    chart.setMargins(QMargins(LABEL_WIDTH, 4, 16, 4))
    series = QHorizontalBarSeries()
    series.setBarWidth(0.8)
    planned = QBarSet(planned_label)
    planned.setColor(PLANNED)
    planned.setBorderColor(PLANNED)
    planned.append([r.planned_minutes for r in rows])
    series.append(planned)
    if any(r.actual_minutes is not None for r in rows):
        actual = QBarSet(actual_label)
        actual.setColor(ACTUAL)
        actual.setBorderColor(ACTUAL)
        actual.append([r.actual_minutes or 0 for r in rows])
        series.append(actual)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([str(i) for i in range(len(rows))])  # labels are drawn below
    categories.setLabelsVisible(False)
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    values = QValueAxis()
    top = max([r.planned_minutes for r in rows] + [r.actual_minutes or 0 for r in rows] + [1])
    step = next((s for s in (15, 30, 60, 120, 300, 600) if top / s <= 10), 1200)
    values.setRange(0, (int(top) // step + 1) * step)
    values.setTickCount(int(values.max()) // step + 1)
    values.setLabelFormat("%d")
    values.setLabelsFont(_font(10))
    values.setTitleText(axis_label)
    values.setTitleFont(_font(10))
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setFont(_font(10))
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(WIDTH, height)
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, QRectF(0, 0, WIDTH, height), QRectF(0, 0, WIDTH, height))
    _draw_labels(painter, [r.label for r in reversed(rows)], chart.plotArea())
    painter.end()
    # The whole canvas, not just what was painted: the PDF reserves exactly this much room.
    picture.setBoundingRect(QRect(0, 0, WIDTH, height))
    scene.removeItem(chart)
    return picture
