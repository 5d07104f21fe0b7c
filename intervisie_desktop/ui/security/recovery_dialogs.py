"""The two safety dialogs: an unsound database at start, and choosing a backup to restore."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.security import FailureDelay
from intervisie_desktop.ui.security.prompt import PassphrasePrompt
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.backup.store import BackupFile
    from intervisie_desktop.core.integrity import Health


class Recovery(StrEnum):
    RESTORE = "restore"
    NEW = "new"
    QUIT = "quit"
    CONTINUE = "continue"  # open the file as it is (offered only when it can be opened)


@dataclass(frozen=True)
class RecoveryChoice:
    choice: Recovery
    # The passphrase of the encrypted backups, once it opened one that checks good.
    passphrase: str | None = None


#: What the start screens answer: the passphrase that opens the file (None: it needs none), or
#: the recovery chosen for a file no passphrase opens.
UnlockAnswer: TypeAlias = str | RecoveryChoice | None


def passphrase_and_recovery(answer: UnlockAnswer) -> tuple[str | None, Recovery | None]:
    """The passphrase to open with and the recovery to do first, if any (with a recovery,
    the passphrase is that of the encrypted backups)."""
    if isinstance(answer, RecoveryChoice):
        return answer.passphrase, answer.choice
    return answer, None


def when(backup: BackupFile) -> str:
    t = backup.taken_at
    moment = QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second))
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class RecoveryDialog(QDialog):
    """Explains what is wrong with the database and offers the ways out; nothing is overwritten."""

    def __init__(
        self,
        health: Health,
        latest: BackupFile | None,
        parent: QWidget | None = None,
        note: str = "",
        opens_a_backup: Callable[[str], bool] | None = None,
        delay: FailureDelay | None = None,
        can_continue: bool = False,
        missing: str = "",
    ) -> None:
        """`missing`: what is in the database's place (nothing, an empty file, a dangling
        link), said instead of the problem, when good backups were found for it.

        `can_continue`: the file opens as it is (records refer to records that are gone):
        going on with it is offered instead of a new empty database.

        `note`: said last, by a caller that knows more (the unlock screen); with a note,
        declining goes Back to that caller rather than quitting.

        `opens_a_backup`: given when the backups are encrypted (and no plain one is offered):
        restoring then asks their passphrase, which must open a backup that checks good;
        wrong ones wait as long as `delay` says (shared with the unlock screen)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("The database cannot be opened"))
        self.choice = Recovery.QUIT
        self.passphrase: str | None = None
        self.opens_a_backup = opens_a_backup if latest is None else None
        self.delay = delay or FailureDelay()
        layout = QVBoxLayout(self)
        problem = QLabel(missing or error_text(health.error()))
        problem.setObjectName("problem")
        problem.setWordWrap(True)
        problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(problem)
        if missing:
            self.setWindowTitle(self.tr("Your data was not found"))
            advice = self.tr(
                "Backups of your data are in the backup folder. Restore the newest good one to "
                "go on where you were, or start with a new empty database. The backups are kept "
                "either way."
            )
        elif can_continue:
            self.setWindowTitle(self.tr("The database needs attention"))
            advice = self.tr(
                "Intervisie can open this file as it is, but what refers to the missing records "
                "may be incomplete. If you restore a backup, this file is kept aside in the data "
                "folder under a name with today's date, so nothing is lost."
            )
        else:
            advice = self.tr(
                "Intervisie will not change this file. Whatever you choose, it is kept aside in "
                "the data folder under a name with today's date, so nothing is lost."
            )
        if latest is not None:
            advice += "\n\n" + self.tr("The newest good backup is from {when} ({size}).").format(
                when=when(latest), size=size_text(latest.size)
            )
        elif self.opens_a_backup is not None:
            advice += "\n\n" + self.tr(
                "Your backups are encrypted. To restore the newest one, type their passphrase "
                "(normally the same as this file's). The backup itself is not changed."
            )
        else:
            advice += "\n\n" + self.tr("There is no good backup in the backup folder.")
        if note:
            advice += "\n\n" + note
        info = QLabel(advice)
        info.setObjectName("advice")
        info.setWordWrap(True)
        layout.addWidget(info)
        self.prompt: PassphrasePrompt | None = None
        if self.opens_a_backup is not None:
            self.prompt = self._backup_prompt()
            layout.addWidget(self.prompt)
            self.restore_button = self.prompt.button
        else:
            self.restore_button = QPushButton(self.tr("&Restore the newest backup"))
            self.restore_button.setEnabled(latest is not None)
            self.restore_button.clicked.connect(lambda: self._choose(Recovery.RESTORE))
        layout.addStretch(1)
        buttons = QDialogButtonBox()
        self.new_button = QPushButton(
            self.tr("&Continue with this database")
            if can_continue
            else self.tr("Start with a &new empty database")
        )
        self.quit_button = QPushButton(self.tr("&Back") if note else self.tr("&Quit"))
        if self.prompt is None:
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.new_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        later = Recovery.CONTINUE if can_continue else Recovery.NEW
        self.new_button.clicked.connect(lambda: self._choose(later))
        self.quit_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        if self.prompt is not None:
            # Enter in the passphrase field restores; no button of the dialog may take it too.
            for button in (self.new_button, self.quit_button):
                button.setAutoDefault(False)
            self.prompt.field.setFocus()
            self.prompt.hold()
        else:
            fallback = self.new_button if can_continue else self.quit_button
            (self.restore_button if latest is not None else fallback).setDefault(True)
        self.resize(620, 300 if self.prompt is not None else 260)

    def _backup_prompt(self) -> PassphrasePrompt:
        prompt = PassphrasePrompt(
            self._check_backups,
            self.delay,
            self,
            action=self.tr("&Restore"),
            wrong=self.tr(
                "This passphrase opens none of the backups that check good. Nothing was "
                "changed; check Caps Lock and try again."
            ),
        )
        prompt.setObjectName("backupPrompt")
        prompt.field.setPlaceholderText(self.tr("Passphrase of the backups"))
        prompt.field.setAccessibleName(self.tr("Passphrase of the backups"))
        prompt.accepted.connect(self._restore_with)
        return prompt

    def _check_backups(self, passphrase: str) -> bool:
        assert self.opens_a_backup is not None
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            opened = self.opens_a_backup(passphrase)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if opened:
            self.delay.succeeded()
        else:
            self.delay.failed()
        return opened

    def _restore_with(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self._choose(Recovery.RESTORE)

    def _choose(self, choice: Recovery) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(
        cls,
        health: Health,
        latest: BackupFile | None,
        parent: QWidget | None = None,
        note: str = "",
        can_continue: bool = False,
    ) -> tuple[Recovery, bool]:
        dialog = cls(health, latest, parent, note, can_continue=can_continue)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.choice if accepted else Recovery.QUIT), accepted

    @classmethod
    def ask_with_passphrase(
        cls,
        health: Health,
        parent: QWidget | None,
        note: str,
        opens_a_backup: Callable[[str], bool],
        delay: FailureDelay,
    ) -> tuple[RecoveryChoice, bool]:
        """As `ask`, for encrypted backups: a restore comes with the passphrase that opened one."""
        dialog = cls(health, None, parent, note, opens_a_backup, delay)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        choice = dialog.choice if accepted else Recovery.QUIT
        return RecoveryChoice(choice, dialog.passphrase if accepted else None), accepted


