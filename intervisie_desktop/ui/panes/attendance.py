"""The attendance check-list of a meeting: present, absent, excused, or present for some minutes,
or from an arrival time and/or until a leave time ("19:45")."""

from __future__ import annotations

import logging
import re
from datetime import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import OpChanges
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import Attendance, AttendanceStatus, Member
from intervisie_desktop.ui.forms.fields import ERROR_STYLE
from intervisie_desktop.ui.items import cell_text
from intervisie_desktop.ui.tones import on_palette
from intervisie_desktop.ui.translation import error_text
from intervisie_desktop.ui.widths import fit_columns

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)

NOT_RECORDED = ""
TIME_COLUMNS = (3, 4)  # arrived, left
_CLOCK = re.compile(r"^\s*(\d{1,2})\s*[:.]?\s*(\d{2})\s*$")

#: One member's attendance as the list saves it: status, minutes present, arrived, left.
Value = tuple[str, int | None, time | None, time | None]


class BadTime(ValueError):
    pass


def parse_clock(text: str) -> time | None:
    """ "19:45", "19.45", "1945" or "9:05" as a time; empty text as None; else BadTime."""
    if not text.strip():
        return None
    found = _CLOCK.match(text)
    if found is None or int(found.group(1)) > 23 or int(found.group(2)) > 59:
        raise BadTime(text)
    return time(int(found.group(1)), int(found.group(2)))


