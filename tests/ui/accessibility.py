"""Walk Qt's accessibility tree of a window, as a screen reader sees it.

Interactive roles (those a user operates and a screen reader must announce by name): push,
check and radio buttons, tool and split buttons, button menus and drop-downs, editable text,
spin boxes, combo boxes, lists, trees, tables and their outlines, page tabs, sliders and dials,
menu items. Static text, graphics, panes, groupings, scroll bars, headers, cells and rows are
not counted: their name comes from the content they show.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QAccessible

if TYPE_CHECKING:
    from PySide6.QtGui import QAccessibleInterface
    from PySide6.QtWidgets import QWidget

Role = QAccessible.Role

INTERACTIVE_ROLES = frozenset(
    {
        Role.PushButton,
        Role.CheckBox,
        Role.RadioButton,
        Role.ButtonMenu,
        Role.ButtonDropDown,
        Role.ButtonDropGrid,
        Role.SpinBox,
        Role.EditableText,
        Role.ComboBox,
        Role.List,
        Role.Tree,
        Role.Table,
        Role.PageTab,
        Role.Slider,
        Role.Dial,
        Role.MenuItem,
    }
)


@dataclass(frozen=True)
class Control:
    """One interactive control found in the tree."""

    role: Role
    name: str
    object_name: str
    class_name: str
    hidden: bool

    def describe(self) -> str:
        who = self.object_name or "(no objectName)"
        return f"{self.class_name} {who} [{self.role.name}]"


def _owner(iface: QAccessibleInterface) -> tuple[str, str]:
    obj = iface.object()
    if obj is None:
        parent = iface.parent()
        obj = parent.object() if parent is not None and parent.isValid() else None
        return ("", f"item of {type(obj).__name__}" if obj is not None else "item")
    return (obj.objectName(), type(obj).__name__)


def controls(window: QWidget, limit: int = 5000) -> list[Control]:
    """Every interactive control under `window` (visible or not, with its hidden state)."""
    root = QAccessible.queryAccessibleInterface(window)
    assert root is not None and root.isValid()
    found: list[Control] = []
    stack = [root]
    seen = 0
    while stack and seen < limit:
        iface = stack.pop()
        seen += 1
        role = iface.role()
        # Items inside a list, tree or table are named by their content.
        descend = role not in (Role.List, Role.Tree, Role.Table)
        if role in INTERACTIVE_ROLES:
            object_name, class_name = _owner(iface)
            found.append(
                Control(
                    role=role,
                    name=iface.text(QAccessible.Text.Name).strip(),
                    object_name=object_name,
                    class_name=class_name,
                    hidden=bool(iface.state().invisible),
                )
            )
        if descend:
            for i in range(iface.childCount() - 1, -1, -1):
                child = iface.child(i)
                if child is not None and child.isValid():
                    stack.append(child)
    return found
