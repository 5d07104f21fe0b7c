"""File > Export: one entry per kind; prepares the job here, renders it in the thread pool.

The rendering stack (QTextDocument to PDF, QtCharts) is imported when an export starts, not
when the menu is built: it would cost every start of the program time and memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from intervisie_desktop.ui.export.dialog import (
    ExportDialog,
    ExportKind,
    ExportRequest,
    output_refusal,
)

if TYPE_CHECKING:
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
    if request.kind == ExportKind.CSV:
        return jobs.prepare_csv(services, request.group_id, request.year, request.path, lang)
    return jobs.prepare_calendar(services, request.group_id, request.path, lang)


class ExportMenu(QObject):
    def __init__(self, window: QWidget, context: AppContext, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.runner: ExportRunner | None = None
        self.submenu = menu.addMenu(self.tr("&Export"))
        entries = [
            (ExportKind.SUMMARY, self.tr("&Yearly summary (PDF)\u2026"), "Ctrl+E"),
            (ExportKind.CERTIFICATES, self.tr("&Certificates (PDF)\u2026"), ""),
            (ExportKind.ATTENDANCE_LIST, self.tr("&Attendance list to sign (PDF)\u2026"), ""),
            (ExportKind.CSV, self.tr("Attendance as C&SV\u2026"), ""),
            (ExportKind.CALENDAR, self.tr("Planned meetings as &calendar (.ics)\u2026"), ""),
        ]
        self.actions: dict[ExportKind, QAction] = {}
        for kind, text, shortcut in entries:
            action = QAction(text, window)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, k=kind: self.export(k))
            self.submenu.addAction(action)
            self.actions[kind] = action

    def export(self, kind: ExportKind) -> None:
        request, accepted = ExportDialog.get_request(self.context.services, kind, self.window)
        if not accepted or request is None:
            return
        self.start(request)

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
        if isinstance(job, CertificatesJob) and not job.certificates:
            QMessageBox.information(
                self.window, self.tr("Export"), self.tr("Nobody attended a meeting in this year.")
            )
            return None
        from intervisie_desktop.ui.export.runner import ExportRunner

        self.runner = ExportRunner(self.window, job, self.tr("Writing the export\u2026"))
        self.runner.finished.connect(self._done)
        self.runner.failed.connect(self._failed)
        self.runner.start()
        return self.runner

    def _done(self, result: ExportResult) -> None:
        where = str(result.paths[0].parent if len(result.paths) > 1 else result.paths[0])
        QMessageBox.information(
            self.window, self.tr("Export"), self.tr("Written to {path}").format(path=where)
        )

    def _failed(self, reason: str) -> None:
        text = self.tr("The export could not be written.")
        if reason:
            text += " " + reason
        QMessageBox.warning(self.window, self.tr("Export"), text)


def add_export_menu(window: QWidget, context: AppContext, file_menu: QMenu) -> ExportMenu:
    return ExportMenu(window, context, file_menu)
