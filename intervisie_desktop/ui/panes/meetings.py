"""A group's meetings, ahead and behind; plan one, record attendance, leader, theme, evaluation."""

from __future__ import annotations

import logging
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.dates import following_end
from intervisie_desktop.core.models import Group, Meeting, MeetingStatus, Member, Membership
from intervisie_desktop.ui.export.minutes_dialog import MinutesButton
from intervisie_desktop.ui.forms import unsaved
from intervisie_desktop.ui.forms.fields import FormBinder, date_text, hint, set_choices, time_text
from intervisie_desktop.ui.items import children, set_current_tree_item
from intervisie_desktop.ui.panes.airtime import AirtimeBox
from intervisie_desktop.ui.panes.attendance import AttendanceList
from intervisie_desktop.ui.panes.chair import chair_choices, chair_follows
from intervisie_desktop.ui.panes.chair_rota import install_chair_rota
from intervisie_desktop.ui.panes.follow_up_marks import FollowUpMarks, follow_up_item
from intervisie_desktop.ui.panes.meeting_evaluation import EvaluationBox
from intervisie_desktop.ui.panes.portal_lists import is_held, portal_button
from intervisie_desktop.ui.widths import FormScroll, fit_columns

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo
    from intervisie_desktop.ui.plan.editor import PlanEditor

logger = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole


def short_day(day: date) -> str:
    """Weekday, day, month and year, abbreviated in the user's language (fits a list column)."""
    from PySide6.QtCore import QDate, QLocale

    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM yyyy")


def status_text(status: MeetingStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingsPane", "planned"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingsPane", "held"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("MeetingsPane", "cancelled"),
    }[status]


