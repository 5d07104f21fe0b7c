"""Backups off the UI thread: a QThread that reports pages copied and ends with a result."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QThread, Signal

from intervisie_desktop.core.errors import IntervisieError

if TYPE_CHECKING:
    from collections.abc import Callable

logger = logging.getLogger(__name__)


class Worker(QThread):
    """Runs `job(progress)` in a thread; `done(result)` or `failed(error)` arrive on the UI."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.job = job

    def run(self) -> None:
        try:
            result = self.job(self.progress.emit)
        except IntervisieError as exc:
            self.failed.emit(exc)
            return
        except Exception as exc:  # shown to the user; the traceback goes to the log
            logger.exception("background job failed")
            self.failed.emit(exc)
            return
        self.done.emit(result)
