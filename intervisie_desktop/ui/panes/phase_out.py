"""The phase-out plan of a group: a template over its planned meetings that hands the chair from
the supervisor to the members, shown meeting by meeting before it is applied (what changes, and
what set by hand it overwrites); applied as one step that Ctrl+Z takes back as a whole."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.services.chairs import (
    PhaseOutPlan,
    PlannedChair,
    planned,
    replaced,
)
from intervisie_desktop.ui.forms.typed import date_text
from intervisie_desktop.ui.panes.chair import setting_text
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from datetime import date

    from intervisie_desktop.core.services.chairs import ChairSetting
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo


class PhaseOutHost(Protocol):
    """What the menu command uses of the main window (not its module: no import goes back)."""

    @property
    def context(self) -> AppContext: ...

    @property
    def undo(self) -> Undo: ...

    @property
    def group_id(self) -> int | None: ...

    def commit_pending(self) -> None: ...

    def window(self) -> QWidget: ...


class PhaseOutDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        undo: Undo,
        group_id: int,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("phaseOutDialog")
        self.setWindowTitle(self.tr("Phase-out plan"))
        self.context, self.undo, self.group_id, self.today = context, undo, group_id, today
        chairs = context.services.chairs
        self.meetings = chairs.planned_ahead(group_id, today)
        self.names = {
            person.id: person.full_name
            for _ship, person in context.services.memberships.members_of(group_id)
        }
        self.rows: list[PlannedChair] = []
        group = context.services.groups.get(group_id)
        intro = QLabel(
            self.tr(
                "A path to self-steering for {group}, over its {count} planned meetings from "
                "today: the supervisor chairs the first ones; from the meeting you choose, members "
                "chair with the supervisor in the background, named by the chair rota. The "
                "supervisor chairs the evaluation meeting and the follow-up meeting."
            ).format(group=group.name, count=len(self.meetings))
        )
        intro.setWordWrap(True)
        self.members_from = QComboBox()
        self.members_from.setObjectName("membersFrom")
        self.evaluation = QComboBox()
        self.evaluation.setObjectName("evaluationMeeting")
        self.follow_up = QComboBox()
        self.follow_up.setObjectName("followUpMeeting")
        for box, none in (
            (self.evaluation, True),
            (self.follow_up, True),
            (self.members_from, False),
        ):
            if none:
                box.addItem(self.tr("none"), None)
            for n, meeting in enumerate(self.meetings, start=1):
                box.addItem(self.tr("{n}. {date}").format(n=n, date=date_text(meeting.date)), n)
        self.members_from.setCurrentIndex(min(1, len(self.meetings) - 1))
        self.alone = QCheckBox(self.tr("After the evaluation meeting, members chair on their own"))
        self.alone.setObjectName("aloneAfterEvaluation")
        self.alone.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Members &chair from"), self.members_from)
        form.addRow(self.tr("E&valuation meeting"), self.evaluation)
        form.addRow(self.tr("&Follow-up meeting"), self.follow_up)
        form.addRow(self.alone)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("phaseOutPreview")
        self.table.setAccessibleName(self.tr("Each planned meeting now and after the plan"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Meeting"), self.tr("Now"), self.tr("Becomes")]
        )
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        stretch_texts(self.table)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.summary = QLabel()
        self.summary.setObjectName("phaseOutSummary")
        self.summary.setWordWrap(True)
        after = QLabel(
            self.tr(
                "Afterwards each meeting's chair can still be changed on the Meetings tab; "
                "Ctrl+Z takes the whole plan back."
            )
        )
        after.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.apply_button = QPushButton(self.tr("&Apply plan"))
        self.apply_button.setObjectName("applyPhaseOut")
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)  # after Apply, as Tab goes
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(after)
        layout.addWidget(buttons)
        for box in (self.members_from, self.evaluation, self.follow_up):
            box.currentIndexChanged.connect(self.preview)
        self.alone.toggled.connect(self.preview)
        self.resize(760, 560)
        self.preview()

    def plan(self) -> PhaseOutPlan:
        return PhaseOutPlan(
            members_from=int(self.members_from.currentData() or 0),
            evaluation=self.evaluation.currentData(),
            follow_up=self.follow_up.currentData(),
            alone_after_evaluation=self.alone.isChecked(),
        )

    def _text(self, setting: ChairSetting) -> str:
        name = self.names.get(setting.led_by_member_id)
        return setting_text(setting.chair_mode, name, setting.purpose)

    def preview(self, *_args: object) -> None:
        self.alone.setEnabled(self.evaluation.currentData() is not None)
        try:
            self.rows = self.context.services.chairs.phase_out(
                self.group_id, self.plan(), self.today
            )
        except IntervisieError as exc:
            self.rows = []
            self.table.setRowCount(0)
            self.summary.setText(error_text(exc))
            self.apply_button.setEnabled(False)
            return
        self.table.setRowCount(len(self.rows))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(self.rows):
            values = (date_text(row.meeting.date), self._text(row.before), self._text(row.after))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                if c == 2 and row.changes:
                    item.setFont(bold)
                if c == 1 and row.overwrites:
                    item.setText("\u26a0 " + value)
                    item.setToolTip(self.tr("Set by hand; the plan overwrites it"))
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        changing = sum(r.changes for r in self.rows)
        overwritten = [r for r in self.rows if r.overwrites]
        text = self.tr("%n meeting(s) change.", "", changing)
        if overwritten:
            dates = ", ".join(date_text(r.meeting.date) for r in overwritten)
            text += " " + self.tr(
                "Overwritten (a chair or purpose set before, marked \u26a0): {dates}."
            ).format(dates=dates)
        self.summary.setText(text)
        self.apply_button.setEnabled(changing > 0)

    def apply(self) -> None:
        """One operation through the hub; Ctrl+Z puts back what each meeting had."""
        rows = self.rows
        chairs = self.context.services.chairs
        new, old = planned(rows), replaced(rows)
        try:
            self.context.ops.apply(None, lambda: chairs.assign(new))
        except IntervisieError as exc:
            self.summary.setText(error_text(exc))
            return
        self.undo.push(
            self.tr("Phase-out plan"), lambda: chairs.assign(new), lambda: chairs.assign(old)
        )
        self.accept()


def stretch_texts(table: QTableWidget) -> None:
    """The date as wide as it needs, the texts sharing the rest of the width."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    for column in range(1, table.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def open_phase_out(
    context: AppContext, undo: Undo, group_id: int, parent: QWidget | None = None
) -> PhaseOutDialog:
    dialog = PhaseOutDialog(context, undo, group_id, parent)
    dialog.open()
    return dialog


def add_phase_out_action(window: QWidget, menu: QMenu, host: PhaseOutHost) -> QAction:
    """Group › Phase-out plan…, enabled when a group is chosen."""
    action = QAction(QCoreApplication.translate("PhaseOut", "&Phase-out plan\u2026"), window)
    action.setObjectName("phaseOutPlan")

    def run() -> None:
        if host.group_id is not None:
            host.commit_pending()
            open_phase_out(host.context, host.undo, host.group_id, host.window())

    action.triggered.connect(lambda _checked=False: run())
    menu.aboutToShow.connect(lambda: action.setEnabled(host.group_id is not None))
    menu.addAction(action)
    return action
