"""What the main window asks of each pane on a group's tabs: nothing more, nothing less."""

from __future__ import annotations

from typing import Protocol


class GroupPane(Protocol):
    """A pane showing one part of the chosen group (its details, members, meetings or cases)."""

    def set_group(self, group_id: int | None) -> None:
        """Show this group (None: none), dropping what was selected for the previous one."""

    def refresh(self) -> None:
        """Read the shown group's data again, keeping the selection where it still exists."""

    def commit_pending(self) -> None:
        """Save what is typed in a field that has not been left yet."""
