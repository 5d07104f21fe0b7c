"""The presenter's speaker order: drag the speakers still to come, untick who is absent.

In a phase without turns it lists everyone of the session (present, absent) in the same way:
dragging there sets the order of the rounds that follow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from intervisie_desktop.core.errors import NotFoundError
from intervisie_desktop.core.models import AttendanceStatus
from intervisie_desktop.core.session.snapshot import SpeakerState, SpeakerView

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
MOVABLE = (SpeakerState.TO_COME, SpeakerState.PRESENT)  # still to speak, or here outside rounds


def excused_at(services: Services, meeting_id: int) -> set[int]:
    """Members recorded as excused for the meeting (sent word they would not come)."""
    try:
        marks = services.attendance.for_meeting(meeting_id)
    except NotFoundError:
        return set()
    return {
        member.id
        for member, mark in marks
        if member.id is not None and mark is not None and mark.status == AttendanceStatus.EXCUSED
    }


class SpeakerList(QListWidget):
    reorder_requested = Signal(list)  # member ids of the movable speakers, new order
    absent_toggled = Signal(int, bool)  # member id, absent

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speakerList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self._shown: tuple[SpeakerView, ...] = ()
        self._updating = False
        # Who sent word they would not come (attendance "excused"): said so, not "absent".
        self.excused: set[int] = set()
        # The members' learning goals, shown under their names (the opening round only).
        self.goals: dict[int, str] = {}
        self.model().rowsMoved.connect(self._on_moved)
        self.itemChanged.connect(self._on_item_changed)

    def sizeHint(self) -> QSize:
        """As tall as its rows, not the 192 pixels Qt gives any list: the presenter's side
        column then scrolls only when the rows and the rest do not fit (and the list still
        takes the room to spare)."""
        rows = sum(self.sizeHintForRow(row) for row in range(self.count()))
        height = max(rows, 3 * self.fontMetrics().height()) + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def state_text(self, state: SpeakerState) -> str:
        return {
            SpeakerState.DONE: self.tr("done"),
            SpeakerState.CURRENT: self.tr("speaking"),
            SpeakerState.TO_COME: "",
            SpeakerState.ABSENT: self.tr("absent"),
            SpeakerState.PRESENT: "",
        }[state]

    def show_speakers(self, speakers: tuple[SpeakerView, ...]) -> None:
        if speakers == self._shown:
            return
        self._shown = speakers
        self._updating = True
        try:
            self.clear()
            for speaker in speakers:
                text = speaker.display_name
                if speaker.is_case_bringer:
                    text += " \u2605 " + self.tr("(case bringer)")
                extra = self.state_text(speaker.state)
                if speaker.state == SpeakerState.ABSENT and speaker.member_id in self.excused:
                    extra = self.tr("excused")
                if extra:
                    text += f" \u2014 {extra}"
                goal = self.goals.get(speaker.member_id)
                if goal:
                    text += "\n    " + self.tr("Learning goal: {goal}").format(goal=goal)
                item = QListWidgetItem(text)
                item.setData(ID_ROLE, speaker.member_id)
                item.setData(STATE_ROLE, speaker.state.value)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if speaker.state in MOVABLE or speaker.state == SpeakerState.ABSENT:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                if speaker.state in MOVABLE:
                    flags |= Qt.ItemFlag.ItemIsDragEnabled
                item.setFlags(flags)
                present = speaker.state != SpeakerState.ABSENT
                item.setCheckState(Qt.CheckState.Checked if present else Qt.CheckState.Unchecked)
                font = QFont(item.font())
                font.setBold(speaker.state == SpeakerState.CURRENT)
                font.setStrikeOut(speaker.state == SpeakerState.ABSENT)
                item.setFont(font)
                self.addItem(item)
        finally:
            self._updating = False
        self.updateGeometry()  # its size hint follows its rows

    def set_goals(self, goals: dict[int, str]) -> None:
        """Show these learning goals under the names (an empty dict takes them away)."""
        if goals == self.goals:
            return
        self.goals = dict(goals)
        shown, self._shown = self._shown, ()
        self.show_speakers(shown)

    def order(self) -> list[int]:
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]

    def to_come(self) -> list[int]:
        """The movable ones in their order shown: still to speak, or here outside rounds."""
        movable = {state.value for state in MOVABLE}
        return [
            int(self.item(i).data(ID_ROLE))
            for i in range(self.count())
            if self.item(i).data(STATE_ROLE) in movable
        ]

    def move_speaker(self, row: int, to_row: int) -> None:
        """What a drag does, for keyboard users and tests: move one row, then ask to reorder."""
        item = self.takeItem(row)
        self.insertItem(to_row, item)
        self._on_moved()

    def _on_moved(self, *args: object) -> None:
        if self._updating:
            return
        self._shown = ()
        self.reorder_requested.emit(self.to_come())

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        if self._updating:
            return
        absent = item.checkState() != Qt.CheckState.Checked
        self.excused.discard(int(item.data(ID_ROLE)))  # decided here and now
        self.absent_toggled.emit(int(item.data(ID_ROLE)), absent)
