"""Form fields that save when the user leaves them, with a refusal shown beside the field."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, QObject, Qt, QTime, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError, ValidationError
from intervisie_desktop.core.validation import MSG_BAD_DATE, MSG_BAD_TIME
from intervisie_desktop.ui.tones import on_palette
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFocusEvent

    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)

ERROR_STYLE = "color: #b00020;"


def date_text(day: date | None, long: bool = False) -> str:
    """A date in the user's locale (short, or with the weekday spelled out)."""
    if day is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: time | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


class DateField(QLineEdit):
    """A date typed in the locale's short form (or ISO); impossible dates are refused, not fixed."""

    def __init__(self, field: str, label: str, required: bool = True, empty: str = "") -> None:
        super().__init__()
        self.field = field
        self.label = label
        self.required = required
        self.setPlaceholderText(empty or date_text(date(2025, 3, 14)))

    def formats(self) -> list[str]:
        short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        found = [short, short.replace("dd", "d").replace("MM", "M")]
        found += ["d-M-yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-M-d", "d-M-yy", "d/M/yy"]
        return found

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(MSG_BAD_DATE, field=self.field, label=self.label)
            return None
        for fmt in self.formats():
            parsed = QDate.fromString(text, fmt)
            if parsed.isValid():
                if not fmt.endswith("yyyy"):
                    parsed = parsed.addYears(100)  # "yy" reads as 19yy
                return date(parsed.year(), parsed.month(), parsed.day())
        raise ValidationError(MSG_BAD_DATE, field=self.field, label=self.label)

    def set_value(self, day: date | None) -> None:
        self.setText(date_text(day))


class TimeField(QLineEdit):
    """A time of day as HH:mm (or H.mm, or H); 25:00 or 12:75 are refused."""

    def __init__(self, field: str, label: str) -> None:
        super().__init__()
        self.field = field
        self.label = label
        self.setPlaceholderText("19:30")

    def value(self) -> time:
        text = self.text().strip().replace(".", ":")
        for fmt in ("HH:mm", "H:mm", "H:m", "H"):
            parsed = QTime.fromString(text, fmt)
            if parsed.isValid():
                return time(parsed.hour(), parsed.minute())
        raise ValidationError(MSG_BAD_TIME, field=self.field, label=self.label)

    def set_value(self, moment: time | None) -> None:
        self.setText("" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}")


class LongText(QPlainTextEdit):
    """Plain multi-line text (pasted rich text arrives as plain); Tab moves on; saved on leaving."""

    committed = Signal()

    def __init__(self, lines: int = 4) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        spacing = self.fontMetrics().lineSpacing()
        self.setMinimumHeight(spacing * lines + 12)
        self.setMaximumHeight(spacing * (lines * 3) + 12)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


@dataclass
class Bound:
    name: str
    widget: QWidget
    read: Callable[[], Any]
    write: Callable[[Any], None]
    error: QLabel


