"""Marking the open follow-ups in the meetings pane: the same marks as session mode's follow-up
step (done, carried over to the next meeting, dropped), for the chosen case in the list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from intervisie_desktop.core.models import FollowUpStatus

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.models import Case
    from intervisie_desktop.ui.context import AppContext

CASE_ROLE = Qt.ItemDataRole.UserRole


def follow_up_item(text: str, case: Case, carried: str) -> QListWidgetItem:
    """A row of the list: the case id kept with it, "carried over" said where it was."""
    if case.follow_up_status == FollowUpStatus.CARRIED:
        text += f" ({carried})"
    item = QListWidgetItem(text)
    item.setData(CASE_ROLE, case.id)
    return item


class FollowUpMarks(QWidget):
    """Done, Carry over, Drop: for the case chosen in `follow_ups`, at `meeting_id()`."""

    def __init__(
        self,
        context: AppContext,
        follow_ups: QListWidget,
        meeting_id: Callable[[], int | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.follow_ups, self.meeting_id = context, follow_ups, meeting_id
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[FollowUpStatus, QPushButton] = {}
        for status, text in (
            (FollowUpStatus.DONE, self.tr("&Done")),
            (FollowUpStatus.CARRIED, self.tr("Carry &over")),
            (FollowUpStatus.DROPPED, self.tr("D&rop")),
        ):
            button = QPushButton(text)
            button.setObjectName(f"followUpMark_{status.value}")
            button.setEnabled(False)
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            row.addWidget(button)
            self.buttons[status] = button
        row.addStretch(1)
        follow_ups.currentItemChanged.connect(self._chosen)

    def _chosen(self, *args: object) -> None:
        item = self.follow_ups.currentItem()
        for button in self.buttons.values():
            button.setEnabled(item is not None and item.data(CASE_ROLE) is not None)

    def mark(self, status: FollowUpStatus) -> None:
        item = self.follow_ups.currentItem()
        meeting_id = self.meeting_id()
        if item is None or item.data(CASE_ROLE) is None or meeting_id is None:
            return
        case_id = int(item.data(CASE_ROLE))
        cases = self.context.services.cases
        self.context.ops.run_changes(
            self, lambda: cases.mark_follow_up(case_id, status, meeting_id)
        )
