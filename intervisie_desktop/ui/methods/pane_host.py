"""What the method library pane's helper modules (its layout and its heading) may use of the
pane: this protocol, not the pane's module, so no import goes back to it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from intervisie_desktop.ui.methods.host import EditorHost

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QUndoStack
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QLabel,
        QLineEdit,
        QListWidgetItem,
        QPushButton,
        QSpinBox,
        QStackedWidget,
        QTabWidget,
        QTextBrowser,
        QWidget,
    )

    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.methods.fields import PaneUndoKeys
    from intervisie_desktop.ui.methods.method_list import MethodList
    from intervisie_desktop.ui.methods.phases_editor import PhasesEditor
    from intervisie_desktop.ui.methods.texts_editor import TextsEditor
    from intervisie_desktop.ui.methods.warning_default import WarningDefaultBox


class LibraryPaneHost(EditorHost, Protocol):
    """The method library pane as its helpers see it: what its editors see (EditorHost), the
    parts the layout builds, the commands its widgets and actions call."""

    # built by pane_layout.build_pane and build_actions
    search: QLineEdit
    show_combo: QComboBox
    show_deleted: QCheckBox
    list: MethodList
    list_empty: QLabel
    title: QLabel
    subtitle: QLabel
    notice: QLabel
    lang_combo: QComboBox
    group_size: QSpinBox
    total: QLabel
    copy_button: QPushButton
    delete_button: QPushButton
    restore_button: QPushButton
    tabs: QTabWidget
    overview: QTextBrowser
    texts_editor: TextsEditor
    phases_editor: PhasesEditor
    empty: QLabel
    warning_default: WarningDefaultBox
    context: AppContext
    detail: QStackedWidget
    copy_action: QAction
    delete_action: QAction
    restore_action: QAction
    find_action: QAction
    undo_action: QAction
    redo_action: QAction

    @property
    def undo_keys(self) -> PaneUndoKeys: ...

    @property
    def undo_stack(self) -> QUndoStack: ...

    # the commands
    def refresh(self) -> None: ...

    def item_changed(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None: ...

    def search_done(self) -> None: ...

    def language_changed(self, _index: int) -> None: ...

    def show_totals(self) -> None: ...

    def copy_current(self) -> None: ...

    def delete_current(self) -> None: ...

    def restore_current(self) -> None: ...

    def focus_search(self) -> None: ...

    # what it is as a widget
    def as_widget(self) -> QWidget:
        """The pane itself: the parent of its layout and actions."""
        ...