class FormBinder(QObject):
    """Fields of one record: load them, save one when the user leaves it, show refusals beside it.

    `target` returns (service, id) of the record on screen, or None when nothing is shown.
    Saving goes through the undo stack, so Ctrl+Z takes an edit back.
    """

    saved = Signal(str)

    def __init__(
        self,
        undo: Undo,
        target: Callable[[], tuple[Any, int] | None],
        form: QFormLayout,
        edit_text: str,
    ) -> None:
        super().__init__(form)
        self.undo = undo
        self.target = target
        self.form = form
        self.edit_text = edit_text
        self.fields: dict[str, Bound] = {}
        self.loaded: dict[str, Any] = {}
        self._loading = False
        #: Optional: fields that change along with one (name, old, new) -> {field: (old, new)}.
        self.related: Callable[[str, Any, Any], dict[str, tuple[Any, Any]]] | None = None

    # -- building -------------------------------------------------------------------------------

    def _row(self, label: str, name: str, widget: QWidget) -> QLabel:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet(on_palette(ERROR_STYLE))
        error.setWordWrap(True)
        error.hide()
        layout.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", "").rstrip(": "))  # buddy: in another cell
        self.form.addRow(caption, box)
        return error

    def _add(
        self,
        label: str,
        name: str,
        widget: QWidget,
        read: Callable[[], Any],
        write: Callable[[Any], None],
    ) -> None:
        widget.setObjectName(name)
        error = self._row(label, name, widget)
        self.fields[name] = Bound(name, widget, read, write, error)

    def line(self, label: str, name: str) -> QLineEdit:
        widget = QLineEdit()
        self._add(label, name, widget, widget.text, lambda v: _set_text(widget, v or ""))
        widget.editingFinished.connect(lambda: self.commit(name))
        return widget

    def long(self, label: str, name: str, lines: int = 4) -> LongText:
        widget = LongText(lines)
        self._add(label, name, widget, widget.toPlainText, lambda v: _set_plain(widget, v or ""))
        widget.committed.connect(lambda: self.commit(name))
        return widget

    def date(self, label: str, name: str, required: bool = True, empty: str = "") -> DateField:
        widget = DateField(name, label.replace("&", ""), required, empty)
        self._add(label, name, widget, widget.value, widget.set_value)
        widget.editingFinished.connect(lambda: self.commit(name))
        return widget

    def time(self, label: str, name: str) -> TimeField:
        widget = TimeField(name, label.replace("&", ""))
        self._add(label, name, widget, widget.value, widget.set_value)
        widget.editingFinished.connect(lambda: self.commit(name))
        return widget

    def number(self, label: str, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        widget = QSpinBox()
        widget.setRange(low, high)
        widget.setSuffix(suffix)
        widget.setKeyboardTracking(False)
        self._add(label, name, widget, widget.value, lambda v: widget.setValue(int(v or 0)))
        widget.editingFinished.connect(lambda: self.commit(name))
        return widget

    def check(self, label: str, name: str, text: str) -> QCheckBox:
        widget = QCheckBox(text)
        self._add(label, name, widget, widget.isChecked, lambda v: widget.setChecked(bool(v)))
        widget.toggled.connect(lambda _on: self.commit(name))
        return widget

    def choice(self, label: str, name: str, items: list[tuple[str, Any]]) -> QComboBox:
        widget = QComboBox()
        set_choices(widget, items)

        def write(value: Any) -> None:
            index = widget.findData(value)
            widget.setCurrentIndex(max(index, 0))

        self._add(label, name, widget, widget.currentData, write)
        widget.activated.connect(lambda _i: self.commit(name))
        return widget

    def editable_choice(self, label: str, name: str) -> QComboBox:
        widget = QComboBox()
        widget.setEditable(True)
        widget.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._add(label, name, widget, widget.currentText, lambda v: widget.setEditText(v or ""))
        line = widget.lineEdit()
        assert line is not None
        line.editingFinished.connect(lambda: self.commit(name))
        widget.activated.connect(lambda _i: self.commit(name))
        return widget

    # -- loading and saving -----------------------------------------------------------------

    def load(self, record: Any | None, force: bool = False) -> None:
        """Show a record; a field holding a refused value keeps it unless `force` (new record)."""
        self._loading = True
        try:
            for bound in self.fields.values():
                value = getattr(record, bound.name) if record is not None else None
                if force or bound.error.isHidden():
                    bound.write(value)
                    self._set_error(bound, "")
                self.loaded[bound.name] = value
                bound.widget.setEnabled(record is not None)
        finally:
            self._loading = False

    def commit(self, name: str) -> bool:
        """Save one field if it changed; False when the value was refused (and shown)."""
        if self._loading:
            return True
        target = self.target()
        if target is None:
            return True
        bound = self.fields[name]
        try:
            value = bound.read()
            if value == self.loaded.get(name):
                self._set_error(bound, "")
                return True
            service, id_ = target
            olds, news = {name: self.loaded.get(name)}, {name: value}
            for other, (before, after) in (
                self.related(name, olds[name], value) if self.related else {}
            ).items():
                olds[other], news[other] = before, after
            self.undo.edit(service, id_, olds, news, self.edit_text)
        except IntervisieError as exc:
            self.show_error(exc, default=name)
            return False
        self.loaded[name] = value
        self._set_error(bound, "")
        self.saved.emit(name)
        return True

    def commit_all(self) -> None:
        for name in self.fields:
            self.commit(name)

    def show_error(self, exc: IntervisieError, default: str) -> None:
        bound = self.fields.get(exc.field or default) or self.fields[default]
        logger.info("field %s refused", bound.name)
        self._set_error(bound, error_text(exc))

    def error_of(self, name: str) -> str:
        bound = self.fields[name]
        return "" if bound.error.isHidden() else bound.error.text()

    def _set_error(self, bound: Bound, message: str) -> None:
        bound.error.setText(message)
        bound.error.setVisible(bool(message))
        bound.widget.setProperty("invalid", bool(message))
        bound.widget.setAccessibleDescription(message)


def set_choices(widget: QComboBox, items: list[tuple[str, Any]]) -> None:
    """Replace a combo box's items, keeping the current value where it still exists."""
    current = widget.currentData()
    widget.blockSignals(True)
    widget.clear()
    for text, data in items:
        widget.addItem(text, data)
    index = widget.findData(current)
    widget.setCurrentIndex(index if index >= 0 else 0)
    widget.blockSignals(False)


def _set_text(widget: QLineEdit, value: str) -> None:
    if widget.text() != value:
        widget.setText(value)
        widget.setCursorPosition(0)


def _set_plain(widget: QPlainTextEdit, value: str) -> None:
    if widget.toPlainText() != value:
        widget.setPlainText(value)


def hint(text: str) -> QLabel:
    """A small explanatory line under a heading."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # dimmed, readable in any palette
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
