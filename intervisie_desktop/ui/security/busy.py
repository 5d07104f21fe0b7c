"""Long file work (encrypting, restoring) in a worker behind a modal busy dialog.

The caller waits as for any modal dialog: `run_busy` returns the job's result or raises its
error on the UI thread, while the event loop keeps the window painted. The dialog has no
Cancel and cannot be closed: stopping a file swap halfway is what must never happen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.ui.security.backup_worker import Worker

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from intervisie_desktop.core.db.database import Runner

logger = logging.getLogger(__name__)

T = TypeVar("T")


class BusyDialog(QProgressDialog):
    """A busy indicator with a text; application-modal, so nothing else takes input meanwhile."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, "", 0, 0, parent)
        self.setObjectName("busyDialog")
        self.setWindowTitle(APP_NAME)
        self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(0)
        self.setMinimumWidth(380)
        self._done = False

    def finish(self) -> None:
        self._done = True
        self.accept()

    def reject(self) -> None:  # Escape
        if self._done:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not self._done:
            event.ignore()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()


def settle() -> None:
    """Let refreshes already queued (a pane reloading after the last edit) read the database
    now: once the file work starts, the engine refuses every connection until it is done."""
    QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)


def run_busy(parent: QWidget | None, text: str, job: Callable[[], T]) -> T:
    """Run `job` in a worker thread while a modal dialog says `text`; its result or error."""
    worker = Worker(lambda _progress: job())
    dialog = BusyDialog(text, parent)
    results: list[T] = []
    errors: list[BaseException] = []
    worker.done.connect(lambda result: results.append(result))
    worker.failed.connect(lambda error: errors.append(error))
    worker.finished.connect(dialog.finish)  # queued after done/failed, so both have arrived
    worker.start()
    dialog.exec()
    worker.wait()
    dialog.deleteLater()
    if errors:
        raise errors[0]
    if not results:  # the thread ended without a word: nothing to trust
        raise RuntimeError("background job ended without a result")
    return results[0]


class BusyRunner:
    """A `Runner` for the core services: their file work runs via `run_busy`."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self.parent = parent
        self.text = text

    def __call__(self, job: Callable[[], T]) -> T:
        return run_busy(self.parent, self.text, job)


def busy_runner(parent: QWidget | None, text: str) -> Runner:
    return BusyRunner(parent, text)
