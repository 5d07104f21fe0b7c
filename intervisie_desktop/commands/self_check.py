"""`intervisie self-check`: does this installation work? For installers and the frozen build.

Opens (creating if needed) the database in the data folder, the main window offscreen, and
checks that the bundled resources are found: icons, translations (ours and Qt's own Dutch),
the built-in method files; and that every module of the program imports, so a bundle that left
out a library one of them needs (a Qt module, say) fails here, not when a user reaches it.
One line per check on stdout; the first failure ends it with one line on stderr and exit
code 1.

The main window is the interface's: the command line (cli) hands in the step that shows it
(`ShowWindow`), so the sub-commands import nothing of the interface.
"""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from intervisie_desktop import APP_NAME
from intervisie_desktop.commands.common import (
    CommandError,
    add_data_dir_option,
    data_dir,
    passphrase_for,
)

if TYPE_CHECKING:
    import argparse

    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)

#: Shows the main window on the open services (data folder, Dutch) offscreen, closes it again
#: and returns whether it was visible and its title.
ShowWindow = Callable[["Services", Path], tuple[bool, str]]


class CheckFailed(Exception):
    """One check did not pass; the message says why in one line."""


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "self-check",
        help="open the database and the main window offscreen, check the bundled resources",
    )
    add_data_dir_option(parser)
    parser.set_defaults(run=run)


def check_icons() -> str:
    from intervisie_desktop.paths import resource_dir

    folder = resource_dir() / "icons"
    pngs = sorted(folder.glob("intervisie-*.png"))
    if not pngs:
        raise CheckFailed(f"no icons in {folder}")
    return f"{len(pngs)} sizes in {folder}"


def check_methods() -> str:
    from intervisie_desktop.paths import resource_dir

    folder = resource_dir() / "methods"
    if not folder.exists():
        return "no built-in method files in this version"
    files = sorted(folder.glob("*.toml"))
    if not files:
        raise CheckFailed(f"no method files in {folder}")
    for path in files:
        try:
            tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise CheckFailed(f"{path.name} cannot be read: {exc}") from None
    return f"{len(files)} files in {folder}"


def check_translations() -> str:
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from intervisie_desktop.paths import resource_dir

    folder = resource_dir() / "translations"
    counts = []
    for lang in ("nl", "en"):
        files = sorted(folder.glob(f"*_{lang}.qm"))
        if not files:
            raise CheckFailed(f"no {lang} translation files in {folder}")
        for qm in files:
            translator = QTranslator()
            if not translator.load(str(qm)) or translator.isEmpty():
                raise CheckFailed(f"{qm.name} cannot be loaded")
        counts.append(f"{lang} {len(files)}")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not QTranslator().load("qtbase_nl", qt_dir):
        raise CheckFailed(f"Qt's own Dutch translation (qtbase_nl) not found in {qt_dir}")
    return f"{', '.join(counts)} files in {folder}, and qtbase_nl"


#: Not imported: the program's entry point (importing it runs the program), and the migration
#: scripts, files that Alembic reads and runs itself.
NOT_IMPORTED = ("intervisie_desktop.__main__", "intervisie_desktop.core.migrations")


def imported(name: str) -> bool:
    """Whether the self-check imports the module of this name."""
    return not any(name == skip or name.startswith(f"{skip}.") for skip in NOT_IMPORTED)


def program_modules() -> list[str]:
    """The names of the program's modules, as found where they are installed (in a frozen
    build: the modules the bundle holds)."""
    import pkgutil

    import intervisie_desktop

    found = pkgutil.walk_packages(intervisie_desktop.__path__, "intervisie_desktop.")
    return sorted(info.name for info in found if imported(info.name))


def check_modules() -> str:
    import importlib

    names = program_modules()
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # ImportError above all: a library left out of the bundle
            raise CheckFailed(f"{name} cannot be imported: {type(exc).__name__}: {exc}") from None
    return f"{len(names)} modules imported"


class Session:
    """What the checks share: the data folder, then the open services."""

    def __init__(
        self, folder: Path, show_window: ShowWindow, passphrase: str | None = None
    ) -> None:
        self.folder = folder
        self.show_window = show_window
        self.passphrase = passphrase
        self.services: Any = None

    def check_database(self) -> str:
        from intervisie_desktop.opening import open_services

        try:
            self.services = open_services(self.folder, self.passphrase)
        except Exception as exc:  # a refusal explains itself; anything else is a failure too
            raise CheckFailed(f"cannot open the database: {exc}") from None
        engine = self.services.db.engine
        with engine.connect() as conn:
            schema = conn.exec_driver_sql("PRAGMA user_version").scalar_one()
            cipher = conn.exec_driver_sql("PRAGMA cipher_version").scalar()
        if not cipher:
            raise CheckFailed("the SQLite library has no SQLCipher: encryption would not work")
        groups = len(self.services.groups.list(archived=None))
        return f"{self.services.db.path}: schema {schema}, {groups} groups, SQLCipher {cipher}"

    def check_main_window(self) -> str:
        visible, title = self.show_window(self.services, self.folder)
        if not visible or not title.startswith(APP_NAME):
            raise CheckFailed(f"the main window did not show (title {title!r})")
        return f"shown offscreen, title {title!r}"

    def close(self) -> None:
        if self.services is not None:
            self.services.close()


def run(args: argparse.Namespace) -> int:
    from intervisie_desktop.logging_setup import setup_logging

    folder = data_dir(args, create=True)
    setup_logging()
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # checks the window, shows nothing
    from intervisie_desktop.paths import database_path

    path = database_path(folder)
    passphrase = passphrase_for(path, args, folder) if path.exists() else None
    session = Session(folder, args.show_window, passphrase)
    checks: list[tuple[str, Callable[[], str]]] = [
        ("icons", check_icons),
        ("methods", check_methods),
        ("database", session.check_database),
        ("translations", check_translations),
        ("modules", check_modules),
        ("main window", session.check_main_window),
    ]
    try:
        for name, check in checks:
            try:
                detail = check()
            except CheckFailed as exc:
                raise CommandError(f"self-check failed: {name}: {exc}") from None
            except Exception as exc:
                logger.exception("self-check %s failed unexpectedly", name)
                raise CommandError(
                    f"self-check failed: {name}: {type(exc).__name__}: {exc}"
                ) from None
            print(f"ok  {name}: {detail}")
    finally:
        session.close()
    print("self-check passed")
    return 0
