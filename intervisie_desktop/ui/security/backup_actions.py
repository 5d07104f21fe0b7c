"""The File-menu actions for safety: back up to a file, restore a backup, check the database."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.core.changes import OpChanges
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.output_files import OutputRefused, check_output_file
from intervisie_desktop.paths import protected_folders
from intervisie_desktop.ui.security.backup_worker import Worker
from intervisie_desktop.ui.security.recovery_dialogs import RestoreDialog, when
from intervisie_desktop.ui.status import show_status
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.hub import ChangeHub

logger = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    text = error_text(error) if isinstance(error, IntervisieError) else str(error)
    QMessageBox.critical(parent, APP_NAME, text)


class SafetyActions(QObject):
    """Adds its actions to a menu; needs the window (parent of dialogs) and the services."""

    def __init__(self, window: QWidget, services: Services, hub: ChangeHub) -> None:
        super().__init__(window)
        self.window = window
        self.services = services
        self.hub = hub
        self.workers: list[Worker] = []
        self.backup_action = QAction(self.tr("&Back up to a file\u2026"), self)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.triggered.connect(self.backup_to_file)
        self.restore_action = QAction(self.tr("&Restore a backup\u2026"), self)
        self.restore_action.triggered.connect(self.restore)
        self.check_action = QAction(self.tr("&Check the database"), self)
        self.check_action.triggered.connect(self.check)

    def install(self, menu: QMenu, before: QAction | None = None) -> None:
        actions = [self.backup_action, self.restore_action, self.check_action]
        if before is None:
            menu.addActions(actions)
            menu.addSeparator()
        else:
            menu.insertActions(before, actions)
            menu.insertSeparator(before)

    # -- background work ---------------------------------------------------------------------

    def run_in_background(
        self, job: Callable[[Callable[[int, int], None]], object], label: str | None = None
    ) -> Worker:
        """Start `job(progress)` in a thread; with a label, a progress dialog shows the pages."""
        worker = Worker(job)
        self.workers.append(worker)
        if label is not None:
            dialog = QProgressDialog(label, "", 0, 0, self.window)
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(400)

            def show_progress(done: int, total: int) -> None:
                dialog.setMaximum(total)
                dialog.setValue(done)

            worker.progress.connect(show_progress)
            worker.finished.connect(dialog.close)
            worker.finished.connect(dialog.deleteLater)
        worker.finished.connect(lambda: self.workers.remove(worker))
        worker.start()
        return worker

    def backup_at_start(self) -> Worker | None:
        """The daily start backup, quietly in the background (a failure is shown)."""
        if not self.services.backups.due_at_start():
            return None
        worker = self.run_in_background(self.services.backups.at_start)
        worker.failed.connect(lambda error: show_error(self.window, error))
        worker.done.connect(self._start_backup_written)
        return worker

    def _start_backup_written(self, backup: object) -> None:
        path = getattr(backup, "path", None)
        if path is not None:
            show_status(
                self.window, self.tr("Today's backup was written to {path}").format(path=path)
            )

    def wait(self) -> None:
        for worker in list(self.workers):
            worker.wait()

    # -- menu actions --------------------------------------------------------------------------

    def backup_to_file(self) -> None:
        suggestion = str(Path.home() / "intervisie-backup.sqlite3")
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Back up to a file"),
            suggestion,
            self.tr("Intervisie database (*.sqlite3);;All files (*)"),
        )
        if not name:
            return
        try:
            target = check_output_file(Path(name), protected_folders(self.services.db.path.parent))
        except OutputRefused as exc:
            QMessageBox.warning(self.window, self.tr("Back up to a file"), error_text(exc))
            return
        worker = self.run_in_background(
            lambda progress: self.services.backups.to_file(target, progress),
            self.tr("Writing the backup\u2026"),
        )
        worker.done.connect(lambda path: self._backup_written(str(path)))
        worker.failed.connect(lambda error: show_error(self.window, error))

    def _backup_written(self, path: str) -> None:
        text = self.tr("The backup was written to {path}.").format(path=path)
        show_status(self.window, text)
        QMessageBox.information(self.window, APP_NAME, text)

    def restore(self) -> None:
        self.wait()  # no backup may run while the file is swapped
        backup, accepted = RestoreDialog.choose(self.services.backups.all(), self.window)
        if not accepted or backup is None:
            return
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore a backup"),
            self.tr(
                "Go back to the backup of {when}? Changes made since then are not in it. The "
                "current database is kept aside in the data folder."
            ).format(when=when(backup)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from intervisie_desktop.ui.security.busy import busy_runner, settle

        text = self.tr("Restoring the backup\u2026") + "\n\n"
        text += self.tr("This can take a minute; please keep the program open.")
        settle()
        try:
            aside = self.services.backups.restore(backup.path, busy_runner(self.window, text))
        except IntervisieError as exc:
            show_error(self.window, exc)
            return
        self.hub.broadcast(OpChanges.everything())  # the whole database differs
        text = self.tr("The backup of {when} is restored.").format(when=when(backup))
        if aside is not None:
            text += "\n" + self.tr("The previous database was kept as {name}.").format(
                name=aside.name
            )
        show_status(
            self.window, self.tr("The backup of {when} is restored.").format(when=when(backup))
        )
        QMessageBox.information(self.window, APP_NAME, text)

    def check(self) -> None:
        health = check_database(self.services.db.path, self.services.db.passphrase, full=True)
        if health.ok:
            QMessageBox.information(
                self.window,
                APP_NAME,
                self.tr("The database is sound: the full check found no errors."),
            )
        else:
            QMessageBox.warning(self.window, APP_NAME, error_text(health.error()))
