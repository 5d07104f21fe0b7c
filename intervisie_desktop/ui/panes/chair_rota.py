"""The chair rota on the Meetings tab, under "Led by": who is next to chair the meeting shown (one
click takes the suggestion), who chaired when, the meeting's purpose, and the phase-out plan."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import ChairMode, MeetingStatus
from intervisie_desktop.ui.forms.typed import date_text
from intervisie_desktop.ui.panes.chair import purpose_choices, setting_text
from intervisie_desktop.ui.panes.phase_out import open_phase_out, stretch_texts

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QComboBox

    from intervisie_desktop.core.models import Group, Meeting
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.fields import FormBinder
    from intervisie_desktop.ui.forms.undo import Undo

WATCHED = (Change.MEETINGS, Change.ATTENDANCE, Change.MEMBERS, Change.GROUPS)


class MeetingsPane(Protocol):
    """What the rota uses of the Meetings tab (this protocol, so no import goes back to it)."""

    @property
    def context(self) -> AppContext: ...

    @property
    def undo(self) -> Undo: ...

    @property
    def group(self) -> Group | None: ...

    @property
    def meeting(self) -> Meeting | None: ...

    @property
    def leader(self) -> QComboBox: ...

    @property
    def binder(self) -> FormBinder: ...

    @property
    def meeting_selected(self) -> SignalInstance: ...

    def commit_pending(self) -> None: ...


class ChairRota(QWidget):
    """ "Next to chair: Anna Bos" [Take], [Who chaired when…] [Phase-out plan…]."""

    def __init__(self, pane: MeetingsPane) -> None:
        super().__init__()
        self.setObjectName("chairRota")
        self.pane = pane
        self.context: AppContext = pane.context
        self.suggested: int | None = None
        self.history: ChairHistoryDialog | None = None
        self.next_label = QLabel()
        self.next_label.setObjectName("nextChair")
        self.next_label.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Ta&ke"))
        self.take_button.setObjectName("takeChairButton")
        self.take_button.setToolTip(self.tr("Let the member next on the chair rota chair"))
        self.take_button.clicked.connect(self.take)
        self.history_button = QPushButton(self.tr("Who chaired when\u2026"))
        self.history_button.setObjectName("chairHistoryButton")
        self.history_button.clicked.connect(self.show_history)
        self.plan_button = QPushButton(self.tr("Phase-out plan\u2026"))
        self.plan_button.setObjectName("phaseOutButton")
        self.plan_button.clicked.connect(self.open_plan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.next_label, 1)
        top.addWidget(self.take_button)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_button)
        bottom.addWidget(self.plan_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.context.hub.watch(self, WATCHED, lambda _c: self.reload())
        pane.meeting_selected.connect(lambda _id: self.reload())

    def reload(self) -> None:
        group = self.pane.group
        meeting = self.pane.meeting
        if meeting is not None and meeting.id is not None:
            try:  # as stored now: the pane may hear of the change after this row
                meeting = self.context.services.meetings.get(meeting.id)
            except IntervisieError:
                meeting = None
        self.history_button.setEnabled(group is not None)
        self.plan_button.setEnabled(group is not None)
        self.suggested = None
        if meeting is None or meeting.id is None or meeting.status != MeetingStatus.PLANNED:
            self.next_label.setText(
                self.tr("The chair rota suggests a chair for planned meetings.")
            )
            self.take_button.setEnabled(False)
            return
        rows = self.context.services.chairs.rota(meeting.id)
        present = [r for r in rows if not r.away]
        if not present:
            self.next_label.setText(self.tr("Next to chair: nobody (every member is away)"))
            self.take_button.setEnabled(False)
            return
        first = present[0]
        self.suggested = first.member.id
        times = self.tr("chaired %n time(s)", "", first.chaired)
        last = (
            self.tr("last on {date}").format(date=date_text(first.last_date))
            if first.last_date
            else self.tr("never yet")
        )
        text = self.tr("Next to chair: {name} ({times}, {last})").format(
            name=first.member.full_name, times=times, last=last
        )
        chosen = meeting.led_by_member_id == first.member.id and (
            meeting.chair_mode != ChairMode.SUPERVISOR
        )
        self.next_label.setText(text)
        self.take_button.setEnabled(not chosen)

    def take(self) -> None:
        """As if the user chose the member in "Led by": the chair follows, Ctrl+Z takes it back."""
        if self.suggested is None:
            return
        leader = self.pane.leader
        index = leader.findData(self.suggested)
        if index < 0:
            return
        leader.setCurrentIndex(index)
        self.pane.binder.commit("led_by_member_id")

    def show_history(self) -> None:
        group = self.pane.group
        if group is None or group.id is None:
            return
        self.history = ChairHistoryDialog(self.context, group.id, self)
        self.history.open()

    def open_plan(self) -> None:
        group = self.pane.group
        if group is not None and group.id is not None:
            self.pane.commit_pending()
            open_phase_out(self.context, self.pane.undo, group.id, self)


class ChairHistoryDialog(QDialog):
    """Every meeting of the group that was not cancelled, newest first, and who chaired it."""

    def __init__(self, context: AppContext, group_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chairHistory")
        self.setWindowTitle(self.tr("Who chaired when"))
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("chairHistoryTable")
        self.table.setAccessibleName(self.tr("Who chaired each meeting"))
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Chair")])
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        rows = context.services.chairs.history(group_id)
        self.table.setRowCount(len(rows))
        for r, (meeting, member) in enumerate(rows):
            name = member.full_name if member is not None else None
            chair = setting_text(meeting.chair_mode, name, meeting.purpose)
            for c, value in enumerate((date_text(meeting.date), chair)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        stretch_texts(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(520, 420)


def install_chair_rota(pane: MeetingsPane) -> ChairRota:
    """The meeting's purpose and the chair rota, as rows right under "Led by"."""
    form: QFormLayout = pane.binder.form
    purpose = pane.binder.choice(
        QCoreApplication.translate("ChairRota", "P&urpose"), "purpose", purpose_choices()
    )
    purpose.setObjectName("meetingPurpose")
    taken = form.takeRow(form.rowCount() - 1)  # added last: moved up beside the chair
    row = _row_of(form, pane.leader) + 1
    label, field = taken.labelItem.widget(), taken.fieldItem.widget()
    assert label is not None and field is not None
    form.insertRow(row, label, field)
    rota = ChairRota(pane)
    caption = QLabel(QCoreApplication.translate("ChairRota", "Chair rota"))
    caption.setAlignment(Qt.AlignmentFlag.AlignTop)
    form.insertRow(row, caption, rota)
    return rota


def _row_of(form: QFormLayout, widget: QWidget) -> int:
    """The form row whose field holds `widget` (the binder wraps each field in a box)."""
    for row in range(form.rowCount()):
        item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        box = item.widget() if item is not None else None
        if box is not None and (box is widget or box.isAncestorOf(widget)):
            return row
    return form.rowCount() - 1
