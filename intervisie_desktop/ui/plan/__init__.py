"""The session-plan editor of the meetings pane, and method choices for method fields."""

from intervisie_desktop.ui.plan.editor import PlanEditor

__all__ = ["PlanEditor"]
