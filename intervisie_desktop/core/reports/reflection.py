"""The reflection statement per participant (SKJ): the year's attended meetings and hours as
the summary counts them, three dimensions for the participant to fill in, and the supervisor's
declaration. The dimensions are left blank: the program never fills in reflective content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from intervisie_desktop.core.reports.certificates import build_certificates

if TYPE_CHECKING:
    from intervisie_desktop.core.reports.model import Certificate, YearSummary

#: SKJ's three dimensions of reflection, in its order.
DIMENSIONS = ("technical", "normative", "personal")


@dataclass(frozen=True)
class Reflection:
    certificate: Certificate  # who, which group and year, the meetings attended and hours
    guided: bool


def build_reflections(
    summary: YearSummary, member_ids: list[int] | None = None
) -> list[Reflection]:
    """One statement per participant who attended (or per member asked for)."""
    return [
        Reflection(c, summary.guided)
        for c in build_certificates(summary, member_ids, with_goals=False)
    ]
