"""At start-up, a session that was not finished (quit, crash, kill) is offered for resuming."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.models import Meeting
    from intervisie_desktop.ui.context import AppContext


class ResumeChoice(StrEnum):
    RESUME = "resume"
    NOT_NOW = "not_now"
    DISCARD = "discard"


class ResumeAnswer(NamedTuple):
    choice: ResumeChoice
    meeting_id: int | None


class ResumeDialog(QDialog):
    def __init__(
        self, context: AppContext, meetings: list[Meeting], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("resumeDialog")
        self.setWindowTitle(self.tr("Resume the session?"))
        self.context = context
        self.choice = ResumeChoice.NOT_NOW
        self.intro = QLabel(
            self.tr(
                "A session was not finished (the program was closed or stopped during it). "
                "Resume it where it stood? Its time was paused meanwhile."
            )
            if len(meetings) == 1
            else self.tr(
                "These sessions were not finished (the program was closed or stopped during "
                "them). Resume one where it stood? Their time was paused meanwhile."
            )
        )
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("unfinishedList")
        for meeting in meetings:
            item = QListWidgetItem(self.label(meeting))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.setVisible(len(meetings) > 1)
        self.only = QLabel(self.label(meetings[0]) if meetings else "")
        self.only.setObjectName("meetingLabel")
        self.only.setVisible(len(meetings) == 1)
        font = self.only.font()
        font.setBold(True)
        self.only.setFont(font)

        self.resume_button = QPushButton(self.tr("&Resume"))
        self.resume_button.setObjectName("resumeButton")
        self.resume_button.setDefault(True)
        self.later_button = QPushButton(self.tr("&Not now"))
        self.later_button.setObjectName("laterButton")
        self.discard_button = QPushButton(self.tr("&Discard\u2026"))
        self.discard_button.setObjectName("discardButton")
        self.resume_button.clicked.connect(lambda: self._choose(ResumeChoice.RESUME))
        self.later_button.clicked.connect(self.reject)
        self.discard_button.clicked.connect(self._discard)
        self.list.itemActivated.connect(lambda _item: self._choose(ResumeChoice.RESUME))

        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.resume_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.only)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.resume_button.setFocus()

    def label(self, meeting: Meeting) -> str:
        try:
            group = self.context.services.groups.get(meeting.group_id).name
        except Exception:
            group = ""
        locale = QLocale(QLocale.Language.Dutch if self.context.lang == "nl" else "en")
        day = QDate(meeting.date.year, meeting.date.month, meeting.date.day)
        when = locale.toString(day, QLocale.FormatType.LongFormat)
        if meeting.planned_start is not None:
            when += " " + meeting.planned_start.strftime("%H:%M")
        return self.tr("{group}, meeting of {when}").format(group=group, when=when)

    def meeting_id(self) -> int | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def _choose(self, choice: ResumeChoice) -> None:
        self.choice = choice
        self.accept()

    def _discard(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Discard the session"),
            self.tr(
                "Discard this unfinished session? Its course so far is thrown away; the "
                "meeting itself, its cases and notes stay."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._choose(ResumeChoice.DISCARD)

    @classmethod
    def ask(
        cls, parent: QWidget | None, context: AppContext, meetings: list[Meeting]
    ) -> tuple[ResumeAnswer, bool]:
        """(what to do with which meeting, accepted); "not now" is (NOT_NOW, ...), False."""
        dialog = cls(context, meetings, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        answer = ResumeAnswer(
            dialog.choice if accepted else ResumeChoice.NOT_NOW, dialog.meeting_id()
        )
        dialog.deleteLater()
        return answer, accepted
