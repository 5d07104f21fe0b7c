"""Cases brought to a group's meetings, their follow-up, and whose turn it is to bring one."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.models import Case, FollowUpStatus, Group, Meeting
from intervisie_desktop.core.services.cases import follow_up_after
from intervisie_desktop.ui.forms import unsaved
from intervisie_desktop.ui.forms.fields import FormBinder, date_text, set_choices
from intervisie_desktop.ui.items import set_current_list_item
from intervisie_desktop.ui.plan.choices import method_choices
from intervisie_desktop.ui.tones import on_palette
from intervisie_desktop.ui.widths import FormScroll, fit_columns

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)

ALL_MEETINGS = -1
ID_ROLE = Qt.ItemDataRole.UserRole


class CasesPane(QWidget):
    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.context = context
        self.undo = undo
        self.group: Group | None = None
        self.rows: list[tuple[Case, Meeting]] = []
        self.case: Case | None = None
        self.meetings: list[Meeting] = []

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.meeting_filter = QComboBox()
        self.meeting_filter.setObjectName("caseMeetingFilter")
        self.meeting_filter.setAccessibleName(self.tr("Meeting"))
        left_layout.addWidget(self.meeting_filter)
        self.list = QListWidget()
        self.list.setObjectName("caseList")
        # A long topic is cut short with an ellipsis when the pane is narrow (the notes open),
        # rather than the list scrolling sideways; the form beside it shows it whole.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(self.tr("Cases"))
        left_layout.addWidget(self.list, 3)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("newCaseButton")
        left_layout.addWidget(self.new_button)
        rotation_box = QGroupBox(self.tr("Case-bringer rotation"))
        rotation_layout = QVBoxLayout(rotation_box)
        self.rotation = QTableWidget(0, 3)
        self.rotation.setObjectName("rotationTable")
        self.rotation.setHorizontalHeaderLabels(
            [self.tr("Member"), self.tr("Cases"), self.tr("Last brought")]
        )
        self.rotation.verticalHeader().hide()
        self.rotation.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rotation.setTabKeyNavigation(False)
        header = self.rotation.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        rotation_hint = QLabel(self.tr("Who has not brought a case for longest comes first."))
        rotation_hint.setWordWrap(True)
        rotation_layout.addWidget(rotation_hint)
        rotation_layout.addWidget(self.rotation)
        left_layout.addWidget(rotation_box, 2)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("caseHeading")
        self.heading.setWordWrap(True)
        body_layout.addWidget(self.heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_layout.addLayout(form)
        body_layout.addStretch(1)
        self.binder = FormBinder(undo, self._target, form, self.tr("Edit case"))
        b = self.binder
        self.bringer = b.choice(self.tr("Case &bringer"), "bringer_id", [])
        self.topic = b.line(self.tr("&Topic label"), "topic")
        self.topic.setPlaceholderText(self.tr("a few words; may appear in reports"))
        self.question = b.long(self.tr("&Question"), "question", 2)
        self.show_question = b.check(
            "", "show_question", self.tr("&Show the question on the projector")
        )
        self.anonymise = QLabel(
            self.tr(
                "Confidential: never shown on the projector or in reports. Keep it anonymous: "
                "initials or a pseudonym, no birth dates, no names of institutions."
            )
        )
        self.anonymise.setObjectName("anonymiseHint")
        self.anonymise.setWordWrap(True)
        self.anonymise.setStyleSheet(on_palette("color: #8a4b00;"))
        form.addRow("", self.anonymise)
        self.description = b.long(self.tr("&Description"), "description", 5)
        self.method = b.choice(self.tr("&Method"), "method_key", [])
        self.outcome = b.long(self.tr("&Outcome and insights"), "outcome", 3)
        self.agreed_actions = b.long(self.tr("&Agreed actions"), "agreed_actions", 3)
        self.share_actions = b.check(  # off by default: the actions stay with the case
            self.tr("In the minutes"),
            "actions_shareable",
            self.tr("Share the actions with the &group"),
        )
        self.share_actions.setObjectName("shareActions")
        self.follow_status = b.choice(
            self.tr("&Follow-up"),
            "follow_up_status",
            [
                (self.tr("nothing agreed"), FollowUpStatus.NONE),
                (self.tr("open: to follow up"), FollowUpStatus.OPEN),
                (self.tr("carried over"), FollowUpStatus.CARRIED),
                (self.tr("done"), FollowUpStatus.DONE),
                (self.tr("dropped"), FollowUpStatus.DROPPED),
            ],
        )
        self.follow_text = b.long(self.tr("&What came of it"), "follow_up_text", 3)
        b.related = self._follow_up_follows_actions
        scroll = FormScroll(body)  # as wide as the form: no sideways scroll bar
        self.no_selection = QLabel(self.tr("Choose a case on the left, or add a new one."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(scroll)
        self.right.addWidget(self.no_selection)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.empty = QLabel()
        self.empty.setObjectName("casesEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_page = QWidget()
        empty_layout = QHBoxLayout(empty_page)
        empty_layout.addWidget(self.empty)
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        self.stack.addWidget(empty_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.meeting_filter.currentIndexChanged.connect(lambda _i: self._fill_list())
        self.list.currentItemChanged.connect(self._on_current_item)
        self.new_button.clicked.connect(self.new_case)

    # -- loading ------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.binder.commit_all()

    def set_group(self, group_id: int | None) -> None:
        self.group = None if group_id is None else self.context.services.groups.get(group_id)
        self.case = None
        self.meeting_filter.blockSignals(True)
        self.meeting_filter.setCurrentIndex(0)
        self.meeting_filter.blockSignals(False)
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        services = self.context.services
        group_id = self.group.id if self.group is not None else None
        if group_id is None:
            self.rows, self.meetings = [], []
        else:
            self.rows = services.cases.for_group(group_id)
            self.meetings = list(reversed(services.meetings.for_group(group_id)))
        items: list[tuple[str, Any]] = [(self.tr("All meetings"), ALL_MEETINGS)]
        items += [(date_text(m.date, long=True), m.id) for m in self.meetings]
        set_choices(self.meeting_filter, items)
        self._fill_rotation()
        if not self.meetings:
            self.empty.setText(
                self.tr("Cases belong to a meeting. Plan a meeting first (Meetings tab).")
            )
            self.stack.setCurrentIndex(1)
        else:
            self.stack.setCurrentIndex(0)
        self._fill_list(force=force)

    def _fill_list(self, force: bool = False) -> None:
        wanted = self.meeting_filter.currentData()
        selected = self.case.id if self.case is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        current = None
        for case, meeting in self.rows:
            if wanted not in (None, ALL_MEETINGS) and meeting.id != wanted:
                continue
            item = QListWidgetItem(
                self.tr("{date} \u2013 {topic}").format(
                    date=date_text(meeting.date), topic=case.topic
                )
            )
            item.setData(ID_ROLE, case.id)
            self.list.addItem(item)
            if case.id == selected:
                current = item
        if current is None and self.list.count():
            current = self.list.item(0)
        set_current_list_item(self.list, current)
        self.list.blockSignals(False)
        if not self.list.count():
            self.no_selection.setText(
                self.tr("No cases here yet. Click \u201cNew case\u201d (Ctrl+Shift+K) to add one.")
            )
        else:
            self.no_selection.setText(self.tr("Choose a case on the left, or add a new one."))
        self.new_button.setEnabled(bool(self.meetings))
        self._show_current(force=force)

    def _on_current_item(self, current: QListWidgetItem | None, previous: Any) -> None:
        chosen = current.data(ID_ROLE) if current is not None else None
        if not unsaved.may_switch(self, self.binder, self.current_case_id(), chosen):
            unsaved.put_back(self.list, lambda: self.list.setCurrentItem(previous))
            return
        self._show_current()

    def _fill_rotation(self) -> None:
        rows = (
            []
            if self.group is None or self.group.id is None
            else self.context.services.cases.rotation(self.group.id)
        )
        self.rotation.setRowCount(len(rows))
        for r, row in enumerate(rows):
            last = date_text(row.last_date) if row.last_date else self.tr("never")
            for c, value in enumerate((row.member.full_name, str(row.cases), last)):
                self.rotation.setItem(r, c, QTableWidgetItem(value))
        fit_columns(self.rotation, wrapping=(0,))  # every column in view, the titles whole

    def _show_current(self, force: bool = False) -> None:
        item = self.list.currentItem()
        case_id = item.data(ID_ROLE) if item is not None else None
        previous = self.case.id if self.case is not None else None
        found = next(((c, m) for c, m in self.rows if c.id == case_id), None)
        self.case = found[0] if found else None
        self.right.setCurrentIndex(0 if self.case is not None else 1)
        if found is not None:
            _case, meeting = found
            people: list[tuple[str, Any]] = [(self.tr("(not chosen)"), None)]
            for person, record in self.context.services.attendance.for_meeting(meeting.id or 0):
                if record is None or record.status.value == "present":
                    people.append((person.full_name, person.id))
            set_choices(self.bringer, people)
            self.heading.setText(
                self.tr("Case brought on {date}").format(date=date_text(meeting.date, long=True))
            )
        current = self.case.method_key if self.case is not None else ""
        set_choices(self.method, method_choices(self.context.services, self.context.lang, current))
        changed = force or previous != case_id
        self.binder.load(self.case, force=changed)

    def _follow_up_follows_actions(
        self, name: str, old: Any, new: Any
    ) -> dict[str, tuple[Any, Any]]:
        """Agreed actions typed on a case make it open to follow up (and taken out, not)."""
        if name != "agreed_actions":
            return {}
        status = FollowUpStatus(self.binder.loaded.get("follow_up_status") or FollowUpStatus.NONE)
        after = follow_up_after(str(old or ""), str(new or ""), status)
        return {} if after == status else {"follow_up_status": (status, after)}

    def _target(self) -> tuple[Any, int] | None:
        if self.case is None or self.case.id is None:
            return None
        return self.context.services.cases, self.case.id

    # -- actions ------------------------------------------------------------------------------

    def target_meeting(self) -> Meeting | None:
        """Where a new case goes: the filtered meeting, the shown case's, or the latest one."""
        wanted = self.meeting_filter.currentData()
        for meeting in self.meetings:
            if meeting.id == wanted:
                return meeting
        if self.case is not None:
            for meeting in self.meetings:
                if meeting.id == self.case.meeting_id:
                    return meeting
        return self.meetings[0] if self.meetings else None

    def new_case(self) -> None:
        meeting = self.target_meeting()
        if meeting is None or meeting.id is None:
            return
        cases = self.context.services.cases
        case = self.context.ops.perform(
            self, lambda: cases.create(meeting_id=meeting.id, topic=self.tr("New case"))
        )
        assert case.id is not None
        self.undo.created("case", case.id, self.tr("New case"))
        self.case = case
        self.refresh(force=True)
        self.topic.setFocus()
        self.topic.selectAll()

    def select_case(self, case_id: int) -> None:
        """Show one case (e.g. a search hit) in the pane."""
        self.case = self.context.services.cases.get(case_id)
        self.meeting_filter.setCurrentIndex(0)  # all meetings: the case must be in the list
        self.refresh(force=True)

    def current_case_id(self) -> int | None:
        return self.case.id if self.case is not None else None

    def shown_topics(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
