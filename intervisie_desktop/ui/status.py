"""Telling the user in the status bar what just happened: saved, deleted (and how to undo),
exported, backed up. Messages go after a while; the permanent part (the database) stays."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

#: How long a message stays, in milliseconds: long enough to read a path.
STATUS_MS = 10_000


def show_status(widget: QWidget | None, text: str, ms: int = STATUS_MS) -> bool:
    """Show `text` in the status bar of the main window `widget` is in (False: none found)."""
    window = widget.window() if widget is not None else None
    while window is not None and not isinstance(window, QMainWindow):
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    if window is None:
        return False
    window.statusBar().showMessage(text, ms)
    return True
