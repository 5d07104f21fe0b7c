"""The method library: browse the built-in and own methods, copy one, and edit the copy.

Built-ins are read-only (shown as a description); an own method gets two editor tabs that
store every change through services.methods as it is typed, or show at the field why not.
One undo stack, local to the pane, covers edits, phase moves, copies and deletions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.methods.model import MethodDef, MethodKind
from intervisie_desktop.core.methods.schema import planned_total
from intervisie_desktop.core.services import Services
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.methods.fields import PaneUndoKeys
from intervisie_desktop.ui.methods.labels import format_minutes, kind_label, message_text
from intervisie_desktop.ui.methods.method_list import KEY_ROLE, Entry, MethodList, folded, matches
from intervisie_desktop.ui.methods.overview import method_html
from intervisie_desktop.ui.methods.phases_editor import PhasesEditor
from intervisie_desktop.ui.methods.texts_editor import TextsEditor
from intervisie_desktop.ui.methods.undo import MethodCommand, MethodState

logger = logging.getLogger(__name__)

DEFAULT_GROUP_SIZE = 6

SHOW_ALL, SHOW_METHODS, SHOW_BLOCKS, SHOW_OWN = range(4)


class MethodLibraryPane(QWidget):
    """Browse, copy and edit methods. Signals: `current_method_changed(key)` ("" for none) and
    `message(text)` for a status bar."""

    current_method_changed = Signal(str)
    message = Signal(str)

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
        self._busy = 0
        self._undo_keys = PaneUndoKeys(self)
        self._build()
        self._build_actions()
        context.signals.changed.connect(self._on_changed)
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setObjectName("methodSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search methods (Ctrl+F)"))
        self.search.textChanged.connect(lambda _t: self._fill_list())
        left_layout.addWidget(self.search)
        self.show_combo = QComboBox()
        self.show_combo.setObjectName("methodKindFilter")
        self.show_combo.addItems(
            [self.tr("All"), self.tr("Methods"), self.tr("Meeting blocks"), self.tr("Own methods")]
        )
        self.show_combo.currentIndexChanged.connect(lambda _i: self._fill_list())
        show_label = QLabel(self.tr("Sho&w"))
        show_label.setBuddy(self.show_combo)
        row = QHBoxLayout()
        row.addWidget(show_label)
        row.addWidget(self.show_combo, 1)
        left_layout.addLayout(row)
        self.show_deleted = QCheckBox(self.tr("Show &deleted own methods"))
        self.show_deleted.toggled.connect(lambda _c: self._fill_list())
        left_layout.addWidget(self.show_deleted)
        self.list = MethodList()
        self.list.setObjectName("methodList")
        self.list.currentItemChanged.connect(self._item_changed)
        self.search.returnPressed.connect(self._search_done)
        left_layout.addWidget(self.list, 1)
        self.list_empty = QLabel(self.tr("No method matches the search."))
        self.list_empty.setWordWrap(True)
        self.list_empty.hide()
        left_layout.addWidget(self.list_empty)
        left.setMinimumWidth(240)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        self.title = QLabel()
        self.title.setObjectName("methodTitle")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        right_layout.addWidget(self.title)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("methodSubtitle")
        self.subtitle.setWordWrap(True)
        right_layout.addWidget(self.subtitle)

        controls = QHBoxLayout()
        lang_label = QLabel(self.tr("&Texts in"))
        self.lang_combo = QComboBox()
        self.lang_combo.setObjectName("contentLanguage")
        self.lang_combo.addItem("Nederlands", "nl")
        self.lang_combo.addItem("English", "en")
        self.lang_combo.setCurrentIndex(self.lang_combo.findData(self.content_lang))
        self.lang_combo.currentIndexChanged.connect(self._language_changed)
        lang_label.setBuddy(self.lang_combo)
        controls.addWidget(lang_label)
        controls.addWidget(self.lang_combo)
        controls.addSpacing(16)
        size_label = QLabel(self.tr("&Group size"))
        self.group_size = QSpinBox()
        self.group_size.setObjectName("groupSize")
        self.group_size.setRange(2, 30)
        self.group_size.setValue(DEFAULT_GROUP_SIZE)
        self.group_size.valueChanged.connect(lambda _v: self._show_totals())
        size_label.setBuddy(self.group_size)
        controls.addWidget(size_label)
        controls.addWidget(self.group_size)
        self.total = QLabel()
        self.total.setObjectName("plannedTotal")
        controls.addWidget(self.total)
        controls.addStretch(1)
        self.copy_button = QPushButton(self.tr("&Copy to edit"))
        self.copy_button.setObjectName("copyButton")
        self.delete_button = QPushButton(self.tr("De&lete"))
        self.delete_button.setObjectName("deleteButton")
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setObjectName("restoreButton")
        for button in (self.copy_button, self.delete_button, self.restore_button):
            controls.addWidget(button)
        right_layout.addLayout(controls)
        self.notice = QLabel()
        self.notice.setObjectName("methodNotice")
        self.notice.setWordWrap(True)
        right_layout.addWidget(self.notice)

        self.tabs = QTabWidget()
        self.overview = QTextBrowser()
        self.overview.setObjectName("methodOverview")
        self.overview.setOpenLinks(False)
        self.overview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so keys can scroll it
        self.overview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.overview.document().setDefaultStyleSheet(
            "h2 { font-size: large; margin-top: 14px; } h3 { font-size: medium; margin-top: 12px; }"
        )
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.texts_editor = TextsEditor(self, self._undo_keys)
        self.tabs.addTab(self.texts_editor, self.tr("Edit method"))
        self.phases_editor = PhasesEditor(self, self._undo_keys)
        self.tabs.addTab(self.phases_editor, self.tr("Edit phases"))
        self.empty = QLabel(self.tr("Choose a method on the left to see its phases."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget()
        self.detail.addWidget(self.tabs)
        self.detail.addWidget(self.empty)
        right_layout.addWidget(self.detail, 1)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 980])

        self.setTabOrder(self.search, self.show_combo)
        self.setTabOrder(self.show_combo, self.show_deleted)
        self.setTabOrder(self.show_deleted, self.list)
        self.setTabOrder(self.list, self.lang_combo)
        self.setTabOrder(self.lang_combo, self.group_size)
        self.setTabOrder(self.group_size, self.copy_button)
        self.setTabOrder(self.copy_button, self.delete_button)
        self.setTabOrder(self.delete_button, self.restore_button)
        self.setTabOrder(self.restore_button, self.tabs)
        self.setTabOrder(self.tabs.tabBar(), self.overview)
        self.setTabOrder(self.overview, self.texts_editor.editor("name.nl"))

    def _action(
        self,
        text: str,
        keys: QKeySequence | str | None,
        slot: Callable[[], None],
        where: QWidget | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (where or self).addAction(action)
        return action

    def _build_actions(self) -> None:
        self.copy_action = self._action(self.tr("&Copy to edit"), "Ctrl+D", self.copy_current)
        self.delete_action = self._action(
            self.tr("De&lete own method"), "Del", self.delete_current, where=self.list
        )
        self.restore_action = self._action(
            self.tr("&Restore own method"), "Ctrl+Shift+R", self.restore_current
        )
        self.find_action = self._action(self.tr("&Find method"), "Ctrl+F", self.focus_search)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        shift_z = QKeySequence("Ctrl+Shift+Z")
        if shift_z not in redo_keys:
            redo_keys.append(shift_z)
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.copy_button.clicked.connect(self.copy_action.trigger)
        self.delete_button.clicked.connect(self.delete_action.trigger)
        self.restore_button.clicked.connect(self.restore_action.trigger)
        for button, action in (
            (self.copy_button, self.copy_action),
            (self.delete_button, self.delete_action),
            (self.restore_button, self.restore_action),
        ):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button.setToolTip(f"{action.text().replace('&', '')} ({keys})")

    def menu_actions(self) -> list[QAction | None]:
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

    # -- what the editors need (EditorHost) --------------------------------------------------

    @property
    def method(self) -> MethodDef:
        assert self._method is not None
        return self._method

    def perform(
        self, merge_id: str | None, text: str, action: Callable[[], MethodDef]
    ) -> IntervisieError | None:
        before = self.method
        self._busy += 1
        try:
            result = action()
        except IntervisieError as err:
            return err
        finally:
            self._busy -= 1
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

    def _visible_methods(self) -> list[tuple[MethodDef, bool]]:
        show = self.show_combo.currentIndex()
        methods = self.services.methods.list(include_deleted=self.show_deleted.isChecked())
        words = [w for w in folded(self.search.text()).split() if w]
        result = []
        for method in methods:
            if show == SHOW_METHODS and method.kind is not MethodKind.METHOD:
                continue
            if show == SHOW_BLOCKS and method.kind is not MethodKind.BLOCK:
                continue
            if show == SHOW_OWN and method.builtin:
                continue
            if words and not matches(method, words):
                continue
            deleted = not method.builtin and self.services.methods.is_deleted(method.key)
            result.append((method, deleted))
        return result

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

    def _item_changed(self, item: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
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
        method = self.method
        self.title.setText(method.name.get(self.content_lang))
        parts = [kind_label(method.kind)]
        if method.builtin:
            parts.append(self.tr("built-in, read-only"))
        else:
            parts.append(self.tr("own method"))
            if method.based_on:
                try:
                    origin = self.services.methods.get(method.based_on)
                    parts.append(
                        self.tr("based on \u201c{name}\u201d").format(
                            name=origin.name.get(self.content_lang)
                        )
                    )
                except IntervisieError:
                    logger.warning("method %s is based on an unknown method", method.key)
            if self._deleted:
                parts.append(self.tr("deleted"))
        self.subtitle.setText(" \u00b7 ".join(parts))
        if method.builtin:
            self.notice.setText(
                self.tr(
                    "Built-in methods are read-only. Use \u201cCopy to edit\u201d (Ctrl+D) to "
                    "make your own version."
                )
            )
        elif self._deleted:
            self.notice.setText(
                self.tr("This own method is deleted. Restore it (Ctrl+Shift+R) to use or edit it.")
            )
        else:
            self.notice.setText(
                self.tr("Your own method: changes are stored as you type. Ctrl+Z undoes them.")
            )
        self.copy_button.show()
        self.copy_action.setEnabled(True)
        own = not method.builtin
        self.delete_button.setVisible(own and not self._deleted)
        self.delete_action.setEnabled(own and not self._deleted)
        self.restore_button.setVisible(own and self._deleted)
        self.restore_action.setEnabled(own and self._deleted)
        self._show_totals()

    def _show_totals(self) -> None:
        if self._method is None:
            return
        size = self.group_size.value()
        total = planned_total(self._method, size)
        self.total.setText(
            self.tr("Planned: {total} min for a group of {size}").format(
                total=format_minutes(total, self.ui_lang), size=size
            )
        )
        self._show_overview()

    def _show_overview(self) -> None:
        if self._method is None:
            return
        bar = self.overview.verticalScrollBar()
        position = bar.value()
        self.overview.setHtml(
            method_html(self._method, self.group_size.value(), self.content_lang, self.ui_lang)
        )
        bar.setValue(position)

    def _language_changed(self, _index: int) -> None:
        self.content_lang = str(self.lang_combo.currentData())
        self._fill_list()
        if self._method is not None and not self._method.builtin and not self._deleted:
            self.phases_editor.relabel()

    # -- changes from elsewhere and from undo ------------------------------------------------

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self._busy or Change.METHODS not in changes:
            return
        self._fill_list()

    def restore_state(self, state: MethodState) -> None:
        """Store `state` again (undo/redo), then show it."""
        methods = self.services.methods
        key = state.method.key
        self._busy += 1
        try:
            deleted = methods.is_deleted(key)
            if deleted and (not state.deleted or methods.get(key) != state.method):
                methods.restore(key)
                deleted = False
            if methods.get(key) != state.method:
                methods.save(state.method)
            if state.deleted and not deleted:
                methods.delete(key)
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        finally:
            self._busy -= 1
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

    def _search_done(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def copy_current(self) -> None:
        if self._method is None:
            return
        self._busy += 1
        try:
            copy = self.services.methods.copy(self._method.key)
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        finally:
            self._busy -= 1
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
        self._busy += 1
        try:
            self.services.methods.delete(method.key)
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        finally:
            self._busy -= 1
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
        self._busy += 1
        try:
            self.services.methods.restore(method.key)
        except IntervisieError as err:
            self._say(message_text(err, self.ui_lang))
            return
        finally:
            self._busy -= 1
        self.undo_stack.push(
            MethodCommand(
                self, self.tr("Restore method"), MethodState(method, True), MethodState(method)
            )
        )
        self._fill_list()
        self.select_method(method.key)
        self._say(self.tr("Restored."))
