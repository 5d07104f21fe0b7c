"""Erasing a member: the warning (what goes, what stays, what the backups keep) and the step.

Cancel is the default button; the erase button names the person. Erasure cannot be undone, so
the undo stack is emptied afterwards: its steps may hold the person's rows in memory.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.core.backup.rotation import Policy
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.services.erasure import Erased, ErasurePreview, kept_aside
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.ui.context import AppContext
    from intervisie_desktop.ui.forms.undo import Undo

logger = logging.getLogger(__name__)

ERASE_SHORTCUT = "Ctrl+Shift+E"


class EraseMemberDialog(QMessageBox):
    def __init__(
        self,
        preview: ErasurePreview,
        parent: QWidget | None = None,
        copies: tuple[int, int] = (0, 0),
    ) -> None:
        """`copies`: (automatic backups in rotation, other copies) that hold the person."""
        super().__init__(parent)
        self.copies = copies
        self.setObjectName("eraseMemberDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Erase member"))
        self.setText(
            self.tr("Erase {name} and their personal data for good?").format(name=preview.full_name)
        )
        self.setInformativeText(self.describe(preview))
        self.erase_button = self.addButton(
            self.tr("Erase {name}").format(name=preview.full_name),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        self.erase_button.setObjectName("eraseButton")
        cancel = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)

    def describe(self, p: ErasurePreview) -> str:
        removed = [
            self.tr("their full name, name on the projector and other details"),
            self.tr("%n note(s) about them or their cases", "", p.notes),
            self.tr(
                "%n case(s) they brought: topic, question, description, outcome and agreed actions",
                "",
                p.cases,
            ),
            self.tr("%n group membership(s)", "", p.memberships),
            self.tr("%n learning goal(s)", "", p.learning_goals),
        ]
        if p.session_runs:
            removed.append(
                self.tr(
                    "their name and their cases' topic and question in %n recorded "
                    "session(s); the timings stay, without their name",
                    "",
                    p.session_runs,
                )
            )
        remains = [
            self.tr(
                "%n attendance record(s), as anonymous counts in past meetings", "", p.attendance
            ),
            self.tr(
                "%n meeting(s) they led: the meetings keep their date, without who led them",
                "",
                p.meetings_led,
            ),
            self.tr(
                "other notes and cases that mention the name are not changed (%n found): "
                "review them by hand",
                "",
                p.mentions,
            ),
        ]
        policy = Policy()
        rotating, other = self.copies
        backups = self.tr(
            "Backups made before now still hold their data. %n automatic backup(s) keep it "
            "until they rotate out: a daily backup after {days} days, a weekly one after "
            "{weeks} weeks, a monthly one after {months} months.",
            "",
            rotating,
        ).format(days=policy.daily, weeks=policy.weekly, months=policy.monthly)
        if other:
            backups += " " + self.tr(
                "%n other copy(ies) (made by hand, before an upgrade, before a change of "
                "protection or kept aside at a restore) keep it until you delete them.",
                "",
                other,
            )
        text = self.tr("Removed:") + "\n\u2022 " + "\n\u2022 ".join(removed)
        text += "\n\n" + self.tr("Remains:") + "\n\u2022 " + "\n\u2022 ".join(remains)
        text += "\n\n" + backups
        text += "\n\n" + self.tr("This cannot be undone, not even with Ctrl+Z.")
        return text


def _copies(context: AppContext) -> tuple[int, int]:
    """(automatic backups, other copies) of the database: in the backup folder, and whole
    copies kept beside the database."""
    backups = context.services.backups.all()
    rotating = sum(1 for b in backups if b.automatic)
    return rotating, len(backups) - rotating + len(kept_aside(context.database_path))


def erase_member(parent: QWidget | None, context: AppContext, undo: Undo, member_id: int) -> bool:
    """Warn, and erase on confirmation through the service (its changes refresh the panes).

    Returns whether the member was erased."""
    services = context.services
    try:
        preview = services.erasure.preview(member_id)
    except IntervisieError as exc:
        title = QCoreApplication.translate("EraseMemberDialog", "Erase member")
        QMessageBox.warning(parent, title, error_text(exc))
        return False
    dialog = EraseMemberDialog(preview, parent, _copies(context))
    dialog.exec()
    if dialog.clickedButton() is not dialog.erase_button:
        return False
    try:
        erased: Erased = services.erasure.erase(member_id)
    except IntervisieError as exc:
        QMessageBox.warning(parent, dialog.windowTitle(), error_text(exc))
        return False
    undo.stack.clear()  # its steps may hold the person's rows; they cannot come back
    context.hub.broadcast(erased.changes)
    logger.info("member erased; %s kinds of data changed", len(erased.changes.kinds))
    return True
