"""The plan editor's widgets and commands: the step list with its totals, the case and minutes of
the selected step, the buttons, the actions with their shortcuts and the list's context menu, all
as attributes of the editor.

Texts keep the editor's translation context ("PlanEditor")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
)

from intervisie_desktop.ui.forms.fields import ERROR_STYLE, hint
from intervisie_desktop.ui.plan.editor_view import COL_CASE, COL_MINUTES, COL_NUMBER, COL_STEP
from intervisie_desktop.ui.plan.steps import StepTree
from intervisie_desktop.ui.shortcuts import tip_with_shortcut
from intervisie_desktop.ui.tones import on_palette

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.ui.plan.host import PlanEditorHost


def build_editor(editor: PlanEditorHost) -> None:
    """Every widget and action of the editor, connected to its commands: the step list with
    its buttons in a column beside it (in view however long the list), the totals under it,
    then the case and minutes of the selected step."""
    layout = QVBoxLayout(editor.as_widget())
    layout.setContentsMargins(0, 0, 0, 0)
    steps = QVBoxLayout()
    _steps(editor, steps)
    beside = QHBoxLayout()
    beside.addLayout(steps, 1)
    _buttons(editor, beside)
    layout.addLayout(beside, 1)
    _totals(editor, layout)
    _step_fields(editor, layout)
    _actions(editor)
    _connect(editor)


def _steps(editor: PlanEditorHost, layout: QVBoxLayout) -> None:
    editor.people = hint("")
    editor.people.setObjectName("planPeople")
    layout.addWidget(editor.people)
    editor.empty = QLabel(
        QCoreApplication.translate(
            "PlanEditor",
            "No steps yet. \u201cStandard plan\u201d fills in the usual blocks and a method "
            "run for each case; \u201cAdd step\u201d adds one block or method.",
        )
    )
    editor.empty.setObjectName("planEmpty")
    editor.empty.setWordWrap(True)
    layout.addWidget(editor.empty)
    editor.tree = StepTree()
    editor.tree.setObjectName("planSteps")
    editor.tree.setHeaderLabels(
        [
            "#",
            QCoreApplication.translate("PlanEditor", "Step"),
            QCoreApplication.translate("PlanEditor", "Case"),
            QCoreApplication.translate("PlanEditor", "Minutes"),
        ]
    )
    editor.tree.setAccessibleName(QCoreApplication.translate("PlanEditor", "Session plan steps"))
    header = editor.tree.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(COL_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(COL_STEP, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_CASE, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(COL_MINUTES, QHeaderView.ResizeMode.ResizeToContents)
    editor.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    layout.addWidget(editor.tree, 1)
    layout.addStretch(0)


def _totals(editor: PlanEditorHost, layout: QVBoxLayout) -> None:
    totals = QHBoxLayout()
    editor.total = QLabel()
    editor.total.setObjectName("planTotal")
    font = editor.total.font()
    font.setBold(True)
    editor.total.setFont(font)
    editor.balance = QLabel()
    editor.balance.setObjectName("planBalance")
    totals.addWidget(editor.total)
    totals.addWidget(editor.balance)
    totals.addStretch(1)
    layout.addLayout(totals)


def _step_fields(editor: PlanEditorHost, layout: QVBoxLayout) -> None:
    """The case and minutes of the selected step, and where a refusal or note shows."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    editor.case = QComboBox()
    editor.case.setObjectName("planCase")
    case_label = QLabel(QCoreApplication.translate("PlanEditor", "&Case of this step"))
    case_label.setBuddy(editor.case)
    form.addRow(case_label, editor.case)
    minutes_row = QHBoxLayout()
    editor.minutes = QLineEdit()
    editor.minutes.setObjectName("planMinutes")
    editor.minutes.setMaximumWidth(editor.fontMetrics().horizontalAdvance("0000000") + 16)
    editor.minutes.setToolTip(
        QCoreApplication.translate(
            "PlanEditor", "Type the minutes for this step; leave empty for the method's own time."
        )
    )
    editor.own_time = QPushButton(
        QCoreApplication.translate("PlanEditor", "Use the method's t&ime")
    )
    editor.own_time.setObjectName("planOwnTime")
    minutes_row.addWidget(editor.minutes)
    minutes_row.addWidget(editor.own_time)
    minutes_row.addStretch(1)
    minutes_label = QLabel(QCoreApplication.translate("PlanEditor", "Min&utes of this step"))
    minutes_label.setBuddy(editor.minutes)
    form.addRow(minutes_label, minutes_row)
    layout.addLayout(form)
    editor.error = QLabel()
    editor.error.setObjectName("planError")
    editor.error.setStyleSheet(on_palette(ERROR_STYLE))
    editor.error.setWordWrap(True)
    editor.error.hide()
    layout.addWidget(editor.error)
    editor.note = hint("")
    editor.note.setObjectName("planNote")
    editor.note.hide()
    layout.addWidget(editor.note)


