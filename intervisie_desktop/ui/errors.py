"""Unexpected errors: logged, then shown in a dialog whose details can be copied."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

logger = logging.getLogger(__name__)


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        layout = QVBoxLayout(self)
        text = self.tr(
            "Something went wrong that the program did not expect. Your data is saved up to the "
            "last change. Please copy the details below and send them to support."
        )
        if log_file is not None:
            text += "\n" + self.tr("Log file: {path}").format(path=str(log_file))
        message = QLabel(text)
        message.setWordWrap(True)
        layout.addWidget(message)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.resize(640, 400)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def install_excepthook(log_file: Path | None) -> None:
    """Log every uncaught exception; with a running QApplication, also show the dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # The traceback names code locations only; exception messages from core carry no notes.
        logger.error("uncaught exception", exc_info=(kind, exc, tb))
        details = "".join(traceback.format_exception(kind, exc, tb))
        if QApplication.instance() is not None:
            ErrorDialog(details, log_file).exec()
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
