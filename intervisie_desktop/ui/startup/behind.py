"""The start-up check that runs behind the first screen (see core.checked), collected from the
event loop: a file found sound is recorded so at the next clean close; damage is handed on."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.early_check import EarlyCheck
    from intervisie_desktop.core.integrity import Health

logger = logging.getLogger(__name__)

POLL_MS = 100


class CheckBehind(QObject):
    """Polls the early check until its whole check is done (a tenth of a second apart, only
    while it runs), then calls `on_damage` with an unsound outcome."""

    def __init__(
        self, early: EarlyCheck, on_damage: Callable[[Health], None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self.early = early
        self.on_damage = on_damage
        self.sound = False
        self.finished = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        if not self.early.done():
            return
        self.timer.stop()
        self.finished = True
        try:
            health = self.early.full_health()
        except Exception:  # the check itself failed: nothing is recorded, the next start checks
            logger.exception("the check behind the first screen failed")
            return
        if health.ok:
            self.sound = True
            logger.info("the check behind the first screen found the file sound")
            return
        logger.warning("the check behind the first screen found: %s", health.problem)
        self.on_damage(health)
