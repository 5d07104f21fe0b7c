"""The main window's menu bar: every command with its shortcut, in one typed object the window
owns (`window.menus`); nothing is set on the window from here.

Texts keep the main window's translation context ("MainWindow")."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from intervisie_desktop.ui import field_keys
from intervisie_desktop.ui.forms.undo import stack_action
from intervisie_desktop.ui.pane_keys import PaneFirst
from intervisie_desktop.ui.security.erase_dialog import ERASE_SHORTCUT

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QMainWindow, QMenu

    from intervisie_desktop.ui.export.menu import ExportMenu
    from intervisie_desktop.ui.manual.help import HelpActions
    from intervisie_desktop.ui.security.backup_actions import SafetyActions
    from intervisie_desktop.ui.window.host import MenuCommands


@dataclass
class WindowMenus:
    """The menus and actions of the main window, as built by `build_menus`."""

    file_menu: QMenu
    new_group_action: QAction
    demo_action: QAction
    export_menu: ExportMenu
    safety: SafetyActions
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    methods_action: QAction
    group_menu: QMenu
    add_member_action: QAction
    end_membership_action: QAction
    delete_member_action: QAction
    erase_member_action: QAction
    archive_action: QAction
    delete_group_action: QAction
    plan_action: QAction
    delete_meeting_action: QAction
    new_case_action: QAction
    delete_case_action: QAction
    session_menu: QMenu
    start_session_action: QAction
    about_action: QAction
    view_actions: list[QAction] = field(default_factory=list)
    help: HelpActions | None = None  # Help › Manual (F1) and Keyboard shortcuts

    def group_actions(self) -> list[QAction]:
        """The commands that need a chosen group."""
        return [
            self.add_member_action,
            self.archive_action,
            self.delete_group_action,
            self.plan_action,
            self.new_case_action,
            self.start_session_action,
            self.end_membership_action,
            self.delete_member_action,
            self.erase_member_action,
            self.delete_meeting_action,
            self.delete_case_action,
        ]


def add_action(
    window: QMainWindow,
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


def build_menus(window: QMainWindow, commands: MenuCommands) -> WindowMenus:
    """File, Edit, View, Group, Meeting, Session and Help, with their shortcuts; `commands` is
    the window itself, seen as the commands its menus call."""
    from intervisie_desktop.ui.export.kit_dialog import add_kit_actions
    from intervisie_desktop.ui.export.menu import add_export_menu
    from intervisie_desktop.ui.manual.help import add_help_actions
    from intervisie_desktop.ui.panes.phase_out import add_phase_out_action
    from intervisie_desktop.ui.security.backup_actions import SafetyActions

    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&File"))
    new_group = add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&New group"),
        commands.new_group,
        QKeySequence.StandardKey.New,
        "newGroup",
    )
    PaneFirst(new_group, QKeySequence.StandardKey.New)  # Ctrl+N in the notes: a new note
    demo = add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "Open the &demo"),
        commands.open_demo,
    )
    file_menu.addSeparator()
    export_menu = add_export_menu(window, commands.context, file_menu)
    add_kit_actions(  # the papers a group meets with on its own
        window, commands.context, export_menu.submenu, lambda: getattr(window, "group_id", None)
    )
    file_menu.addSeparator()
    safety = SafetyActions(window, commands.context.services, commands.context.hub)
    safety.install(file_menu)
    file_menu.addSeparator()
    quit_action = add_action(
        window,
        file_menu,
        QCoreApplication.translate("MainWindow", "&Quit"),
        commands.close,
        QKeySequence.StandardKey.Quit,
    )

    edit_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
    commands.undo.reported.connect(commands.show_message)  # "Saved: ...", "Undone: ..."
    undo_action = stack_action(commands.undo.stack, window)
    undo_action.setShortcut(QKeySequence.StandardKey.Undo)
    redo_action = stack_action(commands.undo.stack, window, redo=True)
    redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
    edit_menu.addAction(undo_action)
    edit_menu.addAction(redo_action)
    edit_menu.addSeparator()
    find = add_action(
        window,
        edit_menu,
        QCoreApplication.translate("MainWindow", "&Find group"),
        commands.find_group,
        QKeySequence.StandardKey.Find,
    )
    PaneFirst(find, QKeySequence.StandardKey.Find)  # Ctrl+F searches the pane with the focus

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&View"))
    tab_names = (
        QCoreApplication.translate("MainWindow", "&Group"),
        QCoreApplication.translate("MainWindow", "&Members"),
        QCoreApplication.translate("MainWindow", "M&eetings"),
        QCoreApplication.translate("MainWindow", "&Cases"),
        QCoreApplication.translate("MainWindow", "&Development"),
    )
    view_actions = [
        add_action(window, view_menu, text, partial(commands.show_tab, i), f"Ctrl+{i + 1}")
        for i, text in enumerate(tab_names)
    ]
    view_menu.addSeparator()
    methods = add_action(
        window,
        view_menu,
        QCoreApplication.translate("MainWindow", "Method &library"),
        commands.show_method_library,
        "Ctrl+M",
    )

    group_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Group"))
    add_member = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "&Add member"),
        commands.add_member,
        "Ctrl+Shift+A",
        "addMember",
    )
    end_membership = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "&End membership"),
        lambda: commands.members.end_membership(),
    )
    delete_member = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "&Remove member\u2026"),
        commands.delete_member,
    )
    erase_member = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "Era&se member\u2026"),
        lambda: _erase_member(commands),
        ERASE_SHORTCUT,
        "eraseMember",
    )
    add_phase_out_action(window, group_menu, commands)  # the chair from supervisor to members
    group_menu.addSeparator()
    archive = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "Arc&hive group"),
        commands.toggle_archive,
        None,
        "archiveGroup",
    )
    delete_group = add_action(
        window,
        group_menu,
        QCoreApplication.translate("MainWindow", "&Delete group\u2026"),
        commands.delete_group,
        None,
        "deleteGroup",
    )
    # Delete on the group list deletes the group (after asking).
    delete_key = QAction(window)
    delete_key.setShortcut(QKeySequence.StandardKey.Delete)
    delete_key.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    delete_key.triggered.connect(commands.delete_group)
    commands.group_list.list.addAction(delete_key)

    meeting_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Meeting"))
    plan = add_action(
        window,
        meeting_menu,
        QCoreApplication.translate("MainWindow", "&Plan meeting"),
        commands.plan_meeting,
        "Ctrl+Shift+M",
        "planMeeting",
    )
    delete_meeting = add_action(
        window,
        meeting_menu,
        QCoreApplication.translate("MainWindow", "&Delete meeting\u2026"),
        commands.delete_meeting,
    )
    meeting_menu.addSeparator()
    new_case = add_action(
        window,
        meeting_menu,
        QCoreApplication.translate("MainWindow", "&New case"),
        commands.new_case,
        "Ctrl+Shift+K",
        "newCase",
    )
    delete_case = add_action(
        window,
        meeting_menu,
        QCoreApplication.translate("MainWindow", "D&elete case\u2026"),
        commands.delete_case,
    )

    session_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Session"))
    start_session = add_action(
        window,
        session_menu,
        QCoreApplication.translate("MainWindow", "&Start session"),
        commands.start_session,
        "F5",
        "startSession",
    )

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    help_actions = add_help_actions(window, help_menu, commands.context.lang)
    about = add_action(
        window,
        help_menu,
        QCoreApplication.translate("MainWindow", "&About Intervisie"),
        commands.show_about,
    )

    field_keys.install()  # these keys work while a text field has the focus

    return WindowMenus(
        file_menu=file_menu,
        new_group_action=new_group,
        demo_action=demo,
        export_menu=export_menu,
        safety=safety,
        quit_action=quit_action,
        undo_action=undo_action,
        redo_action=redo_action,
        find_action=find,
        methods_action=methods,
        group_menu=group_menu,
        add_member_action=add_member,
        end_membership_action=end_membership,
        delete_member_action=delete_member,
        erase_member_action=erase_member,
        archive_action=archive,
        delete_group_action=delete_group,
        plan_action=plan,
        delete_meeting_action=delete_meeting,
        new_case_action=new_case,
        delete_case_action=delete_case,
        session_menu=session_menu,
        start_session_action=start_session,
        about_action=about,
        view_actions=view_actions,
        help=help_actions,
    )


def _erase_member(commands: MenuCommands) -> None:
    """The member shown on the Members tab, erased after the warning."""
    if commands.group_id is None:
        return
    commands.show_tab(1)
    commands.members.erase_member()
