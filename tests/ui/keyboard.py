"""Walking a dialog with Tab, as a keyboard user does."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

#: Controls whose centres lie this close vertically sit on one visual row (a form row's field
#: and the button beside it differ by a few pixels).
ROW_TOLERANCE = 12


def reachable(dialog: QWidget) -> list[QWidget]:
    """The enabled, visible controls of `dialog` that take focus by Tab (inner editors of spin
    and combo boxes forward their focus and are left out)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None or widget.window() is not dialog:
            continue
        found.append(widget)
    return found


@dataclass(frozen=True)
class Walk:
    """Where focus went, one Tab after another, from the initial focus."""

    stops: list[QWidget]
    left_dialog: QWidget | None  # a focus widget outside the dialog, if focus ever got there


def _focus() -> QWidget | None:
    widget = QApplication.focusWidget()
    while widget is not None and widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_through(qtbot: QtBot, dialog: QWidget, limit: int = 80) -> Walk:
    """Press Tab from the dialog's initial focus until focus comes back to where it started."""
    dialog.activateWindow()
    qtbot.waitUntil(lambda: _focus() is not None, timeout=2000)
    start = _focus()
    assert start is not None
    stops = [start]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        now = _focus()
        if now is None or now.window() is not dialog:
            return Walk(stops, now)
        if now is start:
            break
        stops.append(now)
    return Walk(stops, None)


def position(widget: QWidget, dialog: QWidget) -> QPoint:
    return widget.mapTo(dialog, widget.rect().center())


def visual_rank(widgets: list[QWidget], dialog: QWidget) -> dict[QWidget, tuple[int, int]]:
    """(row, x) of each widget: rows top to bottom, within ROW_TOLERANCE of a row's first one."""
    by_y = sorted(widgets, key=lambda w: (position(w, dialog).y(), position(w, dialog).x()))
    rank: dict[QWidget, tuple[int, int]] = {}
    row = -1
    row_y = None
    for widget in by_y:
        y = position(widget, dialog).y()
        if row_y is None or y - row_y > ROW_TOLERANCE:
            row += 1
            row_y = y
        rank[widget] = (row, position(widget, dialog).x())
    return rank


def describe(widget: QWidget) -> str:
    text = widget.property("text") if widget.metaObject().indexOfProperty("text") >= 0 else ""
    return f"{type(widget).__name__} {widget.objectName() or widget.accessibleName() or text!r}"
