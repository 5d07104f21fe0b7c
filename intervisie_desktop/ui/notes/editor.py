"""One note: title, pin, what it is about, Markdown text with a rendered preview. Autosaves."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError, NotFoundError
from intervisie_desktop.ui.forms.fields import date_text
from intervisie_desktop.ui.translation import error_text
from intervisie_desktop.ui.widths import fit_combo_text

if TYPE_CHECKING:
    from PySide6.QtGui import QHideEvent

    from intervisie_desktop.core.models import Note
    from intervisie_desktop.ui.context import AppContext

logger = logging.getLogger(__name__)

AUTOSAVE_MS = 700


class NoteEditor(QWidget):
    """Edits one note; every change is stored a moment after typing stops, and at once when
    another note is opened, the editor is hidden or the program locks or quits."""

    saved = Signal(int)
    deleted = Signal(int)
    moved = Signal(int)  # pinned or attached elsewhere: its place in the list changes

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = context.services
        self.ops = context.ops
        #: Its saves reach the hub as made by the pane it was made for, which shows them itself.
        self.initiator: QWidget = parent or self
        self.note_id: int | None = None
        self._loading = False
        self._dirty = False
        # The group shown is the one of the note's meeting or case, not one of its own.
        self._group_derived = False
        self.title = QLineEdit()
        self.title.setObjectName("noteTitle")
        self.title.setAccessibleName(self.tr("Title"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.pinned = QCheckBox(self.tr("Pinned"))
        self.pinned.setObjectName("notePinned")
        self.group = QComboBox()
        self.group.setObjectName("noteGroup")
        self.group.setAccessibleName(self.tr("About group"))
        self.member = QComboBox()
        self.member.setObjectName("noteMember")
        self.member.setAccessibleName(self.tr("About member"))
        self.meeting = QComboBox()
        self.meeting.setObjectName("noteMeeting")
        self.case = QComboBox()
        self.case.setObjectName("noteCase")
        self.case.setAccessibleName(self.tr("About case"))
        self.meeting.setAccessibleName(self.tr("About meeting"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("noteBody")
        self.body.setAccessibleName(self.tr("Note text"))
        self.body.setPlaceholderText(
            self.tr("Write in Markdown: # heading, **bold**, *italic*, - list")
        )
        self.preview = QTextBrowser()
        self.preview.setObjectName("notePreview")
        self.preview.setOpenLinks(False)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.body, self.tr("Write"))
        self.tabs.addTab(self.preview, self.tr("Preview"))
        self.tabs.currentChanged.connect(lambda _i: self.render_preview())
        self.state = QLabel()
        self.state.setObjectName("noteState")
        self.delete_button = QPushButton(self.tr("Delete note\u2026"))
        self.delete_button.setObjectName("deleteNote")
        self.delete_button.clicked.connect(self.delete_note)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pinned)
        # Three rows, to fit the side dock: the group (long names), member and meeting, case.
        about = QGridLayout()
        about.addWidget(QLabel(self.tr("About:")), 0, 0)
        about.addWidget(self.group, 0, 1, 1, 2)
        about.addWidget(self.member, 1, 1)
        about.addWidget(self.meeting, 1, 2)
        about.addWidget(self.case, 2, 1, 1, 2)
        about.setColumnStretch(1, 1)
        about.setColumnStretch(2, 1)
        fit_combo_text(self.group, self.tr("No group"))
        fit_combo_text(self.member, self.tr("No member"))
        fit_combo_text(self.meeting, self.tr("No meeting"))
        fit_combo_text(self.case, self.tr("No case"))
        bottom = QHBoxLayout()
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(about)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_now)
        self.title.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)
        self.pinned.toggled.connect(self._changed_now)
        self.group.activated.connect(self._group_chosen)
        self.member.activated.connect(self._changed_now)
        self.meeting.activated.connect(self._meeting_chosen)
        self.case.activated.connect(self._changed_now)
        self.setEnabled(False)

    # loading -----------------------------------------------------------------------------
    def load(self, note_id: int | None) -> None:
        self.save_now()
        self._loading = True
        try:
            self.note_id = note_id
            note = self.services.notes.get(note_id) if note_id is not None else None
            self.setEnabled(note is not None)
            self.title.setText(note.title if note else "")
            self.body.setPlainText(note.body if note else "")
            self.pinned.setChecked(bool(note and note.pinned))
            self._fill_groups(note.group_id if note else None, note)
            self._group_derived = bool(note and note.group_id is None) and (
                self.group.currentData() is not None
            )
            self.state.setText("")
            self._name_choices()
            self.render_preview()
        finally:
            self._loading = False
            self._dirty = False

    def _group_of(self, note: Note | None) -> int | None:
        if note is None:
            return None
        if note.group_id is not None:
            return note.group_id
        meeting_id = note.meeting_id
        if meeting_id is None and note.case_id is not None:
            meeting_id = self.services.cases.get(note.case_id).meeting_id
        if meeting_id is not None:
            return self.services.meetings.get(meeting_id).group_id
        return None

    def _fill_groups(self, group_id: int | None, note: Note | None) -> None:
        group_id = group_id if group_id is not None else self._group_of(note)
        self.group.clear()
        self.group.addItem(self.tr("No group"), None)
        for group in self.services.groups.list(archived=None):
            self.group.addItem(group.name, group.id)
        self.group.setCurrentIndex(max(0, self.group.findData(group_id)))
        self._fill_group_parts(
            group_id, note.member_id if note else None, note.meeting_id if note else None
        )
        self._fill_cases(note.case_id if note else None)

    def _fill_group_parts(
        self, group_id: int | None, member_id: int | None, meeting_id: int | None
    ) -> None:
        self.member.clear()
        self.member.addItem(self.tr("No member"), None)
        self.meeting.clear()
        self.meeting.addItem(self.tr("No meeting"), None)
        if group_id is not None:
            seen = set()
            for _membership, person in self.services.memberships.members_of(group_id):
                if person.id not in seen:
                    seen.add(person.id)
                    self.member.addItem(person.full_name, person.id)
            for meeting in sorted(
                self.services.meetings.for_group(group_id), key=lambda m: m.date, reverse=True
            ):
                self.meeting.addItem(date_text(meeting.date), meeting.id)
        elif member_id is not None:
            self.member.addItem(self.services.members.get(member_id).full_name, member_id)
        self.member.setCurrentIndex(max(0, self.member.findData(member_id)))
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))

    def _fill_cases(self, case_id: int | None) -> None:
        """The cases of the chosen meeting, else of the chosen group; the note's own always."""
        self.case.clear()
        self.case.addItem(self.tr("No case"), None)
        meeting_id, group_id = self.meeting.currentData(), self.group.currentData()
        if meeting_id is not None:
            meeting = self.services.meetings.get(meeting_id)
            found = [(c, meeting) for c in self.services.cases.for_meeting(meeting_id)]
        elif group_id is not None:
            found = self.services.cases.for_group(group_id)
        else:
            found = []
        if case_id is not None and all(c.id != case_id for c, _m in found):
            case = self.services.cases.get(case_id)
            found.append((case, self.services.meetings.get(case.meeting_id)))
        for case, meeting in found:
            label = self.tr("Case: {topic} ({date})").format(
                topic=case.topic, date=date_text(meeting.date)
            )
            self.case.addItem(label, case.id)
        self.case.setCurrentIndex(max(0, self.case.findData(case_id)))

    # saving ------------------------------------------------------------------------------
    def _edited(self) -> None:
        if self._loading or self.note_id is None:
            return
        self._dirty = True
        self.state.setText(self.tr("Editing\u2026"))
        self._timer.start()

    def _name_choices(self) -> None:
        """A narrow dock cuts the choices short: each says in full what it is on hover."""
        for combo in (self.group, self.member, self.meeting, self.case):
            combo.setToolTip(combo.currentText())

    def _changed_now(self) -> None:
        self._name_choices()
        if self._loading or self.note_id is None:
            return
        self._dirty = True
        self.save_now()
        if self.note_id is not None:
            self.moved.emit(self.note_id)

    def _group_chosen(self) -> None:
        if self._loading:
            return
        self._loading = True
        self._group_derived = False
        try:
            self._fill_group_parts(self.group.currentData(), None, None)
            self._fill_cases(None)
        finally:
            self._loading = False
        self._changed_now()

    def _meeting_chosen(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_cases(self.case.currentData())
        finally:
            self._loading = False
        self._changed_now()

    def save_now(self) -> None:
        """Store pending changes now (no-op when nothing changed)."""
        self._timer.stop()
        if not self._dirty or self.note_id is None:
            return
        notes, note_id = self.services.notes, self.note_id
        group_id = self.group.currentData()
        if self._group_derived and (self.meeting.currentData() or self.case.currentData()):
            group_id = None  # it stays the meeting's or case's: not stored twice
        try:
            self.ops.perform(
                self.initiator,
                lambda: notes.update(
                    note_id,
                    title=self.title.text(),
                    body=self.body.toPlainText(),
                    pinned=self.pinned.isChecked(),
                    group_id=group_id,
                    member_id=self.member.currentData(),
                    meeting_id=self.meeting.currentData(),
                    case_id=self.case.currentData(),
                ),
            )
        except NotFoundError:
            self.note_id = None
            self.setEnabled(False)
            return
        except IntervisieError as exc:
            self.state.setText(error_text(exc))
            return
        self._dirty = False
        self.state.setText(self.tr("Saved"))
        self.render_preview()
        self.saved.emit(self.note_id)

    def render_preview(self) -> None:
        if self.tabs.currentWidget() is self.preview:
            self.preview.setMarkdown(self.body.toPlainText())

    def is_empty(self) -> bool:
        return not self.title.text().strip() and not self.body.toPlainText().strip()

    def delete_note(self) -> None:
        if self.note_id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete this note for good? It cannot be recovered."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.discard()

    def discard(self) -> None:
        """Delete the open note without asking (used for a note left empty)."""
        if self.note_id is None:
            return
        note_id = self.note_id
        self._dirty = False
        self._timer.stop()
        self.note_id = None
        notes = self.services.notes
        self.ops.apply(self.initiator, lambda: notes.delete(note_id))
        self.load(None)
        self.deleted.emit(note_id)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_now()
        super().hideEvent(event)
