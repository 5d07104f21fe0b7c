"""The two small dialogs of the messages to the room, both children of the presenter window (so
they open on the laptop, over the presenter, never over the projector's timer): typing a message
(M), and editing the five presets."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.session.messages import MAX_LENGTH, PRESET_COUNT, clean_message

if TYPE_CHECKING:
    from collections.abc import Sequence


class MessageEntry(QDialog):
    """A free message: shown as the projector's banner, or only on the presenter's screen."""

    def __init__(self, parent: QWidget, presenter_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("messageEntry")
        self.setWindowTitle(self.tr("Message to the room"))
        self.field = QLineEdit()
        self.field.setObjectName("messageText")
        self.field.setMaxLength(MAX_LENGTH)
        self.field.setAccessibleName(self.tr("Message"))
        self.field.setPlaceholderText(self.tr("For example: Five more minutes"))
        self.only_mine = QCheckBox(self.tr("Only on my screen"))
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.setChecked(presenter_only)
        hint = QLabel(
            self.tr("The group reads this on the projector: no case details, no names of clients.")
        )
        hint.setObjectName("messageHint")
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.show_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.show_button.setText(self.tr("Show"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(self._changed)
        self.only_mine.toggled.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.only_mine)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
        self._changed()

    def _changed(self, *args: object) -> None:
        self.show_button.setEnabled(bool(self.text()))
        self.field.setFocus()

    def text(self) -> str:
        return clean_message(self.field.text())

    def presenter_only(self) -> bool:
        return self.only_mine.isChecked()


class PresetEditor(QDialog):
    """The five presets; an empty field means the program's own text (shown greyed)."""

    def __init__(
        self, parent: QWidget, stored: Sequence[str | None], defaults: Sequence[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("presetEditor")
        self.setWindowTitle(self.tr("Messages to the room"))
        self.fields: list[QLineEdit] = []
        form = QFormLayout()
        for n in range(PRESET_COUNT):
            field = QLineEdit(stored[n] or "")
            field.setObjectName(f"preset{n + 1}")
            field.setMaxLength(MAX_LENGTH)
            field.setPlaceholderText(defaults[n])
            field.setAccessibleName(self.tr("Message {n}").format(n=n + 1))
            self.fields.append(field)
            form.addRow(self.tr("Key {n}").format(n=n + 1), field)
        hint = QLabel(
            self.tr(
                "Empty: the text shown greyed. A \u201c\u2026\u201d on its own becomes the time "
                "the break ends (the \u201cwe continue at\u201d time, or ten minutes from now)."
            )
        )
        hint.setWordWrap(True)
        defaults_button = QPushButton(self.tr("Restore defaults"))
        defaults_button.setObjectName("restoreDefaults")
        defaults_button.clicked.connect(self._restore)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _restore(self) -> None:
        for field in self.fields:
            field.clear()

    def texts(self) -> list[str | None]:
        return [clean_message(field.text()) or None for field in self.fields]