class RestoreDialog(QDialog):
    """The backups with date and size, newest first; the chosen one replaces the database."""

    def __init__(self, backups: list[BackupFile], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.backups = backups
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. It is checked first; the current database is "
                "kept aside in the data folder, so this can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setAccessibleName(self.tr("Backups"))
        self.list.setHeaderLabels([self.tr("Date"), self.tr("Size"), self.tr("Made")])
        self.list.setRootIsDecorated(False)
        reasons = {
            "start": self.tr("at start"),
            "session": self.tr("after a session"),
            "manual": self.tr("by hand"),
            "upgrade": self.tr("before an upgrade"),
            "other": self.tr("other"),
        }
        for backup in backups:
            item = QTreeWidgetItem(
                [when(backup), size_text(backup.size), reasons.get(backup.reason, backup.reason)]
            )
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        layout.addWidget(self.list)
        self.empty = QLabel(self.tr("There are no backups yet."))
        self.empty.setVisible(not backups)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Restore"))
        ok.setEnabled(bool(backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        layout.addWidget(self.buttons)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        self.resize(560, 380)

    def selected(self) -> BackupFile | None:
        item = self.list.currentItem()
        row = self.list.indexOfTopLevelItem(item) if item is not None else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    @classmethod
    def choose(
        cls, backups: list[BackupFile], parent: QWidget | None = None
    ) -> tuple[BackupFile | None, bool]:
        dialog = cls(backups, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.selected() if accepted else None, accepted
