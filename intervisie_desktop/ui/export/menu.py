"""File > Export: one entry per kind; prepares the job here, renders it in the thread pool.

The rendering stack (QTextDocument to PDF, QtCharts) is imported when an export starts, not
when the menu is built: it would cost every start of the program time and memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from intervisie_desktop.core.output_files import write_failure
from intervisie_desktop.ui.export.dialog import (
    ExportDialog,
    ExportKind,
    ExportRequest,
    output_refusal,
    remember_folder,
)
from intervisie_desktop.ui.status import show_status
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.export.jobs import ExportJob, ExportResult
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.export.runner import ExportRunner


def prepare(context: AppContext, request: ExportRequest) -> ExportJob:
    """Read the data and record the chart on the GUI thread; the returned job runs anywhere."""
    from intervisie_desktop.export import jobs

    services, lang = context.services, context.lang
    if request.kind == ExportKind.SUMMARY:
        return jobs.prepare_summary(
            services,
            request.group_id,
            request.year,
            request.path,
            lang,
            request.include_topics,
            request.points_per_hour,
        )
    if request.kind == ExportKind.CERTIFICATES:
        return jobs.prepare_certificates(
            services,
            request.group_id,
            request.year,
            request.path,
            lang,
            apart=request.apart,
            points_per_hour=request.points_per_hour,
        )
    if request.kind == ExportKind.ATTENDANCE_LIST:
        assert request.meeting_id is not None
        return jobs.prepare_attendance_list(services, request.meeting_id, request.path, lang)
    if request.kind in (ExportKind.RECORD, ExportKind.YEAR_PLAN, ExportKind.REFLECTION):
        from intervisie_desktop.export import record_jobs

        if request.kind == ExportKind.RECORD:
            assert request.meeting_id is not None
            return record_jobs.prepare_record(services, request.meeting_id, request.path, lang)
        if request.kind == ExportKind.YEAR_PLAN:
            return record_jobs.prepare_year_plan(
                services, request.group_id, request.year, request.path, lang
            )
        return record_jobs.prepare_reflections(
            services, request.group_id, request.year, request.path, lang
        )
    if request.kind == ExportKind.CSV:
        return jobs.prepare_csv(services, request.group_id, request.year, request.path, lang)
    return jobs.prepare_calendar(services, request.group_id, request.path, lang)


class ExportMenu(QObject):
    def __init__(self, window: QWidget, context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.runner: ExportRunner | None = None
        # The dialog of the export under way: shown again, as it was left, when writing fails.
        self.dialog: ExportDialog | None = None
        self.request: ExportRequest | None = None
        self.done_box: QMessageBox | None = None  # the last "written to" message
        self.closing = False
        window.installEventFilter(self)
        self.submenu = menu.addMenu(self.tr("&Export"))
        entries = [
            (ExportKind.SUMMARY, self.tr("&Yearly summary (PDF)\u2026"), "Ctrl+E"),
            (ExportKind.CERTIFICATES, self.tr("&Certificates (PDF)\u2026"), ""),
            (ExportKind.ATTENDANCE_LIST, self.tr("&Attendance list to sign (PDF)\u2026"), ""),
            (ExportKind.RECORD, self.tr("&Record of a held meeting (PDF)\u2026"), ""),
            (ExportKind.YEAR_PLAN, self.tr("Year &plan (PDF)\u2026"), ""),
            (ExportKind.REFLECTION, self.tr("Re&flection statements (PDF)\u2026"), ""),
            (ExportKind.CSV, self.tr("Attendance as C&SV\u2026"), ""),
            (ExportKind.CALENDAR, self.tr("Planned meetings as calendar (.&ics)\u2026"), ""),
        ]
        self.actions: dict[ExportKind, QAction] = {}
        for kind, text, shortcut in entries:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.submenu.addAction(action)
            self.actions[kind] = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window closes: an export under way is finished first. Torn down around it, its
        worker would go on painting the PDF for a window and an application that are gone
        (and lose the file)."""
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.wait()
        return False

    def wait(self) -> None:
        if self.runner is not None and not self.runner.wait(0):
            self.closing = True  # written, then said in the status bar only: the window goes
            self.runner.wait()

    def export(self, kind: ExportKind) -> ExportDialog:
        """Open the dialog (window-modal); Export there starts the writing."""
        dialog = ExportDialog(self.context.services, kind, self.window)
        dialog.setObjectName("exportDialog")
        dialog.accepted.connect(lambda: self._from_dialog(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _from_dialog(self, dialog: ExportDialog) -> None:
        if self.start(dialog.request()) is None and self.dialog is dialog:
            dialog.open()  # nothing was written: the choices stay, to change one

    def _ask_again(self) -> None:
        if self.dialog is not None:
            self.dialog.open()

    def start(self, request: ExportRequest) -> ExportRunner | None:
        refusal = output_refusal(request, self.context.data_dir)
        if refusal:
            QMessageBox.warning(self.window, self.tr("Export"), refusal)
            return None
        try:
            job = prepare(self.context, request)
        except ValueError:
            QMessageBox.information(self.window, self.tr("Export"), self.tr("Nothing to export."))
            return None
        from intervisie_desktop.export.jobs import CertificatesJob, SummaryJob

        if isinstance(job, SummaryJob) and not job.summary.meetings:
            QMessageBox.information(
                self.window,
                self.tr("Export"),
                self.tr(
                    "No meeting of this group was held in {year}: there is nothing to sum up or "
                    "declare. Nothing was written."
                ).format(year=request.year),
            )
            return None
        from intervisie_desktop.export.record_jobs import ReflectionJob, YearPlanJob

        if isinstance(job, YearPlanJob) and not job.data.meetings:
            QMessageBox.information(
                self.window, self.tr("Export"), self.tr("This group has no meetings in this year.")
            )
            return None
        if (isinstance(job, CertificatesJob) and not job.certificates) or (
            isinstance(job, ReflectionJob) and not job.data
        ):
            QMessageBox.information(
                self.window, self.tr("Export"), self.tr("Nobody attended a meeting in this year.")
            )
            return None
        self.request = request
        from intervisie_desktop.ui.export.runner import ExportRunner

        self.runner = ExportRunner(self.window, job, self.tr("Writing the export\u2026"))
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.start()
        return self.runner

    def _done(self, result: ExportResult) -> None:
        self.dialog = None
        if self.request is not None:
            remember_folder(self.context.services, self.request)
        many = len(result.paths) > 1
        where = result.paths[0].parent if many else result.paths[0]
        text = self.tr("Written to {path}").format(path=str(where))
        show_status(self.window, self.tr("Exported to {path}").format(path=str(where)))
        if self.closing:
            return
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export"), text, parent=self.window)
        box.setObjectName("exportDone")
        opening = box.addButton(self.tr("&Open"), QMessageBox.ButtonRole.AcceptRole)
        opening.setObjectName("openExport")
        folder = box.addButton(self.tr("Show in &folder"), QMessageBox.ButtonRole.ActionRole)
        folder.setObjectName("showExportFolder")
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        opening.clicked.connect(lambda: open_path(where))
        folder.clicked.connect(lambda: open_path(where if many else where.parent))
        self.done_box = box
        box.open()

    def _failed(self, error: OSError | None) -> None:
        """Say what went wrong, with the folder, in the user's language; then the dialog
        comes back as it was left, so another folder can be chosen."""
        request = self.request
        if error is not None and request is not None:
            apart = request.kind == ExportKind.CERTIFICATES and request.apart
            text = error_text(write_failure(error, request.path, is_folder=apart))
        else:
            text = self.tr("The export could not be written.")
        if self.closing:
            return
        QMessageBox.warning(self.window, self.tr("Export"), text)
        self._ask_again()


def open_path(path: Path) -> bool:
    """Open a file or folder with the program the system chose for it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_export_menu(window: QWidget, context: AppContext, file_menu: QMenu) -> ExportMenu:
    return ExportMenu(window, context, file_menu)
