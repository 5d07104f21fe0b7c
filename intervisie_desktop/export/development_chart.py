"""The group's development as a QtCharts line chart, for the Development tab and (recorded as a
QPicture) for the yearly summary: per held meeting the mean overall rating (0-10, left axis),
and in per cent (right axis) the attendance, the agreed actions followed up and the share of the
year's meetings so far that a member chaired. Group-level figures only: no name, no answer."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCharts import QChart, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QDate, QDateTime, QLocale, QMargins, QRect, QRectF, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QPicture
from PySide6.QtWidgets import QGraphicsScene

from intervisie_desktop.export.pdf import font_family

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date

    from intervisie_desktop.core.reports.development import Development, MeetingPoint

WIDTH, HEIGHT = 1000, 440
COLOURS = ("#1f4e79", "#2e8b57", "#c05000", "#7a3e9d")  # evaluation, attendance, actions, chair


@dataclass(frozen=True)
class ChartTexts:
    evaluation: str
    attendance: str
    followed_up: str
    member_chaired: str
    score_axis: str
    share_axis: str
    date_format: str


def chart_texts(translate: Callable[[str, str], str]) -> ChartTexts:
    """The chart's words, from the program's translators or an export's (same context)."""
    return ChartTexts(
        evaluation=translate("DevelopmentChart", "Overall rating (mean, 0\u201310)"),
        attendance=translate("DevelopmentChart", "Attendance (%)"),
        followed_up=translate("DevelopmentChart", "Agreed actions followed up (%)"),
        member_chaired=translate("DevelopmentChart", "Member chaired, year to date (%)"),
        score_axis=translate("DevelopmentChart", "Rating"),
        share_axis=translate("DevelopmentChart", "Per cent"),
        date_format=translate("DevelopmentChart", "MMM yyyy"),
    )


@lru_cache(maxsize=4096)
def _x(day: date) -> float:
    """Local noon of `day` in ms since the epoch, as the date axis counts (Qt's time-zone
    arithmetic costs some 50 us a call, and every series of a chart repeats the dates)."""
    return float(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())


def _series(name: str, colour: str, points: list[tuple[date, float]]) -> QLineSeries:
    series = QLineSeries()
    series.setName(name)
    pen = QPen(QColor(colour))
    pen.setWidthF(2.5)
    series.setPen(pen)
    series.setPointsVisible(True)
    for day, value in points:
        series.append(_x(day), value)
    return series


def chaired_so_far(meetings: tuple[MeetingPoint, ...]) -> list[tuple[date, float]]:
    """Per meeting: the share (%) of that year's meetings up to it that a member chaired."""
    out: list[tuple[date, float]] = []
    year, chaired, held = 0, 0, 0
    for p in meetings:
        if p.date.year != year:
            year, chaired, held = p.date.year, 0, 0
        held += 1
        chaired += p.member_chaired
        out.append((p.date, 100 * chaired / held))
    return out


def development_chart(
    dev: Development, texts: ChartTexts, points: float = 10, locale: QLocale | None = None
) -> QChart:
    """`locale` names the months on the date axis (an export's language; default the user's)."""
    meetings = dev.meetings
    chart = QChart()
    chart.setLocale(locale or QLocale())
    chart.setLocalizeNumbers(False)  # "%d" ticks; the locale still names the months
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    font = QFont(font_family())
    font.setPointSizeF(points)
    series = [
        _series(
            texts.evaluation,
            COLOURS[0],
            [(p.date, p.overall) for p in meetings if p.overall is not None],
        ),
        _series(
            texts.attendance,
            COLOURS[1],
            [(p.date, 100 * r) for p in meetings if (r := p.attendance.rate) is not None],
        ),
        _series(
            texts.followed_up,
            COLOURS[2],
            [(p.date, 100 * r) for p in meetings if (r := p.followed_up.rate) is not None],
        ),
        _series(texts.member_chaired, COLOURS[3], chaired_so_far(meetings)),
    ]
    for s in series:
        chart.addSeries(s)
    days = QDateTimeAxis()
    days.setFormat(texts.date_format)
    days.setLabelsFont(font)
    if meetings:
        first, last = meetings[0].date, meetings[-1].date
        span = max(_x(last) - _x(first), 86_400_000.0 * 30)
        days.setRange(
            QDateTime.fromMSecsSinceEpoch(int(_x(first) - span * 0.03)),
            QDateTime.fromMSecsSinceEpoch(int(_x(first) + span * 1.03)),
        )
        days.setTickCount(min(max(len(meetings), 2), 7))
    chart.addAxis(days, Qt.AlignmentFlag.AlignBottom)
    score = QValueAxis()
    score.setRange(0, 10)
    score.setTickCount(6)
    score.setLabelFormat("%d")
    score.setTitleText(texts.score_axis)
    for axis in (score,):
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
    chart.addAxis(score, Qt.AlignmentFlag.AlignLeft)
    share = QValueAxis()
    share.setRange(0, 100)
    share.setTickCount(6)
    share.setLabelFormat("%d")
    share.setTitleText(texts.share_axis)
    share.setLabelsFont(font)
    share.setTitleFont(font)
    chart.addAxis(share, Qt.AlignmentFlag.AlignRight)
    for i, s in enumerate(series):
        s.attachAxis(days)
        s.attachAxis(score if i == 0 else share)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.legend().setFont(font)
    return chart


def development_picture(dev: Development, texts: ChartTexts, locale: QLocale) -> QPicture:
    """The chart recorded as vectors; call on the GUI thread (QtCharts)."""
    chart = development_chart(dev, texts, locale=locale)
    chart.setBackgroundVisible(False)
    scene = QGraphicsScene()
    scene.addItem(chart)
    chart.resize(WIDTH, HEIGHT)
    picture = QPicture()
    painter = QPainter(picture)
    scene.render(painter, QRectF(0, 0, WIDTH, HEIGHT), QRectF(0, 0, WIDTH, HEIGHT))
    painter.end()
    picture.setBoundingRect(QRect(0, 0, WIDTH, HEIGHT))
    scene.removeItem(chart)
    return picture
