"""The shortcut map of a window: every key of every QAction and QShortcut in it, where it fires,
and the two ways a key fails a user.

- A *conflict*: two different actions or shortcuts with the same key whose contexts overlap
  (window-wide against a pane's WidgetWithChildrenShortcut in that window, a pane against a
  widget inside it, ...). Qt then fires neither and prints "Ambiguous shortcut overload".
- A *swallow*: a text field in a shortcut's context that takes the key for itself (it accepts
  the ShortcutOverride event Qt sends to the focused widget first), so the action never fires.

Keys a focused text field keeps by design are not swallows: keys without Ctrl, Alt or Meta
other than F1-F35 (typing, arrows, Enter, Space, Esc: the session keys of the house design are
such keys; a field takes them, its window gets them when no field has the focus), and the
field's own editing commands (Undo, Redo, Cut, Copy, Paste, Select all) when the window's action
is that same command.

The offscreen platform uses Qt's Windows key scheme, where a line field takes no Ctrl+letter
beyond those commands; on Linux (Qt's X11 scheme, measured with Qt 6 on xcb) single-line fields
also take Ctrl+E (end of line) and Ctrl+U (delete the line). `LinuxFieldKeys` gives a probed
field those two keys as the Linux field would, after every filter the program put on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QWidget,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from pytestqt.qtbot import QtBot

SC = Qt.ShortcutContext
MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)
#: Extra keys Qt's X11 key scheme gives a single-line field (QLineEdit, spin box, date edit,
#: editable combo box) on Linux.
LINUX_LINE_KEYS = ("Ctrl+E", "Ctrl+U")
#: The field's own editing commands: a window action with one of these keys does the same thing.
EDITING = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Cut,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Paste,
    QKeySequence.StandardKey.SelectAll,
)


@dataclass(frozen=True)
class Binding:
    """One key of one action or shortcut, and the widget whose context decides where it fires."""

    owner: QObject
    keys: str  # portable text, e.g. "Ctrl+F"
    context: Qt.ShortcutContext
    widget: QWidget  # what the context is taken of (a menu's action: its menu bar)

    def name(self) -> str:
        text = self.owner.text() if isinstance(self.owner, QAction) else ""
        label = text.replace("&", "") or self.owner.objectName() or type(self.owner).__name__
        where = self.widget.objectName() or type(self.widget).__name__
        return f"{self.keys} {label!r} ({self.context.name} on {where})"

    def reaches(self, widget: QWidget) -> bool:
        """The key fires for this binding while `widget` has the focus."""
        if self.context == SC.ApplicationShortcut:
            return True
        if self.context == SC.WidgetShortcut:
            return widget is self.widget
        root = self.widget.window() if self.context == SC.WindowShortcut else self.widget
        return widget is root or root.isAncestorOf(widget)

    def overlaps(self, other: Binding) -> bool:
        if SC.ApplicationShortcut in (self.context, other.context):
            return True
        mine, theirs = self._root(), other._root()
        if self.context == SC.WidgetShortcut and other.context == SC.WidgetShortcut:
            return mine is theirs
        if self.context == SC.WidgetShortcut:
            return other.reaches(mine)
        if other.context == SC.WidgetShortcut:
            return self.reaches(theirs)
        return mine is theirs or mine.isAncestorOf(theirs) or theirs.isAncestorOf(mine)

    def _root(self) -> QWidget:
        return self.widget.window() if self.context == SC.WindowShortcut else self.widget


def _hosts(widget: QObject) -> list[QWidget]:
    """The widgets an action added to `widget` fires for: a menu's action counts where its
    menu is shown from (the menu bar, or the menu above), as Qt's shortcut map has it."""
    if isinstance(widget, QMenu):
        hosts: list[QWidget] = []
        for above in widget.menuAction().associatedObjects():
            hosts.extend(_hosts(above))
        return hosts
    return [widget] if isinstance(widget, QWidget) else []


def bindings(window: QWidget) -> list[Binding]:
    """Every key of every action and shortcut that can fire in `window` (each once)."""
    found: dict[tuple[int, str, int], Binding] = {}
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        for action in widget.actions():
            for host in _hosts(widget):
                if host.window() is not window:
                    continue
                for key in action.shortcuts():
                    b = Binding(action, key.toString(), action.shortcutContext(), host)
                    found.setdefault((id(action), b.keys, id(host)), b)
    for shortcut in window.findChildren(QShortcut):
        parent = shortcut.parent()
        if not shortcut.isEnabled() or not isinstance(parent, QWidget):
            continue
        for key in shortcut.keys():  # noqa: SIM118 (a QShortcut, not a dict)
            b = Binding(shortcut, key.toString(), shortcut.context(), parent)
            found.setdefault((id(shortcut), b.keys, id(parent)), b)
    return list(found.values())


def conflicts(found: Iterable[Binding]) -> list[tuple[Binding, Binding]]:
    """Pairs of different actions or shortcuts with the same key and overlapping contexts."""
    listed = list(found)
    pairs = []
    seen: set[tuple[str, frozenset[int]]] = set()  # a pair once, however many places show it
    for i, a in enumerate(listed):
        for b in listed[i + 1 :]:
            pair = (a.keys, frozenset((id(a.owner), id(b.owner))))
            if a.owner is not b.owner and a.keys == b.keys and pair not in seen and a.overlaps(b):
                seen.add(pair)
                pairs.append((a, b))
    return pairs


# -- text fields --------------------------------------------------------------------------------


