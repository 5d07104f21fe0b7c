"""The commands session mode sends; the runner implements them, screens and keys call them.

Every command is written to the database before it returns (crash-resume loses nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.session.snapshot import Snapshot


class SessionControl(Protocol):
    meeting_id: int

    def snapshot(self) -> Snapshot:
        """The state now, on the runner's clock; cheap enough to call on every repaint."""
        ...

    def start(self) -> None: ...

    def next(self) -> None:
        """Next speaker; after the last speaker (or outside a round) the next phase or step."""
        ...

    def back(self) -> None:
        """One step back: the previous speaker, or the previous phase."""
        ...

    def toggle_pause(self) -> None: ...

    def adjust_minutes(self, minutes: int) -> None:
        """One minute more (+1) or less (-1) for the current turn, or the phase outside rounds."""
        ...

    def skip_speaker(self) -> None:
        """The current speaker passes (or is absent): their turn ends as skipped."""
        ...

    def mark_absent(self, member_id: int, absent: bool = True) -> None: ...

    def reorder(self, member_ids: Sequence[int]) -> None:
        """New order for the speakers still to come (drag and drop)."""
        ...

    def jump_to(self, step_index: int, phase_index: int = 0) -> None: ...

    def set_blank(self, blank: bool) -> None:
        """Blank the projector or show it again; kept in the run, so a restart keeps it blank."""
        ...

    def set_continue_at(self, at: str | None) -> None:
        """“We continue at HH:MM” on the pause and blank screens; None shows no time."""
        ...

    def show_message(
        self, text: str, presenter_only: bool = False, preset: int | None = None
    ) -> None:
        """A message as a banner on the projector, or on the presenter's screen only."""
        ...

    def clear_message(self) -> None:
        """No message, on the projector nor on the presenter's screen."""
        ...

    def finish(self) -> None:
        """End the session: the meeting's actual start and end are set from the run."""
        ...
