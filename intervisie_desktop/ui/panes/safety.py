"""Safety checks of the group on the Development tab: print the anonymous paper form (NL or EN),
then type in the tally of the forms handed in: per statement, how many ticked each answer."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models.learning import SAFETY_ITEMS, SAFETY_OPTIONS
from intervisie_desktop.core.services.learning import MAX_COUNT
from intervisie_desktop.export.safety_form_pdf import safety_options, safety_statements
from intervisie_desktop.ui.forms.error_line import ErrorLine
from intervisie_desktop.ui.forms.fields import date_text, hint
from intervisie_desktop.ui.forms.typed import DateField
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.core.reports.development import SafetyPoint
    from intervisie_desktop.ui.context import AppContext

ID_ROLE = Qt.ItemDataRole.UserRole


class SafetyBox(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__(self.tr("Safety checks"))
        self.setObjectName("safetyBox")
        self.context = context
        self.group_id: int | None = None
        self.group_name = ""
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "Once or twice a year: hand out the anonymous form, collect it folded, and "
                    "type in how many forms ticked each answer."
                )
            )
        )
        row = QHBoxLayout()
        self.form_language = QComboBox()
        self.form_language.setObjectName("safetyFormLanguage")
        self.form_language.setAccessibleName(self.tr("Language of the form"))
        self.form_language.addItem("Nederlands", "nl")
        self.form_language.addItem("English", "en")
        self.form_language.setCurrentIndex(0 if context.lang == "nl" else 1)
        self.print_button = QPushButton(self.tr("&Print the form (PDF)\u2026"))
        self.print_button.setObjectName("safetyFormButton")
        self.new_button = QPushButton(self.tr("New safety &check"))
        self.new_button.setObjectName("newSafetyCheckButton")
        self.delete_button = QPushButton(self.tr("Delete check"))
        self.delete_button.setObjectName("deleteSafetyCheckButton")
        for widget in (self.form_language, self.print_button, self.new_button, self.delete_button):
            row.addWidget(widget)
        row.addStretch(1)
        layout.addLayout(row)
        self.checks = QListWidget()
        self.checks.setObjectName("safetyCheckList")
        self.checks.setAccessibleName(self.tr("Safety checks"))
        self.checks.setMaximumHeight(90)
        layout.addWidget(self.checks)
        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Date"))
        self.date = DateField("date", self.tr("Date"))
        self.date.setObjectName("safetyCheckDate")
        date_label.setBuddy(self.date)
        date_row.addWidget(date_label)
        date_row.addWidget(self.date)
        date_row.addStretch(1)
        layout.addLayout(date_row)
        translate = QCoreApplication.translate
        self.table = QTableWidget(SAFETY_ITEMS, SAFETY_OPTIONS)
        self.table.setObjectName("safetyTally")
        self.table.setAccessibleName(self.tr("Forms per answer and statement"))
        self.table.setHorizontalHeaderLabels(safety_options(translate))
        statements = safety_statements(translate)
        self.table.setVerticalHeaderLabels([str(i) for i in range(1, SAFETY_ITEMS + 1)])
        self.spins: list[list[QSpinBox]] = []
        for r in range(SAFETY_ITEMS):
            self.table.verticalHeaderItem(r).setToolTip(statements[r])
            spins = []
            for c in range(SAFETY_OPTIONS):
                spin = QSpinBox()
                spin.setRange(0, MAX_COUNT)
                spin.setAccessibleName(f"{statements[r]} \u2014 {safety_options(translate)[c]}")
                spin.setObjectName(f"safety_{r + 1}_{c + 1}")
                self.table.setCellWidget(r, c, spin)
                spins.append(spin)
            self.spins.append(spins)
        self.table.resizeColumnsToContents()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().height() + 7 * self.table.rowHeight(0) + 6
        )
        layout.addWidget(self.table)
        self.statements = QLabel(
            "<br>".join(f"{i}. {s}" for i, s in enumerate(statements, start=1))
        )
        self.statements.setWordWrap(True)
        self.statements.setEnabled(False)
        layout.addWidget(self.statements)
        bottom = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("safetySummary")
        self.save_button = QPushButton(self.tr("&Save tally"))
        self.save_button.setObjectName("saveSafetyTallyButton")
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.save_button)
        layout.addLayout(bottom)
        self.error = ErrorLine()
        layout.addWidget(self.error)
        self.points: dict[int, SafetyPoint] = {}
        self.print_button.clicked.connect(self.print_form)
        self.new_button.clicked.connect(self.new_check)
        self.delete_button.clicked.connect(self.delete_check)
        self.save_button.clicked.connect(self.save)
        self.checks.currentItemChanged.connect(lambda *_a: self._show_check())

    def show_group(self, group_id: int | None, group_name: str, points: list[SafetyPoint]) -> None:
        self.group_id, self.group_name = group_id, group_name
        self.points = {p.check_id: p for p in points}
        keep = self.current_check_id()
        self.checks.blockSignals(True)
        self.checks.clear()
        for check in self.context.services.safety_checks.for_group(group_id) if group_id else []:
            item = QListWidgetItem(self._check_text(check.id or 0, check.date))
            item.setData(ID_ROLE, check.id)
            self.checks.addItem(item)
            if check.id == keep:
                self.checks.setCurrentItem(item)
        if self.checks.currentItem() is None and self.checks.count():
            self.checks.setCurrentRow(0)
        self.checks.blockSignals(False)
        self._show_check()

    def _check_text(self, check_id: int, day: date) -> str:
        point = self.points.get(check_id)
        if point is None or point.mean is None:
            return self.tr("{date}: no answers yet").format(date=date_text(day))
        return self.tr("{date}: %n form(s), mean {mean} of 5", "", point.forms).format(
            date=date_text(day), mean=QLocale().toString(point.mean, "f", 1)
        )

    def current_check_id(self) -> int | None:
        item = self.checks.currentItem()
        found = None if item is None else item.data(ID_ROLE)
        return found if isinstance(found, int) else None

    def _show_check(self) -> None:
        check_id = self.current_check_id()
        has = check_id is not None
        for widget in (self.table, self.date, self.save_button, self.delete_button):
            widget.setEnabled(has)
        self.print_button.setEnabled(self.group_id is not None)
        self.new_button.setEnabled(self.group_id is not None)
        self.error.show_message("")
        counts = (
            self.context.services.safety_checks.counts(check_id)
            if check_id is not None
            else [[0] * SAFETY_OPTIONS for _ in range(SAFETY_ITEMS)]
        )
        for row, spins in zip(counts, self.spins, strict=True):
            for n, spin in zip(row, spins, strict=True):
                spin.setValue(n)
        self.date.set_value(
            self.context.services.safety_checks.get(check_id).date if check_id else None
        )
        point = self.points.get(check_id or 0)
        self.summary.setText(
            self.checks.currentItem().text() if self.checks.currentItem() is not None else ""
        )
        if point is None:
            self.summary.setText("")

    def counts(self) -> list[list[int]]:
        return [[spin.value() for spin in spins] for spins in self.spins]

    def new_check(self) -> None:
        if self.group_id is None:
            return
        group_id, checks = self.group_id, self.context.services.safety_checks
        check = self.context.ops.run(
            self, lambda: checks.create(group_id=group_id, date=date.today())
        )
        if check is not None:
            self.context.hub.flush()
            self._select(check.id)

    def _select(self, check_id: int | None) -> None:
        for row in range(self.checks.count()):
            item = self.checks.item(row)
            if item is not None and item.data(ID_ROLE) == check_id:
                self.checks.setCurrentItem(item)

    def delete_check(self) -> None:
        check_id = self.current_check_id()
        if check_id is None:
            return
        checks = self.context.services.safety_checks
        self.context.ops.run_changes(self, lambda: checks.delete(check_id))

    def save(self) -> None:
        check_id = self.current_check_id()
        if check_id is None:
            return
        checks = self.context.services.safety_checks
        try:
            day = self.date.value()
            counts = self.counts()

            self.context.ops.apply(
                self,
                lambda: (
                    checks.update(check_id, date=day).changes | checks.set_counts(check_id, counts)
                ),
            )
        except IntervisieError as exc:
            self.error.show_message(error_text(exc))
            return
        self.error.show_message("")

    def print_form(self) -> None:
        if self.group_id is None:
            return
        lang = self.form_language.currentData()
        suggested = self.tr("safety-check-{lang}.pdf").format(lang=lang)
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print the safety check form"), suggested, self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_form(path, lang)

    def write_form(self, path: str, lang: str) -> None:
        from pathlib import Path

        from intervisie_desktop.export.safety_form_pdf import render_safety_form

        try:
            render_safety_form(self.group_name, Path(path), lang)
        except OSError as exc:
            self.error.show_message(
                self.tr("The form could not be written: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )
