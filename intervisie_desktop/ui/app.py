"""The QApplication: identity, language, the database, and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop import APP_ID, APP_NAME, __version__
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import backup_dir, database_path
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.translation import choose_language, error_text, install_translators

logger = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def open_services(data_dir: Path, passphrase: str | None = None) -> Services:
    db = open_database(
        database_path(data_dir), passphrase=passphrase, backup_dir=backup_dir(data_dir)
    )
    return Services(db)


def ask_passphrase(data_dir: Path) -> tuple[str | None, bool]:
    """First start: protect or not. Encrypted file: unlock. (passphrase, go on)."""
    from intervisie_desktop.core.security import is_encrypted
    from intervisie_desktop.ui.security.passphrase_dialog import FirstStartDialog
    from intervisie_desktop.ui.security.unlock_dialog import UnlockDialog

    path = database_path(data_dir)
    if not path.exists() or path.stat().st_size == 0:
        return FirstStartDialog.ask(None)
    if is_encrypted(path):
        return UnlockDialog.ask(None, path)
    return None, True


def run_app(data_dir: Path, lang: str | None = None, demo: bool = False) -> int:
    app = make_application()
    language = choose_language(lang)
    app.setProperty("translators", install_translators(app, language))
    passphrase, go_on = ask_passphrase(data_dir)
    if not go_on:
        return 0
    try:
        services = open_services(data_dir, passphrase)
    except IntervisieError as exc:
        logger.error("database refused: %s", exc)
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        return 1
    from intervisie_desktop.ui.main_window import MainWindow

    context = AppContext(services=services, data_dir=data_dir, lang=language, demo=demo)
    window = MainWindow(context)
    window.show()
    logger.info("started, version %s, language %s", __version__, language)
    try:
        return app.exec()
    finally:
        services.close()
