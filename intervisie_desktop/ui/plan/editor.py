"""The session-plan editor of a meeting: its steps in order, each step's case and minutes, and
the planned total against the meeting's length. Every change is stored at once and can be
undone with Ctrl+Z (the window's undo stack)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.errors import IntervisieError, NotFoundError
from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.ui.forms.fields import set_choices
from intervisie_desktop.ui.plan.editor_layout import build_editor
from intervisie_desktop.ui.plan.editor_view import (
    COL_CASE,
    COL_MINUTES,
    COL_NUMBER,
    COL_STEP,
    ID_ROLE,
    show_totals,
    size_tree,
    step_item,
)
from intervisie_desktop.ui.plan.picker import MethodPicker, PickerOption
from intervisie_desktop.ui.plan.rows import PlanView, StepRow, load_view, own_minutes, whole
from intervisie_desktop.ui.plan.standard import standard_entries
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QAction

    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo
    from intervisie_desktop.ui.plan.steps import StepTree

logger = logging.getLogger(__name__)

#: The data changes that can change what the plan shows.
PLAN_CHANGES = frozenset(
    {Change.MEETINGS, Change.CASES, Change.ATTENDANCE, Change.METHODS, Change.MEMBERS}
)
#: "No case" in the case box. Not None: PySide6 6.12 loses a reference to None each time a
#: QVariant holding None is read back (currentData), which in the end crashes Python 3.11.
NO_CASE = 0


class PlanEditor(QWidget):
    """Follows one meeting (show_meeting) and refreshes on the app's data-changed signal. Its
    widgets and actions are built in `editor_layout`, its list and totals in `editor_view`."""

    people: QLabel
    empty: QLabel
    tree: StepTree
    total: QLabel
    balance: QLabel
    case: QComboBox
    minutes: QLineEdit
    own_time: QPushButton
    error: QLabel
    note: QLabel
    add_button: QPushButton
    standard_button: QPushButton
    up_button: QPushButton
    down_button: QPushButton
    remove_button: QPushButton
    add_action: QAction
    standard_action: QAction
    up_action: QAction
    down_action: QAction
    remove_action: QAction

    def __init__(self, context: AppContext, undo: Undo) -> None:
        super().__init__()
        self.setObjectName("planEditor")
        self.context = context
        self.undo = undo
        self.meeting_id: int | None = None
        self.view: PlanView | None = None
        build_editor(self)
        context.hub.watch(self, PLAN_CHANGES, self._on_changed)
        self.show_meeting(None)

    def as_widget(self) -> QWidget:
        return self

    # -- loading ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        if meeting_id != self.meeting_id:
            self.set_error("")
            self._set_note("")
        self.meeting_id = meeting_id
        self.reload()

    def _on_changed(self, _changes: OpChanges) -> None:
        """Changed elsewhere (the hub skips this editor's own changes and waits while hidden)."""
        if self.meeting_id is not None:
            self.reload()

    def reload(self, select: int | None = None) -> None:
        """Read the plan again; keep the selected step (or select row `select`)."""
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
        placeholder = self.palette().placeholderText()
        items = [step_item(n, row, placeholder) for n, row in enumerate(rows, start=1)]
        self.tree.addTopLevelItems(items)
        chosen = None
        if select is not None and items:
            chosen = items[max(0, min(select, len(items) - 1))]
        if chosen is None:
            chosen = next((i for i in items if i.data(COL_NUMBER, ID_ROLE) == keep_id), None)
        if chosen is None and items:
            chosen = items[max(0, min(keep_row, len(items) - 1))]
        if chosen is not None:  # None only for an empty list, which has no current item
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        size_tree(self, len(items))
        show_totals(self)
        self.show_selected(clear=False)

    def selected(self) -> StepRow | None:
        item = self.tree.currentItem()
        if item is None or self.view is None:
            return None
        item_id = item.data(COL_NUMBER, ID_ROLE)
        return next((r for r in self.view.rows if r.item_id == item_id), None)

    def selected_row(self) -> int:
        item = self.tree.currentItem()
        return self.tree.indexOfTopLevelItem(item) if item is not None else -1

    def show_selected(self, clear: bool) -> None:
        if clear:
            self.set_error("")
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

    def set_error(self, message: str) -> None:
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

    def _change(
        self, text: str, action: Callable[[], OpChanges], select: int | None = None
    ) -> bool:
        """Store one change now (a refusal is shown here); Ctrl+Z puts the old plan back."""
        if self.meeting_id is None:
            return False
        meeting_id, plans = self.meeting_id, self.context.services.plans
        before = self._entries()
        try:
            self.context.ops.apply(self, action)
        except IntervisieError as exc:
            logger.info("plan change refused: %s", type(exc).__name__)
            self.set_error(error_text(exc))
            return False
        after = self._entries()
        self.undo.push(
            text,
            lambda: plans.set(meeting_id, after).changes,
            lambda: plans.set(meeting_id, before).changes,
        )
        self.set_error("")
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
            lambda: self.context.services.plans.add(meeting_id, key, index=index).changes,
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
            lambda: self.context.services.plans.update(row.item_id, case_id=case_id).changes,
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
            self.set_error("")
            return
        self.minutes.setModified(False)  # the reload after storing shows the stored value
        if not self._change(
            self.tr("Change planned minutes"),
            lambda: self.context.services.plans.update(row.item_id, minutes=value).changes,
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
            lambda: self.context.services.plans.update(row.item_id, minutes=None).changes,
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

    def move_step(self, delta: int) -> None:
        index = self.selected_row()
        if index < 0:
            return
        self.move_row(index, index + delta)

    def move_row(self, origin: int, to: int) -> None:
        count = self.tree.topLevelItemCount()
        if not (0 <= origin < count and 0 <= to < count) or origin == to:
            return
        item = self.tree.topLevelItem(origin)
        if item is None:
            return
        item_id = int(item.data(COL_NUMBER, ID_ROLE))
        self._change(
            self.tr("Move plan step"),
            lambda: self.context.services.plans.move(item_id, to).changes,
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
            self.tr("Standard plan"),
            lambda: services.plans.set(meeting_id, entries).changes,
            select=0,
        ):
            self._set_note(self.tr("Standard plan filled in. Ctrl+Z brings back the steps before."))

    # -- for tests and screenshots ------------------------------------------------------------

    def shown_steps(self) -> list[tuple[str, str, str]]:
        """What the list shows: step, case, minutes."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [
            (item.text(COL_STEP), item.text(COL_CASE), item.text(COL_MINUTES))
            for item in items
            if item is not None
        ]
