"""The method library pane's widgets and commands: the list with its search and filters on the
left, the heading, controls and editor tabs on the right, the tab order, and the pane's actions
with their shortcuts, all as attributes of the pane.

Texts keep the pane's translation context ("MethodLibraryPane")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.ui.forms.undo import stack_action
from intervisie_desktop.ui.methods.method_list import MethodList
from intervisie_desktop.ui.methods.phases_editor import PhasesEditor
from intervisie_desktop.ui.methods.texts_editor import TextsEditor
from intervisie_desktop.ui.methods.warning_default import WarningDefaultBox
from intervisie_desktop.ui.search_field import EscapeClears
from intervisie_desktop.ui.shortcuts import tip_with_shortcut

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.ui.methods.pane_host import LibraryPaneHost

DEFAULT_GROUP_SIZE = 6


def build_pane(pane: LibraryPaneHost) -> None:
    """The list on the left, the chosen method on the right, in a splitter."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(pane.as_widget())
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    splitter.addWidget(_browser(pane))
    splitter.addWidget(_detail(pane))
    splitter.setStretchFactor(0, 0)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([300, 980])
    _tab_order(pane)


def _browser(pane: LibraryPaneHost) -> QWidget:
    left = QWidget()
    left_layout = QVBoxLayout(left)
    pane.search = QLineEdit()
    pane.search.setObjectName("methodSearch")
    pane.search.setAccessibleName(QCoreApplication.translate("MethodLibraryPane", "Search methods"))
    pane.search.setClearButtonEnabled(True)
    pane.search.setPlaceholderText(
        QCoreApplication.translate("MethodLibraryPane", "Search methods (Ctrl+F)")
    )
    pane.search.textChanged.connect(lambda _t: pane.refresh())
    left_layout.addWidget(pane.search)
    pane.show_combo = QComboBox()
    pane.show_combo.setObjectName("methodKindFilter")
    pane.show_combo.addItems(
        [
            QCoreApplication.translate("MethodLibraryPane", "All"),
            QCoreApplication.translate("MethodLibraryPane", "Methods"),
            QCoreApplication.translate("MethodLibraryPane", "Meeting blocks"),
            QCoreApplication.translate("MethodLibraryPane", "Own methods"),
        ]
    )
    pane.show_combo.currentIndexChanged.connect(lambda _i: pane.refresh())
    show_label = QLabel(QCoreApplication.translate("MethodLibraryPane", "Sho&w"))
    show_label.setBuddy(pane.show_combo)
    row = QHBoxLayout()
    row.addWidget(show_label)
    row.addWidget(pane.show_combo, 1)
    left_layout.addLayout(row)
    pane.show_deleted = QCheckBox(
        QCoreApplication.translate("MethodLibraryPane", "Show &deleted own methods")
    )
    pane.show_deleted.toggled.connect(lambda _c: pane.refresh())
    left_layout.addWidget(pane.show_deleted)
    pane.list = MethodList()
    pane.list.setObjectName("methodList")
    pane.list.setAccessibleName(QCoreApplication.translate("MethodLibraryPane", "Methods"))
    pane.list.currentItemChanged.connect(pane.item_changed)
    pane.search.returnPressed.connect(pane.search_done)
    EscapeClears(pane.search, pane.list)
    left_layout.addWidget(pane.list, 1)
    pane.list_empty = QLabel(
        QCoreApplication.translate("MethodLibraryPane", "No method matches the search.")
    )
    pane.list_empty.setWordWrap(True)
    pane.list_empty.hide()
    left_layout.addWidget(pane.list_empty)
    pane.warning_default = WarningDefaultBox(pane.context, pane.ui_lang)
    pane.warning_default.changed.connect(lambda _m: pane.show_totals())
    left_layout.addWidget(pane.warning_default)
    # At least 240 px, and never narrower than its texts need (a large system font).
    left.setMinimumWidth(max(240, left.minimumSizeHint().width()))
    return left


def _detail(pane: LibraryPaneHost) -> QWidget:
    right = QWidget()
    right_layout = QVBoxLayout(right)
    pane.title = QLabel()
    pane.title.setObjectName("methodTitle")
    pane.title.setWordWrap(True)
    pane.title.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(pane.title.font())
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    pane.title.setFont(font)
    right_layout.addWidget(pane.title)
    pane.subtitle = QLabel()
    pane.subtitle.setObjectName("methodSubtitle")
    pane.subtitle.setWordWrap(True)
    right_layout.addWidget(pane.subtitle)
    right_layout.addLayout(_controls(pane))
    pane.notice = QLabel()
    pane.notice.setObjectName("methodNotice")
    pane.notice.setWordWrap(True)
    right_layout.addWidget(pane.notice)

    pane.tabs = QTabWidget()
    pane.overview = QTextBrowser()
    pane.overview.setObjectName("methodOverview")
    pane.overview.setOpenLinks(False)
    pane.overview.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so keys can scroll it
    pane.overview.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    pane.overview.document().setDefaultStyleSheet(
        "h2 { font-size: large; margin-top: 14px; } h3 { font-size: medium; margin-top: 12px; }"
    )
    pane.tabs.addTab(pane.overview, QCoreApplication.translate("MethodLibraryPane", "Overview"))
    pane.texts_editor = TextsEditor(pane, pane.undo_keys)
    pane.tabs.addTab(
        pane.texts_editor, QCoreApplication.translate("MethodLibraryPane", "Edit method")
    )
    pane.phases_editor = PhasesEditor(pane, pane.undo_keys)
    pane.tabs.addTab(
        pane.phases_editor, QCoreApplication.translate("MethodLibraryPane", "Edit phases")
    )
    pane.empty = QLabel(
        QCoreApplication.translate(
            "MethodLibraryPane", "Choose a method on the left to see its phases."
        )
    )
    pane.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    pane.detail = QStackedWidget()
    pane.detail.addWidget(pane.tabs)
    pane.detail.addWidget(pane.empty)
    right_layout.addWidget(pane.detail, 1)
    return right


