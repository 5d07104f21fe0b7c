"""Opening a record wherever it is asked for (a search hit, a link): its group, its tab, itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.errors import NotFoundError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from intervisie_desktop.ui.window.host import WindowHost


def open_record(window: WindowHost, kind: str, id_: int) -> bool:
    """Show a group, member, meeting or case in the main window; False when it is gone."""
    services = window.context.services
    pane: QWidget
    try:
        if kind == "group":
            group_id, pane = id_, window.details
        elif kind == "member":
            groups = services.memberships.groups_of(id_)
            if not groups:
                return False
            group_id, pane = groups[0], window.members
        elif kind == "meeting":
            group_id, pane = services.meetings.get(id_).group_id, window.meetings
        elif kind == "case":
            meeting = services.meetings.get(services.cases.get(id_).meeting_id)
            group_id, pane = meeting.group_id, window.cases
        else:
            return False
    except NotFoundError:
        return False
    window.group_list.select(group_id)
    if window.group_id != group_id:  # e.g. an archived group the filter hides
        window.show_group(group_id)
    window.tabs.setCurrentWidget(pane)
    if kind == "member":
        window.members.select_member(id_)
    elif kind == "meeting":
        window.meetings.select_meeting(id_)
    elif kind == "case":
        window.cases.select_case(id_)
    window.activateWindow()
    return True
