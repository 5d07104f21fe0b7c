"""Whether a session run is at a step of its plan that runs a given method (the opening round,
the follow-up of earlier cases, the evaluation), for what session mode shows at that step only."""

from __future__ import annotations

from typing import TYPE_CHECKING

from intervisie_desktop.core.session.snapshot import RunState

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.session.control import SessionControl


class PlanStep:
    """The steps of the run's frozen plan that run `method_key`, read once the run has started
    (and frozen its plan), then never again: asked on every repaint, it costs a set lookup."""

    def __init__(
        self, services: Services, meeting_id: int, control: SessionControl, method_key: str
    ) -> None:
        self.services, self.meeting_id, self.control = services, meeting_id, control
        self.method_key = method_key
        self.steps: set[int] | None = None

    def here(self) -> bool:
        snap = self.control.snapshot()
        if self.steps is None:
            if snap.state == RunState.NOT_STARTED:
                return False  # no plan frozen yet: no query on every repaint before the start
            plan = self.services.sessions.frozen_plan(self.meeting_id)
            # A run without a stored plan has no such step.
            keys = [] if plan is None else [step.method.key for step in plan.steps]
            self.steps = {i for i, key in enumerate(keys) if key == self.method_key}
        return snap.step_index in self.steps
