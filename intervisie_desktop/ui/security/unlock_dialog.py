"""The unlock screen at start, when the database file is encrypted.

A plain database whose first bytes were overwritten looks encrypted too, and no passphrase opens
it. So the screen offers a way out to the recovery the program offers for any other damage:
at once when the backups suggest the file was never encrypted, otherwise after a wrong
passphrase. A wrong passphrase itself stays just that, with the growing wait. An encrypted file
that is damaged opens with no passphrase either: when the backups are encrypted, the recovery
asks their passphrase (with the same wait) and restores the newest backup it opens.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.backup.recovery import (
    UnlockAdvice,
    decide_without_passphrase,
    latest_good_backup,
    unlock_advice,
)
from intervisie_desktop.core.security import FailureDelay, verify_passphrase
from intervisie_desktop.paths import backup_dir
from intervisie_desktop.ui.security.prompt import PassphrasePrompt
from intervisie_desktop.ui.security.recovery_dialogs import (
    Recovery,
    RecoveryChoice,
    RecoveryDialog,
    UnlockAnswer,
)

WIDTH = 520


class UnlockDialog(QDialog):
    def __init__(
        self,
        path: Path,
        delay: FailureDelay | None = None,
        parent: QWidget | None = None,
        backups: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Intervisie"))
        self.path = Path(path)
        self.backups = backups if backups is not None else backup_dir(self.path.parent)
        self.delay = delay or FailureDelay()
        self.passphrase: str | None = None
        self.recovery: Recovery | None = None
        self.backup_passphrase: str | None = None  # typed in the recovery for encrypted backups
        self.advice: UnlockAdvice = unlock_advice(self.backups)
        intro = QLabel(
            self.tr("Your data is protected with a passphrase. Type it to open the program.")
        )
        intro.setWordWrap(True)
        where = QLabel(str(self.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # palette(mid) is for bevels
        self.prompt = PassphrasePrompt(self._check, self.delay, self)
        self.prompt.accepted.connect(self._accepted)
        self.doubt = QLabel()
        self.doubt.setObjectName("doubtMessage")
        self.doubt.setWordWrap(True)
        self.recover_button = QPushButton(self.tr("&Recover the data\u2026"))
        self.recover_button.setObjectName("recoverButton")
        self.recover_button.setAutoDefault(False)  # Enter stays with the passphrase field
        self.recover_button.clicked.connect(self._recover)
        way_out = QHBoxLayout()
        way_out.addWidget(self.doubt, 1)
        way_out.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Cancel as the dialog's default button took the Enter meant for the passphrase field:
        # a wrong passphrase closed the screen (and the program) instead of saying so.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.prompt)
        layout.addLayout(way_out)
        layout.addWidget(buttons)
        self._show_way_out(self.advice.suspicious)
        self.resize(WIDTH, self.heightForWidth(WIDTH))

    def _show_way_out(self, shown: bool) -> None:
        if self.advice.suspicious:
            text = self.tr(
                "Your backups are not encrypted, yet this file asks for a passphrase. If you "
                "never set one, the file is probably damaged: recover your data from the newest "
                "good backup."
            )
        else:
            text = self.tr(
                "If you never protected your data with a passphrase, this file may be damaged "
                "or not an Intervisie database."
            )
        self.doubt.setText(text)
        self.doubt.setVisible(shown)
        self.recover_button.setVisible(shown)

    def _check(self, passphrase: str) -> bool:
        if verify_passphrase(self.path, passphrase):
            self.delay.succeeded()
            return True
        self.delay.failed()
        self._show_way_out(True)
        QTimer.singleShot(0, self._fit)  # once the prompt has set its message too
        return False

    def _fit(self) -> None:
        """Tall enough for the wrapped messages, at the width the user sees (never narrower)."""
        width = max(self.width(), WIDTH)
        self.resize(width, max(self.height(), self.heightForWidth(width)))

    def _accepted(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.accept()

    def _recover(self) -> None:
        """The recovery choice as for any damaged file; Back returns to the passphrase."""
        decision = decide_without_passphrase(self.path, self.backups)
        if self.advice.encrypted:
            note = self.tr(
                "If you only mistyped the passphrase of this file, choose Back and type it again."
            )
            answer, accepted = RecoveryDialog.ask_with_passphrase(
                decision.health, self, note, self._opens_a_backup, self.delay
            )
            choice, self.backup_passphrase = answer.choice, answer.passphrase
        else:
            note = self.tr(
                "Only backups that open without a passphrase are offered. If you did set a "
                "passphrase, choose Back and type it again."
            )
            choice, accepted = RecoveryDialog.ask(
                decision.health, decision.latest_good, self, note=note
            )
        if accepted and choice in (Recovery.RESTORE, Recovery.NEW):
            self.recovery = choice
            self.accept()
            return
        self.prompt.hold()  # wrong passphrases for the backups count here too

    def _opens_a_backup(self, passphrase: str) -> bool:
        """Whether `passphrase` opens a backup that checks good (the one a restore takes)."""
        return latest_good_backup(self.backups, passphrase) is not None

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: Path, delay: FailureDelay | None = None
    ) -> tuple[UnlockAnswer, bool]:
        """(passphrase, True) once it opens the file; (RecoveryChoice, True) when the user
        chose to restore a backup (with the passphrase of encrypted backups) or start anew
        instead (not done yet: the caller does it, keeping the file aside); (None, False)
        when cancelled."""
        dialog = cls(path, delay, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value: UnlockAnswer = dialog.passphrase
        if dialog.recovery is not None:
            value = RecoveryChoice(dialog.recovery, dialog.backup_passphrase)
        return value, accepted and value is not None
