"""The session-plan editor of a meeting: its steps in order, each step's case and minutes, and
the planned total against the meeting's length. Every change is stored at once and can be
undone with Ctrl+Z (the window's undo stack)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError, NotFoundError
from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.panes.fields import ERROR_STYLE, hint, set_choices
from intervisie_desktop.ui.panes.undo import Undo
from intervisie_desktop.ui.plan.picker import MethodPicker, PickerOption
from intervisie_desktop.ui.plan.rows import PlanView, StepRow, load_view, own_minutes, whole
from intervisie_desktop.ui.plan.standard import standard_entries
from intervisie_desktop.ui.plan.steps import StepTree
from intervisie_desktop.ui.translation import error_text

logger = logging.getLogger(__name__)

#: The data changes that can change what the plan shows.
PLAN_CHANGES = frozenset(
    {Change.MEETINGS, Change.CASES, Change.ATTENDANCE, Change.METHODS, Change.MEMBERS}
)
ID_ROLE = Qt.ItemDataRole.UserRole
OVER_STYLE = "color: #b00020; font-weight: bold;"
UNDER_STYLE = "color: #1b5e20;"
COL_NUMBER, COL_STEP, COL_CASE, COL_MINUTES = range(4)
#: "No case" in the case box. Not None: PySide6 6.12 loses a reference to None each time a
#: QVariant holding None is read back (currentData), which in the end crashes Python 3.11.
NO_CASE = 0


class PlanEditor(QWidget):
    """Follows one meeting (show_meeting) and refreshes on the app's data-changed signal."""

    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.setObjectName("planEditor")
        self.context = context
        self.undo = undo
        self.meeting_id: int | None = None
        self.view: PlanView | None = None
        self._stale = False
        self._reload_due = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.people = hint("")
        self.people.setObjectName("planPeople")
        layout.addWidget(self.people)
        self.empty = QLabel(
            self.tr(
                "No steps yet. \u201cStandard plan\u201d fills in the usual blocks and a method "
                "run for each case; \u201cAdd step\u201d adds one block or method."
            )
        )
        self.empty.setObjectName("planEmpty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.tree = StepTree()
        self.tree.setObjectName("planSteps")
        self.tree.setHeaderLabels(["#", self.tr("Step"), self.tr("Case"), self.tr("Minutes")])
        self.tree.setAccessibleName(self.tr("Session plan steps"))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        layout.addWidget(self.tree)

        totals = QHBoxLayout()
        self.total = QLabel()
        self.total.setObjectName("planTotal")
        font = self.total.font()
        font.setBold(True)
        self.total.setFont(font)
        self.balance = QLabel()
        self.balance.setObjectName("planBalance")
        totals.addWidget(self.total)
        totals.addWidget(self.balance)
        totals.addStretch(1)
        layout.addLayout(totals)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.case = QComboBox()
        self.case.setObjectName("planCase")
        case_label = QLabel(self.tr("&Case of this step"))
        case_label.setBuddy(self.case)
        form.addRow(case_label, self.case)
        minutes_row = QHBoxLayout()
        self.minutes = QLineEdit()
        self.minutes.setObjectName("planMinutes")
        self.minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("0000000") + 16)
        self.minutes.setToolTip(
            self.tr("Type the minutes for this step; leave empty for the method's own time.")
        )
        self.own_time = QPushButton(self.tr("Use the method's t&ime"))
        self.own_time.setObjectName("planOwnTime")
        minutes_row.addWidget(self.minutes)
        minutes_row.addWidget(self.own_time)
        minutes_row.addStretch(1)
        minutes_label = QLabel(self.tr("Min&utes of this step"))
        minutes_label.setBuddy(self.minutes)
        form.addRow(minutes_label, minutes_row)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("planError")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.note = hint("")
        self.note.setObjectName("planNote")
        self.note.hide()
        layout.addWidget(self.note)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add step\u2026"))
        self.add_button.setObjectName("planAdd")
        self.standard_button = QPushButton(self.tr("Standa&rd plan"))
        self.standard_button.setObjectName("planStandard")
        self.standard_button.setToolTip(
            self.tr(
                "Opening blocks, a run of the group's default method for each case of this "
                "meeting, evaluation and closing. Replaces the steps shown; Ctrl+Z brings them "
                "back."
            )
        )
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("planUp")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("planDown")
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("planRemove")
        for button in (self.add_button, self.standard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self.add_action = self._action(self.tr("&Add step\u2026"), self.add_step)
        self.standard_action = self._action(self.tr("&Standard plan"), self.standard_plan)
        self.up_action = self._action(self.tr("Move &up"), lambda: self.move(-1), "Alt+Up")
        self.down_action = self._action(self.tr("Move &down"), lambda: self.move(1), "Alt+Down")
        self.remove_action = QAction(self.tr("&Remove step"), self.tree)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(lambda _c=False: self.remove_step())
        self.tree.addAction(self.remove_action)
        for button, action in (
            (self.up_button, self.up_action),
            (self.down_button, self.down_action),
            (self.remove_button, self.remove_action),
        ):
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')} ({shortcut})")

        self.add_button.clicked.connect(self.add_step)
        self.standard_button.clicked.connect(self.standard_plan)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button.clicked.connect(self.remove_step)
        self.own_time.clicked.connect(self.use_own_time)
        self.case.activated.connect(lambda _i: self.choose_case())
        self.minutes.editingFinished.connect(self.commit_minutes)
        self.tree.currentItemChanged.connect(lambda *_: self._show_selected(clear=True))
        self.tree.moved.connect(self.move_row)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        context.signals.changed.connect(self._on_changed)
        self.show_meeting(None)

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: str | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        action.triggered.connect(lambda _c=False: slot())
        return action

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.add_action, self.standard_action):
            menu.addAction(action)
        menu.addSeparator()
        for action in (self.up_action, self.down_action, self.remove_action):
            menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- loading ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self._set_error("")
            self._set_note("")
        self.meeting_id = meeting_id
        self.reload()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self.meeting_id is None or not changes & PLAN_CHANGES:
            return
        if not self.isVisible():
            self._stale = True
            return
        if not self._reload_due:
            self._reload_due = True
            QTimer.singleShot(0, self._reload_now)

    def _reload_now(self) -> None:
        self._reload_due = False
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the plan again; keep the selected step (or select row `select`)."""
        self._stale = False
        view = None
        if self.meeting_id is not None:
            try:
                view = load_view(self.context.services, self.meeting_id, self.context.lang)
            except NotFoundError:  # the meeting was just deleted
                view = None
        self.view = view
        current = self.tree.currentItem()
        keep_id = current.data(COL_NUMBER, ID_ROLE) if current is not None else None
        keep_row = self.tree.indexOfTopLevelItem(current) if current is not None else 0
        self.tree.blockSignals(True)
        self.tree.clear()
        rows = view.rows if view is not None else ()
        items = [self._item(n, row) for n, row in enumerate(rows, start=1)]
        self.tree.addTopLevelItems(items)
        chosen = None
        if select is not None and items:
            chosen = items[max(0, min(select, len(items) - 1))]
        if chosen is None:
            chosen = next((i for i in items if i.data(COL_NUMBER, ID_ROLE) == keep_id), None)
        if chosen is None and items:
            chosen = items[max(0, min(keep_row, len(items) - 1))]
        self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self._size_tree(len(items))
        self._show_totals()
        self._show_selected(clear=False)

    def _item(self, number: int, row: StepRow) -> QTreeWidgetItem:
        if row.known:
            minutes = self.tr("{minutes} min").format(minutes=whole(row.minutes or 0))
            name = row.name
        else:
            minutes = "?"
            name = self.tr("unknown method \u201c{key}\u201d").format(key=row.key)
        case = row.case_text
        if not case and row.kind is MethodKind.METHOD:
            case = self.tr("(choose a case)")
        item = QTreeWidgetItem([str(number), name, case, minutes])
        item.setData(COL_NUMBER, ID_ROLE, row.item_id)
        item.setFlags(
            Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        item.setTextAlignment(COL_MINUTES, right)
        if row.override is not None and row.own_minutes is not None:
            font = item.font(COL_MINUTES)
            font.setBold(True)
            item.setFont(COL_MINUTES, font)
            item.setToolTip(
                COL_MINUTES,
                self.tr("Set by hand; the method plans {minutes} min.").format(
                    minutes=whole(row.own_minutes)
                ),
            )
        if row.kind is MethodKind.BLOCK or not row.case_text:
            item.setForeground(COL_CASE, self.palette().placeholderText())
        return item

    def _size_tree(self, count: int) -> None:
        """Tall enough for every step (the pane scrolls, not the list)."""
        row = self.tree.sizeHintForRow(0) if count else self.fontMetrics().height() + 8
        shown = min(max(count, 3), 16)
        frame = 2 * self.tree.frameWidth() + self.tree.header().sizeHint().height()
        self.tree.setFixedHeight(frame + row * shown + 4)
        self.tree.setVisible(count > 0)
        self.empty.setVisible(self.meeting_id is not None and count == 0)

    def _show_totals(self) -> None:
        view = self.view
        enabled = view is not None
        for widget in (self.add_button, self.standard_button):
            widget.setEnabled(enabled)
        self.add_action.setEnabled(enabled)
        self.standard_action.setEnabled(enabled)
        if view is None:
            self.total.clear()
            self.balance.clear()
            self.people.clear()
            return
        self.total.setText(
            self.tr("Planned: {planned} of {length} min").format(
                planned=view.planned_minutes, length=view.meeting_minutes
            )
        )
        difference = view.difference
        if difference > 0:
            text, style = self.tr("{minutes} min over").format(minutes=difference), OVER_STYLE
        elif difference < 0:
            text, style = self.tr("{minutes} min left").format(minutes=-difference), UNDER_STYLE
        else:
            text, style = self.tr("fits the meeting exactly"), UNDER_STYLE
        self.balance.setText(text)
        self.balance.setStyleSheet(style)
        self.balance.setAccessibleName(text)
        count = len(view.present_ids)
        self.people.setText(
            self.tr("Rounds are timed for the {count} members present.").format(count=count)
            if count
            else self.tr("Nobody is present: rounds get no time until attendance is recorded.")
        )
        if view.unknown_keys:
            self._set_error(
                self.tr(
                    "This plan names a method that no longer exists: {keys}. Remove that step "
                    "or add another method."
                ).format(keys=", ".join(f"\u201c{k}\u201d" for k in view.unknown_keys))
            )

    def selected(self) -> StepRow | None:
        item = self.tree.currentItem()
        if item is None or self.view is None:
            return None
        item_id = item.data(COL_NUMBER, ID_ROLE)
        return next((r for r in self.view.rows if r.item_id == item_id), None)

    def selected_row(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def _show_selected(self, clear: bool) -> None:
        if clear:
            self._set_error("")
        row = self.selected()
        count = self.tree.topLevelItemCount()
        index = self.selected_row()
        choices: list[tuple[str, Any]] = [(self.tr("(no case)"), NO_CASE)]
        if self.view is not None:
            choices += [(c.text, c.case_id) for c in self.view.cases]
        set_choices(self.case, choices)
        case_id = row.case_id if row is not None and row.case_id is not None else NO_CASE
        self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        is_method = row is not None and row.kind is MethodKind.METHOD
        self.case.setEnabled(is_method)
        self.case.setToolTip(
            "" if is_method or row is None else self.tr("Only a method run takes a case.")
        )
        if clear or not self.minutes.isModified():  # typed but refused: kept for correcting
            text = ""
            if row is not None and row.minutes is not None:
                text = str(row.override if row.override is not None else whole(row.minutes))
            self.minutes.setText(text)
            self.minutes.setModified(False)
        self.minutes.setPlaceholderText(
            str(whole(row.own_minutes)) if row is not None and row.own_minutes is not None else ""
        )
        self.minutes.setEnabled(row is not None)
        self.own_time.setEnabled(row is not None and row.override is not None)
        self.up_button.setEnabled(index > 0)
        self.down_button.setEnabled(0 <= index < count - 1)
        self.remove_button.setEnabled(row is not None)
        self.up_action.setEnabled(index > 0)
        self.down_action.setEnabled(0 <= index < count - 1)
        self.remove_action.setEnabled(row is not None)

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.minutes.setProperty("invalid", bool(message))

    def _set_note(self, message: str) -> None:
        self.note.setText(message)
        self.note.setVisible(bool(message))

    # -- changing -----------------------------------------------------------------------------

    def _entries(self) -> list[PlanEntry]:
        assert self.meeting_id is not None
        return [
            PlanEntry(i.method_key, i.case_id, i.minutes)
            for i in self.context.services.plans.items(self.meeting_id)
        ]

    def _change(self, text: str, action: Callable[[], object], select: int | None = None) -> bool:
        """Store one change now (a refusal is shown here); Ctrl+Z puts the old plan back."""
        if self.meeting_id is None:
            return False
        meeting_id, plans = self.meeting_id, self.context.services.plans
        before = self._entries()
        try:
            action()
        except IntervisieError as exc:
            logger.info("plan change refused: %s", type(exc).__name__)
            self._set_error(error_text(exc))
            return False
        after = self._entries()
        self.undo.push(
            text, lambda: plans.set(meeting_id, after), lambda: plans.set(meeting_id, before)
        )
        self._set_error("")
        self._set_note("")
        self.reload(select=select)
        return True

    def picker_options(self) -> list[PickerOption]:
        """Every block and method with what it plans for those present now."""
        present = self.view.present_ids if self.view is not None else ()
        lang = self.context.lang
        return [
            PickerOption(
                m.key,
                m.name.get(lang),
                m.kind,
                whole(own_minutes(m, present)),
                m.summary.get(lang),
            )
            for m in self.context.services.methods.list()
            if m.phases
        ]

    def add_step(self) -> None:
        """Add the chosen block or method after the selected step (or at the end)."""
        if self.meeting_id is None:
            return
        key, accepted = MethodPicker.choose(self, self.picker_options())
        if not accepted or key is None:
            return
        index = self.selected_row() + 1 if self.selected_row() >= 0 else None
        meeting_id = self.meeting_id
        at = index if index is not None else self.tree.topLevelItemCount()
        self._change(
            self.tr("Add plan step"),
            lambda: self.context.services.plans.add(meeting_id, key, index=index),
            select=at,
        )
        self.tree.setFocus()

    def choose_case(self) -> None:
        row = self.selected()
        if row is None:
            return
        chosen = self.case.currentData()
        case_id = None if chosen == NO_CASE else int(chosen)
        if case_id == row.case_id:
            return
        ok = self._change(
            self.tr("Choose case"),
            lambda: self.context.services.plans.update(row.item_id, case_id=case_id),
        )
        if not ok:
            stored = row.case_id if row.case_id is not None else NO_CASE
            self.case.setCurrentIndex(max(0, self.case.findData(stored)))

    def commit_minutes(self) -> None:
        row = self.selected()
        if row is None or not self.minutes.isModified():
            return
        text = self.minutes.text().strip()
        value: str | None = text or None
        shown = str(row.override) if row.override is not None else str(whole(row.minutes or 0))
        if (value is None and row.override is None) or text == shown:  # nothing to store
            self.minutes.setModified(False)
            self._set_error("")
            return
        self.minutes.setModified(False)  # the reload after storing shows the stored value
        if not self._change(
            self.tr("Change planned minutes"),
            lambda: self.context.services.plans.update(row.item_id, minutes=value),
        ):
            self.minutes.setModified(True)

    def commit_all(self) -> None:
        """Store minutes typed but not yet confirmed (e.g. before a session starts)."""
        self.commit_minutes()

    def use_own_time(self) -> None:
        row = self.selected()
        if row is None or row.override is None:
            return
        self.minutes.setModified(False)
        self._change(
            self.tr("Change planned minutes"),
            lambda: self.context.services.plans.update(row.item_id, minutes=None),
        )

    def remove_step(self) -> None:
        row = self.selected()
        if row is None:
            return
        index = self.selected_row()
        self._change(
            self.tr("Remove plan step"),
            lambda: self.context.services.plans.remove(row.item_id),
            select=index,
        )

    def move(self, delta: int) -> None:
        index = self.selected_row()
        if index < 0:
            return
        self.move_row(index, index + delta)

    def move_row(self, origin: int, to: int) -> None:
        count = self.tree.topLevelItemCount()
        if not (0 <= origin < count and 0 <= to < count) or origin == to:
            return
        item = self.tree.topLevelItem(origin)
        item_id = int(item.data(COL_NUMBER, ID_ROLE))
        self._change(
            self.tr("Move plan step"),
            lambda: self.context.services.plans.move(item_id, to),
            select=to,
        )

    def standard_plan(self) -> None:
        view = self.view
        if view is None or self.meeting_id is None:
            return
        services = self.context.services
        group = services.groups.get(view.group_id)
        entries = standard_entries(
            services.methods.list(),
            services.cases.for_meeting(view.meeting_id),
            group.default_method,
        )
        meeting_id = view.meeting_id
        if self._change(
            self.tr("Standard plan"), lambda: services.plans.set(meeting_id, entries), select=0
        ):
            self._set_note(self.tr("Standard plan filled in. Ctrl+Z brings back the steps before."))

    # -- for tests and screenshots ------------------------------------------------------------

    def shown_steps(self) -> list[tuple[str, str, str]]:
        """What the list shows: step, case, minutes."""
        return [
            (item.text(COL_STEP), item.text(COL_CASE), item.text(COL_MINUTES))
            for item in (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        ]
