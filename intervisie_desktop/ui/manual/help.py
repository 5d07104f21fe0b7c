"""Help › Manual (F1), Help › Keyboard shortcuts, and F1 anywhere: the manual opens at the page
of the pane the key was pressed on.

Which page belongs to which pane is one table, `PAGE_OF`: a widget's object name or class name
(its own or a base class's) to "page#anchor". F1 looks at the focus widget, then its parents,
until one is in the table. In the main window F1 is the Manual action's shortcut. Every other
window (the method library, session mode, the export, passphrase and recovery dialogs) gets an F1
shortcut of its own when it first takes the focus: a shortcut costs nothing until its key is
pressed, where an event filter on the whole application would run for every event.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget
from shiboken6 import Shiboken

from intervisie_desktop.ui.manual.contents import HOME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMenu

    from intervisie_desktop.ui.manual.window import ManualWindow

#: Pane (object name or class name) -> manual page, "page" or "page#anchor".
PAGE_OF: dict[str, str] = {
    "WelcomePane": "getting-started",
    "GroupListPane": "getting-started#group",
    "GroupDetailsPane": "getting-started#group",
    "MembersPane": "getting-started#members",
    "MeetingsPane": "getting-started#meetings",
    "PlanEditor": "getting-started#plan",
    "MethodPicker": "getting-started#plan",
    "AttendanceList": "getting-started#attendance",
    "CasesPane": "getting-started#cases",
    "ChairHistoryDialog": "getting-started#chair-rota",
    "PhaseOutDialog": "getting-started#phase-out",
    "NotesDock": "notes",
    "NotesPane": "notes",
    "SearchPanel": "notes#search",
    "SearchDialog": "notes#search",
    "MethodLibraryWindow": "methods",
    "ExportDialog": "registers#export",
    "PresenterView": "session#presenter",
    "AudienceView": "session#projector",
    "FollowUpPanel": "session#follow-up",
    "ResumeDialog": "session#resume",
    "FirstStartDialog": "privacy#passphrase",
    "UnlockDialog": "privacy#unlock",
    "LockOverlay": "privacy#lock",
    "ProtectionDialog": "privacy#passphrase",
    "ChangePassphraseDialog": "privacy#passphrase",
    "EraseMemberDialog": "privacy#erase",
    "RecoveryDialog": "backups#recovery",
    "RestoreDialog": "backups#restore",
}
SHORTCUTS_PAGE = "shortcuts"
HAS_HELP_KEY = "intervisieHelpKey"  # a window whose F1 opens the manual
LOCK_COVER = "lockOverlay"  # the object name of the cover of a locked window

_helpers: list[ManualHelp] = []


def page_for(widget: QWidget | None) -> str:
    """The manual page ("page#anchor") for a widget: its own entry, or its nearest parent's;
    on a tab bar, the entry of the tab on show."""
    while widget is not None:
        page = _own_page(widget)
        if page is None and isinstance(widget, QTabWidget) and widget.currentWidget():
            page = _own_page(widget.currentWidget())
        if page is not None:
            return page
        widget = widget.parentWidget()
    return HOME


def _own_page(widget: QWidget) -> str | None:
    names = [widget.objectName()] + [kind.__name__ for kind in type(widget).__mro__]
    return next((PAGE_OF[name] for name in names if name in PAGE_OF), None)


def program_language() -> str:
    """The language the program's texts were loaded in (translation.install_translators sets
    the default locale to match)."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class ManualHelp(QObject):
    """Opens the manual; the newest one alive also answers F1 in the other windows."""

    def __init__(self, lang: str, window: QMainWindow | None, parent: QObject) -> None:
        super().__init__(parent)
        self.lang = lang
        self.window = window
        self.manual: ManualWindow | None = None
        _helpers[:] = [h for h in _helpers if Shiboken.isValid(h)]
        _helpers.append(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._follow_focus)
            focused = app.focusWidget()
            if focused is not None:
                self._follow_focus(None, focused)

    def open(self, target: str = HOME) -> ManualWindow:
        """The manual at "page" or "page#anchor", raised. Above a modal dialog it opens as that
        dialog's own window (a window beside a modal dialog would take no clicks)."""
        from intervisie_desktop.ui.manual.window import ManualWindow

        page, _, anchor = target.partition("#")
        modal = QApplication.activeModalWidget()
        if modal is not None:
            manual = ManualWindow(self.lang, self.window, modal)
            manual.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        else:
            if self.manual is None or not Shiboken.isValid(self.manual):
                self.manual = ManualWindow(self.lang, self.window, self.window)
            manual = self.manual
        manual.show_page(page, anchor)
        manual.show()
        manual.raise_()
        manual.activateWindow()
        return manual

    def open_for_focus(self) -> ManualWindow:
        return self.open(self.page_for(QApplication.focusWidget() or QApplication.activeWindow()))

    def page_for(self, widget: QWidget | None) -> str:
        """page_for(widget); on a locked main window, the lock's section."""
        window = self.window
        cover = window.findChild(QWidget, LOCK_COVER) if window is not None else None
        locked = cover is not None and cover.isVisible()
        if locked and widget is not None and widget.window() is window:
            widget = cover  # a locked window: the passphrase is the question
        return page_for(widget)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and _newest() is self:
            give_help_key(new.window())


