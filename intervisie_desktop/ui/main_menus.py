"""The main window's menu bar: every command with its shortcut, as attributes of the window.

Texts keep the main window's translation context ("MainWindow")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from intervisie_desktop.ui.security.erase_dialog import ERASE_SHORTCUT

if TYPE_CHECKING:
    from intervisie_desktop.ui.main_window import MainWindow


def add_action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    name: str = "",
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _checked=False: slot())
    if name:
        action.setObjectName(name)
    menu.addAction(action)
    return action


def build_menus(window: MainWindow) -> None:
    """File, Edit, View, Group, Meeting, Session and Help, with their shortcuts."""
    _file_menu(window)
    _edit_menu(window)
    _view_menu(window)
    _group_menu(window)
    _meeting_menu(window)
    _session_menu(window)
    _help_menu(window)


def _file_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
    window.file_menu = menu
    window.new_group_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&New group"),
        window.new_group,
        QKeySequence.StandardKey.New,
        "newGroup",
    )
    window.demo_action = add_action(
        window, menu, QCoreApplication.translate("MainWindow", "Open the &demo"), window.open_demo
    )
    menu.addSeparator()
    from intervisie_desktop.ui.export.menu import add_export_menu

    window.export_menu = add_export_menu(window, window.context, menu)
    menu.addSeparator()
    from intervisie_desktop.ui.safety.actions import SafetyActions

    window.safety = SafetyActions(window, window.context.services)
    window.safety.install(menu)
    menu.addSeparator()
    window.quit_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Quit"),
        window.close,
        QKeySequence.StandardKey.Quit,
    )


def _edit_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    window.undo_action = window.undo.stack.createUndoAction(
        window, QCoreApplication.translate("MainWindow", "&Undo")
    )
    window.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    window.redo_action = window.undo.stack.createRedoAction(
        window, QCoreApplication.translate("MainWindow", "&Redo")
    )
    window.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
    menu.addAction(window.undo_action)
    menu.addAction(window.redo_action)
    menu.addSeparator()
    window.find_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Find group"),
        window.find_group,
        QKeySequence.StandardKey.Find,
    )


def _view_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
    window.view_actions = []
    for index, text in enumerate(
        (
            QCoreApplication.translate("MainWindow", "&Group"),
            QCoreApplication.translate("MainWindow", "&Members"),
            QCoreApplication.translate("MainWindow", "M&eetings"),
            QCoreApplication.translate("MainWindow", "&Cases"),
        )
    ):
        action = add_action(
            window, menu, text, lambda i=index: window.show_tab(i), f"Ctrl+{index + 1}"
        )
        window.view_actions.append(action)
    menu.addSeparator()
    window.methods_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Method library"),
        window.show_method_library,
        "Ctrl+M",
    )


def _group_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Group"))
    window.group_menu = menu
    window.add_member_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Add member"),
        window.add_member,
        "Ctrl+Shift+A",
        "addMember",
    )
    window.end_membership_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&End membership"),
        lambda: window.members.end_membership(),
    )
    window.delete_member_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Remove member\u2026"),
        window.delete_member,
    )
    window.erase_member_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "Era&se member\u2026"),
        lambda: _erase_member(window),
        ERASE_SHORTCUT,
        "eraseMember",
    )
    menu.addSeparator()
    window.archive_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "Arc&hive group"),
        window.toggle_archive,
        None,
        "archiveGroup",
    )
    window.delete_group_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Delete group\u2026"),
        window.delete_group,
        None,
        "deleteGroup",
    )
    # Delete on the group list deletes the group (after asking).
    delete_key = QAction(window)
    delete_key.setShortcut(QKeySequence.StandardKey.Delete)
    delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.triggered.connect(window.delete_group)
    window.group_list.list.addAction(delete_key)


def _erase_member(window: MainWindow) -> None:
    """The member shown on the Members tab, erased after the warning."""
    if window.group_id is None:
        return
    window.show_tab(1)
    window.members.erase_member()


def _meeting_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Meeting"))
    window.plan_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Plan meeting"),
        window.plan_meeting,
        "Ctrl+Shift+M",
        "planMeeting",
    )
    window.delete_meeting_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Delete meeting\u2026"),
        window.delete_meeting,
    )
    menu.addSeparator()
    window.new_case_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&New case"),
        window.new_case,
        "Ctrl+Shift+K",
        "newCase",
    )
    window.delete_case_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "D&elete case\u2026"),
        window.delete_case,
    )


def _session_menu(window: MainWindow) -> None:
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Session"))
    window.session_menu = menu
    window.start_session_action = add_action(
        window,
        menu,
        QCoreApplication.translate("MainWindow", "&Start session"),
        window.start_session,
        "F5",
        "startSession",
    )


def _help_menu(window: MainWindow) -> None:
    help_menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About Intervisie"), window)
    about.triggered.connect(window.show_about)
    help_menu.addAction(about)
    window.about_action = about
