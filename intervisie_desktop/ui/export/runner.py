"""Runs a prepared export job in the thread pool; progress and cancel through a QProgressDialog.

The job was prepared on the GUI thread (database read, chart recorded as a QPicture); only the
PDF/CSV/ICS writing runs in the worker, which touches no widget.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from intervisie_desktop.export.pdf import ExportCancelled

if TYPE_CHECKING:
    from intervisie_desktop.export.jobs import ExportJob, ExportResult

logger = logging.getLogger(__name__)


class JobSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # the OSError, or None for anything else
    cancelled = Signal()


class ExportTask(QRunnable):
    def __init__(self, job: ExportJob) -> None:
        super().__init__()
        self.job = job
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.ended = threading.Event()  # set when run() has returned, however it went
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.signals.progress.emit(done, total)
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()

    def _run(self) -> None:
        try:
            result = self.job.run(self._progress)
        except ExportCancelled:
            self.signals.cancelled.emit()
        except OSError as exc:
            logger.warning("export failed: %s", exc.strerror)
            self.signals.failed.emit(exc)
        except Exception:
            logger.exception("export failed")
            self.signals.failed.emit(None)
        else:
            self.signals.finished.emit(result)


class ExportRunner(QObject):
    """Start a job, show progress with a cancel button, report the outcome once."""

    finished = Signal(object)  # ExportResult
    failed = Signal(object)  # the OSError that stopped the writing, or None
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, job: ExportJob, label: str) -> None:
        super().__init__(parent)
        self.task = ExportTask(job)
        self.started = False
        self.dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(self.tr("Exporting"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.canceled.connect(self.task.cancel)
        signals = self.task.signals
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.cancelled.connect(self._on_cancelled)

    def start(self, pool: QThreadPool | None = None) -> None:
        self.started = True
        (pool or QThreadPool.globalInstance()).start(self.task)

    def wait(self, seconds: float | None = None) -> bool:
        """Wait until the job has ended (True), or `seconds` have passed (False)."""
        return not self.started or self.task.ended.wait(seconds)

    def _on_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)

    def _close(self) -> None:
        self.dialog.canceled.disconnect(self.task.cancel)
        self.dialog.reset()
        self.dialog.close()

    def _on_finished(self, result: ExportResult) -> None:
        self._close()
        self.finished.emit(result)

    def _on_failed(self, error: OSError | None) -> None:
        self._close()
        self.failed.emit(error)

    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
