"""The warning before a member is erased: what goes, what stays (anonymous counts)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.erasure import ErasurePreview


class EraseMemberDialog(QMessageBox):
    def __init__(self, preview: ErasurePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Erase member"))
        self.setText(
            self.tr("Erase {name} and their personal data for good?").format(name=preview.full_name)
        )
        self.setInformativeText(self.describe(preview))
        self.erase_button = self.addButton(
            self.tr("Erase for good"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def describe(self, p: ErasurePreview) -> str:
        removed = [
            self.tr("%n note(s) about them or their cases", "", p.notes),
            self.tr("%n case(s) they brought, with description and outcome", "", p.cases),
            self.tr("%n group membership(s)", "", p.memberships),
            self.tr("%n learning goal(s)", "", p.learning_goals),
        ]
        remains = [
            self.tr(
                "%n attendance record(s), as anonymous counts in past meetings", "", p.attendance
            ),
        ]
        if p.meetings_led:
            remains.append(
                self.tr("%n meeting(s) they led, without their name", "", p.meetings_led)
            )
        text = self.tr("Removed:") + "\n\u2022 " + "\n\u2022 ".join(removed)
        text += "\n\n" + self.tr("Remains:") + "\n\u2022 " + "\n\u2022 ".join(remains)
        if p.mentions:
            text += "\n\n" + self.tr(
                "%n other note(s) or case(s) mention the name; review them yourself.",
                "",
                p.mentions,
            )
        text += "\n\n" + self.tr("This cannot be undone.")
        return text

    @classmethod
    def confirm(
        cls, parent: QWidget | None, services: Services, member_id: int
    ) -> tuple[ErasurePreview, bool]:
        """Show the warning; erase on confirmation. Returns (preview, erased)."""
        preview = services.erasure.preview(member_id)
        dialog = cls(preview, parent)
        dialog.exec()
        if dialog.clickedButton() is not dialog.erase_button:
            return preview, False
        return services.erasure.erase(member_id), True
