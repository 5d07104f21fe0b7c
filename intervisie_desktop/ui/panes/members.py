"""A group's members: seat order by drag and drop, each member's details, membership and goals."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
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

from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.forms.fields import ERROR_STYLE, FormBinder, hint
from intervisie_desktop.ui.items import cell_text, set_current_list_item
from intervisie_desktop.ui.panes.namesakes import namesake_label, show_namesake_warning
from intervisie_desktop.ui.panes.registrations import RegistrationsBox
from intervisie_desktop.ui.panes.seats import SeatList
from intervisie_desktop.ui.security.erase_dialog import ERASE_SHORTCUT, erase_member
from intervisie_desktop.ui.tones import on_palette
from intervisie_desktop.ui.translation import error_text
from intervisie_desktop.ui.widths import FormScroll

if TYPE_CHECKING:
    from intervisie_desktop.core.models import LearningGoal, Member, Membership
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)


class MembersPane(QWidget):
    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.context = context
        self.undo = undo
        self.group_id: int | None = None
        self.rows: list[tuple[Membership, Member]] = []
        self.member: Member | None = None
        self.membership: Membership | None = None
        self._order: list[int] = []

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        seat_label = QLabel(self.tr("Seat order (the speaking order):"))
        seat_label.setWordWrap(True)
        left_layout.addWidget(seat_label)
        self.seats = SeatList()
        self.seats.setObjectName("seatList")
        self.seats.setAccessibleName(self.tr("Seat order"))
        self.seats.setToolTip(
            self.tr("Drag a member, or press Alt+Up / Alt+Down, to change seats.")
        )
        left_layout.addWidget(self.seats, 3)
        left_layout.addWidget(hint(self.tr("Drag, or Alt+Up / Alt+Down, to change the order.")))
        self.former_label = QLabel(self.tr("Former members:"))
        self.former = QListWidget()
        self.former.setObjectName("formerList")
        left_layout.addWidget(self.former_label)
        left_layout.addWidget(self.former, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add member"))
        self.add_button.setObjectName("addMemberButton")
        self.end_button = QPushButton(self.tr("End membership"))
        self.end_button.setObjectName("endMembershipButton")
        self.erase_button = QPushButton(self.tr("Erase\u2026"))
        self.erase_button.setObjectName("eraseMemberButton")
        keys = QKeySequence(ERASE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.erase_button.setToolTip(self.tr("Erase for good") + f" ({keys})")
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.end_button)
        buttons.addWidget(self.erase_button)
        left_layout.addLayout(buttons)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        person_box = QGroupBox(self.tr("Member"))
        person_form = QFormLayout(person_box)
        self.person = FormBinder(undo, self._person_target, person_form, self.tr("Edit member"))
        p = self.person
        self.full_name = p.line(self.tr("&Full name"), "full_name")
        self.name_warning = namesake_label(self.full_name)
        self.display_name = p.line(self.tr("Name on the &projector"), "display_name")
        self.role = p.line(self.tr("Ro&le or profession"), "role")
        self.email = p.line(self.tr("&E-mail"), "email")
        p.related = self._display_follows_name
        body_layout.addWidget(person_box)
        self.registrations = RegistrationsBox(context, undo)
        body_layout.addWidget(self.registrations)
        ship_box = QGroupBox(self.tr("Membership of this group"))
        ship_form = QFormLayout(ship_box)
        self.ship = FormBinder(undo, self._ship_target, ship_form, self.tr("Edit membership"))
        self.joined = self.ship.date(self.tr("&Joined on"), "joined_on")
        self.left = self.ship.date(
            self.tr("Le&ft on"), "left_on", required=False, empty=self.tr("still a member")
        )
        body_layout.addWidget(ship_box)
        goals_box = QGroupBox(self.tr("Learning goals per year"))
        goals_layout = QVBoxLayout(goals_box)
        self.goals = QTableWidget(0, 3)
        self.goals.setObjectName("goalTable")
        self.goals.setHorizontalHeaderLabels(
            [self.tr("Year"), self.tr("Learning goal"), self.tr("Evaluation")]
        )
        header = self.goals.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.goals.setMinimumHeight(140)
        self.goals.setTabKeyNavigation(False)
        goals_layout.addWidget(self.goals)
        self.goal_error = QLabel()
        self.goal_error.setObjectName("goalError")
        self.goal_error.setStyleSheet(on_palette(ERROR_STYLE))
        self.goal_error.setWordWrap(True)
        self.goal_error.hide()
        goals_layout.addWidget(self.goal_error)
        goal_buttons = QHBoxLayout()
        self.add_goal = QPushButton(self.tr("Add learning goal"))
        self.add_goal.setObjectName("addGoalButton")
        self.delete_goal = QPushButton(self.tr("Delete learning goal"))
        goal_buttons.addWidget(self.add_goal)
        goal_buttons.addWidget(self.delete_goal)
        goal_buttons.addStretch(1)
        goals_layout.addLayout(goal_buttons)
        body_layout.addWidget(goals_box)
        body_layout.addStretch(1)
        right = FormScroll(body)  # as wide as the form: no sideways scroll bar

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.empty = QLabel(
            self.tr("No members yet. Click \u201cAdd member\u201d (Ctrl+Shift+A) to add the first.")
        )
        self.empty.setObjectName("membersEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.body = split
        self.stack = QStackedWidget()
        self.stack.addWidget(split)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.stack.addWidget(self.empty_page())

        self.seats.currentItemChanged.connect(lambda *_: self._show_current())
        self.former.currentItemChanged.connect(lambda *_: self._show_current(former=True))
        self.seats.model().rowsMoved.connect(lambda *_: self._on_moved())
        self.add_button.clicked.connect(self.add_member)
        self.end_button.clicked.connect(self.end_membership)
        self.erase_button.clicked.connect(self.erase_member)
        self.add_goal.clicked.connect(self.add_learning_goal)
        self.delete_goal.clicked.connect(self.delete_learning_goal)
        self.goals.itemChanged.connect(self._goal_edited)
        self.full_name.textChanged.connect(lambda *_: self._warn_namesakes())

    def empty_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.empty)
        button = QPushButton(self.tr("Add the first member"))
        button.setObjectName("addFirstMemberButton")
        button.clicked.connect(self.add_member)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        return page

    # -- loading ------------------------------------------------------------------------------

    def commit_pending(self) -> None:
        self.person.commit_all()
        self.ship.commit_all()

    def set_group(self, group_id: int | None) -> None:
        self.group_id = group_id
        self.registrations.group_id = group_id
        self.refresh(force=True)

    def refresh(self, force: bool = False) -> None:
        selected = self.member.id if self.member is not None else None
        self.rows = (
            []
            if self.group_id is None
            else self.context.services.memberships.members_of(self.group_id)
        )
        today = date.today()
        current = [(s, m) for s, m in self.rows if s.left_on is None or s.left_on >= today]
        past = [(s, m) for s, m in self.rows if (s, m) not in current]
        self._fill(self.seats, current, selected)
        self._fill(self.former, past, selected)
        self._order = self.seats.member_ids()
        self.former.setVisible(bool(past))
        self.former_label.setVisible(bool(past))
        self.stack.setCurrentIndex(0 if self.rows else 1)
        if self.seats.currentItem() is None and self.former.currentItem() is None and current:
            self.seats.setCurrentRow(0)
        self._show_current(force=force)

    def _fill(
        self, widget: QListWidget, rows: list[tuple[Membership, Member]], selected: int | None
    ) -> None:
        widget.blockSignals(True)
        widget.clear()
        for ship, person in rows:
            text = person.full_name if ship.left_on else f"{widget.count() + 1}. {person.full_name}"
            if person.display_name and person.display_name != person.full_name.split()[0]:
                text += f"  ({person.display_name})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, ship.id)
            widget.addItem(item)
            if person.id == selected:
                widget.setCurrentItem(item)
        widget.blockSignals(False)

    def _show_current(self, force: bool = False, former: bool = False) -> None:
        source = self.former if former else self.seats
        item = source.currentItem()
        if item is None and not former:
            item = self.former.currentItem()
        other = self.seats if former else self.former
        if former and item is not None:
            other.blockSignals(True)
            set_current_list_item(other, None)
            other.blockSignals(False)
        previous = self.member.id if self.member is not None else None
        self.member, self.membership = None, None
        if item is not None:
            ship_id = int(item.data(Qt.ItemDataRole.UserRole + 1))
            for ship, person in self.rows:
                if ship.id == ship_id:
                    self.member, self.membership = person, ship
        changed = force or previous != (self.member.id if self.member else None)
        self.person.load(self.member, force=changed)
        self.ship.load(self.membership, force=changed)
        self.end_button.setEnabled(self.membership is not None and self.membership.left_on is None)
        self.erase_button.setEnabled(self.member is not None)
        self._load_goals()
        self._warn_namesakes()
        self.registrations.set_member(self.member.id if self.member is not None else None)

    def _warn_namesakes(self) -> None:
        show_namesake_warning(self.name_warning, self.rows, self.member, self.full_name.text())

    def _load_goals(self) -> None:
        self.goals.blockSignals(True)
        self.goals.setRowCount(0)
        goals = (
            []
            if self.member is None or self.member.id is None
            else self.context.services.goals.for_member(self.member.id)
        )
        for goal in goals:
            row = self.goals.rowCount()
            self.goals.insertRow(row)
            for column, value in enumerate((str(goal.year), goal.goal, goal.evaluation)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, goal.id)
                self.goals.setItem(row, column, item)
        self.goals.blockSignals(False)
        self.add_goal.setEnabled(self.member is not None)
        self.delete_goal.setEnabled(bool(goals))

    def _display_follows_name(self, name: str, old: Any, new: Any) -> dict[str, tuple[Any, Any]]:
        """A display name that was the first name follows a changed full name."""
        if name != "full_name" or self.member is None:
            return {}
        first_old = (str(old or "").split() or [""])[0]
        first_new = (str(new or "").split() or [""])[0]
        if self.member.display_name == first_old and first_new and first_new != first_old:
            return {"display_name": (self.member.display_name, first_new)}
        return {}

    def _person_target(self) -> tuple[Any, int] | None:
        if self.member is None or self.member.id is None:
            return None
        return self.context.services.members, self.member.id

    def _ship_target(self) -> tuple[Any, int] | None:
        if self.membership is None or self.membership.id is None:
            return None
        return self.context.services.memberships, self.membership.id

    # -- actions ------------------------------------------------------------------------------

    def add_member(self) -> None:
        """A new person in the next seat; the full name is selected so typing replaces it."""
        if self.group_id is None:
            return
        services = self.context.services
        group_id = self.group_id
        person = services.members.create(full_name=self.tr("New member")).value
        assert person.id is not None
        person_id = person.id
        try:
            added = services.memberships.add(group_id, person_id, date.today())
        except IntervisieError:
            services.deletions.delete("member", person_id)
            raise
        self.context.hub.broadcast(OpChanges.of(Change.MEMBERS) | added.changes, self)
        self.undo.created("member", person.id, self.tr("Add member"))
        self.refresh()
        self.select_member(person.id)
        self.full_name.setFocus()
        self.full_name.selectAll()

    def select_member(self, member_id: int) -> None:
        for widget in (self.seats, self.former):
            for row in range(widget.count()):
                if widget.item(row).data(Qt.ItemDataRole.UserRole) == member_id:
                    widget.setCurrentRow(row)
                    return

    def end_membership(self) -> bool:
        """End the selected membership as of today; returns whether it was ended."""
        ship = self.membership
        if ship is None or ship.id is None:
            return False
        # The left date is the last day as a member: from today on they are a former member.
        left = max(date.today() - timedelta(days=1), ship.joined_on)
        try:
            self.undo.edit(
                self.context.services.memberships,
                ship.id,
                {"left_on": ship.left_on},
                {"left_on": left},
                self.tr("End membership"),
            )
        except IntervisieError as exc:
            self.ship.show_error(exc, default="left_on")
            return False
        return True

    def erase_member(self) -> None:
        """Erase the selected person for good, after a warning that says what remains."""
        if self.member is None or self.member.id is None:
            return
        self.person.commit_all()
        erase_member(self, self.context, self.undo, self.member.id)

    def _on_moved(self) -> None:
        if self.group_id is None:
            return
        old, new = list(self._order), self.seats.member_ids()
        if old == new:
            return
        group_id = self.group_id
        reorder = self.context.services.memberships.reorder
        self.context.ops.apply(None, lambda: reorder(group_id, new, date.today()))
        self._order = new
        self.undo.push(
            self.tr("Change seat order"),
            lambda: reorder(group_id, new, date.today()),
            lambda: reorder(group_id, old, date.today()),
        )

    def add_learning_goal(self) -> None:
        if self.member is None or self.member.id is None:
            return
        goals, member_id = self.context.services.goals, self.member.id
        goal = self.context.ops.perform(
            None,
            lambda: goals.create(
                member_id=member_id,
                group_id=self.group_id,
                year=date.today().year,
                goal=self.tr("New learning goal"),
            ),
        )
        assert goal.id is not None
        self.undo.created("learninggoal", goal.id, self.tr("Add learning goal"))
        row = self.goals.rowCount() - 1
        for r in range(self.goals.rowCount()):
            cell = self.goals.item(r, 0)
            if cell is not None and cell.data(Qt.ItemDataRole.UserRole) == goal.id:
                row = r
        self.goals.setCurrentCell(row, 1)
        self.goals.setFocus()

    def delete_learning_goal(self) -> None:
        item = self.goals.currentItem()
        if item is None and self.goals.rowCount():
            item = self.goals.item(0, 0)
        if item is None:
            return
        goal_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.undo.delete("learninggoal", goal_id, self.tr("Delete learning goal"))

    def _goal_edited(self, item: QTableWidgetItem) -> None:
        goal_id = int(item.data(Qt.ItemDataRole.UserRole))
        field = ("year", "goal", "evaluation")[item.column()]
        goal: LearningGoal = self.context.services.goals.get(goal_id)
        old = getattr(goal, field)
        value: Any = item.text()
        try:
            self.undo.edit(
                self.context.services.goals,
                goal_id,
                {field: old},
                {field: value},
                self.tr("Edit learning goal"),
            )
        except IntervisieError as exc:
            self.goal_error.setText(error_text(exc))
            self.goal_error.show()
            self.goals.blockSignals(True)
            item.setText(str(old))
            self.goals.blockSignals(False)
            return
        self.goal_error.hide()

    def goal_rows(self) -> list[tuple[str, str, str]]:
        table = self.goals
        return [
            (cell_text(table, r, 0), cell_text(table, r, 1), cell_text(table, r, 2))
            for r in range(table.rowCount())
        ]
