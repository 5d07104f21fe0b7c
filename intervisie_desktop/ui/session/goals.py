"""The opening round in session mode: beside each member's name in the presenter's speaker list,
their learning goal for the meeting's year. The projector shows display names only, never a goal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.session.plan_steps import PlanStep

if TYPE_CHECKING:
    from intervisie_desktop.core.changes import OpChanges
    from intervisie_desktop.ui.session.follow_up import SessionHost

OPENING_BLOCK = "block.opening"


class OpeningGoals:
    """Gives the speaker list the members' goals at the opening step, and takes them away after."""

    def __init__(self, host: SessionHost) -> None:
        self.host = host
        self.step = PlanStep(host.services, host.meeting_id, host.control, OPENING_BLOCK)
        self.goals: dict[int, str] | None = None  # read once, again when goals change
        host.hub.watch(host.presenter.speakers, {Change.GOALS}, self._changed)
        host.refreshed.connect(self.follow)

    def at_opening(self) -> bool:
        return self.step.here()

    def read(self) -> dict[int, str]:
        if self.goals is None:
            services, meeting_id = self.host.services, self.host.meeting_id
            try:
                meeting = services.meetings.get(meeting_id)
                self.goals = services.goals.for_year(meeting.group_id, meeting.date.year)
            except IntervisieError:
                self.goals = {}
        return self.goals

    def follow(self) -> None:
        self.host.presenter.speakers.set_goals(self.read() if self.at_opening() else {})

    def _changed(self, _changes: OpChanges) -> None:
        self.goals = None
        self.follow()


def install_goals(host: SessionHost) -> OpeningGoals:
    return OpeningGoals(host)
