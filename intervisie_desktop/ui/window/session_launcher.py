"""Session mode from the main window: F5 starts it on the real runner, the main window steps
aside while it runs and comes back on the meeting afterwards; a run left unfinished by a quit,
crash or kill is offered for resuming at the next start."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from intervisie_desktop.core.errors import IntervisieError

if TYPE_CHECKING:
    from intervisie_desktop.ui.session.controller import SessionModeController
    from intervisie_desktop.ui.session.start import ControlFactory
    from intervisie_desktop.ui.window.host import WindowHost

# Session mode's own modules (controller, audience and presenter screens) are imported when a
# session starts or is offered for resuming, not with the main window.

logger = logging.getLogger(__name__)


class SessionLauncher(QObject):
    """Keeps the running session mode alive (one at a time) and hands the screen back after."""

    started = Signal(object)  # the SessionModeController
    ended = Signal(int)  # meeting id, once the main window shows it again

    def __init__(self, window: WindowHost, control_factory: ControlFactory | None = None) -> None:
        super().__init__(window.window())
        self.window = window
        self.context = window.context
        self.control_factory = control_factory
        self.controller: SessionModeController | None = None
        window.start_session_requested.connect(self.start)

    def start(self, meeting_id: int) -> SessionModeController | None:
        if self.controller is not None:
            if self.controller.meeting_id == meeting_id:
                self.controller.presenter.raise_()
                self.controller.presenter.activateWindow()
                return self.controller
            self.controller.close()  # the run is kept; another meeting takes the screens
        self.window.commit_pending()
        from intervisie_desktop.ui.session.start import start_session_mode

        try:
            controller = start_session_mode(
                self.context,
                meeting_id,
                self.control_factory,
                presenter_screen=self.window.screen(),
            )
        except IntervisieError as exc:
            logger.info("session mode refused for meeting %s: %s", meeting_id, type(exc).__name__)
            self.window.refuse(exc)
            return None
        self.controller = controller
        controller.leaving.connect(lambda: self._back(controller))
        controller.presenter.unlock_requested.connect(self._show_window)
        self.window.hide()
        controller.activate()
        QTimer.singleShot(0, controller.activate)  # after a pending activation of this window
        self.started.emit(controller)
        return controller

    def _show_window(self) -> None:
        """The lock's passphrase prompt is on the main window: bring it forward."""
        self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def _back(self, controller: SessionModeController) -> None:
        """Session mode is being left: the main window returns showing the meeting."""
        if self.controller is controller:
            self.controller = None
        meeting_id = controller.meeting_id
        self.window.show()  # before the session windows close, so the program never has none
        from intervisie_desktop.ui.window.navigation import open_record

        open_record(self.window, "meeting", meeting_id)
        self.window.raise_()
        self.window.activateWindow()
        QTimer.singleShot(0, self.window.activateWindow)  # once the session windows are gone
        self.ended.emit(meeting_id)

    # -- resume ----------------------------------------------------------------------------------
    def offer_resume(self) -> SessionModeController | None:
        """At start-up: a run left unfinished is offered (resume / not now / discard)."""
        sessions = self.context.services.sessions
        if self.controller is not None:
            return None
        meetings = sessions.unfinished()
        if not meetings:
            return None
        from intervisie_desktop.ui.session.resume import ResumeChoice, ResumeDialog

        (choice, meeting_id), accepted = ResumeDialog.ask(
            self.window.window(), self.context, meetings
        )
        if not accepted or choice == ResumeChoice.NOT_NOW or meeting_id is None:
            return None
        if choice == ResumeChoice.DISCARD:
            try:
                self.context.ops.apply(None, lambda: sessions.discard(meeting_id))
            except IntervisieError as exc:
                self.window.refuse(exc)
            else:
                self.window.show_message(self.tr("The unfinished session was discarded."))
            return None
        logger.info("resuming the session of meeting %s", meeting_id)
        return self.start(meeting_id)


def install_session_mode(window: WindowHost) -> SessionLauncher:
    return SessionLauncher(window)
