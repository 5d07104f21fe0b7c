"""The QApplication: identity, language, then the frame at once and the data behind it.

Start-up order (the frame must paint before anything heavy is imported):
1. QApplication, translators, the window icon, a light StartupFrame: shown at once.
2. From the event loop: (demo data written,) the database opened and migrated (this is where
   SQLAlchemy, SQLModel and the services are first imported), the main window built on it.
3. The main window takes the frame's place.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop import APP_ID, APP_NAME, __version__
from intervisie_desktop.language import choose_language
from intervisie_desktop.paths import database_path, resource_dir
from intervisie_desktop.ui import collector
from intervisie_desktop.ui.startup import imports, probe
from intervisie_desktop.ui.startup.behind import CheckBehind
from intervisie_desktop.ui.startup.frame import StartupFrame
from intervisie_desktop.ui.translation import install_translators

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.first_read import FirstScreen
    from intervisie_desktop.core.early_check import EarlyCheck
    from intervisie_desktop.core.errors import IntervisieError
    from intervisie_desktop.core.integrity import Health
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.security.recovery_dialogs import UnlockAnswer
    from intervisie_desktop.ui.startup.instance import InstanceGuard
    from intervisie_desktop.ui.window.main_window import MainWindow

logger = logging.getLogger(__name__)

#: The name of the installed .desktop file (resources/linux/), which is also the Wayland app id.
DESKTOP_FILE_NAME = "intervisie"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
FRAME_PAINT_GRACE_MS = 300
#: Between the steps that build the main window behind the first screen.
STEP_MS = 1


def app_icon() -> QIcon:
    """The program's icon from resources/icons (PNG files: no image plugin, loaded on demand)."""
    icon = QIcon()
    folder = resource_dir() / "icons"
    for size in ICON_SIZES:
        png = folder / f"intervisie-{size}.png"
        if png.exists():
            icon.addFile(str(png))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_FILE_NAME)
    app.setWindowIcon(app_icon())
    collector.install(app)
    return app


def open_services(data_dir: Path, passphrase: str | None = None) -> Services:
    imports.import_data_layer()
    from intervisie_desktop import opening

    return opening.open_services(data_dir, passphrase)


def read_first_screen(data_dir: Path) -> FirstScreen | None:
    """The first screen's groups, read without the ORM, when the file allows it (see
    core.db.first_read); None for the usual start-up path, and for a file without active
    groups (the main window's welcome or empty list says what to do). An interrupted swap
    must have been finished first."""
    with imports.plain_imports():
        from intervisie_desktop.core.db import first_read

        first = first_read.read_first_screen(database_path(data_dir))
    return first if first is not None and first.groups else None


def ask_passphrase(data_dir: Path, parent: QWidget | None) -> tuple[UnlockAnswer, bool]:
    """First start: protect with a passphrase or not. Encrypted file: unlock.
    Returns (passphrase, go on); from the unlock screen also (recovery chosen, True)."""
    from intervisie_desktop.core.integrity import needs_passphrase
    from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog
    from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog

    path = database_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        from intervisie_desktop.ui.startup.missing import offer_backups

        restored = offer_backups(data_dir, parent)  # good backups: offered before a new file
        return restored if restored is not None else FirstStartDialog.ask(parent)
    if needs_passphrase(path):
        return UnlockDialog.ask(parent, path)
    return None, True


def build_main_window(services: Services, data_dir: Path, language: str, demo: bool) -> MainWindow:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.window.main_window import MainWindow

    context = AppContext(services=services, data_dir=data_dir, lang=language, demo=demo)
    return MainWindow(context)


