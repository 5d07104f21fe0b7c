"""Delete on the members lists removes the selected member, after the same counted question as
Group > Remove member (which also offers to end the membership instead)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from intervisie_desktop.ui.panes.members import MembersPane
    from intervisie_desktop.ui.window.host import MenuCommands


def delete_key(pane: MembersPane, window: MenuCommands) -> MembersPane:
    """Wired when the members pane is built (it is built when its tab is first shown)."""
    for members_list in (pane.seats, pane.former):
        action = QAction(members_list)
        action.setObjectName("deleteMemberKey")
        action.setShortcut(QKeySequence.StandardKey.Delete)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: window.delete_member())
        members_list.addAction(action)
    return pane