class AttendanceList(QWidget):
    """One row per member of the group on the meeting's date, in seat order."""

    recorded = Signal()

    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.context = context
        self.undo = undo
        self.meeting_id: int | None = None
        self.rows: list[tuple[Member, Attendance | None]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Attendance"),
                self.tr("Minutes present"),
                self.tr("Arrived"),
                self.tr("Left"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for column in TIME_COLUMNS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        layout.addWidget(self.table)
        self.error = QLabel()
        self.error.setObjectName("attendanceError")
        self.error.setStyleSheet(on_palette(ERROR_STYLE))
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.empty = QLabel(self.tr("The group has no members on this date."))
        self.empty.hide()
        layout.addWidget(self.empty)

    def statuses(self) -> list[tuple[str, str, Any]]:
        return [
            (self.tr("not recorded"), NOT_RECORDED, None),
            (self.tr("present"), AttendanceStatus.PRESENT.value, None),
            (self.tr("absent"), AttendanceStatus.ABSENT.value, None),
            (self.tr("excused"), AttendanceStatus.EXCUSED.value, None),
        ]

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.rows = (
            [] if meeting_id is None else self.context.services.attendance.for_meeting(meeting_id)
        )
        focused = self.focusWidget()
        focus_row = self._row_of(focused) if focused is not None else None
        rebuild = self.table.rowCount() != len(self.rows)
        self.table.setRowCount(len(self.rows))
        for row, (person, record) in enumerate(self.rows):
            if rebuild or self.table.cellWidget(row, 1) is None:
                self._make_row(row)
            name = self.table.item(row, 0)
            if name is not None:  # made with the row
                name.setText(person.full_name)
            status = record.status.value if record is not None else NOT_RECORDED
            combo, spin = self.combo(row), self.spin(row)
            arrived, left = self.arrived(row), self.left(row)
            widgets: tuple[QWidget, ...] = (combo, spin, arrived, left)
            for widget in widgets:
                widget.blockSignals(True)
            combo.setAccessibleName(person.full_name)
            spin.setAccessibleName(person.full_name)
            arrived.setAccessibleName(self.tr("%1: arrived at").replace("%1", person.full_name))
            left.setAccessibleName(self.tr("%1: left at").replace("%1", person.full_name))
            combo.setCurrentIndex(max(0, combo.findData(status)))
            spin.setValue((record.partial_minutes or 0) if record is not None else 0)
            present = status == AttendanceStatus.PRESENT.value
            timed = record is not None and (record.arrived_at or record.left_at) is not None
            spin.setEnabled(present and not timed)  # with times the minutes follow from them
            arrived.setText(_clock(record.arrived_at if record is not None else None))
            left.setText(_clock(record.left_at if record is not None else None))
            arrived.setEnabled(present)
            left.setEnabled(present)
            for widget in widgets:
                widget.blockSignals(False)
        if rebuild:
            self._size_rows()
        self.empty.setVisible(meeting_id is not None and not self.rows)
        if focus_row is not None and focus_row < len(self.rows):
            cell = self.table.cellWidget(focus_row, 1)
            if cell is not None:
                cell.setFocus()

    def _make_row(self, row: int) -> None:
        name = QTableWidgetItem()
        name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, name)
        combo = QComboBox()
        combo.setObjectName(f"attendance_{row}")
        for text, data, _ in self.statuses():
            combo.addItem(text, data)
        combo.activated.connect(lambda _i, r=row: self._save(r))
        self.table.setCellWidget(row, 1, combo)
        spin = QSpinBox()
        spin.setObjectName(f"partial_{row}")
        spin.setRange(0, 1440)
        spin.setSpecialValueText(self.tr("whole meeting"))
        spin.setSuffix(self.tr(" min"))
        spin.setKeyboardTracking(False)
        spin.editingFinished.connect(lambda r=row: self._save(r))
        self.table.setCellWidget(row, 2, spin)
        for column, kind in zip(TIME_COLUMNS, ("arrived", "left"), strict=True):
            field = QLineEdit()
            field.setObjectName(f"{kind}_{row}")
            field.setPlaceholderText(self.tr("hh:mm"))
            field.setMaxLength(20)
            field.setToolTip(
                self.tr("Came late or left early: type the time, e.g. 19:45; empty for on time.")
            )
            field.editingFinished.connect(lambda r=row: self._save(r))
            self.table.setCellWidget(row, column, field)

    def _size_rows(self) -> None:
        self.table.resizeRowsToContents()
        self.table.resizeColumnToContents(1)
        widest = max((self.combo(r).sizeHint().width() for r in range(len(self.rows))), default=0)
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), widest + 8))
        fit_columns(self.table)  # the form is as wide as the names, choices and minutes
        rows_height = sum(self.table.rowHeight(r) for r in range(len(self.rows)))
        header = self.table.horizontalHeader().height()
        self.table.setMinimumHeight(min(rows_height + header + 6, 480))

    def _row_of(self, widget: QWidget) -> int | None:
        for row in range(self.table.rowCount()):
            for column in (1, 2, *TIME_COLUMNS):
                if self.table.cellWidget(row, column) is widget:
                    return row
        return None

    def combo(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, 1)
        assert isinstance(widget, QComboBox)
        return widget

    def spin(self, row: int) -> QSpinBox:
        widget = self.table.cellWidget(row, 2)
        assert isinstance(widget, QSpinBox)
        return widget

    def arrived(self, row: int) -> QLineEdit:
        return self._time_field(row, TIME_COLUMNS[0])

    def left(self, row: int) -> QLineEdit:
        return self._time_field(row, TIME_COLUMNS[1])

    def _time_field(self, row: int, column: int) -> QLineEdit:
        widget = self.table.cellWidget(row, column)
        assert isinstance(widget, QLineEdit)
        return widget

    def _save(self, row: int) -> None:
        if self.meeting_id is None or row >= len(self.rows):
            return
        person, record = self.rows[row]
        status = self.combo(row).currentData()
        partial = self.spin(row).value() or None
        try:
            arrived, left = (
                parse_clock(self.arrived(row).text()),
                parse_clock(self.left(row).text()),
            )
        except BadTime as bad:
            self.error.setText(
                self.tr("\u201c%1\u201d is no time of day: type it as 19:45.").replace(
                    "%1", str(bad)
                )
            )
            self.error.show()
            return  # the typed text stays in the field to be corrected
        if status != AttendanceStatus.PRESENT.value:
            partial, arrived, left = None, None, None
        elif arrived is not None or left is not None:
            partial = None  # follows from the times
        old: Value | None = (
            (record.status.value, record.partial_minutes, record.arrived_at, record.left_at)
            if record is not None
            else None
        )
        new: Value | None = (status, partial, arrived, left) if status != NOT_RECORDED else None
        if _same(old, new):
            return
        meeting_id, member_id = self.meeting_id, person.id
        assert member_id is not None
        try:
            self.context.ops.apply(None, lambda: self._apply(meeting_id, member_id, new))
        except IntervisieError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.error.hide()
        self.undo.push(
            self.tr("Record attendance"),
            lambda: self._apply(meeting_id, member_id, new),
            lambda: self._apply(meeting_id, member_id, old),
        )
        self.recorded.emit()

    def _apply(self, meeting_id: int, member_id: int, value: Value | None) -> OpChanges:
        services = self.context.services
        if value is None:
            changes = OpChanges()
            for person, record in services.attendance.for_meeting(meeting_id):
                if person.id == member_id and record is not None and record.id is not None:
                    changes |= services.deletions.delete("attendance", record.id).changes
            return changes
        status, partial, arrived, left = value
        return services.attendance.record(
            meeting_id, member_id, status, partial, arrived_at=arrived, left_at=left
        ).changes

    def shown(self) -> list[tuple[str, str, int]]:
        """What the list shows: name, status text, minutes (0 = whole meeting)."""
        return [
            (cell_text(self.table, r, 0), self.combo(r).currentText(), self.spin(r).value())
            for r in range(self.table.rowCount())
        ]

    def times_shown(self) -> list[tuple[str, str]]:
        """The arrival and leave times as the list shows them ("" = on time)."""
        return [(self.arrived(r).text(), self.left(r).text()) for r in range(self.table.rowCount())]


def _same(old: Value | None, new: Value | None) -> bool:
    """Whether saving `new` over `old` changes nothing (with times, the minutes follow)."""
    if old is None or new is None or (new[2] is None and new[3] is None):
        return old == new
    return (old[0], old[2], old[3]) == (new[0], new[2], new[3])


def _clock(value: time | None) -> str:
    return "" if value is None else f"{value:%H:%M}"
