"""The passphrase field with its messages and the growing wait, shared by the unlock dialog and
the lock screen."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.security import FailureDelay


class PassphrasePrompt(QWidget):
    """Asks for a passphrase; `accepted` carries it once `check` says it is right."""

    accepted = Signal(str)

    def __init__(
        self,
        check: Callable[[str], bool],
        delay: FailureDelay,
        parent: QWidget | None = None,
        needs_passphrase: bool = True,
        action: str = "",
        wrong: str = "",
    ) -> None:
        """`action`, `wrong`: the button's text and the wrong-passphrase message, where the
        passphrase opens something other than the database (the backups)."""
        super().__init__(parent)
        self.check = check
        self.delay = delay
        self.action = action
        self.wrong = wrong
        self.field = QLineEdit()
        self.field.setObjectName("passphraseField")
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.returnPressed.connect(self.submit)
        self.button = QPushButton(self.tr("Unlock"))
        self.button.setObjectName("unlockButton")
        self.button.setAutoDefault(False)  # Enter in the field submits once, not twice
        self.button.clicked.connect(self.submit)
        self.message = QLabel()
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self._countdown = QTimer(self)
        self._countdown.setInterval(250)
        self._countdown.timeout.connect(self._tick)
        self.set_needs_passphrase(needs_passphrase)

    def set_needs_passphrase(self, needed: bool) -> None:
        self.field.setVisible(needed)
        unlock = self.action or self.tr("Unlock")
        self.button.setText(unlock if needed else self.tr("Show again"))

    def hold(self) -> None:
        """Show a wait that is still running (the delay is shared with an earlier prompt)."""
        if self.delay.remaining() > 0:
            self._tick()
            self._countdown.start()

    def reset(self) -> None:
        self.field.clear()
        self.message.clear()
        self.field.setFocus()

    def submit(self) -> None:
        if self.delay.remaining() > 0:
            return
        passphrase = self.field.text()
        if self.field.isVisible() and not passphrase:
            self.message.setText(self.tr("Please type your passphrase."))
            return
        if self.check(passphrase):
            self.field.clear()
            self.message.clear()
            self.accepted.emit(passphrase)
            return
        self.field.clear()
        if self.delay.remaining() > 0:
            self.hold()
        else:
            self.message.setText(self._wrong_text())

    def _wrong_text(self) -> str:
        return self.wrong or self.tr(
            "This passphrase is not correct. Nothing was changed; check Caps Lock and try again."
        )

    def _tick(self) -> None:
        left = self.delay.remaining()
        waiting = left > 0
        self.field.setEnabled(not waiting)
        self.button.setEnabled(not waiting)
        if waiting:
            seconds = math.ceil(left)
            self.message.setText(
                self._wrong_text()
                + "\n"
                + self.tr("After several wrong attempts, please wait %n second(s).", "", seconds)
            )
        else:
            self._countdown.stop()
            self.message.setText(self._wrong_text())
            self.field.setFocus()