class _Loader:
    """Step 2 of the start-up, run from the event loop once the frame is on screen."""

    def __init__(
        self, app: QApplication, frame: StartupFrame, data_dir: Path, language: str, demo: bool
    ) -> None:
        self.app = app
        self.frame = frame
        self.data_dir = data_dir
        self.language = language
        self.demo = demo
        self.services: Services | None = None
        self.window: MainWindow | None = None
        self.guard: InstanceGuard | None = None
        self.started = False
        # Whether this run found the file sound (then a clean close records it: core.checked).
        self.sound = False
        self.behind: CheckBehind | None = None
        self.early: EarlyCheck | None = None
        self.new_demo = False
        self.importer: imports.BehindImport | None = None
        self.plain = False  # opened without a passphrase and without recovery

    def start_after_frame(self) -> None:
        """Load once the frame has painted (a window that never paints, say one started
        minimised, must not hold the program up: then a timer starts the load)."""
        # One more turn of the event loop after the paint, so the frame reaches the screen.
        probe.after_first_paint(self.frame, lambda: QTimer.singleShot(0, self.load))
        QTimer.singleShot(FRAME_PAINT_GRACE_MS, self.load)

    def load(self) -> None:
        if self.started:
            return
        self.started = True
        if self.guard is not None:
            self.guard.listen()  # later starts of this folder now bring this window forward
        imports.forget_sources()  # what PySide6's import hook read so far: memory for the load
        # Importing creates some 100,000 objects and hardly any garbage. The cycle collector runs
        # from the event loop (ui.collector), so it makes no passes over them during the load,
        # which would cost about a sixth of its time.
        with imports.plain_imports():
            self._begin()
        if self.frame.groups is not None:
            # The first screen is up and answers clicks: the data layer loads in a thread.
            self.importer = imports.BehindImport(self.app, self._load_rest)
            return
        self._load_rest()

    def _load_rest(self) -> None:
        with imports.plain_imports():
            imports.import_data_layer()  # before anything below reaches for the core
            self._load()
        imports.forget_sources()

    def _refused(self, error: IntervisieError) -> None:
        from PySide6.QtWidgets import QMessageBox

        from intervisie_desktop.ui.translation import error_text

        QMessageBox.critical(self.frame, APP_NAME, error_text(error))
        self.frame.close()
        self.app.exit(1)

    def _begin(self) -> None:
        """Finish an interrupted swap (before anything reads the file), show the first screen
        when the file allows it, and start the quick check."""
        from intervisie_desktop.core.backup.interrupted import finish_interrupted_swap

        finish_interrupted_swap(database_path(self.data_dir))
        first = None if self.demo else read_first_screen(self.data_dir)
        if first is not None:
            self.frame.fill(first)  # the first screen: the main window follows
            probe.watch_usable(self.frame, complete=False)
        self.new_demo = self.demo and not database_path(self.data_dir).exists()
        if not self.new_demo:
            # The quick check reads the file while the ORM is imported (see core.early_check).
            from intervisie_desktop.core.early_check import EarlyCheck

            self.early = EarlyCheck(database_path(self.data_dir))

    def _load(self) -> None:
        early, new_demo = self.early, self.new_demo
        if new_demo:
            from intervisie_desktop.core.demo import write_demo
            from intervisie_desktop.core.errors import IntervisieError
            from intervisie_desktop.paths import DATABASE_NAME, methods_dir

            try:
                write_demo(self.data_dir, DATABASE_NAME, "small", methods_dir=methods_dir())
            except IntervisieError as exc:  # a full disk: said once, then the start ends
                self._refused(exc)
                return
        from intervisie_desktop.ui.manual.help import install_start_help

        install_start_help(self.app)  # F1 in the passphrase and recovery dialogs
        answer, go_on = (None, True) if self.demo else ask_passphrase(self.data_dir, self.frame)
        if not go_on:
            self.frame.close()
            self.app.exit(0)
            return
        from intervisie_desktop.ui.security.recovery_dialogs import passphrase_and_recovery
        from intervisie_desktop.ui.startup.open_database import open_safely

        passphrase, recovery = passphrase_and_recovery(answer)
        self.services = open_safely(
            self.data_dir, passphrase, parent=self.frame, early=early, recovery=recovery
        )
        if self.services is None:  # refused or recovery declined; the user was told why
            self.frame.close()
            self.app.exit(1)
            return
        from intervisie_desktop.ui.startup.plaintext import settle_at_start

        lock = self.guard.lock if self.guard is not None else None
        # open_safely opened the file only after a check found it sound (or it was restored
        # from a verified backup, or made anew): the rule need not read it all again.
        settle_at_start(self.data_dir, passphrase, lock, self.frame, checked=True)
        self.plain = passphrase is None and recovery is None
        if self.frame.groups is not None:
            # The first screen answers clicks meanwhile: the main window's modules are imported
            # and the window built in turns of their own, so a click waits for one at most (a
            # timer, not a zero-time call: those run before input that is waiting).
            QTimer.singleShot(STEP_MS, self._import_window)
            return
        self._show_window()

    def _import_window(self) -> None:
        with imports.plain_imports():
            import intervisie_desktop.ui.context
            import intervisie_desktop.ui.window.main_window  # noqa: F401
        QTimer.singleShot(STEP_MS, self._show_window)

    def _show_window(self) -> None:
        assert self.services is not None
        with imports.plain_imports():
            self.window = build_main_window(self.services, self.data_dir, self.language, self.demo)
        if self.frame.groups is not None:
            QTimer.singleShot(STEP_MS, self._hand_over)  # a click on the first screen first
            return
        self._hand_over()

    def _hand_over(self) -> None:
        with imports.plain_imports():
            self._hand_over_to_window()
        imports.forget_sources()

    def _hand_over_to_window(self) -> None:
        assert self.window is not None
        chosen = self.frame.chosen_group()
        if chosen is not None:  # chosen on the first screen while the data layer loaded
            self.window.group_list.select(chosen)
        if self.frame.groups is None:
            probe.watch_usable(self.window)
        else:
            probe.watch_complete(self.window)
        self.frame.hand_over_to(self.window)
        self._follow_check(self.early, self.plain)
        if self.guard is not None:
            from intervisie_desktop.ui.startup.instance import bring_forward

            window = self.window
            self.guard.activate.connect(lambda: bring_forward(window))
        self.window.menus.safety.backup_at_start()
        settling = collector.collector(self.app)
        if settling is not None:
            settling.settle_after_start()
        logger.info("started, version %s, language %s", __version__, self.language)

    def _follow_check(self, early: EarlyCheck | None, plain: bool) -> None:
        """A check that ran before the screen tells now whether the file is sound; one that
        runs behind it (core.checked) is followed until it has."""
        if early is None or not plain:
            return
        if not early.behind:
            try:
                self.sound = early.full_health().ok  # done: the decision waited for it
            except Exception:  # reported when it was collected; nothing to record
                self.sound = False
            return
        self.behind = CheckBehind(early, self._damage_behind, self.app)

    def _damage_behind(self, health: Health) -> None:
        """The check behind the first screen found damage: recovery is offered over the window
        exactly as before it (core.checked); the window is built anew on what it gives."""
        from intervisie_desktop.core.checked import forget
        from intervisie_desktop.core.early_check import KnownHealth
        from intervisie_desktop.ui.startup.open_database import open_safely

        old, services = self.window, self.services
        assert old is not None and services is not None
        forget(database_path(self.data_dir))
        old.menus.safety.wait()  # the backup at start is done with the file first
        services.close()
        self.services = open_safely(self.data_dir, None, parent=old, early=KnownHealth(health))
        if self.services is None:  # declined or refused; the user was told why
            self.window = None
            old.hide()  # not close(): its state has nowhere to go now
            self.app.exit(1)
            return
        self.window = build_main_window(self.services, self.data_dir, self.language, self.demo)
        self.window.show()
        self.window.activateWindow()
        old.hide()
        old.deleteLater()


