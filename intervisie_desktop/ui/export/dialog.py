"""One export dialog for every kind: what, which group, year or meeting, options, where to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.output_files import (
    OutputRefused,
    check_output_file,
    check_output_folder,
)
from intervisie_desktop.paths import protected_folders
from intervisie_desktop.ui.export.replace import confirm_replace
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services


# The folder the last export went to (a setting in the database, so it travels with the data).
LAST_FOLDER_KEY = "ui.export.last_folder"


def default_folder(services: Services) -> Path:
    """Where an export is suggested: the folder used last, else the user's Documents folder."""
    last = services.settings.get(LAST_FOLDER_KEY)
    if isinstance(last, str) and Path(last).is_dir():
        return Path(last)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


def remember_folder(services: Services, request: ExportRequest) -> None:
    folder = request.path if request.kind == ExportKind.CERTIFICATES and request.apart else None
    services.settings.set(LAST_FOLDER_KEY, str(folder or request.path.parent))


class ExportKind(StrEnum):
    SUMMARY = "summary"
    CERTIFICATES = "certificates"
    ATTENDANCE_LIST = "attendance_list"
    CSV = "csv"
    CALENDAR = "calendar"
    RECORD = "record"
    YEAR_PLAN = "year_plan"
    REFLECTION = "reflection"


#: The exports that ask for a year.
YEARLY = (
    ExportKind.SUMMARY,
    ExportKind.CERTIFICATES,
    ExportKind.CSV,
    ExportKind.YEAR_PLAN,
    ExportKind.REFLECTION,
)


@dataclass(frozen=True)
class ExportRequest:
    kind: ExportKind
    group_id: int
    year: int
    meeting_id: int | None
    path: Path
    include_topics: bool = True
    apart: bool = False
    points_per_hour: float = 1.0


def output_refusal(request: ExportRequest, data_dir: Path) -> str:
    """Why the export may not be written where the request says (translated), or ""."""
    protected = protected_folders(data_dir)
    try:
        if request.kind == ExportKind.CERTIFICATES and request.apart:
            check_output_folder(request.path, protected)
        else:
            check_output_file(request.path, protected)
    except OutputRefused as exc:
        return error_text(exc)
    return ""


