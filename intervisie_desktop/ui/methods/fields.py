"""Small pieces shared by the method editors: a field with its own error line, number fields,
and the filter that leaves Ctrl+Z to the pane's undo stack instead of the text box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from intervisie_desktop.ui.tones import on_palette

ERROR_STYLE = "color: #b3261e;"
INVALID_BORDER = "border: 2px solid #b3261e; border-radius: 3px;"


class PaneUndoKeys(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z reach the pane's undo actions while a text box has focus, so
    one undo history covers typing, phase moves and deletions alike."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        # Filtered out but not accepted: the shortcut map then gives the key to the pane.
        return event.matches(QKeySequence.StandardKey.Undo) or event.matches(
            QKeySequence.StandardKey.Redo
        )


class Field(QWidget):
    """One input with an error line under it; the message says why the value was not stored."""

    def __init__(
        self,
        editor: QWidget,
        name: str,
        parent: QWidget | None = None,
        shown: QWidget | None = None,
    ) -> None:
        """`shown` is what goes above the error line when it is more than the editor itself."""
        super().__init__(parent)
        self.editor = editor
        editor.setObjectName(name)
        self.error = QLabel()
        self.error.setObjectName(f"{name}.error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(on_palette(ERROR_STYLE))
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(shown or editor)
        layout.addWidget(self.error)
        if isinstance(editor, QPlainTextEdit):
            editor.setTabChangesFocus(True)  # Tab moves on; the editors are plain text only
            editor.setUndoRedoEnabled(False)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        if isinstance(self.editor, (QLineEdit, QPlainTextEdit)):
            self.editor.setStyleSheet(INVALID_BORDER)
        self.editor.setAccessibleDescription(message)
        self.editor.setToolTip(message)

    def clear_error(self) -> None:
        if self.error.isHidden():
            return
        self.error.clear()
        self.error.hide()
        self.editor.setStyleSheet("")
        self.editor.setAccessibleDescription("")
        self.editor.setToolTip("")

    def has_error(self) -> bool:
        return not self.error.isHidden()


def line_edit(max_length: int = 32767) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    return edit


def text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    metrics = box.fontMetrics()
    box.setMinimumHeight(metrics.lineSpacing() * lines + 12)
    return box


def set_text(widget: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Show a stored value without the change counting as the user's typing (callers block)."""
    if isinstance(widget, QLineEdit):
        if widget.text() != text:
            widget.setText(text)
            widget.setCursorPosition(0)
    elif widget.toPlainText() != text:
        widget.setPlainText(text)


def text_of(widget: QLineEdit | QPlainTextEdit) -> str:
    return widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
