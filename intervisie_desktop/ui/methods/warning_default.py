"""The program-wide warning point under the method list: how many minutes before the end a phase
or turn warns when the phase has no warning point of its own. Stored as a setting with the data."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.session.warning import read_default, store_default
from intervisie_desktop.ui.methods.fields import Field, line_edit, set_text
from intervisie_desktop.ui.methods.labels import format_minutes, message_text, parse_minutes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from intervisie_desktop.core.methods.model import PhaseDef
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.context import AppContext


def show_warning(edit: QLineEdit, phase: PhaseDef, services: Services, ui_lang: str) -> None:
    """A phase's own warning point, or an empty field showing the default as its placeholder."""
    own = phase.warning_minutes
    set_text(edit, "" if own is None else format_minutes(own, ui_lang))
    edit.setPlaceholderText(format_minutes(read_default(services.settings), ui_lang))


class WarningDefaultBox(QWidget):
    """ "Default warning [1] min before the end"; Enter or leaving the field stores it."""

    changed = Signal(float)

    def __init__(self, context: AppContext, ui_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.ui_lang = ui_lang
        self.edit = line_edit(8)
        self.edit.setFixedWidth(56)
        self.edit.setToolTip(
            self.tr("Used by every phase that has no warning of its own (its field left empty).")
        )
        # the label sits outside the field's own widget, where a screen reader does not look
        self.edit.setAccessibleName(self.tr("Default warning, minutes before the end"))
        self.field = Field(self.edit, "warningDefault")
        label = QLabel(self.tr("Default warnin&g"))
        label.setBuddy(self.edit)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(self.field)
        row.addWidget(QLabel(self.tr("min before the end")), 1)
        self.edit.editingFinished.connect(self.store)
        self.show_stored()

    def minutes(self) -> float:
        return read_default(self.context.services.settings)

    def show_stored(self) -> None:
        set_text(self.edit, format_minutes(self.minutes(), self.ui_lang))

    def store(self) -> None:
        value = parse_minutes(self.edit.text())
        if value == self.minutes():
            self.field.clear_error()
            return
        settings = self.context.services.settings
        try:
            self.context.ops.apply(self, lambda: store_default(settings, value))
        except IntervisieError as refused:
            self.field.show_error(message_text(refused, self.ui_lang))
            return
        self.field.clear_error()
        self.show_stored()
        self.changed.emit(self.minutes())
