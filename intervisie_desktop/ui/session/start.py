"""Entering session mode from the program: the meeting's runner, both windows up (the audience
view on the projector), the program's lock wired in, and a backup once the session is finished.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.core.services.sessions import MEETING_CLOSED
from intervisie_desktop.core.session.control import SessionControl
from intervisie_desktop.ui.session.controller import SessionModeController

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QScreen

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.context import AppContext

logger = logging.getLogger(__name__)

ControlFactory = Callable[[int], SessionControl]


def backup_after_session(services: Services) -> threading.Thread:
    """A finished session is worth a backup, written in the background."""
    backups = services.backups

    def run() -> None:
        try:
            backups.after_session()
        except Exception:
            logger.exception("backup after the session failed")

    thread = threading.Thread(target=run, name="backup-after-session")
    thread.start()
    return thread


def default_control_factory(context: AppContext) -> ControlFactory:
    """The runner's control for a meeting (services.sessions.open with the monotonic clock)."""

    def open_control(meeting_id: int) -> SessionControl:
        return context.services.sessions.open(meeting_id, time.monotonic)

    return open_control


def start_session_mode(
    context: AppContext,
    meeting_id: int,
    control_factory: ControlFactory | None = None,
    settings: QSettings | None = None,
    presenter_screen: QScreen | None = None,
) -> SessionModeController:
    """What F5 in the main window calls: both windows up, the audience view on the projector."""
    factory = control_factory or default_control_factory(context)
    control = factory(meeting_id)
    if presenter_screen is None:
        active: QWidget | None = QApplication.activeWindow()
        presenter_screen = active.screen() if active is not None else None
    controller = SessionModeController(
        control,
        context.services,
        lang=context.lang,
        settings=settings,
        presenter_screen=presenter_screen,
        hub=context.hub,
        parent=QApplication.instance(),
    )
    controller.closed.connect(controller.dispose)
    controller.finished.connect(lambda: backup_after_session(context.services))
    # The finish event closed the meeting (SessionService.close_meeting, in the same transaction):
    # the panes that show meetings, attendance and cases are told.
    controller.finished.connect(lambda: context.hub.broadcast(MEETING_CLOSED))
    lock = context.lock
    if lock is not None:
        from intervisie_desktop.ui.security.overlay import KEEP_WHEN_LOCKED

        # The projector shows nothing confidential: it goes on while the program is locked.
        controller.audience.setProperty(KEEP_WHEN_LOCKED, True)
        # The presenter stays too (the clicker must keep working), its private parts hidden.
        controller.presenter.setProperty(KEEP_WHEN_LOCKED, True)
        lock.locked.connect(controller.set_locked_on)
        lock.unlocked.connect(controller.set_locked_off)
        controller.set_locked(bool(lock.is_locked))
    controller.show()
    logger.info("session mode started for meeting %s", meeting_id)
    return controller
