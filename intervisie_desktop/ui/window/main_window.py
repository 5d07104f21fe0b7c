"""The main window: the group list on the left, the chosen group's panes on the right, menus,
one undo stack, and a status bar naming the open database."""

from __future__ import annotations

import base64
import logging
from typing import TYPE_CHECKING, TypeVar, cast

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from intervisie_desktop import APP_NAME, __version__
from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.db.first_read import GEOMETRY_KEY, LAST_GROUP_KEY
from intervisie_desktop.ui.forms.undo import Undo
from intervisie_desktop.ui.panes.groups import GroupDetailsPane, GroupListPane
from intervisie_desktop.ui.panes.tabs import GroupTabs
from intervisie_desktop.ui.panes.welcome import WelcomePane, start_demo_process
from intervisie_desktop.ui.translation import error_text
from intervisie_desktop.ui.window.menus import build_menus

if TYPE_CHECKING:  # the modules of the other tabs are imported when their pane is built
    from PySide6.QtGui import QCloseEvent

    from intervisie_desktop.core.errors import IntervisieError
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.methods import MethodLibraryWindow
    from intervisie_desktop.ui.panes.cases import CasesPane
    from intervisie_desktop.ui.panes.development import DevelopmentPane
    from intervisie_desktop.ui.panes.meetings import MeetingsPane
    from intervisie_desktop.ui.panes.members import MembersPane
    from intervisie_desktop.ui.panes.protocol import GroupPane
    from intervisie_desktop.ui.plan.editor import PlanEditor

logger = logging.getLogger(__name__)

#: A pane on the group tabs (a QWidget that is also a GroupPane).
PaneT = TypeVar("PaneT", bound=QWidget)


#: Which kinds of data each pane shows; the hub refreshes a pane when one of them changed.
PANE_CHANGES: dict[str, frozenset[Change]] = {
    "details": frozenset({Change.GROUPS, Change.METHODS}),
    "members": frozenset({Change.MEMBERS, Change.GOALS}),
    "meetings": frozenset(
        {
            Change.MEETINGS,
            Change.ATTENDANCE,
            Change.CASES,
            Change.MEMBERS,
            Change.GROUPS,
            Change.EVALUATIONS,
        }
    ),
    "cases": frozenset(
        {
            Change.CASES,
            Change.MEETINGS,
            Change.MEMBERS,
            Change.ATTENDANCE,
            Change.GROUPS,
            Change.METHODS,
        }
    ),
    "development": frozenset(
        {Change.MEETINGS, Change.ATTENDANCE, Change.CASES, Change.GROUPS, Change.EVALUATIONS}
    ),
}


