"""The self-check's look at the interface: the main window shown offscreen on the open data.

Handed to `intervisie self-check` by the command line (commands.self_check.ShowWindow).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)


def show_main_window(services: Services, folder: Path) -> tuple[bool, str]:
    """Show the main window in Dutch, offscreen; whether it was visible, and its title."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from intervisie_desktop.ui.startup.app import build_main_window, make_application
    from intervisie_desktop.ui.translation import install_translators

    def to_log(kind: QtMsgType, _context: object, message: str) -> None:
        logger.debug("qt %s: %s", kind.name, message)  # the offscreen platform's chatter

    previous = qInstallMessageHandler(to_log)
    try:
        app = make_application(["intervisie"])
        translators = install_translators(app, "nl")
        window = build_main_window(services, folder, "nl", demo=False)
        window.show()
        QApplication.processEvents()
        visible, title = window.isVisible(), window.windowTitle()
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    finally:
        qInstallMessageHandler(previous)
    return visible, title