def _newest() -> ManualHelp | None:
    alive = [h for h in _helpers if Shiboken.isValid(h)]
    return alive[-1] if alive else None


def give_help_key(window: QWidget) -> None:
    """F1 in `window` opens the manual at the page of its focus widget (once per window; the
    main window has the Manual action instead, the manual itself needs none)."""
    if window.property(HAS_HELP_KEY) or window.objectName() == "manualWindow":
        return
    window.setProperty(HAS_HELP_KEY, True)
    key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), window)
    key.setObjectName("helpKey")
    key.setContext(Qt.ShortcutContext.WindowShortcut)
    key.activated.connect(lambda: _answer(window))


def _answer(window: QWidget) -> None:
    helper = _newest()
    if helper is not None:
        helper.open(helper.page_for(QApplication.focusWidget() or window))


@dataclass
class HelpActions:
    manual_action: QAction
    shortcuts_action: QAction
    help: ManualHelp


def add_help_actions(window: QMainWindow, menu: QMenu, lang: str) -> HelpActions:
    """Help › Manual (F1, the platform's help key) and Help › Keyboard shortcuts."""
    from intervisie_desktop.ui.security.overlay import ALLOWED_WHEN_LOCKED

    help_ = ManualHelp(lang, window, window)
    manual = QAction(QCoreApplication.translate("ManualHelp", "&Manual"), window)
    manual.setObjectName("manual")
    manual.setShortcut(QKeySequence.StandardKey.HelpContents)
    manual.setProperty(ALLOWED_WHEN_LOCKED, True)  # the manual holds nothing confidential
    window.setProperty(HAS_HELP_KEY, True)  # F1 is this action's: no second F1 shortcut here
    manual.triggered.connect(lambda _checked=False: help_.open_for_focus())
    shortcuts = QAction(QCoreApplication.translate("ManualHelp", "&Keyboard shortcuts"), window)
    shortcuts.setObjectName("keyboardShortcuts")
    shortcuts.triggered.connect(lambda _checked=False: help_.open(SHORTCUTS_PAGE))
    menu.addAction(manual)
    window.addAction(manual)  # also on the window: F1 works while the locked menu bar is off
    menu.addAction(shortcuts)
    menu.addSeparator()
    return HelpActions(manual, shortcuts, help_)


def install_start_help(app: QApplication) -> ManualHelp:
    """F1 in the dialogs before the main window (first start, unlock, recovery); one per
    application, however often it starts a window."""
    for found in app.findChildren(ManualHelp, options=Qt.FindChildOption.FindDirectChildrenOnly):
        found.lang = program_language()
        return found
    return ManualHelp(program_language(), None, app)
