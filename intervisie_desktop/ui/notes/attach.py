"""What a new note is about: what is selected in the main window, the most specific first
(the case shown, else the meeting, else the member, else the group)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QWidget

    from intervisie_desktop.ui.panes.cases import CasesPane
    from intervisie_desktop.ui.panes.meetings import MeetingsPane
    from intervisie_desktop.ui.panes.members import MembersPane


@dataclass(frozen=True)
class Attachment:
    group_id: int | None = None
    member_id: int | None = None
    meeting_id: int | None = None
    case_id: int | None = None

    def __bool__(self) -> bool:
        ids = (self.group_id, self.member_id, self.meeting_id, self.case_id)
        return any(x is not None for x in ids)


class _Tabs(Protocol):
    def current_name(self) -> str: ...

    def built(self) -> dict[str, QWidget]: ...


class SelectionWindow(Protocol):
    """What of the main window is read here (not its module: no import goes back to it)."""

    @property
    def group_id(self) -> int | None: ...

    @property
    def tabs(self) -> _Tabs: ...

    @property
    def members(self) -> MembersPane: ...

    @property
    def meetings(self) -> MeetingsPane: ...

    @property
    def cases(self) -> CasesPane: ...


def current_attachment(main: QMainWindow) -> Attachment:
    """The selection of the tab shown in the main window; nothing when no group is chosen."""
    if not hasattr(main, "group_id") or not hasattr(main, "tabs"):
        return Attachment()  # another window: nothing is selected there
    window = cast("SelectionWindow", main)
    if window.group_id is None:
        return Attachment()
    shown = window.tabs.current_name()
    built = window.tabs.built()
    if shown == "cases" and "cases" in built:
        case_id = window.cases.current_case_id()
        if case_id is not None:
            return Attachment(case_id=case_id)
    if shown == "meetings" and "meetings" in built:
        meeting_id = window.meetings.current_meeting_id()
        if meeting_id is not None:
            return Attachment(meeting_id=meeting_id)
    if shown == "members" and "members" in built:
        member = window.members.member
        if member is not None and member.id is not None:
            return Attachment(member_id=member.id)
    return Attachment(group_id=window.group_id)
