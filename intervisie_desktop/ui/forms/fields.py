"""Form fields that save when the user leaves them, with a refusal shown beside the field."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
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

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.forms.error_line import ERROR_STYLE, ErrorLine, mark_invalid
from intervisie_desktop.ui.forms.typed import DateField, TimeField, date_text, time_text
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QFocusEvent

    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)

__all__ = [
    "ERROR_STYLE",
    "Bound",
    "DateField",
    "FormBinder",
    "LongText",
    "TimeField",
    "Unsaved",
    "date_text",
    "hint",
    "set_choices",
    "time_text",
]


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
    error: ErrorLine
    label: str = ""
    #: Write the value back once read, in its normal form (a date typed as "10 dec").
    normalise: bool = False


@dataclass(frozen=True)
class Unsaved:
    """A field holding what the user typed that cannot be saved, and why."""

    binder: FormBinder
    name: str
    label: str
    message: str

    @property
    def widget(self) -> QWidget:
        return self.binder.fields[self.name].widget


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

    def _row(self, label: str, name: str, widget: QWidget) -> ErrorLine:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(widget)
        error = ErrorLine()
        error.setObjectName(f"error_{name}")
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
        normalise: bool = False,
    ) -> None:
        widget.setObjectName(name)
        error = self._row(label, name, widget)
        caption = label.replace("&", "")
        self.fields[name] = Bound(name, widget, read, write, error, caption, normalise)

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
        self._add(label, name, widget, widget.value, widget.set_value, normalise=True)
        widget.editingFinished.connect(lambda: self.commit(name))
        return widget

    def time(self, label: str, name: str) -> TimeField:
        widget = TimeField(name, label.replace("&", ""))
        self._add(label, name, widget, widget.value, widget.set_value, normalise=True)
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
            if bound.normalise:
                self._write(bound, value)  # "10 dec" reads 10-12-2026, "1630" reads 16:30
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
        for other, after in news.items():  # the field itself and those that moved along
            self.loaded[other] = after
            self._set_error(self.fields[other], "")
            if other != name:
                self._write(self.fields[other], after)
        self.saved.emit(name)
        return True

    def commit_all(self) -> None:
        for name in self.fields:
            self.commit(name)

    def unsaved(self) -> list[Unsaved]:
        """Fields showing why what they hold cannot be saved, in the order of the form."""
        return [
            Unsaved(self, bound.name, bound.label, bound.error.message)
            for bound in self.fields.values()
            if not bound.error.isHidden()
        ]

    def discard(self) -> None:
        """Put back what is saved in every field, dropping what was typed and refused."""
        self._loading = True
        try:
            for bound in self.fields.values():
                bound.write(self.loaded.get(bound.name))
                self._set_error(bound, "")
        finally:
            self._loading = False

    def show_error(self, exc: IntervisieError, default: str) -> None:
        bound = self.fields.get(exc.field or default) or self.fields[default]
        logger.info("field %s refused", bound.name)
        self._set_error(bound, error_text(exc))

    def error_of(self, name: str) -> str:
        bound = self.fields[name]
        return "" if bound.error.isHidden() else bound.error.message

    def _write(self, bound: Bound, value: Any) -> None:
        self._loading = True
        try:
            bound.write(value)
        finally:
            self._loading = False

    def _set_error(self, bound: Bound, message: str) -> None:
        bound.error.show_message(message)
        mark_invalid(bound.widget, bool(message))
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
