"""The planned-versus-actual chart (QtCharts), recorded as a QPicture: vectors in the PDF.

QtCharts lives in a QGraphicsScene, which belongs to the GUI thread: record the picture there
(`timing_picture`), then any thread may replay it into a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QValueAxis
from PySide6.QtCore import QMargins, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPicture
from PySide6.QtWidgets import QGraphicsScene

from intervisie_desktop.core.reports import TimingRow
from intervisie_desktop.export.pdf import font_family

WIDTH, HEIGHT = 900, 420
PLANNED = QColor("#9fb6cd")
ACTUAL = QColor("#1f4e79")


def _font(points: float, bold: bool = False) -> QFont:
    font = QFont(font_family())
    font.setPointSizeF(points)
    font.setBold(bold)
    return font


def timing_picture(
    rows: Sequence[TimingRow], planned_label: str, actual_label: str, axis_label: str
) -> QPicture:
    """Bars of planned and (where recorded) actual minutes per row."""
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(4, 4, 4, 4))
    series = QBarSeries()
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
    categories.append([r.label for r in rows])
    categories.setLabelsFont(_font(10))
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    values = QValueAxis()
    top = max([r.planned_minutes for r in rows] + [r.actual_minutes or 0 for r in rows] + [1])
    step = 30 if top > 90 else 15
    values.setRange(0, (int(top) // step + 1) * step)
    values.setTickCount(int(values.max()) // step + 1)
    values.setLabelFormat("%d")
    values.setLabelsFont(_font(10))
    values.setTitleText(axis_label)
    values.setTitleFont(_font(10))
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(values)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
    chart.legend().setFont(_font(10))
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(WIDTH, HEIGHT)
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, QRectF(0, 0, WIDTH, HEIGHT), QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    scene.removeItem(chart)
    return picture