class MeetingsPane(QWidget):
    meeting_selected = Signal(object)  # int | None

    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.context = context
        self.undo = undo
        self.group: Group | None = None
        self.meetings: list[Meeting] = []
        self.memberships: list[tuple[Membership, Member]] = []  # every membership, past ones too
        self._details_token = self._details_done = 0
        self.meeting: Meeting | None = None

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.plan_button = QPushButton(self.tr("Plan meeting"))
        self.plan_button.setObjectName("planMeetingButton")
        left_layout.addWidget(self.plan_button)
        self.tree = QTreeWidget()
        self.tree.setObjectName("meetingTree")
        self.tree.setAccessibleName(self.tr("Meetings"))
        self.tree.setHeaderLabels([self.tr("Date"), self.tr("Time"), self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)  # no wider than its texts need
        left_layout.addWidget(self.tree)
        self.ahead = QTreeWidgetItem([self.tr("%n upcoming meeting(s)", "", 0)])
        self.behind = QTreeWidgetItem([self.tr("%n past meeting(s)", "", 0)])
        for top in (self.ahead, self.behind):
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
        self.tree.addTopLevelItems([self.ahead, self.behind])
        for top in (self.ahead, self.behind):
            top.setFirstColumnSpanned(True)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        self.heading = QLabel()
        self.heading.setObjectName("meetingHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        body_layout.addWidget(self.heading)
        self.minutes_button = MinutesButton(context, self)  # minutes for the group
        self.meeting_selected.connect(self.minutes_button.show_meeting)
        body_layout.addWidget(self.minutes_button, 0, Qt.AlignmentFlag.AlignLeft)
        form_box = QGroupBox(self.tr("Meeting"))
        form = QFormLayout(form_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.binder = FormBinder(undo, self._target, form, self.tr("Edit meeting"))
        b = self.binder
        self.date = b.date(self.tr("&Date"), "date")
        self.start = b.time(self.tr("&Start"), "planned_start")
        self.end = b.time(self.tr("&End"), "planned_end")
        self.location = b.line(self.tr("&Place"), "location")
        self.online = b.check(self.tr("Online"), "online", self.tr("&Online meeting (video call)"))
        self.status = b.choice(
            self.tr("S&tatus"), "status", [(status_text(s), s) for s in MeetingStatus]
        )
        self.chair = b.choice(self.tr("&Who chairs"), "chair_mode", chair_choices())
        self.chair.setObjectName("chairMode")
        self.leader = b.choice(self.tr("&Led by"), "led_by_member_id", [])
        self.theme = b.line(self.tr("T&heme"), "theme")
        self.theme.setPlaceholderText(
            self.tr("a skill practised or a concept discussed, e.g. the drama triangle")
        )
        self.evaluation = b.long(self.tr("E&valuation"), "evaluation", 3)
        b.related = self._related
        self.chair_rota = install_chair_rota(self)  # purpose, rota, phase-out plan: under Led by
        body_layout.addWidget(form_box)
        self.follow_box = QGroupBox(self.tr("Open follow-ups from earlier cases"))
        follow_layout = QVBoxLayout(self.follow_box)
        self.follow_ups = QListWidget()
        self.follow_ups.setObjectName("followUpList")
        self.follow_ups.setMaximumHeight(140)
        follow_layout.addWidget(self.follow_ups)
        self.follow_marks = FollowUpMarks(
            context, self.follow_ups, lambda: self.meeting.id if self.meeting else None
        )
        follow_layout.addWidget(self.follow_marks)
        follow_layout.addWidget(
            hint(self.tr("Ask each case bringer what came of the agreed actions."))
        )
        body_layout.addWidget(self.follow_box)
        attendance_box = QGroupBox(self.tr("Attendance"))
        attendance_layout = QVBoxLayout(attendance_box)
        self.attendance = AttendanceList(context, undo)
        attendance_layout.addWidget(self.attendance)
        self.portal_button = portal_button(self, lambda: self.meeting)
        attendance_layout.addWidget(self.portal_button)
        body_layout.addWidget(attendance_box)
        self.airtime = AirtimeBox(context)  # after the session: who spoke how long
        body_layout.addWidget(self.airtime)
        self.evaluation_box = EvaluationBox(context)  # the group's scores, no names
        body_layout.addWidget(self.evaluation_box)
        # The session-plan editor is added here when it exists (see set_plan_editor).
        self.plan_editor: PlanEditor | None = None
        self.plan_box = QGroupBox(self.tr("Session plan"))
        self.plan_layout = QVBoxLayout(self.plan_box)
        self.plan_box.hide()
        body_layout.addStretch(1)
        scroll = FormScroll(body)  # as wide as the form: no sideways scroll bar
        self.detail = scroll
        # The plan below the meeting's form, out of its scrolling: its steps and buttons stay
        # in view; the supervisor drags the handle to give either more room.
        self.detail_split = QSplitter(Qt.Orientation.Vertical)
        self.detail_split.setObjectName("meetingDetailSplit")
        self.detail_split.setChildrenCollapsible(False)
        self.detail_split.addWidget(scroll)
        self.detail_split.addWidget(self.plan_box)
        self.detail_split.setStretchFactor(0, 1)
        self.detail_split.setStretchFactor(1, 1)

        self.empty = QLabel(
            self.tr(
                "No meetings yet. Click \u201cPlan meeting\u201d (Ctrl+Shift+M) to plan the first."
            )
        )
        self.empty.setObjectName("meetingsEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_selection = QLabel(self.tr("Choose a meeting on the left, or plan a new one."))
        self.no_selection.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.detail_split)
        self.right.addWidget(self.no_selection)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.split = split
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        self.plan_first = QPushButton(self.tr("Plan the first meeting"))
        self.plan_first.setObjectName("planFirstMeetingButton")
        empty_layout.addWidget(self.plan_first, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(1)
        self.stack.addWidget(empty_page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.tree.currentItemChanged.connect(self._on_current_item)
        self.plan_button.clicked.connect(self.plan_meeting)
        self.plan_first.clicked.connect(self.plan_meeting)

    def set_plan_editor(self, editor: PlanEditor) -> None:
        """Where the session-plan editor lives: under the selected meeting's form."""
        self.plan_editor = editor
        self.plan_layout.addWidget(editor)
        self.plan_box.show()
        self.meeting_selected.connect(editor.show_meeting)

    def commit_pending(self) -> None:
        self.binder.commit_all()
        if self.plan_editor is not None:
            self.plan_editor.commit_all()

    # -- loading ------------------------------------------------------------------------------

    def set_group(self, group_id: int | None) -> None:
        self.group = None if group_id is None else self.context.services.groups.get(group_id)
        self.meeting = None
        self.refresh(force=True, group_fresh=True, details_later=True)

    def refresh(
        self, force: bool = False, group_fresh: bool = False, details_later: bool = False
    ) -> None:
        """Reload; with details_later the list is shown first and the selected meeting's
        details (form, attendance, follow-ups) fill in on the next turn of the event loop."""
        services = self.context.services
        if self.group is not None and self.group.id is not None:
            group_id = self.group.id
            if not group_fresh:
                self.group = services.groups.get(group_id)
            self.memberships = services.memberships.members_of(group_id)
        else:
            self.memberships = []
        selected = self.meeting.id if self.meeting is not None else None
        self.meetings = (
            []
            if self.group is None or self.group.id is None
            else self.context.services.meetings.for_group(self.group.id)
        )
        today = date.today()
        self.tree.blockSignals(True)
        for top in (self.ahead, self.behind):
            top.takeChildren()
        ahead = [m for m in self.meetings if m.is_ahead(today)]
        behind = [m for m in reversed(self.meetings) if not m.is_ahead(today)]
        current: QTreeWidgetItem | None = None
        for top, items in ((self.ahead, ahead), (self.behind, behind)):
            children = []
            for meeting in items:
                child = QTreeWidgetItem(
                    [
                        short_day(meeting.date),
                        f"{time_text(meeting.planned_start)}\u2013{time_text(meeting.planned_end)}",
                        status_text(meeting.status),
                    ]
                )
                child.setData(0, ID_ROLE, meeting.id)
                if meeting.theme:
                    child.setToolTip(0, meeting.theme)
                children.append(child)
                if meeting.id == selected:
                    current = child
            top.addChildren(children)
            top.setText(0, self._top_title(top, len(items)))
            top.setExpanded(True)
        if current is None and ahead:
            current = self.ahead.child(0)
        if current is None and behind:
            current = self.behind.child(0)
        set_current_tree_item(self.tree, current)
        self.tree.blockSignals(False)
        fit_columns(self.tree)  # date, time and status all in view
        self.stack.setCurrentIndex(0 if self.meetings else 1)
        overtaken = self.details_pending()  # the details it overtakes were never shown
        self._details_token += 1
        if details_later:
            item = self.tree.currentItem()
            meeting_id = item.data(0, ID_ROLE) if item is not None else None
            self.meeting = next((m for m in self.meetings if m.id == meeting_id), None)
            token = self._details_token
            QTimer.singleShot(0, lambda: self._details_due(token))
        else:
            self._show_current(force=force or overtaken)

    def _on_current_item(self, current: QTreeWidgetItem | None, previous: Any) -> None:
        chosen = current.data(0, ID_ROLE) if current is not None else None
        if not unsaved.may_switch(self, self.binder, self.current_meeting_id(), chosen):
            unsaved.put_back(self.tree, lambda: self.tree.setCurrentItem(previous))
            return
        self._show_current()

    def _details_due(self, token: int) -> None:
        if token == self._details_token:  # not overtaken by a newer load
            self.meeting = None
            self._show_current(force=True)

    def details_pending(self) -> bool:
        return self._details_token != self._details_done

    def _top_title(self, top: QTreeWidgetItem, count: int = 0) -> str:
        if top is self.ahead:
            return self.tr("%n upcoming meeting(s)", "", count)
        return self.tr("%n past meeting(s)", "", count)

    def _show_current(self, force: bool = False) -> None:
        self._details_done = self._details_token
        item = self.tree.currentItem()
        meeting_id = item.data(0, ID_ROLE) if item is not None else None
        previous = self.meeting.id if self.meeting is not None else None
        self.meeting = next((m for m in self.meetings if m.id == meeting_id), None)
        self.right.setCurrentIndex(0 if self.meeting is not None else 1)
        self._fill_leaders()
        changed = force or previous != meeting_id
        self.binder.load(self.meeting, force=changed)
        self.attendance.show_meeting(self.meeting.id if self.meeting is not None else None)
        self.airtime.show_meeting(self.meeting.id if self.meeting is not None else None)
        self.portal_button.setEnabled(is_held(self.meeting))
        shown = self.meeting  # rated once it took place: not ahead, not cancelled
        if shown is not None and (shown.date > date.today() or shown.status == "cancelled"):
            shown = None
        self.evaluation_box.show_meeting(shown.id if shown is not None else None)
        self._fill_follow_ups()
        if self.meeting is not None:
            self.heading.setText(
                self.tr("{date}, {start}\u2013{end}").format(
                    date=date_text(self.meeting.date, long=True),
                    start=time_text(self.meeting.planned_start),
                    end=time_text(self.meeting.planned_end),
                )
            )
        if changed:
            self.meeting_selected.emit(meeting_id)

    def _fill_leaders(self) -> None:
        items: list[tuple[str, Any]] = [(self.tr("the supervisor"), None)]
        if self.meeting is not None:
            day = self.meeting.date
            for ship, person in self.memberships:
                if ship.joined_on <= day and (ship.left_on is None or ship.left_on >= day):
                    items.append((person.full_name, person.id))
        set_choices(self.leader, items)

    def _fill_follow_ups(self) -> None:
        self.follow_ups.clear()
        if self.meeting is None or self.group is None or self.group.id is None:
            self.follow_box.hide()
            return
        rows = self.context.services.cases.open_follow_ups(self.group.id, before=self.meeting.date)
        names = {person.id: person.full_name for _s, person in self.memberships}
        for case, meeting in rows:
            bringer = names.get(case.bringer_id, self.tr("unknown"))
            text = self.tr("{date} \u2013 {name}: {topic}").format(
                date=date_text(meeting.date), name=bringer, topic=case.topic
            )
            self.follow_ups.addItem(follow_up_item(text, case, self.tr("carried over")))
        planned = self.meeting.status == MeetingStatus.PLANNED
        self.follow_box.setVisible(planned and bool(rows))

    def _related(self, name: str, old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
        loaded = self.binder.loaded
        guided = self.group is not None and self.group.guided
        return self._end_follows_start(name, old, new) | chair_follows(
            name, new, loaded.get("chair_mode"), guided, loaded.get("led_by_member_id")
        )

    def _end_follows_start(self, name: str, old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
        """A moved start takes the end along, or sets it when the form has no usable end."""
        if name != "planned_start" or self.group is None:
            return {}
        stored = self.binder.loaded.get("planned_end")
        usable = self.end.text().strip() and not self.binder.error_of("planned_end")
        end = following_end(old, new, stored if usable else None, self.group.default_minutes)
        return {} if end is None or end == stored else {"planned_end": (stored, end)}

    def _target(self) -> tuple[Any, int] | None:
        if self.meeting is None or self.meeting.id is None or self.details_pending():
            return None  # the form does not show this meeting yet: nothing typed to save
        return self.context.services.meetings, self.meeting.id

    # -- actions ------------------------------------------------------------------------------

    def plan_meeting(self) -> None:
        """A planned meeting four weeks after the last one (or next week), at the usual time."""
        if self.group is None or self.group.id is None:
            return
        last = self.meetings[-1] if self.meetings else None
        day = max(
            date.today() + timedelta(days=7), last.date + timedelta(days=28) if last else date.min
        )
        start = last.planned_start if last is not None else time(19, 0)
        end_dt = datetime.combine(day, start) + timedelta(minutes=self.group.default_minutes)
        end = end_dt.time() if end_dt.date() == day else time(23, 59)
        meetings, group_id = self.context.services.meetings, self.group.id
        meeting = self.context.ops.perform(
            self,
            lambda: meetings.create(
                group_id=group_id,
                date=day,
                planned_start=start,
                planned_end=end,
                location=last.location if last is not None else "",
                online=last.online if last is not None else False,
            ),
        )
        assert meeting.id is not None
        self.undo.created("meeting", meeting.id, self.tr("Plan meeting"))
        self.meeting = meeting
        self.refresh(force=True)
        self.date.setFocus()
        self.date.selectAll()

    def select_meeting(self, meeting_id: int) -> None:
        for top in (self.ahead, self.behind):
            for child in children(top):
                if child.data(0, ID_ROLE) == meeting_id:
                    self.tree.setCurrentItem(child)
                    return

    def current_meeting_id(self) -> int | None:
        return self.meeting.id if self.meeting is not None else None

    def shown_dates(self, top: QTreeWidgetItem) -> list[str]:
        return [child.text(0) for child in children(top)]
