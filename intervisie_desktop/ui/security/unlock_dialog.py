"""The unlock screen at start, when the database file is encrypted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from intervisie_desktop.core.security import FailureDelay, verify_passphrase
from intervisie_desktop.ui.security.prompt import PassphrasePrompt


class UnlockDialog(QDialog):
    def __init__(
        self, path: Path, delay: FailureDelay | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unlock Intervisie"))
        self.path = Path(path)
        self.delay = delay or FailureDelay()
        self.passphrase: str | None = None
        intro = QLabel(
            self.tr("Your data is protected with a passphrase. Type it to open the program.")
        )
        intro.setWordWrap(True)
        where = QLabel(str(self.path))
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setStyleSheet("color: palette(mid)")
        self.prompt = PassphrasePrompt(self._check, self.delay, self)
        self.prompt.accepted.connect(self._accepted)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.prompt)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _check(self, passphrase: str) -> bool:
        if verify_passphrase(self.path, passphrase):
            self.delay.succeeded()
            return True
        self.delay.failed()
        return False

    def _accepted(self, passphrase: str) -> None:
        self.passphrase = passphrase
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, path: Path, delay: FailureDelay | None = None
    ) -> tuple[str | None, bool]:
        dialog = cls(path, delay, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.passphrase, accepted and dialog.passphrase is not None
