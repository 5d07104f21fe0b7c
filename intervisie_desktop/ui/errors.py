"""Unexpected errors: logged, then shown in a dialog whose details can be copied.

A refusal of the core that no pane caught (a full disk, a read-only database, an input no check
foresaw) is no program fault: it is shown as its message, in the user's language, instead.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.errors import IntervisieError

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

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
        self.details.setAccessibleName(self.tr("Details"))
        self.details.setReadOnly(True)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        QWidget.setTabOrder(copy, buttons.button(QDialogButtonBox.StandardButton.Close))  # as shown
        self.resize(640, 400)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def refusal_of(exc: BaseException) -> IntervisieError | None:
    """The core's refusal behind `exc` (also a disk that refuses writes), or None for a bug."""
    if isinstance(exc, IntervisieError):
        return exc
    if not isinstance(exc, OSError) and "sqlcipher3" not in sys.modules:
        return None  # no database error can have happened before the data layer is loaded
    from intervisie_desktop.core.db.faults import storage_error

    return storage_error(exc)


class _Refusals:
    """At most one refusal on screen: a burst of failed writes (a full disk) gives one box."""

    showing = False

    @classmethod
    def show(cls, error: IntervisieError) -> None:
        from intervisie_desktop import APP_NAME
        from intervisie_desktop.ui.translation import error_text

        if cls.showing:
            return
        cls.showing = True
        try:
            QMessageBox.warning(QApplication.activeWindow(), APP_NAME, error_text(error))
        finally:
            cls.showing = False


def install_excepthook(log_file: Path | None) -> None:
    """Log every uncaught exception; with a running QApplication, also show the dialog."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        # The traceback names code locations only; exception messages from core carry no notes.
        refusal = refusal_of(exc)
        if refusal is not None and QApplication.instance() is not None:
            logger.warning("refusal not caught by its pane", exc_info=(kind, exc, tb))
            _Refusals.show(refusal)
            return
        logger.error("uncaught exception", exc_info=(kind, exc, tb))
        details = "".join(traceback.format_exception(kind, exc, tb))
        if QApplication.instance() is not None:
            ErrorDialog(details, log_file).exec()
        else:
            sys.__excepthook__(kind, exc, tb)

    sys.excepthook = hook
