"""A member's registrations in the member form: a table of (register, number) pairs, a row to
add one, warnings on numbers that do not look like their register's, and this year's verdict
on the register rules. Every action has a key: Enter adds, Delete removes, F2 edits a number."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.export.register_lines import status_line
from intervisie_desktop.ui.forms.fields import ERROR_STYLE
from intervisie_desktop.ui.panes.namesakes import WARNING_STYLE
from intervisie_desktop.ui.panes.register_text import local_number, tr_rules, warning_text
from intervisie_desktop.ui.tones import on_palette
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.core.models import Registration
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo


class RegistrationsBox(QGroupBox):
    def __init__(self, context: AppContext, undo: Undo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Registers and numbers"))
        self.context = context
        self.undo = undo
        self.member_id: int | None = None
        self.group_id: int | None = None  # the group whose members the rules view lists
        self.rows: list[Registration] = []
        layout = QVBoxLayout(self)

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("registrationTable")
        self.table.setAccessibleName(self.tr("Registrations"))
        self.table.setHorizontalHeaderLabels([self.tr("Register"), self.tr("Number")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(90)
        self.table.setMaximumHeight(150)
        layout.addWidget(self.table)

        self.warnings = QLabel()
        self.warnings.setObjectName("registrationWarnings")
        self.warnings.setStyleSheet(on_palette(WARNING_STYLE))
        self.warnings.setWordWrap(True)
        self.warnings.hide()
        layout.addWidget(self.warnings)

        form = QFormLayout()
        self.register = QComboBox()
        self.register.setObjectName("registerChoice")
        self.register.setEditable(True)
        self.register.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for register in context.services.registers.registers():
            self.register.addItem(register.key, register.key)
            self.register.setItemData(
                self.register.count() - 1, register.name(context.lang), Qt.ItemDataRole.ToolTipRole
            )
        editor = self.register.lineEdit()
        if editor is not None:  # the typing field inside the editable list is named too
            editor.setAccessibleName(self.tr("Register"))
        register_label = QLabel(self.tr("Re&gister"))
        register_label.setBuddy(self.register)
        form.addRow(register_label, self.register)
        self.number = QLineEdit()
        self.number.setObjectName("registrationNumber")
        number_label = QLabel(self.tr("Registration &number"))
        number_label.setBuddy(self.number)
        form.addRow(number_label, self.number)
        self.typing = QLabel()
        self.typing.setObjectName("registrationTypingWarning")
        self.typing.setStyleSheet(on_palette(WARNING_STYLE))
        self.typing.setWordWrap(True)
        self.typing.hide()
        form.addRow(self.typing)
        self.error = QLabel()
        self.error.setObjectName("registrationError")
        self.error.setStyleSheet(on_palette(ERROR_STYLE))
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add registration"))
        self.add_button.setObjectName("addRegistrationButton")
        self.remove_button = QPushButton(self.tr("Remove registration"))
        self.remove_button.setObjectName("removeRegistrationButton")
        self.remove_button.setToolTip(self.tr("Removes the selected registration (Delete)"))
        self.rules_button = QPushButton(self.tr("Register rules\u2026"))
        self.rules_button.setObjectName("registerRulesButton")
        self.rules_button.setToolTip(
            self.tr("Who in this group meets their registers' rules, and the rules themselves")
        )
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rules_button)
        layout.addLayout(buttons)

        self.rules = QLabel()
        self.rules.setObjectName("registrationRules")
        self.rules.setWordWrap(True)
        self.rules.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.rules)

        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.rules_button.clicked.connect(self.show_rules)
        self.number.returnPressed.connect(self.add)
        self.number.textChanged.connect(lambda *_: self._warn_typing())
        self.register.currentTextChanged.connect(lambda *_: self._warn_typing())
        self.table.itemChanged.connect(self._edited)
        remove_key = QShortcut(QKeySequence(Qt.Key.Key_Delete), self.table)
        remove_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        remove_key.activated.connect(self.remove)

    # -- showing ------------------------------------------------------------------------------

    def set_member(self, member_id: int | None) -> None:
        if member_id != self.member_id:
            self.number.clear()
            self.error.hide()
        self.member_id = member_id
        self.refresh()

    def refresh(self) -> None:
        services = self.context.services
        self.rows = (
            [] if self.member_id is None else services.registrations.for_member(self.member_id)
        )
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for registration in self.rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            key = QTableWidgetItem(registration.register_key)
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            register = services.registers.register(registration.register_key)
            if register is not None:
                key.setToolTip(register.name(self.context.lang))
            number = QTableWidgetItem(registration.number)
            for item in (key, number):
                item.setData(Qt.ItemDataRole.UserRole, registration.id)
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, number)
        self.table.blockSignals(False)
        enabled = self.member_id is not None
        for widget in (self.register, self.number, self.add_button):
            widget.setEnabled(enabled)
        self.remove_button.setEnabled(bool(self.rows))
        self._warn_rows()
        self._warn_typing()
        self._show_rules()

    def warning_lines(self) -> list[str]:
        lines = []
        for registration in self.rows:
            for warning in self.context.services.registers.warnings(
                registration.register_key, registration.number, self.member_id
            ):
                head = f"{registration.register_key} {registration.number}".strip()
                lines.append(f"{head}: {warning_text(warning)}")
        return lines

    def _warn_rows(self) -> None:
        lines = self.warning_lines()
        self.warnings.setText("\n".join(f"\u26a0 {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def _warn_typing(self) -> None:
        text = self.number.text().strip()
        key = self.register.currentText().strip()
        if not text or not key or self.member_id is None:
            self.typing.hide()
            return
        found = self.context.services.registers.warnings(key, text, self.member_id)
        self.typing.setText("\n".join(f"\u26a0 {warning_text(w)}" for w in found))
        self.typing.setVisible(bool(found))

    def _show_rules(self) -> None:
        if self.member_id is None or not self.rows:
            self.rules.hide()
            return
        year = date.today().year
        found = self.context.services.registers.statuses([self.member_id], year)
        lines = [status_line(s, tr_rules, local_number) for s in found.get(self.member_id, [])]
        self.rules.setText("\n".join(lines))
        self.rules.setVisible(bool(lines))

    # -- actions ------------------------------------------------------------------------------

    def add(self) -> None:
        if self.member_id is None:
            return
        member_id = self.member_id
        key = self.register.currentText().strip()
        number = self.number.text()
        registrations = self.context.services.registrations
        try:
            added = self.context.ops.perform(
                None, lambda: registrations.add(member_id, key, number)
            )
        except IntervisieError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return
        assert added.id is not None
        self.error.hide()
        self.undo.created("registration", added.id, self.tr("Add registration"))
        self.number.clear()
        self.refresh()
        self.number.setFocus()

    def remove(self) -> None:
        row = self.table.currentRow()
        if row < 0 and self.rows:
            row = 0
        if row < 0 or row >= len(self.rows) or self.rows[row].id is None:
            return
        registration_id = self.rows[row].id
        assert registration_id is not None
        self.undo.delete("registration", registration_id, self.tr("Remove registration"))
        self.refresh()
        if self.rows:
            self.table.setCurrentCell(min(row, len(self.rows) - 1), 1)

    def show_rules(self) -> None:
        from intervisie_desktop.ui.panes.register_rules import RegisterRulesDialog

        dialog = RegisterRulesDialog(self.context, self.group_id, date.today().year, self)
        dialog.exec()
        self.refresh()

    def _edited(self, item: QTableWidgetItem) -> None:
        registration_id = int(item.data(Qt.ItemDataRole.UserRole))
        old = next((r.number for r in self.rows if r.id == registration_id), "")
        try:
            self.undo.edit(
                self.context.services.registrations,
                registration_id,
                {"number": old},
                {"number": item.text()},
                self.tr("Edit registration number"),
            )
        except IntervisieError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            self.table.blockSignals(True)
            item.setText(old)
            self.table.blockSignals(False)
            return
        self.error.hide()
        self.refresh()