def _buttons(editor: PlanEditorHost, layout: QHBoxLayout) -> None:
    buttons = QVBoxLayout()
    editor.add_button = QPushButton(QCoreApplication.translate("PlanEditor", "&Add step\u2026"))
    editor.add_button.setObjectName("planAdd")
    editor.standard_button = QPushButton(QCoreApplication.translate("PlanEditor", "Standa&rd plan"))
    editor.standard_button.setObjectName("planStandard")
    editor.standard_button.setToolTip(
        QCoreApplication.translate(
            "PlanEditor",
            "Opening blocks, a run of the group's default method for each case of this "
            "meeting, evaluation and closing. Replaces the steps shown; Ctrl+Z brings them "
            "back.",
        )
    )
    editor.up_button = QPushButton(QCoreApplication.translate("PlanEditor", "Move up"))
    editor.up_button.setObjectName("planUp")
    editor.down_button = QPushButton(QCoreApplication.translate("PlanEditor", "Move down"))
    editor.down_button.setObjectName("planDown")
    editor.remove_button = QPushButton(QCoreApplication.translate("PlanEditor", "Remove"))
    editor.remove_button.setObjectName("planRemove")
    for button in (editor.add_button, editor.standard_button):
        buttons.addWidget(button)
    buttons.addStretch(1)
    for button in (editor.up_button, editor.down_button, editor.remove_button):
        buttons.addWidget(button)
    layout.addLayout(buttons)


def _action(
    editor: PlanEditorHost, text: str, slot: Callable[[], object], shortcut: str | None = None
) -> QAction:
    action = QAction(text, editor.as_widget())
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        editor.addAction(action)
    action.triggered.connect(lambda _c=False: slot())
    return action


def _actions(editor: PlanEditorHost) -> None:
    editor.add_action = _action(
        editor, QCoreApplication.translate("PlanEditor", "&Add step\u2026"), editor.add_step
    )
    editor.standard_action = _action(
        editor, QCoreApplication.translate("PlanEditor", "&Standard plan"), editor.standard_plan
    )
    editor.up_action = _action(
        editor,
        QCoreApplication.translate("PlanEditor", "Move &up"),
        lambda: editor.move_step(-1),
        "Alt+Up",
    )
    editor.down_action = _action(
        editor,
        QCoreApplication.translate("PlanEditor", "Move &down"),
        lambda: editor.move_step(1),
        "Alt+Down",
    )
    editor.remove_action = QAction(
        QCoreApplication.translate("PlanEditor", "&Remove step"), editor.tree
    )
    editor.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    editor.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    editor.remove_action.triggered.connect(lambda _c=False: editor.remove_step())
    editor.tree.addAction(editor.remove_action)
    for button, action in (
        (editor.up_button, editor.up_action),
        (editor.down_button, editor.down_action),
        (editor.remove_button, editor.remove_action),
    ):
        tip_with_shortcut(button, action)


def _connect(editor: PlanEditorHost) -> None:
    editor.add_button.clicked.connect(editor.add_step)
    editor.standard_button.clicked.connect(editor.standard_plan)
    editor.up_button.clicked.connect(lambda: editor.move_step(-1))
    editor.down_button.clicked.connect(lambda: editor.move_step(1))
    editor.remove_button.clicked.connect(editor.remove_step)
    editor.own_time.clicked.connect(editor.use_own_time)
    editor.case.activated.connect(lambda _i: editor.choose_case())
    editor.minutes.editingFinished.connect(editor.commit_minutes)
    editor.tree.currentItemChanged.connect(lambda *_: editor.show_selected(clear=True))
    editor.tree.moved.connect(editor.move_row)
    editor.tree.customContextMenuRequested.connect(lambda pos: _context_menu(editor, pos))


def _context_menu(editor: PlanEditorHost, pos: QPoint) -> None:
    menu = QMenu(editor.as_widget())
    for action in (editor.add_action, editor.standard_action):
        menu.addAction(action)
    menu.addSeparator()
    for action in (editor.up_action, editor.down_action, editor.remove_action):
        menu.addAction(action)
    menu.exec(editor.tree.viewport().mapToGlobal(pos))
    menu.deleteLater()
