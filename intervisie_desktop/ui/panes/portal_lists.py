"""Registration numbers for an accreditation portal: of one held meeting or a whole year, per
register, one per line; copied to the clipboard or saved as text or CSV."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.output_files import (
    OutputRefused,
    check_output_file,
    write_failure,
)
from intervisie_desktop.core.registers.numbers import check_number
from intervisie_desktop.core.registers.portal import PortalList, as_text
from intervisie_desktop.export.register_list import write_register_list
from intervisie_desktop.paths import protected_folders
from intervisie_desktop.ui.export.replace import confirm_replace
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.models import Meeting
    from intervisie_desktop.ui.context import AppContext


class PortalListDialog(QDialog):
    def __init__(
        self, context: AppContext, meeting: Meeting, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting = meeting
        self.lists: list[PortalList] = []
        self.setObjectName("portalListDialog")
        self.setWindowTitle(self.tr("Registration numbers for a portal"))
        self.resize(520, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "The numbers of those present, one per line, leading zeros kept: paste them "
                    "into the register's portal."
                )
            )
        )
        form = QFormLayout()
        which = QHBoxLayout()
        self.one = QRadioButton(
            self.tr("&This meeting ({date})").format(date=meeting.date.isoformat())
        )
        self.one.setObjectName("portalThisMeeting")
        self.year = QRadioButton(self.tr("The whole &year {year}").format(year=meeting.date.year))
        self.year.setObjectName("portalWholeYear")
        self.one.setChecked(True)
        which.addWidget(self.one)
        which.addWidget(self.year)
        which.addStretch(1)
        form.addRow(self.tr("Meetings"), which)
        self.register = QComboBox()
        self.register.setObjectName("portalRegister")
        register_label = QLabel(self.tr("&Register"))
        register_label.setBuddy(self.register)
        form.addRow(register_label, self.register)
        layout.addLayout(form)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("portalPreview")
        self.preview.setAccessibleName(self.tr("Registration numbers"))
        self.preview.setReadOnly(True)
        layout.addWidget(self.preview)
        self.status = QLabel()
        self.status.setObjectName("portalStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.copy_button.setObjectName("portalCopy")
        self.text_button = QPushButton(self.tr("Save as te&xt\u2026"))
        self.csv_button = QPushButton(self.tr("Save as C&SV\u2026"))
        close = QPushButton(self.tr("Close"))
        for button in (self.copy_button, self.text_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.copy_button.setDefault(True)

        self._fill_registers()
        self.one.toggled.connect(lambda *_: self.refresh())
        self.register.currentIndexChanged.connect(lambda *_: self.refresh())
        self.copy_button.clicked.connect(self.copy)
        self.text_button.clicked.connect(lambda: self.save(".txt"))
        self.csv_button.clicked.connect(lambda: self.save(".csv"))
        close.clicked.connect(self.accept)
        self.refresh()

    def _fill_registers(self) -> None:
        registers = self.context.services.registers
        present = registers.registers_present([self.meeting.id or 0])
        known = [r.key for r in registers.registers()]
        for key in present + [k for k in known if k not in present]:
            self.register.addItem(key, key)

    def refresh(self) -> None:
        registers = self.context.services.registers
        key = str(self.register.currentData() or "")
        if self.meeting.id is None or not key:
            self.lists = []
        elif self.one.isChecked():
            found = registers.meeting_list(self.meeting.id, key)
            self.lists = [found] if found is not None else []
        else:
            self.lists = registers.year_lists(self.meeting.group_id, self.meeting.date.year, key)
        self.preview.setPlainText(as_text(self.lists) if self.lists else "")
        count = sum(len(p.numbers) for p in self.lists)
        if not self.lists:
            self.status.setText(self.tr("Only a held meeting has a list."))
        else:
            text = self.tr("Numbers: {count}").format(count=count)
            odd = self.odd_numbers(key)
            if odd:
                text += "\n\u26a0 " + self.tr(
                    "Not in the form of a {register} number, check them in the member form: "
                    "{numbers}"
                ).format(register=key, numbers=", ".join(odd))
            self.status.setText(text)
        for button in (self.copy_button, self.text_button, self.csv_button):
            button.setEnabled(count > 0)

    def odd_numbers(self, key: str) -> list[str]:
        """Numbers of the list that do not fit their register's form."""
        register = self.context.services.registers.register(key)
        numbers = dict.fromkeys(n for p in self.lists for n in p.numbers)
        return [n for n in numbers if check_number(register, key, n)]

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(as_text(self.lists))
        count = sum(len(p.numbers) for p in self.lists)
        self.status.setText(
            self.tr("Copied to the clipboard: {count} numbers.").format(count=count)
        )

    def default_name(self, suffix: str) -> str:
        key = str(self.register.currentData() or "register").replace("&", "")
        when = (
            self.meeting.date.isoformat() if self.one.isChecked() else str(self.meeting.date.year)
        )
        return f"{key}-{when}{suffix}"

    def save(self, suffix: str) -> None:
        start = str(Path.home() / self.default_name(suffix))
        wanted = self.tr("CSV (*.csv)") if suffix == ".csv" else self.tr("Text (*.txt)")
        chosen, _ = QFileDialog.getSaveFileName(self, self.windowTitle(), start, wanted)
        if chosen:
            self.save_to(Path(chosen))

    def save_to(self, path: Path) -> bool:
        """Write the list to `path` after the checks every export passes (and asking before a
        file is replaced); the outcome is said in the status line."""
        try:
            real = check_output_file(path, protected_folders(self.context.data_dir))
        except OutputRefused as exc:
            self.status.setText(error_text(exc))
            return False
        if not confirm_replace(self, self.windowTitle(), real):
            return False
        try:
            count = write_register_list(self.lists, real, self.context.lang)
        except OSError as exc:
            self.status.setText(error_text(write_failure(exc, real)))
            return False
        self.status.setText(
            self.tr("Saved {count} numbers in {path}.").format(count=count, path=real)
        )
        return True


def is_held(meeting: Meeting | None) -> bool:
    return meeting is not None and meeting.status == MeetingStatus.HELD


def portal_button(pane: QWidget, current: Callable[[], Meeting | None]) -> QPushButton:
    """The meetings pane's button that opens the portal list of the meeting shown."""
    button = QPushButton(
        QCoreApplication.translate("PortalListDialog", "Registration numbers for a &portal\u2026")
    )
    button.setObjectName("portalListButton")

    def open_dialog() -> None:
        meeting = current()
        context = getattr(pane, "context", None)
        if meeting is not None and context is not None:
            PortalListDialog(context, meeting, pane).exec()

    button.clicked.connect(open_dialog)
    return button
