"""Every window and dialog of the program, shown one at a time on the small demo.

Checks that concern every screen (one shortcut map, texts that fit, accessible names) walk
`open_each`, so a screen added to `SCREENS` is covered by all of them at once.
`test_catalogue.py` fails when a dialog or window class of the package is not listed here.

Each screen is built the way the program builds it, with its real constructor on the demo's
real SQLite file, shown, and closed again after the caller has looked at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.translation import install_translators
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


@dataclass
class Stage:
    """What a screen is built on: the demo's services and a main window over them."""

    qtbot: QtBot
    context: AppContext
    window: MainWindow
    tmp_path: Path

    @property
    def services(self) -> Services:
        return self.context.services


@dataclass
class Shown:
    """One screen, shown: `widget` is its top-level window or dialog."""

    name: str
    widget: QWidget
    stage: Stage


def _main_tab(index: int) -> Callable[[Stage], QWidget]:
    def build(stage: Stage) -> QWidget:
        stage.window.show_tab(index)
        return stage.window

    return build


def _main_with_notes(index: int) -> Callable[[Stage], QWidget]:
    def build(stage: Stage) -> QWidget:
        stage.window.show_tab(index)
        stage.window.privacy.show_notes()
        return stage.window

    return build


def _welcome(stage: Stage) -> QWidget:
    empty = stage.tmp_path / "empty"
    empty.mkdir(exist_ok=True)
    from intervisie_desktop.ui.startup.app import open_services

    services = open_services(empty)
    window = MainWindow(AppContext(services=services, data_dir=empty, lang=stage.context.lang))
    window.destroyed.connect(services.close)
    return window


