"""What the plan editor shows of a loaded plan: one list item per step (number, step, case,
minutes), the list's least height, and the totals against the meeting's length.

Texts keep the editor's translation context ("PlanEditor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidgetItem

from intervisie_desktop.core.methods.model import MethodKind
from intervisie_desktop.ui.plan.rows import StepRow, whole
from intervisie_desktop.ui.tones import on_palette

if TYPE_CHECKING:
    from PySide6.QtGui import QBrush

    from intervisie_desktop.ui.plan.host import PlanEditorHost

ID_ROLE = Qt.ItemDataRole.UserRole
OVER_STYLE = "color: #b00020; font-weight: bold;"
UNDER_STYLE = "color: #1b5e20;"
COL_NUMBER, COL_STEP, COL_CASE, COL_MINUTES = range(4)


def step_item(number: int, row: StepRow, placeholder: QBrush) -> QTreeWidgetItem:
    """The list item of one step; `placeholder` colours a case that is missing or not needed."""
    if row.known:
        minutes = QCoreApplication.translate("PlanEditor", "{minutes} min").format(
            minutes=whole(row.minutes or 0)
        )
        name = row.name
    else:
        minutes = "?"
        name = QCoreApplication.translate("PlanEditor", "unknown method \u201c{key}\u201d").format(
            key=row.key
        )
    case = row.case_text
    if not case and row.kind is MethodKind.METHOD:
        case = QCoreApplication.translate("PlanEditor", "(choose a case)")
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
            QCoreApplication.translate(
                "PlanEditor", "Set by hand; the method plans {minutes} min."
            ).format(minutes=whole(row.own_minutes)),
        )
    if row.kind is MethodKind.BLOCK or not row.case_text:
        item.setForeground(COL_CASE, placeholder)
    return item


# The list shows at least this many steps; it takes what height its pane gives it beyond that.
LEAST_ROWS = 4


def size_tree(editor: PlanEditorHost, count: int) -> None:
    """At least LEAST_ROWS steps tall; longer plans scroll in the list, beside its buttons."""
    row = editor.tree.sizeHintForRow(0) if count else editor.fontMetrics().height() + 8
    frame = 2 * editor.tree.frameWidth() + editor.tree.header().sizeHint().height()
    editor.tree.setMinimumHeight(frame + row * LEAST_ROWS + 4)
    editor.tree.setVisible(count > 0)
    editor.empty.setVisible(editor.meeting_id is not None and count == 0)


def show_totals(editor: PlanEditorHost) -> None:
    """Planned against the meeting's length, who the rounds are timed for, unknown methods."""
    view = editor.view
    enabled = view is not None
    for widget in (editor.add_button, editor.standard_button):
        widget.setEnabled(enabled)
    editor.add_action.setEnabled(enabled)
    editor.standard_action.setEnabled(enabled)
    if view is None:
        editor.total.clear()
        editor.balance.clear()
        editor.people.clear()
        return
    editor.total.setText(
        QCoreApplication.translate("PlanEditor", "Planned: {planned} of {length} min").format(
            planned=view.planned_minutes, length=view.meeting_minutes
        )
    )
    difference = view.difference
    if difference > 0:
        text = QCoreApplication.translate("PlanEditor", "{minutes} min over").format(
            minutes=difference
        )
        style = OVER_STYLE
    elif difference < 0:
        text = QCoreApplication.translate("PlanEditor", "{minutes} min left").format(
            minutes=-difference
        )
        style = UNDER_STYLE
    else:
        text = QCoreApplication.translate("PlanEditor", "fits the meeting exactly")
        style = UNDER_STYLE
    editor.balance.setText(text)
    editor.balance.setStyleSheet(on_palette(style))
    editor.balance.setAccessibleName(text)
    count = len(view.present_ids)
    editor.people.setText(
        (
            QCoreApplication.translate("PlanEditor", "Rounds are timed for the one member present.")
            if count == 1
            else QCoreApplication.translate(
                "PlanEditor", "Rounds are timed for the {count} members present."
            ).format(count=count)
        )
        if count
        else QCoreApplication.translate(
            "PlanEditor", "Nobody is present: rounds get no time until attendance is recorded."
        )
    )
    if view.unknown_keys:
        editor.set_error(
            QCoreApplication.translate(
                "PlanEditor",
                "This plan names a method that no longer exists: {keys}. Remove that step "
                "or add another method.",
            ).format(keys=", ".join(f"\u201c{k}\u201d" for k in view.unknown_keys))
        )
