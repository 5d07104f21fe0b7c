"""The Development tab: how the group develops over its meetings and years (a QtCharts line
chart and a table per year), and its safety checks. Group-level figures only; for the
supervisor's eyes (never on the projector)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.export.development_chart import chart_texts, development_chart
from intervisie_desktop.ui.panes.safety import SafetyBox
from intervisie_desktop.ui.widths import FormScroll

if TYPE_CHECKING:
    from intervisie_desktop.core.reports.development import Development, Share
    from intervisie_desktop.ui.context import AppContext

DASH = "\u2013"


def share_text(share: Share) -> str:
    rate = share.rate
    if rate is None:
        return DASH
    return f"{QLocale().toString(100 * rate, 'f', 0)}% ({share.part}/{share.whole})"


class DevelopmentPane(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.setObjectName("developmentPane")
        self.context = context
        self.group_id: int | None = None
        self.development: Development | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        chart_box = QGroupBox(self.tr("Over the meetings"))
        chart_layout = QVBoxLayout(chart_box)
        self.view = QChartView()
        self.view.setObjectName("developmentChart")
        self.view.setAccessibleName(self.tr("Development of the group over its meetings"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(320)
        chart_layout.addWidget(self.view)
        self.empty = QLabel(
            self.tr("Nothing to show yet: the chart follows the meetings marked held.")
        )
        self.empty.setObjectName("developmentEmpty")
        chart_layout.addWidget(self.empty)
        layout.addWidget(chart_box)
        year_box = QGroupBox(self.tr("Per year"))
        year_layout = QVBoxLayout(year_box)
        self.years = QTableWidget(0, 6)
        self.years.setObjectName("developmentYears")
        self.years.setAccessibleName(self.tr("Development per year"))
        self.years.setHorizontalHeaderLabels(
            [
                self.tr("Year"),
                self.tr("Meetings held"),
                self.tr("Overall rating"),
                self.tr("Attendance"),
                self.tr("Actions followed up"),
                self.tr("Chaired by a member"),
            ]
        )
        self.years.verticalHeader().hide()
        self.years.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.years.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.years.setMaximumHeight(170)
        year_layout.addWidget(self.years)
        layout.addWidget(year_box)
        self.safety = SafetyBox(context)
        layout.addWidget(self.safety)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(FormScroll(body))

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.refresh()

    def commit_pending(self) -> None:
        """Nothing is typed here that is not saved by its own button."""

    def refresh(self) -> None:
        services = self.context.services
        if self.group_id is None:
            self.development = None
            name = ""
        else:
            self.development = services.evaluations.development(self.group_id)
            name = services.groups.get(self.group_id).name
        dev = self.development
        texts = chart_texts(QCoreApplication.translate)
        if dev is not None and dev.meetings:
            self.view.setChart(development_chart(dev, texts, self.font().pointSizeF()))
            self.view.show()
            self.empty.hide()
        else:
            self.view.hide()
            self.empty.show()
        self._fill_years()
        self.safety.show_group(self.group_id, name, list(dev.safety) if dev else [])

    def _fill_years(self) -> None:
        rows = [] if self.development is None else list(reversed(self.development.years))
        self.years.setRowCount(len(rows))
        locale = QLocale()
        for r, y in enumerate(rows):
            overall = (
                DASH
                if y.overall is None
                else self.tr("%1 (%n answer(s))", "", y.answers).replace(
                    "%1", locale.toString(y.overall, "f", 1)
                )
            )
            cells = [
                str(y.year),
                str(y.meetings),
                overall,
                share_text(y.attendance),
                share_text(y.followed_up),
                share_text(y.member_chaired),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignCenter
                    if c
                    else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                )
                self.years.setItem(r, c, item)

    def year_rows(self) -> list[list[str]]:
        """What the year table shows, for tests and the screen reader."""
        out = []
        for r in range(self.years.rowCount()):
            items = [self.years.item(r, c) for c in range(self.years.columnCount())]
            out.append([item.text() if item is not None else "" for item in items])
        return out