class MainWindow(QMainWindow):
    #: Session mode connects here: the meeting to run (the selected one, or the next planned).
    start_session_requested = Signal(int)

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        title = APP_NAME + (" \u2014 " + self.tr("demo") if context.demo else "")
        self.setWindowTitle(title)
        self.undo = Undo(context, self)
        self.undo.failed.connect(self.show_message)
        self.group_id: int | None = None
        self.method_library: MethodLibraryWindow | None = None  # opened with Ctrl+M
        self._shows: dict[str, int | None] = {}  # pane -> the group it shows
        self._build_panes()
        self.menus = build_menus(self, self)
        self.database_label = QLabel(
            self.tr("Database: {path}").format(path=str(context.database_path))
        )
        self.database_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.database_label)
        context.hub.watch(self, {Change.GROUPS}, lambda _changes: self.refresh_groups())
        self._restore_geometry()
        self.refresh_groups(keep=self._last_group())
        from intervisie_desktop.ui.notes.integration import install_privacy
        from intervisie_desktop.ui.window.navigation import open_record

        self.privacy = install_privacy(self, context)
        self.privacy.open_requested.connect(lambda kind, id_: open_record(self, kind, id_))
        from intervisie_desktop.ui.window.session_launcher import install_session_mode

        self.session_mode = install_session_mode(self)  # F5; a run left unfinished is offered
        QTimer.singleShot(0, self.session_mode.offer_resume)

    # -- building -------------------------------------------------------------------------------

    def _build_panes(self) -> None:
        services = self.context
        self.group_list = GroupListPane(services)
        self.groups = self.group_list.list
        self._plan_editor: PlanEditor | None = None
        # Each tab's pane is built when first needed (see GroupTabs).
        self.tabs = GroupTabs(
            {
                "details": (self.tr("Group"), self._make_details),
                "members": (self.tr("Members"), self._make_members),
                "meetings": (self.tr("Meetings"), self._make_meetings),
                "cases": (self.tr("Cases"), self._make_cases),
                "development": (self.tr("Development"), self._make_development),
            }
        )
        self.no_group = QLabel(self.tr("Choose a group on the left."))
        self.no_group.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.right = QStackedWidget()
        self.right.addWidget(self.tabs)
        self.right.addWidget(self.no_group)
        self.split = QSplitter()
        self.split.addWidget(self.group_list)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 4)
        self.split.setSizes([260, 1000])
        self.welcome = WelcomePane()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.split)
        self.pages.addWidget(self.welcome)
        # Areas beside the groups (the method library) are added with add_area().
        self.areas = QTabWidget()
        self.areas.setObjectName("areas")
        self.areas.setTabBarAutoHide(True)
        self.areas.setDocumentMode(True)
        # With one area its tab bar is hidden; the widget must not swallow Tab then.
        self.areas.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.areas.addTab(self.pages, self.tr("Groups"))
        self.setCentralWidget(self.areas)
        self.group_list.group_selected.connect(self.show_group)
        self.group_list.new_button.clicked.connect(self.new_group)
        self.welcome.create_group_requested.connect(self.new_group)
        self.welcome.demo_requested.connect(self.open_demo)
        self.tabs.currentChanged.connect(lambda _i: self._load_current_pane())
        self.setTabOrder(self.group_list.search, self.group_list.filter)
        self.setTabOrder(self.group_list.filter, self.group_list.list)
        self.setTabOrder(self.group_list.list, self.group_list.new_button)
        self.setTabOrder(self.group_list.new_button, self.tabs)

    def _watched(self, name: str, pane: PaneT) -> PaneT:
        """A pane the hub refreshes when what it shows changed (while hidden: once shown)."""
        self.context.hub.watch(pane, PANE_CHANGES[name], lambda _c: self._bring_up_to_date(name))
        return pane

    def _make_details(self) -> GroupDetailsPane:
        return self._watched("details", GroupDetailsPane(self.context, self.undo))

    def _make_members(self) -> MembersPane:
        from intervisie_desktop.ui.panes.members import MembersPane
        from intervisie_desktop.ui.window.member_keys import delete_key  # Delete on the lists

        return delete_key(self._watched("members", MembersPane(self.context, self.undo)), self)

    def _make_cases(self) -> CasesPane:
        from intervisie_desktop.ui.panes.cases import CasesPane

        return self._watched("cases", CasesPane(self.context, self.undo))

    def _make_development(self) -> DevelopmentPane:
        from intervisie_desktop.ui.panes.development import DevelopmentPane

        return self._watched("development", DevelopmentPane(self.context))

    def _make_meetings(self) -> MeetingsPane:
        from intervisie_desktop.ui.panes.meetings import MeetingsPane
        from intervisie_desktop.ui.plan.editor import PlanEditor

        meetings = MeetingsPane(self.context, self.undo)
        self._plan_editor = PlanEditor(self.context, self.undo)  # follows the selected meeting
        meetings.set_plan_editor(self._plan_editor)
        return self._watched("meetings", meetings)

    @property
    def details(self) -> GroupDetailsPane:
        return cast("GroupDetailsPane", self.tabs.pane("details"))

    @property
    def members(self) -> MembersPane:
        return cast("MembersPane", self.tabs.pane("members"))

    @property
    def meetings(self) -> MeetingsPane:
        return cast("MeetingsPane", self.tabs.pane("meetings"))

    @property
    def cases(self) -> CasesPane:
        return cast("CasesPane", self.tabs.pane("cases"))

    @property
    def plan_editor(self) -> PlanEditor:
        self.tabs.pane("meetings")
        assert self._plan_editor is not None
        return self._plan_editor

    def add_area(self, widget: QWidget, title: str) -> int:
        """Add a top-level area beside the groups (e.g. the method library); returns its index."""
        return self.areas.addTab(widget, title)

    # -- the group list ---------------------------------------------------------------------------

    def refresh_groups(self, keep: int | None = None) -> None:
        any_group = bool(self.context.services.groups.list(archived=None))
        self.pages.setCurrentWidget(self.split if any_group else self.welcome)
        self.group_list.refresh(keep=keep)
        self._update_actions()

    # -- showing a group ------------------------------------------------------------------------

    def show_group(self, group_id: int | None) -> None:
        if group_id != self.group_id and not self.settle_edits():
            self._keep_group_selected()  # back to the field: this group stays
            return
        self.group_id = group_id
        self.right.setCurrentWidget(self.tabs if group_id is not None else self.no_group)
        self._load_current_pane()
        self._update_actions()

    def _group_pane(self, name: str) -> GroupPane:
        return cast("GroupPane", self.tabs.pane(name))

    def _load_current_pane(self) -> None:
        """The shown tab's pane shows the chosen group (what changed is the hub's business)."""
        name = self.tabs.current_name()
        if name not in self._shows or self._shows[name] != self.group_id:
            self._bring_up_to_date(name)

    def _bring_up_to_date(self, name: str) -> None:
        """Refresh a pane; one that still shows another group (or none yet) gets the chosen one."""
        pane = self._group_pane(name)
        if name in self._shows and self._shows[name] == self.group_id:
            pane.refresh()
        else:
            self._shows[name] = self.group_id
            pane.set_group(self.group_id)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.pane(self.tabs.name_at(index)).setFocus()

    def _update_actions(self) -> None:
        has_group = self.group_id is not None
        archived = False
        if has_group:
            group = next((g for g in self.group_list.groups if g.id == self.group_id), None)
            archived = bool(group and group.archived)
        self.menus.archive_action.setText(
            self.tr("Restore from arc&hive") if archived else self.tr("Arc&hive group")
        )
        for action in self.menus.group_actions():
            action.setEnabled(has_group)

    def commit_pending(self) -> None:
        """Save what is typed in a field that has not been left yet (in the panes built)."""
        for name in self.tabs.built():
            self._group_pane(name).commit_pending()

    def settle_edits(self) -> bool:
        """Save what is typed; a value that cannot be saved is named and the user chooses: back
        to the field (False) or discard it (True). Nothing typed is dropped without a word."""
        from intervisie_desktop.ui.forms import unsaved
        from intervisie_desktop.ui.forms.fields import FormBinder

        self.commit_pending()
        return unsaved.settle(self, self.tabs.findChildren(FormBinder))

    def _keep_group_selected(self) -> None:
        listing = self.group_list.list
        listing.blockSignals(True)
        self.group_list.select(self.group_id)
        listing.blockSignals(False)
        self.group_list.shown_id = self.group_id

    # -- actions --------------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def refuse(self, exc: IntervisieError) -> None:
        """A refused command: said in the status bar and in a dialog, in the user's language."""
        self.show_message(error_text(exc))
        QMessageBox.warning(self, APP_NAME, error_text(exc))

    def find_group(self) -> None:
        self.group_list.focus_search()

    def new_group(self) -> None:
        """A new group with a free name, shown with its name selected so typing replaces it."""
        from intervisie_desktop.ui.window.records import new_group

        new_group(self)

    def toggle_archive(self) -> None:
        from intervisie_desktop.ui.window.records import toggle_archive

        toggle_archive(self)

    def delete_group(self) -> None:
        from intervisie_desktop.ui.window.records import delete_group

        delete_group(self)

    def add_member(self) -> None:
        if self.group_id is None:
            return
        self.show_tab(1)
        self.members.add_member()

    def delete_member(self) -> None:
        from intervisie_desktop.ui.window.records import delete_member

        delete_member(self)

    def plan_meeting(self) -> None:
        if self.group_id is None:
            return
        self.show_tab(2)
        self.meetings.plan_meeting()

    def delete_meeting(self) -> None:
        from intervisie_desktop.ui.window.records import delete_meeting

        delete_meeting(self)

    def new_case(self) -> None:
        if self.group_id is None:
            return
        self.show_tab(3)
        if self.cases.target_meeting() is None:
            self.show_message(self.tr("Plan a meeting first: cases belong to a meeting."))
            return
        self.cases.new_case()

    def delete_case(self) -> None:
        from intervisie_desktop.ui.window.records import delete_case

        delete_case(self)

    def session_meeting_id(self) -> int | None:
        """The selected meeting on the Meetings tab, else the group's next planned meeting."""
        if self.group_id is None:
            return None
        if self._shows.get("meetings", None) == self.group_id and "meetings" in self._shows:
            selected = self.meetings.current_meeting_id()
            if selected is not None:
                return selected
        upcoming = self.context.services.meetings.next_planned(self.group_id)
        return upcoming.id if upcoming is not None else None

    def start_session(self) -> None:
        self.commit_pending()
        meeting_id = self.session_meeting_id()
        if meeting_id is None:
            self.show_message(self.tr("No meeting to start: plan one on the Meetings tab first."))
            return
        from intervisie_desktop.ui.window.start_today import confirm_start_date

        if not confirm_start_date(self, self.context, meeting_id):
            return  # cancelled: nothing changed
        logger.info("session requested for meeting %s", meeting_id)
        self.start_session_requested.emit(meeting_id)

    def open_demo(self) -> None:
        if start_demo_process(self.context.lang):
            self.show_message(self.tr("The demo opens in a separate window."))
        else:
            self.show_message(self.tr("The demo could not be started."))

    # -- window state ---------------------------------------------------------------------------

    def _last_group(self) -> int | None:
        value = self.context.services.settings.get(LAST_GROUP_KEY)
        return int(value) if isinstance(value, int) else None

    def _restore_geometry(self) -> None:
        self.resize(1100, 720)
        stored = self.context.services.settings.get(GEOMETRY_KEY)
        if isinstance(stored, str):
            self.restoreGeometry(QByteArray(base64.b64decode(stored)))

    def save_state(self) -> None:
        settings = self.context.services.settings
        settings.set(GEOMETRY_KEY, base64.b64encode(bytes(self.saveGeometry().data())).decode())
        settings.set(LAST_GROUP_KEY, self.group_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.settle_edits():
            event.ignore()  # back to the field: the window stays, with what was typed
            return
        try:
            self.save_state()
        except Exception:  # closing must never fail because the state could not be kept
            logger.exception("could not save the window state")
        super().closeEvent(event)

    # -- about ----------------------------------------------------------------------------------

    def show_method_library(self) -> None:
        """The library in a window of its own: its editor has its own undo and shortcuts."""
        from intervisie_desktop.ui.methods import MethodLibraryWindow

        window = self.method_library
        if window is None:
            window = MethodLibraryWindow(self.context, self)
            self.method_library = window
        window.show()
        window.raise_()
        window.activateWindow()

    def about_text(self) -> str:
        return self.tr(
            "<h3>Intervisie {version}</h3><p>The supervisor's tool for guided peer "
            "consultation, fully offline.</p><p>Data folder:<br><code>{folder}</code></p>"
        ).format(version=__version__, folder=str(self.context.data_dir))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Intervisie"), self.about_text())
