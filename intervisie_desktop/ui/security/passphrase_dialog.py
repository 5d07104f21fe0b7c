"""Choosing a new passphrase (twice), at first start and when protection is switched on."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.security.encryption import MIN_PASSPHRASE


class NewPassphraseFields(QWidget):
    def __init__(self, parent: QWidget | None = None, ask_current: bool = False) -> None:
        super().__init__(parent)
        self.current = QLineEdit()
        self.current.setObjectName("currentPassphrase")
        self.first = QLineEdit()
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit()
        self.second.setObjectName("repeatPassphrase")
        for field in (self.current, self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        if ask_current:
            form.addRow(self.tr("Current passphrase"), self.current)
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Repeat the passphrase"), self.second)

    def problem(self) -> str:
        """Why the typed passphrase cannot be used yet ('' when it can)."""
        if len(self.first.text()) < MIN_PASSPHRASE:
            return self.tr(
                "A passphrase needs at least %n characters; a short sentence works well.",
                "",
                MIN_PASSPHRASE,
            )
        if self.first.text() != self.second.text():
            return self.tr("The two passphrases are not the same.")
        return ""


class FirstStartDialog(QDialog):
    """Asked once, when there is no database yet: protect it with a passphrase or not."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Intervisie"))
        explain = QLabel(
            self.tr(
                "Your notes and cases are confidential. With a passphrase the whole database is "
                "encrypted on disk, so nobody can read it without the passphrase; if you forget "
                "it, the data cannot be recovered."
            )
        )
        explain.setWordWrap(True)
        self.protect = QRadioButton(self.tr("Protect my data with a passphrase (recommended)"))
        self.protect.setObjectName("protectChoice")
        self.plain = QRadioButton(self.tr("Do not use a passphrase"))
        self.plain.setObjectName("plainChoice")
        group = QButtonGroup(self)
        group.addButton(self.protect)
        group.addButton(self.plain)
        self.protect.setChecked(True)
        self.fields = NewPassphraseFields(self)
        self.protect.toggled.connect(self.fields.setEnabled)
        self.message = QLabel()
        self.message.setObjectName("passphraseMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Cancel ends the program (nothing is set up without an answer here): it says so.
        quitting = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        quitting.setText(self.tr("&Quit"))
        quitting.setObjectName("quitFirstStart")
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (explain, self.protect, self.fields, self.plain, self.message, buttons):
            layout.addWidget(widget)
        self.quit_question: QMessageBox | None = None  # asked when Quit is pressed
        chain = [self.protect, self.fields.first, self.fields.second, self.plain, buttons]
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)  # the fields were made first: in the order shown
        self.resize(520, self.sizeHint().height())

    def _try_accept(self) -> None:
        if self.protect.isChecked():
            problem = self.fields.problem()
            if problem:
                self.message.setText(problem)
                return
        self.accept()

    def reject(self) -> None:
        """Quit (the button, Escape, closing the window) only when the user means it."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Quit Intervisie?"),
            self.tr(
                "Intervisie is not set up yet: nothing has been stored. Quit now? The next "
                "time you start Intervisie, it asks again."
            ),
            parent=self,
        )
        box.setObjectName("confirmQuitFirstStart")
        quitting = box.addButton(self.tr("&Quit"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("&Back to setting up"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.finished.connect(lambda _r: self._quit() if box.clickedButton() is quitting else None)
        self.quit_question = box
        box.open()

    def _quit(self) -> None:
        super().reject()

    def value(self) -> str | None:
        return self.fields.first.text() if self.protect.isChecked() else None

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> tuple[str | None, bool]:
        """(passphrase or None for no protection, accepted)."""
        dialog = cls(parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value() if accepted else None, accepted


class ChangePassphraseDialog(QDialog):
    """Current and new passphrase (change), or only a new one (switching protection on)."""

    def __init__(self, parent: QWidget | None = None, ask_current: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Change passphrase") if ask_current else self.tr("Protect with a passphrase")
        )
        self.fields = NewPassphraseFields(self, ask_current=ask_current)
        self.ask_current = ask_current
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fields)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _try_accept(self) -> None:
        problem = self.fields.problem()
        if problem:
            self.message.setText(problem)
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None = None, ask_current: bool = True
    ) -> tuple[tuple[str, str], bool]:
        """((current, new), accepted); current is '' when not asked."""
        dialog = cls(parent, ask_current)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return (dialog.fields.current.text(), dialog.fields.first.text()), accepted