def refuse_start(data_dir: Path, exc: OSError) -> int:
    """The data folder refuses the first write at start: say why once; exit code 1."""
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop.core.db.storage import start_problem
    from intervisie_desktop.ui.translation import error_text

    logger.error("data folder refused at start: %s", type(exc).__name__)
    problem = start_problem(database_path(data_dir), exc)
    text = error_text(problem) if problem is not None else f"{data_dir}: {exc.strerror or exc}"
    QMessageBox.critical(None, APP_NAME, text)
    return 1


def refuse_data_dir(data_dir: Path, reason: str, lang: str | None) -> int:
    """The data folder cannot be used (a read-only one, a file in its place): also a window
    says so, as the program was perhaps started from a menu; exit code 2."""
    from PySide6.QtWidgets import QMessageBox

    from intervisie_desktop.core.db.storage import start_problem
    from intervisie_desktop.ui.translation import error_text

    app = make_application()
    app.setProperty("translators", install_translators(app, choose_language(lang)))
    problem = start_problem(database_path(data_dir)) if data_dir.is_dir() else None
    QMessageBox.critical(None, APP_NAME, error_text(problem) if problem is not None else reason)
    return 2


def run_app(data_dir: Path, lang: str | None = None, demo: bool = False) -> int:
    """Run the program on `data_dir`; with demo=True, the small demo is written there first."""
    app = make_application()
    language = choose_language(lang)
    app.setProperty("translators", install_translators(app, language))
    from intervisie_desktop.ui.startup.instance import already_open, claim

    try:
        data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # the lock lives in it
        guard, woke = claim(data_dir, listen=False)  # listens once the frame has painted
    except OSError as exc:  # a full disk or a read-only folder: the lock cannot be written
        return refuse_start(data_dir, exc)
    if guard is None:  # another window has this data folder: it was asked to come forward
        return 0 if woke else already_open(data_dir)
    frame = StartupFrame(demo=demo)
    probe.watch_visible(frame)
    loader = _Loader(app, frame, data_dir, language, demo)
    loader.guard = guard
    loader.start_after_frame()
    frame.show()
    try:
        return app.exec()
    finally:
        if loader.window is not None:
            loader.window.menus.safety.wait()  # a backup still being written finishes first
        if loader.services is not None:
            loader.services.close()
            if loader.sound or (loader.behind is not None and loader.behind.sound):
                from intervisie_desktop.core.checked import remember_sound

                remember_sound(database_path(data_dir))
        guard.release()