def _controls(pane: LibraryPaneHost) -> QHBoxLayout:
    """Text language, group size, planned total, and the copy/delete/restore buttons."""
    controls = QHBoxLayout()
    lang_label = QLabel(QCoreApplication.translate("MethodLibraryPane", "&Texts in"))
    pane.lang_combo = QComboBox()
    pane.lang_combo.setObjectName("contentLanguage")
    pane.lang_combo.addItem("Nederlands", "nl")
    pane.lang_combo.addItem("English", "en")
    pane.lang_combo.setCurrentIndex(pane.lang_combo.findData(pane.content_lang))
    pane.lang_combo.currentIndexChanged.connect(pane.language_changed)
    lang_label.setBuddy(pane.lang_combo)
    controls.addWidget(lang_label)
    controls.addWidget(pane.lang_combo)
    controls.addSpacing(16)
    size_label = QLabel(QCoreApplication.translate("MethodLibraryPane", "&Group size"))
    pane.group_size = QSpinBox()
    pane.group_size.setObjectName("groupSize")
    pane.group_size.setRange(2, 30)
    pane.group_size.setValue(DEFAULT_GROUP_SIZE)
    pane.group_size.valueChanged.connect(lambda _v: pane.show_totals())
    size_label.setBuddy(pane.group_size)
    controls.addWidget(size_label)
    controls.addWidget(pane.group_size)
    pane.total = QLabel()
    pane.total.setObjectName("plannedTotal")
    controls.addWidget(pane.total)
    controls.addStretch(1)
    pane.copy_button = QPushButton(QCoreApplication.translate("MethodLibraryPane", "&Copy to edit"))
    pane.copy_button.setObjectName("copyButton")
    pane.delete_button = QPushButton(QCoreApplication.translate("MethodLibraryPane", "De&lete"))
    pane.delete_button.setObjectName("deleteButton")
    pane.restore_button = QPushButton(QCoreApplication.translate("MethodLibraryPane", "&Restore"))
    pane.restore_button.setObjectName("restoreButton")
    for button in (pane.copy_button, pane.delete_button, pane.restore_button):
        controls.addWidget(button)
    return controls


def _tab_order(pane: LibraryPaneHost) -> None:
    QWidget.setTabOrder(pane.search, pane.show_combo)
    QWidget.setTabOrder(pane.show_combo, pane.show_deleted)
    QWidget.setTabOrder(pane.show_deleted, pane.list)
    QWidget.setTabOrder(pane.list, pane.lang_combo)
    QWidget.setTabOrder(pane.lang_combo, pane.group_size)
    QWidget.setTabOrder(pane.group_size, pane.copy_button)
    QWidget.setTabOrder(pane.copy_button, pane.delete_button)
    QWidget.setTabOrder(pane.delete_button, pane.restore_button)
    QWidget.setTabOrder(pane.restore_button, pane.tabs)
    QWidget.setTabOrder(pane.tabs.tabBar(), pane.overview)
    QWidget.setTabOrder(pane.overview, pane.texts_editor.editor("name.nl"))


def _action(
    pane: LibraryPaneHost,
    text: str,
    keys: QKeySequence | QKeySequence.StandardKey | str | None,
    slot: Callable[[], None],
    where: QWidget | None = None,
) -> QAction:
    action = QAction(text, pane.as_widget())
    if keys is not None:
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    (where or pane.as_widget()).addAction(action)
    return action


def build_actions(pane: LibraryPaneHost) -> None:
    """Copy, delete, restore, find, undo and redo, with their keys and buttons."""
    pane.copy_action = _action(
        pane,
        QCoreApplication.translate("MethodLibraryPane", "&Copy to edit"),
        "Ctrl+D",
        pane.copy_current,
    )
    pane.delete_action = _action(
        pane,
        QCoreApplication.translate("MethodLibraryPane", "De&lete own method"),
        QKeySequence.StandardKey.Delete,
        pane.delete_current,
        where=pane.list,
    )
    pane.restore_action = _action(
        pane,
        QCoreApplication.translate("MethodLibraryPane", "&Restore own method"),
        "Ctrl+Shift+R",
        pane.restore_current,
    )
    pane.find_action = _action(
        pane,
        QCoreApplication.translate("MethodLibraryPane", "&Find method"),
        QKeySequence.StandardKey.Find,
        pane.focus_search,
    )
    pane.undo_action = stack_action(pane.undo_stack, pane.as_widget())
    pane.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
    pane.redo_action = stack_action(pane.undo_stack, pane.as_widget(), redo=True)
    redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    if shift_z not in redo_keys:
        redo_keys.append(shift_z)
    pane.redo_action.setShortcuts(redo_keys)
    for action in (pane.undo_action, pane.redo_action):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        pane.as_widget().addAction(action)
    pane.copy_button.clicked.connect(pane.copy_action.trigger)
    pane.delete_button.clicked.connect(pane.delete_action.trigger)
    pane.restore_button.clicked.connect(pane.restore_action.trigger)
    for button, action in (
        (pane.copy_button, pane.copy_action),
        (pane.delete_button, pane.delete_action),
        (pane.restore_button, pane.restore_action),
    ):
        tip_with_shortcut(button, action)
