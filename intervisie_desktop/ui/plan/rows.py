"""What the plan editor shows, read from the services in one go: steps, cases, totals.

Kept apart from the widgets so the editor only lays out rows; a plan naming a method that no
longer exists still loads (that step shows its key and no minutes) instead of failing whole.
"""

from __future__ import annotations

import contextlib
import logging
import math
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.models import AttendanceStatus, Case, Meeting
from intervisie_desktop.core.session.plan import PlanCase, plan_step, resolve_checked

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef, MethodKind
    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)


def whole(minutes: float) -> int:
    """Minutes as the user reads them: rounded half up (4.5 -> 5)."""
    return math.floor(minutes + 0.5)


@dataclass(frozen=True)
class StepRow:
    item_id: int
    key: str
    name: str  # in the UI language; the key itself when the method is unknown
    kind: MethodKind | None  # None: the method is unknown
    case_id: int | None
    case_text: str  # "topic (bringer)", or ""
    minutes: float | None  # as planned (override or the method's own); None when unknown
    override: int | None
    own_minutes: float | None  # what the method plans for the present group

    @property
    def known(self) -> bool:
        return self.kind is not None


@dataclass(frozen=True)
class CaseChoice:
    case_id: int
    text: str


@dataclass(frozen=True)
class PlanView:
    meeting_id: int
    group_id: int
    meeting_minutes: int
    present_ids: tuple[int, ...]
    rows: tuple[StepRow, ...]
    cases: tuple[CaseChoice, ...]
    unknown_keys: tuple[str, ...]

    @property
    def planned_minutes(self) -> int:
        """The sum of the minutes shown per step, so the figures on screen add up."""
        return sum(whole(r.minutes) for r in self.rows if r.minutes is not None)

    @property
    def difference(self) -> int:
        """Shown total minus the meeting's length: > 0 over, < 0 time left."""
        return self.planned_minutes - self.meeting_minutes


def meeting_minutes(meeting: Meeting) -> int:
    start = datetime.combine(meeting.date, meeting.planned_start)
    end = datetime.combine(meeting.date, meeting.planned_end)
    return max(0, round((end - start).total_seconds() / 60))


def case_text(case: Case, names: dict[int, str]) -> str:
    if case.bringer_id is None:
        return case.topic
    return f"{case.topic} ({names.get(case.bringer_id, '?')})"


def own_minutes(method: MethodDef, present: tuple[int, ...], case: Case | None = None) -> float:
    """What a method plans for the present group (as the session plan counts it)."""
    plan_case = None
    if case is not None:
        plan_case = PlanCase(case.id or 0, case.bringer_id, "", "", False)
    return plan_step(method, plan_case, present).planned_minutes


def load_view(services: Services, meeting_id: int, lang: str) -> PlanView:
    meeting = services.meetings.get(meeting_id)
    people = services.attendance.for_meeting(meeting_id)
    names = {p.id: p.display_name for p, _r in people if p.id is not None}
    present = tuple(
        p.id
        for p, record in people
        if p.id is not None and (record is None or record.status == AttendanceStatus.PRESENT)
    )
    cases = services.cases.for_meeting(meeting_id)
    for brought in cases:  # a bringer who has left the group since still has a name
        if brought.bringer_id is not None and brought.bringer_id not in names:
            with contextlib.suppress(IntervisieError):
                names[brought.bringer_id] = services.members.get(brought.bringer_id).display_name
    by_id = {c.id: c for c in cases}
    rows: list[StepRow] = []
    unknown: list[str] = []
    for item in services.plans.items(meeting_id):
        case = by_id.get(item.case_id) if item.case_id is not None else None
        text = case_text(case, names) if case is not None else ""
        try:
            method = resolve_checked(services.plans.resolve, item.method_key)
        except IntervisieError:
            logger.warning("plan item %s names a method that cannot be used", item.id)
            unknown.append(item.method_key)
            rows.append(
                StepRow(
                    item.id or 0,
                    item.method_key,
                    item.method_key,
                    None,
                    item.case_id,
                    text,
                    item.minutes,
                    item.minutes,
                    None,
                )
            )
            continue
        own = own_minutes(method, present, case)
        rows.append(
            StepRow(
                item.id or 0,
                method.key,
                method.name.get(lang),
                method.kind,
                item.case_id,
                text,
                float(item.minutes) if item.minutes is not None else own,
                item.minutes,
                own,
            )
        )
    return PlanView(
        meeting_id,
        meeting.group_id,
        meeting_minutes(meeting),
        present,
        tuple(rows),
        tuple(CaseChoice(c.id or 0, case_text(c, names)) for c in cases),
        tuple(unknown),
    )
