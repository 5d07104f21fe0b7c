"""The lock state of the program: locked on Ctrl+L or after idle time, unlocked by passphrase.

Others listen to `locked`/`unlocked` (session mode hides the presenter's notes, the notes pane
saves); `is_locked` answers at any time.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

from intervisie_desktop.core.security import FailureDelay

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)

LOCK_MINUTES_KEY = "security.lock_minutes"
DEFAULT_LOCK_MINUTES = 10

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


class LockController(QObject):
    locked = Signal()
    unlocked = Signal()
    #: Read by the application-wide event filter. When the cycle collector clears a controller's
    #: attributes before its C++ side (and so its filter) is gone, this class default answers
    #: and the filter does nothing, rather than raising in every event until it is.
    _locked = True

    def __init__(
        self,
        services: Services,
        delay: FailureDelay | None = None,
        check: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__()
        self.services = services
        self.delay = delay or FailureDelay()
        self._check = check or services.protection.check
        self._locked = False
        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.timeout.connect(self._idle)
        self.set_idle_minutes(self.idle_minutes())
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self._locked

    @property
    def needs_passphrase(self) -> bool:
        """Without protection the lock is a privacy screen that opens without a passphrase."""
        return self.services.protection.is_protected()

    def idle_minutes(self) -> int:
        value = self.services.settings.get(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
        return int(value) if isinstance(value, int | float) else DEFAULT_LOCK_MINUTES

    def set_idle_minutes(self, minutes: int, store: bool = False) -> None:
        """0 switches the automatic lock off."""
        if store:
            self.services.settings.set(LOCK_MINUTES_KEY, int(minutes))
        self.set_idle_ms(int(minutes) * 60_000)

    def set_idle_ms(self, ms: int) -> None:
        self.idle_timer.setInterval(max(0, ms))
        if ms > 0 and not self._locked:
            self.idle_timer.start()
        else:
            self.idle_timer.stop()

    def lock(self) -> None:
        if self._locked:
            return
        self._locked = True
        self.idle_timer.stop()
        logger.info("window locked")
        self.locked.emit()

    def try_unlock(self, passphrase: str) -> bool:
        """Unlock if the passphrase opens the database (always, without protection).

        A wrong passphrase counts towards the growing delay; during the delay every attempt is
        refused without being checked.
        """
        if not self._locked:
            return True
        if self.delay.remaining() > 0:
            return False
        if self.needs_passphrase and not self._check(passphrase):
            self.delay.failed()
            logger.info("wrong passphrase at the lock screen (%s in a row)", self.delay.failures)
            return False
        self.delay.succeeded()
        self._locked = False
        if self.idle_timer.interval() > 0:
            self.idle_timer.start()
        logger.info("window unlocked")
        self.unlocked.emit()
        return True

    def _idle(self) -> None:
        self.lock()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._locked and event.type() in _ACTIVITY and self.idle_timer.interval() > 0:
            self.idle_timer.start()
        return False