class ExportDialog(QDialog):
    """The choices of one export: group, year or meeting, options, and where to save."""

    def __init__(self, services: Services, kind: ExportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.kind = kind
        self.setWindowTitle(self._title())
        form = QFormLayout(self)
        self.group = QComboBox()
        self.group.setObjectName("exportGroup")
        for group in services.groups.list(archived=None):
            self.group.addItem(group.name, group.id)
        form.addRow(self.tr("&Group:"), self.group)
        self.year = QSpinBox()
        self.year.setObjectName("exportYear")
        self.year.setRange(1990, 2200)
        self.year.setValue(date.today().year)
        self.meeting = QComboBox()
        self.meeting.setObjectName("exportMeeting")
        self.topics = QCheckBox(self.tr("Include the &topic labels of the cases"))
        self.topics.setChecked(True)
        self.apart = QCheckBox(self.tr("One PDF &per participant (into a folder)"))
        self.points = QDoubleSpinBox()
        self.points.setRange(0.1, 10)
        self.points.setSingleStep(0.5)
        self.points.setValue(1.0)
        if kind in YEARLY:
            form.addRow(self.tr("&Year:"), self.year)
        if kind in (ExportKind.ATTENDANCE_LIST, ExportKind.RECORD):
            form.addRow(self.tr("&Meeting:"), self.meeting)
        if kind == ExportKind.SUMMARY:
            form.addRow("", self.topics)
        if kind in (ExportKind.SUMMARY, ExportKind.CERTIFICATES):
            form.addRow(self.tr("Points per &hour:"), self.points)
        if kind == ExportKind.CERTIFICATES:
            form.addRow("", self.apart)
        self.path = QLineEdit()
        self.path.setObjectName("exportPath")
        self.path.setAccessibleName(self.tr("Save as"))
        browse = QPushButton(self.tr("&Browse\u2026"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        # A label made by addRow() has no buddy when the field is a layout: its & would show.
        save_as = QLabel(self.tr("&Save as:"))
        save_as.setObjectName("exportPathLabel")
        save_as.setBuddy(self.path)
        form.addRow(save_as, row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.group.currentIndexChanged.connect(self._refresh)
        self.year.valueChanged.connect(self._refresh)
        self.path.textChanged.connect(self._update_ok)
        self._refresh()

    def _title(self) -> str:
        return {
            ExportKind.SUMMARY: self.tr("Export yearly summary"),
            ExportKind.CERTIFICATES: self.tr("Export certificates"),
            ExportKind.ATTENDANCE_LIST: self.tr("Export attendance list"),
            ExportKind.CSV: self.tr("Export attendance as CSV"),
            ExportKind.CALENDAR: self.tr("Export planned meetings as calendar"),
            ExportKind.RECORD: self.tr("Export the record of a held meeting"),
            ExportKind.YEAR_PLAN: self.tr("Export year plan"),
            ExportKind.REFLECTION: self.tr("Export reflection statements"),
        }[self.kind]

    def _refresh(self) -> None:
        self.meeting.clear()
        group_id = self.group.currentData()
        if group_id is not None and self.kind in (ExportKind.ATTENDANCE_LIST, ExportKind.RECORD):
            for meeting in self.services.meetings.for_group(group_id):
                if self.kind == ExportKind.RECORD and meeting.status != MeetingStatus.HELD:
                    continue  # a record is of a held meeting
                label = f"{meeting.date.isoformat()}  {meeting.planned_start:%H:%M}"
                self.meeting.addItem(label, meeting.id)
            upcoming = [
                i
                for i in range(self.meeting.count())
                if self.meeting.itemText(i) >= date.today().isoformat()
            ]
            if self.kind == ExportKind.RECORD:
                self.meeting.setCurrentIndex(self.meeting.count() - 1)  # the last one held
            elif upcoming:
                self.meeting.setCurrentIndex(upcoming[0])
        typed = self.path.text().strip()
        folder = Path(typed).expanduser().parent if typed else default_folder(self.services)
        self.path.setText(str(folder / self._suggested_name()))
        self._update_ok()

    def _suggested_name(self) -> str:
        name = self.group.currentText().replace("/", "-") or "intervisie"
        year = self.year.value()
        day = self.meeting.currentText()[:10]
        # Words in a file name are in the interface's language, like everything else shown.
        certificates, record = self.tr("certificates"), self.tr("meeting record")
        plan, reflection = self.tr("year plan"), self.tr("reflection")
        return {
            ExportKind.SUMMARY: f"{year} {name}.pdf",
            ExportKind.CERTIFICATES: f"{year} {name} {certificates}.pdf",
            ExportKind.ATTENDANCE_LIST: f"{name} {day}.pdf",
            ExportKind.CSV: f"{year} {name}.csv",
            ExportKind.CALENDAR: f"{name}.ics",
            ExportKind.RECORD: f"{name} {day} {record}.pdf",
            ExportKind.YEAR_PLAN: f"{year} {name} {plan}.pdf",
            ExportKind.REFLECTION: f"{year} {name} {reflection}.pdf",
        }[self.kind]

    def _browse(self) -> None:
        if self.kind == ExportKind.CERTIFICATES and self.apart.isChecked():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder"), self.path.text())
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self._title(), self.path.text())
        if chosen:
            self.path.setText(chosen)

    def _update_ok(self) -> None:
        ok = self.group.currentData() is not None and bool(self.path.text().strip())
        if self.kind == ExportKind.ATTENDANCE_LIST:
            ok = ok and self.meeting.currentData() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def request(self) -> ExportRequest:
        return ExportRequest(
            kind=self.kind,
            group_id=int(self.group.currentData()),
            year=self.year.value(),
            meeting_id=self.meeting.currentData(),
            path=Path(self.path.text().strip()).expanduser(),
            include_topics=self.topics.isChecked(),
            apart=self.apart.isChecked(),
            points_per_hour=self.points.value(),
        )

    def accept(self) -> None:
        """Refuse a place no export may write to here, keeping the dialog and what was typed."""
        refusal = output_refusal(self.request(), self.services.db.path.parent)
        if refusal:
            QMessageBox.warning(self, self._title(), refusal)
            self.path.setFocus()
            return
        request = self.request()
        folder = request.kind == ExportKind.CERTIFICATES and request.apart
        if not confirm_replace(self, self._title(), request.path, folder):
            self.path.setFocus()
            return
        super().accept()