def text_fields(window: QWidget) -> list[QWidget]:
    """The widgets a user types text into, as they take the focus (an editable combo box, not
    its inner line edit; a spin box or date edit, not its line edit)."""
    fields: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if widget.window() is not window:
            continue
        parent = widget.parentWidget()
        if isinstance(widget, QLineEdit) and isinstance(parent, QAbstractSpinBox | QComboBox):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            if not (isinstance(widget, QLineEdit) and widget.isReadOnly()):
                fields.append(widget)
        elif isinstance(widget, QComboBox) and widget.isEditable():
            fields.append(widget)
    return fields


def single_line(field: QWidget) -> bool:
    return isinstance(field, QLineEdit | QAbstractSpinBox | QComboBox)


class LinuxFieldKeys(QObject):
    """Takes Ctrl+E and Ctrl+U for a single-line field as Qt does on Linux."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            combo = QKeySequence(event.keyCombination()).toString()
            if combo in LINUX_LINE_KEYS:
                event.accept()
                return True
        return False


def field_keeps(binding: Binding) -> bool:
    """A key the focused field keeps by design (see the module text)."""
    sequence = QKeySequence(binding.keys)
    combination = sequence[0]
    function_key = Qt.Key.Key_F1.value <= combination.key().value <= Qt.Key.Key_F35.value
    if not combination.keyboardModifiers() & MODIFIERS and not function_key:
        return True
    return any(sequence in QKeySequence.keyBindings(standard) for standard in EDITING)


def reveal(widget: QWidget) -> bool:
    """Bring the pages and tabs holding `widget` to the front; True if it can take the focus."""
    child: QWidget = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QStackedWidget):
            tabs = parent.parentWidget()
            if isinstance(tabs, QTabWidget):
                tabs.setCurrentWidget(child)
            else:
                parent.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
    return widget.isVisibleTo(widget.window()) and widget.isEnabled()


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Make `window` the active one (asked again while waiting: a window manager may be slow)."""

    def active() -> bool:
        if not window.isActiveWindow():
            window.raise_()
            window.activateWindow()
        return window.isActiveWindow()

    qtbot.waitUntil(active, timeout=3000)


@dataclass
class Probed:
    swallowed: list[str]  # field and binding, for each key a focused field takes from an action
    probes: int  # (field, key) pairs tried
    fields: int  # fields focused
    hidden: list[str]  # fields with keys to check that could not take the focus


def swallows(qtbot: QtBot, window: QWidget, found: Iterable[Binding]) -> Probed:
    """Focus each text field of `window` and offer it every key that should fire there."""
    checked = [b for b in found if not field_keeps(b)]
    result = Probed([], 0, 0, [])
    swallowed = result.swallowed
    linux = LinuxFieldKeys()
    for field in text_fields(window):
        reachable = [b for b in checked if b.reaches(field)]
        if not reachable:
            continue
        if not reveal(field):
            result.hidden.append(f"{type(field).__name__} {field.objectName()}")
            continue
        result.fields += 1
        if QApplication.focusWidget() is field:
            field.clearFocus()
        if single_line(field):
            field.installEventFilter(linux)  # before the focus: the program's filters run first
        activate(qtbot, window)
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        qtbot.waitUntil(lambda f=field: QApplication.focusWidget() is f, timeout=2000)
        for binding in reachable:
            combination = QKeySequence(binding.keys)[0]
            event = QKeyEvent(
                QEvent.Type.ShortcutOverride, combination.key(), combination.keyboardModifiers()
            )
            event.setAccepted(False)
            QApplication.sendEvent(field, event)
            result.probes += 1
            if event.isAccepted():
                swallowed.append(f"{type(field).__name__} {field.objectName()}: {binding.name()}")
        field.removeEventFilter(linux)
    return result


@dataclass
class Audit:
    """What `audit` found in one window."""

    name: str
    bindings: list[Binding]
    conflicts: list[str]
    swallows: list[str]
    probed: Probed

    def problems(self) -> list[str]:
        return [f"{self.name}: conflict {c}" for c in self.conflicts] + [
            f"{self.name}: swallowed in {s}" for s in self.swallows
        ]


def audit(qtbot: QtBot, name: str, window: QWidget) -> Audit:
    found = bindings(window)
    pairs = [f"{a.name()} and {b.name()}" for a, b in conflicts(found)]
    probed = swallows(qtbot, window, found)
    return Audit(name, found, pairs, probed.swallowed, probed)


def menu_mnemonics(window: QWidget) -> list[str]:
    """Menu entries without an underlined letter (&), and letters used twice in one menu."""
    from PySide6.QtWidgets import QMenuBar

    problems: list[str] = []
    menus: list[QWidget] = [*window.findChildren(QMenuBar), *window.findChildren(QMenu)]
    for menu in menus:
        hosts = _hosts(menu) if isinstance(menu, QMenu) else [menu]
        if not any(host.window() is window for host in hosts):
            continue
        seen: dict[str, str] = {}
        for action in menu.actions():
            text = action.text()
            if action.isSeparator() or not text or not action.isVisible():
                continue
            plain = text.replace("&&", "")
            at = plain.find("&")
            if at < 0 or at + 1 >= len(plain):
                problems.append(f"no & in {text!r}")
                continue
            letter = plain[at + 1].lower()
            if letter in seen:
                problems.append(f"&{letter} twice: {seen[letter]!r} and {text!r}")
            seen[letter] = text
    return problems
