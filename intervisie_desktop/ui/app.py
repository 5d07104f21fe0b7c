"""The QApplication: identity, language, the database, and the main window."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from intervisie_desktop import APP_ID, APP_NAME, __version__
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import backup_dir, database_path
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.translation import choose_language, install_translators

logger = logging.getLogger(__name__)


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_ID)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    return app


def open_services(data_dir: Path) -> Services:
    db = open_database(database_path(data_dir), backup_dir=backup_dir(data_dir))
    return Services(db)


def run_app(data_dir: Path, lang: str | None = None, demo: bool = False) -> int:
    app = make_application()
    language = choose_language(lang)
    app.setProperty("translators", install_translators(app, language))
    from intervisie_desktop.ui.safety.instance import already_open, bring_forward, claim
    from intervisie_desktop.ui.safety.startup import open_safely

    guard, woke = claim(data_dir)
    if guard is None:  # another window has this data folder: it was asked to come forward
        return 0 if woke else already_open(data_dir)
    services = open_safely(data_dir)
    if services is None:
        guard.release()
        return 1
    from intervisie_desktop.ui.main_window import MainWindow

    context = AppContext(services=services, data_dir=data_dir, lang=language, demo=demo)
    window = MainWindow(context)
    guard.activate.connect(lambda: bring_forward(window))
    window.show()
    window.safety.backup_at_start()
    logger.info("started, version %s, language %s", __version__, language)
    try:
        return app.exec()
    finally:
        window.safety.wait()
        services.close()
        guard.release()