def _startup_frame(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.startup.frame import StartupFrame

    return StartupFrame()


def _method_library(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.methods.window import MethodLibraryWindow

    return MethodLibraryWindow(stage.context)


def _manual(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.manual.window import ManualWindow

    window = ManualWindow(stage.context.lang, stage.window, stage.window)
    window.show_page("getting-started")
    return window


def _export(kind: str) -> Callable[[Stage], QWidget]:
    def build(stage: Stage) -> QWidget:
        from intervisie_desktop.ui.export.dialog import ExportDialog, ExportKind

        return ExportDialog(stage.services, ExportKind(kind), stage.window)

    return build


def _minutes(stage: Stage) -> QWidget:
    from pathlib import Path

    from intervisie_desktop.core.models import MeetingStatus
    from intervisie_desktop.export.kit_jobs import prepare_minutes
    from intervisie_desktop.ui.export.minutes_dialog import MinutesDialog

    group_id = stage.window.group_id or 0
    meetings = stage.services.meetings.for_group(group_id)
    held = [m for m in meetings if m.status == MeetingStatus.HELD][-1]
    job = prepare_minutes(stage.services, held.id or 0, Path("minutes.pdf"), stage.context.lang)
    return MinutesDialog(stage.context, job, stage.window)


def _kit(cards: bool) -> Callable[[Stage], QWidget]:
    def build(stage: Stage) -> QWidget:
        from intervisie_desktop.ui.export.kit_dialog import KitDialog

        return KitDialog(stage.context, cards, stage.window.group_id, stage.window)

    return build


def _search(stage: Stage) -> QWidget:
    return stage.window.privacy.search


def _picker(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.plan.picker import MethodPicker

    editor = stage.window.meetings.plan_editor
    assert editor is not None
    return MethodPicker(editor.picker_options(), stage.window)


def _protection(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.security.protection_dialog import ProtectionDialog

    return ProtectionDialog(stage.window.privacy.lock, stage.window)


def _first_start(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog

    return FirstStartDialog(stage.window)


def _change_passphrase(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.security.passphrase_dialog import ChangePassphraseDialog

    return ChangePassphraseDialog(stage.window)


def _unlock(stage: Stage) -> QWidget:
    from intervisie_desktop.core.security.throttle import FailureDelay
    from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog

    return UnlockDialog(stage.context.data_dir / DATABASE_NAME, FailureDelay())


def _recovery(stage: Stage) -> QWidget:
    from intervisie_desktop.core.backup.store import BackupFile
    from intervisie_desktop.core.integrity import Health, Problem
    from intervisie_desktop.ui.security.recovery_dialogs import RecoveryDialog

    path = stage.context.data_dir / DATABASE_NAME
    backup = BackupFile(path=path, taken_at=datetime(2026, 12, 1, 9, 15), size=4096, reason="start")
    return RecoveryDialog(Health(path=path, problem=Problem.DAMAGED), backup)


def _restore(stage: Stage) -> QWidget:
    from intervisie_desktop.core.backup.store import BackupFile
    from intervisie_desktop.ui.security.recovery_dialogs import RestoreDialog

    path = stage.context.data_dir / DATABASE_NAME
    backups = [
        BackupFile(path=path, taken_at=datetime(2026, 12, day, 9, 15), size=4096, reason=reason)
        for day, reason in ((1, "start"), (2, "session"), (3, "manual"))
    ]
    return RestoreDialog(backups, stage.window)


def _erase(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.security.erase_dialog import EraseMemberDialog

    members = stage.services.members.list()
    assert members[0].id is not None
    return EraseMemberDialog(stage.services.erasure.preview(members[0].id), stage.window)


def _error(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.errors import ErrorDialog

    details = 'Traceback (most recent call last):\n  File "x.py", line 1\nValueError: example'
    return ErrorDialog(details, stage.context.data_dir / "intervisie.log", stage.window)


def _resume(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.session.resume import ResumeDialog

    meeting = stage.services.meetings.next_planned()
    assert meeting is not None and meeting.id is not None
    stage.services.sessions.open(meeting.id).start()
    return ResumeDialog(stage.context, stage.services.sessions.unfinished(), stage.window)


def _register_rules(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.panes.register_rules import RegisterRulesDialog

    group = stage.services.groups.list()[-1]  # the Balint group: several registers
    return RegisterRulesDialog(stage.context, group.id, datetime.now().year, stage.window)


def _portal_list(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.panes.portal_lists import PortalListDialog

    group = stage.services.groups.list()[-1]
    assert group.id is not None
    held = [m for m in stage.services.meetings.for_group(group.id) if m.status == "held"]
    return PortalListDialog(stage.context, held[-1], stage.window)


def _phase_out(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.panes.phase_out import PhaseOutDialog

    group = stage.services.groups.list()[0]
    assert group.id is not None
    return PhaseOutDialog(stage.context, stage.window.undo, group.id, stage.window)


def _chair_history(stage: Stage) -> QWidget:
    from intervisie_desktop.ui.panes.chair_rota import ChairHistoryDialog

    group = stage.services.groups.list()[0]
    assert group.id is not None
    return ChairHistoryDialog(stage.context, group.id, stage.window)


def _session(part: str) -> Callable[[Stage], QWidget]:
    def build(stage: Stage) -> QWidget:
        meeting = stage.services.meetings.next_planned()
        assert meeting is not None and meeting.id is not None
        controller = stage.window.session_mode.start(meeting.id)
        assert controller is not None
        stage.qtbot.waitUntil(lambda: controller.presenter.isVisible(), timeout=5000)
        return controller.presenter if part == "presenter" else controller.audience

    return build


def _message(kind: str) -> Callable[[Stage], QWidget]:
    """The dialogs of the messages to the room (M, and Edit messages…), over the presenter."""

    def build(stage: Stage) -> QWidget:
        from intervisie_desktop.ui.session.message_dialogs import MessageEntry, PresetEditor
        from intervisie_desktop.ui.session.messages import default_presets

        presenter = _session("presenter")(stage)
        if kind == "entry":
            return MessageEntry(presenter)
        return PresetEditor(presenter, (None,) * 5, default_presets())

    return build


def _session_evaluation(stage: Stage) -> QWidget:
    presenter = _session("presenter")(stage)
    controller = stage.window.session_mode.controller
    assert controller is not None and controller.presenter is presenter
    dialog = controller.evaluation.open()
    stage.qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


#: name -> how the program builds that screen. Names say where the screen lives.
SCREENS: dict[str, Callable[[Stage], QWidget]] = {
    "main/group": _main_tab(0),
    "main/members": _main_tab(1),
    "main/meetings": _main_tab(2),
    "main/cases": _main_tab(3),
    "main/development": _main_tab(4),
    "main/group+notes": _main_with_notes(0),
    "main/members+notes": _main_with_notes(1),
    "main/meetings+notes": _main_with_notes(2),
    "main/cases+notes": _main_with_notes(3),
    "main/welcome": _welcome,
    "main/startup-frame": _startup_frame,
    "methods/library": _method_library,
    "help/manual": _manual,
    "dialog/export-summary": _export("summary"),
    "dialog/export-certificates": _export("certificates"),
    "dialog/export-attendance-list": _export("attendance_list"),
    "dialog/export-csv": _export("csv"),
    "dialog/export-calendar": _export("calendar"),
    "dialog/minutes": _minutes,
    "dialog/export-method-cards": _kit(cards=True),
    "dialog/export-case-prep": _kit(cards=False),
    "dialog/search": _search,
    "dialog/method-picker": _picker,
    "dialog/protection": _protection,
    "dialog/first-start": _first_start,
    "dialog/change-passphrase": _change_passphrase,
    "dialog/unlock": _unlock,
    "dialog/recovery": _recovery,
    "dialog/restore": _restore,
    "dialog/erase-member": _erase,
    "dialog/error": _error,
    "dialog/resume": _resume,
    "dialog/register-rules": _register_rules,
    "dialog/portal-list": _portal_list,
    "dialog/phase-out": _phase_out,
    "dialog/chair-history": _chair_history,
    "session/presenter": _session("presenter"),
    "session/audience": _session("audience"),
    "session/message-entry": _message("entry"),
    "session/message-presets": _message("presets"),
    "session/evaluation": _session_evaluation,
}

#: The classes each screen above shows, for the completeness check.
LISTED_CLASSES = {
    "MainWindow",
    "StartupFrame",
    "MethodLibraryWindow",
    "ManualWindow",
    "ExportDialog",
    "MinutesDialog",
    "KitDialog",
    "SearchDialog",
    "MethodPicker",
    "ProtectionDialog",
    "FirstStartDialog",
    "ChangePassphraseDialog",
    "UnlockDialog",
    "RecoveryDialog",
    "RestoreDialog",
    "EraseMemberDialog",
    "ErrorDialog",
    "EvaluationDialog",
    "ResumeDialog",
    "RegisterRulesDialog",
    "PortalListDialog",
    "PhaseOutDialog",
    "ChairHistoryDialog",
    "PresenterView",
    "AudienceView",
    "MessageEntry",
    "PresetEditor",
}


def _settle(qtbot: QtBot) -> None:
    for _ in range(3):
        QApplication.processEvents()
    qtbot.wait(10)


def open_each(
    qtbot: QtBot,
    tmp_path: Path,
    lang: str = "en",
    size: tuple[int, int] = (1280, 800),
    only: Callable[[str], bool] | None = None,
) -> Iterator[Shown]:
    """Show each screen of `SCREENS` in turn (in `lang`, the main window at `size`), yield it,
    and close it when the caller moves on. Every screen gets a fresh copy of the small demo."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, lang)
    try:
        for number, (name, build) in enumerate(SCREENS.items()):
            if only is not None and not only(name):
                continue
            folder = tmp_path / f"screen-{number}"
            write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
            from intervisie_desktop.ui.startup.app import open_services

            services = open_services(folder)
            context = AppContext(services=services, data_dir=folder, lang=lang)
            window = MainWindow(context)
            window.resize(*size)
            window.show()
            qtbot.waitExposed(window)
            _settle(qtbot)  # the window's start-up offers (nothing to resume on a fresh demo)
            window.groups.setCurrentRow(0)
            stage = Stage(qtbot=qtbot, context=context, window=window, tmp_path=folder)
            widget = build(stage)
            if widget is not window:
                widget.show()
                qtbot.waitExposed(widget)
            _settle(qtbot)
            try:
                yield Shown(name=name, widget=widget, stage=stage)
            finally:
                _close(qtbot, stage, widget)
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def _close(qtbot: QtBot, stage: Stage, widget: QWidget) -> None:
    controller = stage.window.session_mode.controller
    if controller is not None:
        controller.close()
        qtbot.waitUntil(lambda: stage.window.session_mode.controller is None, timeout=5000)
    if widget is not stage.window:
        widget.close()
        widget.deleteLater()
    stage.window.close()
    stage.window.deleteLater()
    _settle(qtbot)
    stage.services.close()
