"""Minutes of a held meeting for the group: shown as the text of an e-mail, copied to the
clipboard with one click, or saved as a PDF (asked first before a file is replaced).

Only what core.reports.minutes gathers is shown: attendance, topic labels, methods, the agreed
actions of cases switched to shareable, the next meeting. The rendering stack is imported when
the dialog opens, not when the meetings pane is built.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.output_files import (
    MSG_EMPTY,
    OutputRefused,
    check_output_file,
    write_failure,
)
from intervisie_desktop.paths import protected_folders
from intervisie_desktop.ui.export.dialog import LAST_FOLDER_KEY, default_folder
from intervisie_desktop.ui.export.replace import confirm_replace
from intervisie_desktop.ui.status import show_status
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.export.jobs import ExportResult
    from intervisie_desktop.export.kit_jobs import MinutesJob
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.export.runner import ExportRunner


class MinutesDialog(QDialog):
    def __init__(self, context: AppContext, job: MinutesJob, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("minutesDialog")
        self.context = context
        self.job = job
        self.runner: ExportRunner | None = None
        minutes = job.minutes
        self.setWindowTitle(self.tr("Minutes for the group"))
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "What the group may see: attendance, topic labels, methods, the next meeting and "
                "the agreed actions of cases where \u201cIn the minutes\u201d is ticked. "
                "Descriptions, notes, outcomes and evaluations are never included."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.text = QPlainTextEdit(job.text())
        self.text.setObjectName("minutesText")
        self.text.setReadOnly(True)
        self.text.setAccessibleName(self.tr("Text of the minutes"))
        self.text.setMinimumSize(520, 320)
        layout.addWidget(self.text, 1)
        options = QHBoxLayout()
        self.airtime_box = QCheckBox(self.tr("&Include speaking time per round"))
        self.airtime_box.setObjectName("minutesAirtime")
        self.lang = QComboBox()
        self.lang.setObjectName("minutesLanguage")
        self.lang.addItem("Nederlands", "nl")
        self.lang.addItem("English", "en")
        self.lang.setCurrentIndex(self.lang.findData(job.lang))
        lang_label = QLabel(self.tr("&Language:"))
        lang_label.setBuddy(self.lang)
        options.addWidget(self.airtime_box, 1)
        options.addWidget(lang_label)
        options.addWidget(self.lang)
        self._prepare()
        self.airtime_box.toggled.connect(lambda _on: self._show_chosen())
        self.lang.currentIndexChanged.connect(lambda _i: self._prepare())
        layout.addLayout(options)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("minutesPath")
        self.path.setAccessibleName(self.tr("PDF file"))
        name = f"{minutes.group_name} {minutes.date.isoformat()}".replace("/", "-")
        self.path.setText(str(default_folder(context.services) / f"{name}.pdf"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(self.tr("PDF file")))
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.buttons = QDialogButtonBox()  # in the order Tab reaches them: copy, save, close
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy text"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("copyMinutes")
        self.save_button = self.buttons.addButton(
            self.tr("&Save as PDF"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("saveMinutes")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button.clicked.connect(self.save_pdf)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.copy_button.setDefault(True)

    def _prepare(self) -> None:
        """The minutes in the chosen language, with and without speaking time; speaking time is
        off by default, and only a meeting whose session ran to the end has any."""
        from intervisie_desktop.export.kit_jobs import prepare_minutes

        lang = str(self.lang.currentData())
        meeting_id, path = self.job.minutes.meeting_id, self.job.path
        services = self.context.services
        with_airtime = prepare_minutes(services, meeting_id, path, lang, airtime=True)
        plain = dataclasses.replace(with_airtime.minutes, airtime=None)  # one read for both
        self._without_airtime = dataclasses.replace(with_airtime, minutes=plain)
        self._with_airtime = with_airtime if with_airtime.minutes.airtime is not None else None
        self.airtime_box.setEnabled(self._with_airtime is not None)
        self.airtime_box.setToolTip(
            self.tr(
                "Who spoke how long in each round, with the shortest, median and longest turn. "
                "Off unless you tick it: the group sees these times in the minutes."
            )
            if self._with_airtime is not None
            else self.tr("Speaking time is measured when the meeting's session is run to the end.")
        )
        self._show_chosen()

    def _show_chosen(self) -> None:
        ticked = self.airtime_box.isChecked() and self._with_airtime is not None
        chosen = self._with_airtime if ticked and self._with_airtime else self._without_airtime
        self.job = dataclasses.replace(chosen, path=self.job.path)
        if self.text.toPlainText() != self.job.text():
            self.text.setPlainText(self.job.text())

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.windowTitle(), self.path.text(), self.tr("PDF files (*.pdf)")
        )
        if chosen:
            self.path.setText(chosen)

    def copy_text(self) -> None:
        """The minutes on the clipboard, to paste into an e-mail."""
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        copied = self.tr("The minutes were copied; paste them into an e-mail.")
        show_status(self.parentWidget(), copied)
        self.copy_button.setText(self.tr("&Copied"))

    def save_pdf(self) -> ExportRunner | None:
        typed = self.path.text().strip()
        path = Path(typed).expanduser()
        if typed and path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            if not typed:
                raise OutputRefused(MSG_EMPTY)
            check_output_file(path, protected_folders(self.context.data_dir))
        except OutputRefused as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            self.path.setFocus()
            return None
        if not confirm_replace(self, self.windowTitle(), path):
            self.path.setFocus()
            return None
        from intervisie_desktop.ui.export.runner import ExportRunner

        job = dataclasses.replace(self.job, path=path)
        self.runner = ExportRunner(self, job, self.tr("Writing the minutes\u2026"))
        self.runner.finished.connect(self._written)
        self.runner.failed.connect(lambda error: self._failed(error, path))
        self.save_button.setEnabled(False)
        self.runner.start()
        return self.runner

    def _written(self, result: ExportResult) -> None:
        self.save_button.setEnabled(True)
        path = result.paths[0]
        self.context.services.settings.set(LAST_FOLDER_KEY, str(path.parent))
        show_status(self.parentWidget(), self.tr("Minutes written to {path}").format(path=path))
        self.path.setText(str(path))
        self.save_button.setText(self.tr("&Saved"))

    def _failed(self, error: OSError | None, path: Path) -> None:
        self.save_button.setEnabled(True)
        if error is not None:
            text = error_text(write_failure(error, path))
        else:
            text = self.tr("The minutes could not be written.")
        QMessageBox.warning(self, self.windowTitle(), text)

    def done(self, result: int) -> None:
        if self.runner is not None:
            self.runner.wait()  # a PDF half-way is finished, never left behind
        super().done(result)


def open_minutes(context: AppContext, meeting_id: int, parent: QWidget) -> MinutesDialog | None:
    """The minutes dialog of a meeting; a meeting not held says why there are none."""
    from intervisie_desktop.export.kit_jobs import prepare_minutes

    try:
        job = prepare_minutes(context.services, meeting_id, Path("minutes.pdf"), context.lang)
    except IntervisieError as exc:
        title = QCoreApplication.translate("MinutesDialog", "Minutes for the group")
        QMessageBox.information(parent, title, error_text(exc))
        return None
    dialog = MinutesDialog(context, job, parent)
    dialog.open()
    return dialog


class MinutesButton(QPushButton):
    """ "Minutes…" under a meeting's heading: on for a selected meeting."""

    def __init__(self, context: AppContext, pane: QWidget) -> None:
        super().__init__()
        self.setText(self.tr("Mi&nutes\u2026"))
        self.setObjectName("minutesButton")
        self.setToolTip(self.tr("Minutes of this meeting for the group: copy them or save a PDF"))
        self.context = context
        self.pane = pane
        self.meeting_id: int | None = None
        self.dialog: MinutesDialog | None = None
        self.clicked.connect(self.show_minutes)
        self.setEnabled(False)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.setEnabled(meeting_id is not None)

    def show_minutes(self) -> None:
        if self.meeting_id is not None:
            self.dialog = open_minutes(self.context, self.meeting_id, self.pane)
