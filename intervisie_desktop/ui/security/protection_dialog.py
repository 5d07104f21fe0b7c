"""Protection settings: passphrase on, off or changed, and the automatic lock time."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.security.passphrase_dialog import ChangePassphraseDialog
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.db.database import Runner
    from intervisie_desktop.ui.security.lock import LockController


class ProtectionDialog(QDialog):
    def __init__(self, controller: LockController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.protection = controller.services.protection
        self.setWindowTitle(self.tr("Protection"))
        self.status = QLabel()
        self.status.setObjectName("protectionStatus")
        self.status.setWordWrap(True)
        self.protect_button = QPushButton(self.tr("Protect with a passphrase\u2026"))
        self.change_button = QPushButton(self.tr("Change passphrase\u2026"))
        self.remove_button = QPushButton(self.tr("Remove protection\u2026"))
        self.protect_button.clicked.connect(self.protect)
        self.change_button.clicked.connect(self.change)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        for button in (self.protect_button, self.change_button, self.remove_button):
            row.addWidget(button)
        self.minutes = QSpinBox()
        self.minutes.setObjectName("lockMinutes")
        self.minutes.setRange(0, 240)
        self.minutes.setSpecialValueText(self.tr("never"))
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setValue(controller.idle_minutes())
        self.minutes.valueChanged.connect(lambda v: controller.set_idle_minutes(v, store=True))
        form = QFormLayout()
        form.addRow(self.tr("Lock after inactivity"), self.minutes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        on = self.protection.is_protected()
        self.status.setText(
            self.tr("Your data is encrypted with a passphrase.")
            if on
            else self.tr(
                "Your data is not protected: anyone with access to this computer can read it."
            )
        )
        self.protect_button.setVisible(not on)
        self.change_button.setVisible(on)
        self.remove_button.setVisible(on)

    def _run(self, operation: Callable[[Runner], object], text: str) -> bool:
        """Carry out `operation`; its file work runs in a worker behind a busy dialog."""
        from intervisie_desktop.ui.security.busy import busy_runner, settle

        wait = self.tr("This can take a minute; please keep the program open.")
        settle()
        try:
            operation(busy_runner(self, text + "\n\n" + wait))
        except IntervisieError as exc:
            QMessageBox.warning(self, self.tr("Protection"), error_text(exc))
            return False
        finally:
            self.refresh()
        return True

    def protect(self) -> None:
        (_current, new), ok = ChangePassphraseDialog.ask(self, ask_current=False)
        if ok and self._run(
            lambda run: self.protection.protect(new, run), self.tr("Protecting your data\u2026")
        ):
            QMessageBox.information(
                self,
                self.tr("Protection"),
                self.tr(
                    "Your data is now encrypted. Keep the passphrase safe: without it the "
                    "data cannot be recovered."
                ),
            )

    def change(self) -> None:
        (current, new), ok = ChangePassphraseDialog.ask(self, ask_current=True)
        if ok:
            self._run(
                lambda run: self.protection.change(current, new, run),
                self.tr("Changing the passphrase\u2026"),
            )

    def remove(self) -> None:
        current, ok = QInputDialog.getText(
            self,
            self.tr("Remove protection"),
            self.tr("The data will be stored unencrypted. Type your passphrase to confirm."),
            QLineEdit.EchoMode.Password,
        )
        if ok:
            self._run(
                lambda run: self.protection.unprotect(current, run),
                self.tr("Removing the protection\u2026"),
            )

    @classmethod
    def show_for(cls, controller: LockController, parent: QWidget | None = None) -> None:
        cls(controller, parent).exec()
