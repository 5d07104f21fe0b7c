"""What the plan editor's helper modules (its layout and its view of the plan) may use of the
editor: this protocol, not the editor's module, so no import goes back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QFontMetrics
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

    from intervisie_desktop.ui.plan.rows import PlanView
    from intervisie_desktop.ui.plan.steps import StepTree


class PlanEditorHost(Protocol):
    """The plan editor as its helpers see it: the parts the layout builds, what is loaded, the
    commands the buttons and actions call."""

    # built by editor_layout.build_editor
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

    # what is loaded
    @property
    def meeting_id(self) -> int | None: ...

    @property
    def view(self) -> PlanView | None: ...

    # the commands
    def add_step(self) -> None: ...

    def standard_plan(self) -> None: ...

    def move_step(self, delta: int) -> None: ...

    def move_row(self, origin: int, to: int) -> None: ...

    def remove_step(self) -> None: ...

    def use_own_time(self) -> None: ...

    def choose_case(self) -> None: ...

    def commit_minutes(self) -> None: ...

    def show_selected(self, clear: bool) -> None: ...

    def set_error(self, message: str) -> None: ...

    # what it is as a widget
    def as_widget(self) -> QWidget:
        """The editor itself: the parent of its layout, actions and menu."""
        ...

    def fontMetrics(self) -> QFontMetrics: ...

    def addAction(self, action: QAction) -> None: ...
