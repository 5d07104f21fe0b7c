"""The register rules view: who in the group meets their registers' yearly rules (with the
figures), and every rule with its source; a rule no source gives can be changed here."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.registers.catalogue import Register, Rule, RuleKind
from intervisie_desktop.core.registers.rules import Verdict
from intervisie_desktop.export.register_lines import (
    check_text,
    fraction_text,
    verdict_text,
)
from intervisie_desktop.ui.items import cell_text
from intervisie_desktop.ui.panes.register_text import local_number, tr_rules
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext

VERDICT_MARK = {
    Verdict.MEETS: "\u2713",
    Verdict.NOT_YET: "\u2026",
    Verdict.DOES_NOT_MEET: "\u2717",
    Verdict.NO_RULES: "\u2013",
}


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class RegisterRulesDialog(QDialog):
    def __init__(
        self, context: AppContext, group_id: int | None, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.group_id = group_id
        self.setWindowTitle(self.tr("Register rules"))
        self.setObjectName("registerRulesDialog")
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)

        who = QWidget()
        who_layout = QVBoxLayout(who)
        year_row = QHBoxLayout()
        year_label = QLabel(self.tr("&Year"))
        self.year = QSpinBox()
        self.year.setObjectName("rulesYear")
        self.year.setRange(1990, 2200)
        self.year.setValue(year)
        year_label.setBuddy(self.year)
        year_row.addWidget(year_label)
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        who_layout.addLayout(year_row)
        self.who = QTableWidget(0, 5)
        self.who.setObjectName("rulesWhoTable")
        self.who.setAccessibleName(self.tr("Who meets the rules"))
        self.who.setHorizontalHeaderLabels(
            [
                self.tr("Member"),
                self.tr("Registration"),
                self.tr("Verdict"),
                self.tr("What the rules ask"),
                self.tr("Counted this year"),
            ]
        )
        self._stretch(self.who, 3, 4)
        who_layout.addWidget(self.who)
        note = QLabel(
            self.tr(
                "Counted: held meetings of any group the member attended that satisfy the "
                "register's conditions (length, group size, a registered supervisor). "
                "\u201cNot yet\u201d: the year is still running."
            )
        )
        note.setWordWrap(True)
        who_layout.addWidget(note)
        self.tabs.addTab(who, self.tr("&Who meets the rules"))

        rules = QWidget()
        rules_layout = QVBoxLayout(rules)
        self.rules = QTableWidget(0, 4)
        self.rules.setObjectName("rulesTable")
        self.rules.setAccessibleName(self.tr("Rules per register"))
        self.rules.setHorizontalHeaderLabels(
            [self.tr("Register"), self.tr("Rule"), self.tr("Value"), self.tr("Source")]
        )
        self._stretch(self.rules, 1, 3)
        rules_layout.addWidget(self.rules)
        self.rule_error = QLabel()
        self.rule_error.setObjectName("ruleError")
        self.rule_error.setWordWrap(True)
        self.rule_error.hide()
        rules_layout.addWidget(self.rule_error)
        explain = QLabel(
            self.tr(
                "Rules with a source are read-only. A value no source gives is marked "
                "\u201cunsourced\u201d: change it when your register says otherwise."
            )
        )
        explain.setWordWrap(True)
        rules_layout.addWidget(explain)
        self.tabs.addTab(rules, self.tr("&Rules and sources"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(lambda *_: self.fill_who())
        self.fill_who()
        self.fill_rules()

    @staticmethod
    def _stretch(table: QTableWidget, *columns: int) -> None:
        """Columns sized to their contents, the long texts in `columns` sharing the rest and
        wrapping; row heights follow whenever a column's width changes."""
        header = table.horizontalHeader()
        for i in range(table.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if i in columns
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(i, mode)
        header.sectionResized.connect(lambda *_: table.resizeRowsToContents())
        table.verticalHeader().hide()
        table.setWordWrap(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setTabKeyNavigation(False)

    # -- who meets the rules --------------------------------------------------------------------

    def fill_who(self) -> None:
        services = self.context.services
        year = self.year.value()
        people = (
            [] if self.group_id is None else services.memberships.members_of(self.group_id, None)
        )
        first, last = date(year, 1, 1), date(year, 12, 31)
        names: dict[int, str] = {}
        for ship, person in people:
            if (
                person.id is not None
                and ship.joined_on <= last
                and (ship.left_on is None or ship.left_on >= first)
            ):
                names.setdefault(person.id, person.full_name)
        found = services.registers.statuses(list(names), year)
        self.who.setRowCount(0)
        for member_id, name in names.items():
            for status in found.get(member_id, []):
                row = self.who.rowCount()
                self.who.insertRow(row)
                checks = "; ".join(
                    check_text(c, status, tr_rules, local_number) for c in status.checks
                )
                counted = self.tr(
                    "meetings {meetings} \u00b7 hours {hours} \u00b7 in a registered group "
                    "{registered}"
                ).format(
                    meetings=status.meetings,
                    hours=fraction_text(status.hours, local_number),
                    registered=status.registered_sessions,
                )
                verdict = f"{VERDICT_MARK[status.verdict]} {verdict_text(status.verdict, tr_rules)}"
                cells = [name, f"{status.register.key} {status.number}", verdict, checks, counted]
                for column, text in enumerate(cells):
                    self.who.setItem(row, column, _item(text))
        self.who.resizeRowsToContents()

    def who_rows(self) -> list[list[str]]:
        table = self.who
        return [
            [cell_text(table, r, c) for c in range(table.columnCount())]
            for r in range(table.rowCount())
        ]

    # -- rules and sources ------------------------------------------------------------------------

    def rule_text(self, rule: Rule) -> str:
        value = fraction_text(rule.value, local_number)
        if rule.kind == RuleKind.HOURS:
            if rule.period_years > 1:
                return self.tr("At least this many hours over {years} years").format(
                    years=rule.period_years
                )
            return self.tr("At least this many hours in a calendar year")
        if rule.kind == RuleKind.MEETINGS:
            return self.tr("At least this many meetings in a year")
        if rule.kind == RuleKind.MEETING_MINUTES:
            return self.tr("A meeting counts from this many minutes")
        if rule.kind == RuleKind.GROUP_SIZE:
            most = rule.max if rule.max is not None else "\u2013"
            return self.tr("A meeting counts with this many present or more, at most {max}").format(
                max=most
            )
        if rule.kind == RuleKind.REGISTERED_ONLY:
            return self.tr("Only meetings led by a supervisor with a register number count")
        return self.tr("At least this many hours in every quarter ({value} h)").format(value=value)

    def fill_rules(self) -> None:
        registers = self.context.services.registers.registers()
        self.rules.setRowCount(0)
        self.spins: dict[tuple[str, str], QDoubleSpinBox] = {}
        for register in registers:
            if not register.rules:
                row = self.rules.rowCount()
                self.rules.insertRow(row)
                self.rules.setItem(row, 0, _item(register.key))
                self.rules.setItem(row, 1, _item(self.tr("No yearly minimum for intervisie")))
                self.rules.setItem(row, 2, _item("\u2013"))
                self.rules.setItem(row, 3, _item(register.number.source))
            for rule in register.rules:
                self._rule_row(register, rule)
        self.rules.resizeRowsToContents()

    def _rule_row(self, register: Register, rule: Rule) -> None:
        row = self.rules.rowCount()
        self.rules.insertRow(row)
        key = _item(register.key)
        key.setToolTip(register.name(self.context.lang))
        self.rules.setItem(row, 0, key)
        self.rules.setItem(row, 1, _item(self.rule_text(rule)))
        source = rule.source
        if rule.unsourced:
            source = self.tr("unsourced") + " \u2013 " + source
        if rule.changed:
            source = self.tr("changed by you") + " \u2013 " + source
        self.rules.setItem(row, 3, _item(source))
        if rule.kind == RuleKind.REGISTERED_ONLY:
            self.rules.setItem(row, 2, _item("\u2013"))
        elif rule.editable:
            spin = QDoubleSpinBox()
            spin.setObjectName(f"rule_{register.key}_{rule.key}")
            spin.setAccessibleName(f"{register.key}: {self.rule_text(rule)}")
            spin.setRange(0, 1000)
            spin.setDecimals(1)
            spin.setValue(float(rule.value))
            spin.editingFinished.connect(
                lambda r=register.key, k=rule.key, s=spin: self._set_value(r, k, s)
            )
            self.spins[(register.key, rule.key)] = spin
            self.rules.setCellWidget(row, 2, spin)
        else:
            self.rules.setItem(row, 2, _item(fraction_text(rule.value, local_number)))

    def _set_value(self, register_key: str, rule_key: str, spin: QDoubleSpinBox) -> None:
        registers = self.context.services.registers
        try:
            self.context.ops.apply(
                self, lambda: registers.set_rule_value(register_key, rule_key, spin.value())
            )
        except IntervisieError as exc:
            self.rule_error.setText(error_text(exc))
            self.rule_error.show()
            return
        self.rule_error.hide()
        self.fill_who()
