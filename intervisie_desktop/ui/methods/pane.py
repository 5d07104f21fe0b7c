"""The method library: browse the built-in and own methods, copy one, and edit the copy.

Built-ins are read-only (shown as a description); an own method gets two editor tabs that
store every change through services.methods as it is typed, or show at the field why not.
One undo stack, local to the pane, covers edits, phase moves, copies and deletions.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
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

from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodDef, MethodKind
from intervisie_desktop.ui.methods.fields import PaneUndoKeys
from intervisie_desktop.ui.methods.labels import message_text
from intervisie_desktop.ui.methods.method_list import (
    KEY_ROLE,
    SHOW_ALL,
    Entry,
    MethodList,
    folded,
    shown,
)
from intervisie_desktop.ui.methods.overview import method_html
from intervisie_desktop.ui.methods.pane_header import show_header, show_total
from intervisie_desktop.ui.methods.pane_layout import build_actions, build_pane
from intervisie_desktop.ui.methods.undo import MethodCommand, MethodState

if TYPE_CHECKING:
    import builtins
    from collections.abc import Callable

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.methods.phases_editor import PhasesEditor
    from intervisie_desktop.ui.methods.texts_editor import TextsEditor
    from intervisie_desktop.ui.methods.warning_default import WarningDefaultBox

logger = logging.getLogger(__name__)


class MethodLibraryPane(QWidget):
    """Browse, copy and edit methods. Signals: `current_method_changed(key)` ("" for none) and
    `message(text)` for a status bar. Its widgets and actions are built in `pane_layout`."""

    current_method_changed = Signal(str)
    message = Signal(str)

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
    detail: QStackedWidget
    copy_action: QAction
    delete_action: QAction
    restore_action: QAction
    find_action: QAction
    undo_action: QAction
    redo_action: QAction

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodLibraryPane")
        self.context = context
        self.services: Services = context.services
        self.ui_lang = context.lang
        self.content_lang = context.lang
        self.undo_stack = QUndoStack(self)
        self._method: MethodDef | None = None
        self._deleted = False
        self.undo_keys = PaneUndoKeys(self)
        build_pane(self)
        build_actions(self)
        context.hub.watch(self, {Change.METHODS}, lambda _changes: self._fill_list())
        self.refresh()

    def menu_actions(self) -> builtins.list[QAction | None]:
        """The pane's commands for a host window's menu (None marks a separator)."""
        editor = self.phases_editor
        return [
            self.copy_action,
            self.delete_action,
            self.restore_action,
            None,
            editor.add_action,
            editor.remove_action,
            editor.up_action,
            editor.down_action,
            None,
            self.undo_action,
            self.redo_action,
            None,
            self.find_action,
        ]

    def as_widget(self) -> QWidget:
        return self

    # -- what the editors need (EditorHost) --------------------------------------------------

    @property
    def method(self) -> MethodDef:
        assert self._method is not None
        return self._method

    def perform(
        self, merge_id: str | None, text: str, action: Callable[[], OpResult[MethodDef]]
    ) -> IntervisieError | None:
        before = self.method
        try:
            result = self.context.ops.perform(self, action)
        except IntervisieError as err:
            return err
        self._method = result
        self.undo_stack.push(
            MethodCommand(self, text, MethodState(before), MethodState(result), merge_key=merge_id)
        )
        self._show_header()
        self._show_overview()
        self._relabel_current_item()
        return None

    # -- reading -----------------------------------------------------------------------------

    def current_key(self) -> str:
        return self._method.key if self._method is not None else ""

    def refresh(self) -> None:
        self._fill_list()

    def _visible_methods(self) -> builtins.list[tuple[MethodDef, bool]]:
        show = self.show_combo.currentIndex()
        methods = self.services.methods.list(include_deleted=self.show_deleted.isChecked())
        words = [w for w in folded(self.search.text()).split() if w]
        return [
            (m, not m.builtin and self.services.methods.is_deleted(m.key))
            for m in methods
            if shown(m, show, words)
        ]

    def _item_text(self, method: MethodDef, deleted: bool) -> str:
        name = method.name.get(self.content_lang)
        if deleted:
            return self.tr("{name} \u00b7 own, deleted").format(name=name)
        if not method.builtin:
            return self.tr("{name} \u00b7 own").format(name=name)
        return name

    def _fill_list(self) -> None:
        """Rebuild the list, grouped by kind, keeping the selection where it still shows."""
        current = self.current_key()
        visible = self._visible_methods()
        sections = []
        for kind, heading in (
            (MethodKind.BLOCK, self.tr("Meeting blocks")),
            (MethodKind.METHOD, self.tr("Methods")),
        ):
            entries = [
                Entry(
                    m.key,
                    self._item_text(m, d),
                    m.summary.get(self.content_lang),
                    own=not m.builtin,
                    deleted=d,
                )
                for m, d in visible
                if m.kind is kind
            ]
            sections.append((heading, entries))
        kept = self.list.fill(sections, current)
        self.list_empty.setVisible(not visible)
        if kept:
            self._show(current)
        elif not self.list.select_first():
            self._show(None)

    def select_method(self, key: str) -> bool:
        """Select a method by key (for a host window, and for opening a fresh copy)."""
        item = self.list.item_for(key)
        if item is None:
            self.search.clear()
            self.show_combo.setCurrentIndex(SHOW_ALL)
            item = self.list.item_for(key)
        if item is None:
            return False
        self.list.setCurrentItem(item)
        return True

    def item_changed(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        key = item.data(KEY_ROLE) if item is not None else None
        self._show(key or None)

    def _relabel_current_item(self) -> None:
        if self._method is None:
            return
        item = self.list.item_for(self._method.key)
        if item is not None:
            item.setText(self._item_text(self._method, self._deleted))
            item.setToolTip(self._method.summary.get(self.content_lang))

    def _show(self, key: str | None, phase_index: int | None = 0) -> None:
        """Show one method: read-only for built-ins and deleted ones, editable otherwise."""
        previous = self.current_key()
        if key is None:
            self._method = None
            self.detail.setCurrentWidget(self.empty)
            for widget in (self.title, self.subtitle, self.notice, self.total):
                widget.clear()
            for button in (self.copy_button, self.delete_button, self.restore_button):
                button.hide()
            for action in (self.copy_action, self.delete_action, self.restore_action):
                action.setEnabled(False)
            self._set_editing(False)
            if previous:
                self.current_method_changed.emit("")
            return
        self._method = self.services.methods.get(key)
        self._deleted = not self._method.builtin and self.services.methods.is_deleted(key)
        self.detail.setCurrentWidget(self.tabs)
        editable = not self._method.builtin and not self._deleted
        self._set_editing(editable)
        if editable:
            self.texts_editor.set_method(self._method)
            self.phases_editor.set_method(self._method, phase_index if key != previous else None)
        self._show_header()
        self._show_overview()
        if key != previous:
            self.current_method_changed.emit(key)

    def _set_editing(self, editable: bool) -> None:
        for index in (1, 2):
            self.tabs.setTabVisible(index, editable)
        for action in self.phases_editor.actions():
            action.setEnabled(editable)
        if not editable:
            self.tabs.setCurrentIndex(0)

    def _show_header(self) -> None:
        show_header(self, self._deleted)
        self.show_totals()

    def show_totals(self) -> None:
        if self._method is None:
            return
        show_total(self)
        self._show_overview()

    def _show_overview(self) -> None:
        if self._method is None:
            return
        bar = self.overview.verticalScrollBar()
        position = bar.value()
        self.overview.setHtml(
            method_html(
                self._method,
                self.group_size.value(),
                self.content_lang,
                self.ui_lang,
                self.warning_default.minutes(),
            )
        )
        bar.setValue(position)

    def language_changed(self, _index: int) -> None:
        self.content_lang = str(self.lang_combo.currentData())
        self._fill_list()
        if self._method is not None and not self._method.builtin and not self._deleted:
            self.phases_editor.relabel()

    # -- changes from elsewhere and from undo ------------------------------------------------

    def restore_state(self, state: MethodState) -> None:
        """Store `state` again (undo/redo), then show it."""
        methods = self.services.methods
        key = state.method.key

        def put_back() -> OpChanges:
            changes = OpChanges()
            deleted = methods.is_deleted(key)
            if deleted and (not state.deleted or methods.get(key) != state.method):
                changes |= methods.restore(key).changes
                deleted = False
            if methods.get(key) != state.method:
                changes |= methods.save(state.method).changes
            if state.deleted and not deleted:
                changes |= methods.delete(key)
            return changes

        try:
            self.context.ops.apply(self, put_back)
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        phase = self.phases_editor.index if key == self.current_key() else 0
        self._fill_list()
        if not self.select_method(key) and state.deleted:
            self._say(self.tr("The copy is gone again."))
        elif key == self.current_key():
            self._show(key, phase)

    # -- user actions ------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.notice.setText(text)
        self.message.emit(text)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def search_done(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_current(self) -> None:
        if self._method is None:
            return
        methods, key = self.services.methods, self._method.key
        try:
            copy = self.context.ops.perform(self, lambda: methods.copy(key))
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        logger.info("copied method %s to %s in the library", self._method.key, copy.key)
        self.undo_stack.push(
            MethodCommand(
                self,
                self.tr("Copy method"),
                MethodState(copy, deleted=True),
                MethodState(copy),
            )
        )
        self._fill_list()
        self.select_method(copy.key)
        self.tabs.setCurrentWidget(self.texts_editor)
        name = self.texts_editor.editor(f"name.{self.ui_lang}")
        name.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(name, QLineEdit):
            name.selectAll()
        self._say(self.tr("Copied. Give your version a name; every change is stored as you type."))

    def delete_current(self) -> None:
        if self._method is None or self._method.builtin or self._deleted:
            return
        method = self._method
        methods = self.services.methods
        try:
            self.context.ops.apply(self, lambda: methods.delete(method.key))
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        self.undo_stack.push(
            MethodCommand(
                self, self.tr("Delete method"), MethodState(method), MethodState(method, True)
            )
        )
        self._fill_list()
        self._say(self.tr("Deleted. Ctrl+Z brings it back."))

    def restore_current(self) -> None:
        if self._method is None or not self._deleted:
            return
        method = self._method
        methods = self.services.methods
        try:
            self.context.ops.perform(self, lambda: methods.restore(method.key))
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        self.undo_stack.push(
            MethodCommand(
                self, self.tr("Restore method"), MethodState(method, True), MethodState(method)
            )
        )
        self._fill_list()
        self.select_method(method.key)
        self._say(self.tr("Restored."))
