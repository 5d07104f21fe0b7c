"""A window's keys win over the text field that has the focus.

Before Qt fires a shortcut it asks the focused widget (a ShortcutOverride event) whether it wants
the key itself. On Linux, Qt's text fields claim Ctrl+E (end of line) and Ctrl+U (delete the
line), Emacs keys that Windows and most Linux desktops do not use in a text field, so Ctrl+E
(yearly summary) did nothing while the cursor was in a field. We keep the keys the menus show and
let the window's action win for them: a user reads "Ctrl+E" in the menu and expects it to work
wherever the cursor is, and End still goes to the end of the line.

What the field keeps: every key without Ctrl, Alt or Meta (typing, arrows, Enter, Space, Esc,
Home/End), and its editing commands (undo, redo, cut, copy, paste, select all, and moving or
selecting by word or to the start or end of the text). Any other Ctrl, Alt or Meta key is not
claimed by the field: when the window has an action for it, the action fires; when it has none,
Qt gives the key to the field as before.

`install()` puts the filter on each widget as it takes the focus (once per application).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

SK = QKeySequence.StandardKey
#: The editing commands a focused field keeps, on every platform.
FIELD_COMMANDS = (
    SK.Undo,
    SK.Redo,
    SK.Cut,
    SK.Copy,
    SK.Paste,
    SK.SelectAll,
    SK.MoveToNextWord,
    SK.MoveToPreviousWord,
    SK.SelectNextWord,
    SK.SelectPreviousWord,
    SK.MoveToStartOfDocument,
    SK.MoveToEndOfDocument,
    SK.SelectStartOfDocument,
    SK.SelectEndOfDocument,
    SK.DeleteStartOfWord,
    SK.DeleteEndOfWord,
    SK.Backspace,
    SK.Delete,
)
COMMAND_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
FILTER_NAME = "windowKeysWin"


class WindowKeysWin(QObject):
    """Event filter: a Ctrl, Alt or Meta key that is not an editing command is left to the
    window's shortcuts instead of being claimed by the focused widget."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        if not event.modifiers() & COMMAND_MODIFIERS:
            return False
        # Filtered out, not accepted: the shortcut map gets the key; without a shortcut for it
        # the field still receives the key press.
        return not any(event.matches(command) for command in FIELD_COMMANDS)

    def follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None:
            # Installed again on every focus: Qt moves it to the front, so it runs before a
            # filter someone put on the field later.
            new.installEventFilter(self)


def install() -> WindowKeysWin | None:
    """The filter, following the focus in this application (installed once)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    existing = app.findChild(WindowKeysWin, FILTER_NAME)
    if existing is not None:
        return existing
    keys = WindowKeysWin(app)
    keys.setObjectName(FILTER_NAME)
    app.focusChanged.connect(keys.follow_focus)
    focused = app.focusWidget()
    if focused is not None:
        focused.installEventFilter(keys)
    return keys
