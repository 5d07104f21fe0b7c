"""A group of five in seat order, a two-hour meeting with one case, and test methods.

The methods are written here (not read from the catalogue) so these tests pin the engine alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text
from intervisie_desktop.core.models import SpeakerMode
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.core.session.plan import SessionPlan
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database

DAY = date(2025, 3, 10)


def _phase(name: str, mode: SpeakerMode, minutes: float = 0, **extra: object) -> PhaseDef:
    return PhaseDef(
        name=Text(f"{name} (nl)", name),
        speaker_mode=mode,
        minutes=minutes,
        instruction=Text(f"Doe: {name}", f"Do: {name}"),
        script=Text(f"Script {name}", f"Script {name}"),
        **extra,  # type: ignore[arg-type]
    )


OPENING = MethodDef(
    key="block.opening",
    name=Text("Openingsronde", "Opening round"),
    kind=MethodKind.BLOCK,
    phases=(_phase("Opening", SpeakerMode.ROUND, minutes_per_speaker=2),),
)
INCIDENT = MethodDef(
    key="test.incident",
    name=Text("Incidentmethode", "Incident method"),
    phases=(
        _phase("Inbreng", SpeakerMode.CASE_BRINGER, 5),
        _phase(
            "Vragen",
            SpeakerMode.ROUND_WITHOUT_CASE_BRINGER,
            minutes_per_speaker=1.5,
            case_bringer_silent=False,
            no_advice=True,
        ),
        _phase("Schrijven", SpeakerMode.SILENT, 3, write_first=True),
        _phase("Roddel", SpeakerMode.OPEN, 10, case_bringer_away=True, case_bringer_silent=True),
        _phase("Ronde", SpeakerMode.ROUND, minutes_per_speaker=1),
        _phase("Afronding", SpeakerMode.FACILITATOR, 4, warning_minutes=2),
    ),
)
CLOSING = MethodDef(
    key="block.closing",
    name=Text("Afsluiting", "Closing"),
    kind=MethodKind.BLOCK,
    phases=(_phase("Afsluiting", SpeakerMode.FACILITATOR, 5),),
)
METHODS = {m.key: m for m in (OPENING, INCIDENT, CLOSING)}


def resolve(key: str) -> MethodDef:
    return METHODS[key]  # KeyError for unknown keys, as a catalogue's get would


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, start: float = 1000.0) -> None:
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class FakeWall:
    """Aware UTC wall time that follows a FakeClock (plus any jump a test adds)."""

    def __init__(self, clock: FakeClock, at: datetime | None = None) -> None:
        self.clock = clock
        self.base = at or datetime(2025, 3, 10, 13, 0, tzinfo=UTC)
        self.origin = clock.t
        self.jump = 0.0

    def __call__(self) -> datetime:
        return self.base + timedelta(seconds=self.clock.t - self.origin + self.jump)


@dataclass
class World:
    services: Services
    meeting_id: int
    member_ids: list[int]  # seat order
    case_id: int
    bringer_id: int
    clock: FakeClock
    wall: FakeWall


def make_services(db: Database, wall: FakeWall) -> Services:
    services = Services(db, methods_dir(), resolve_method=resolve)
    services.sessions.wall = wall
    return services


def plan_meeting(services: Services, group_id: int, bringer: int) -> tuple[int, int]:
    """A two-hour meeting planned as opening, incident method for Bram's case, closing."""
    meeting = services.meetings.create(
        group_id=group_id, date=DAY, planned_start=time(14), planned_end=time(16)
    ).value
    assert meeting.id is not None
    case = services.cases.create(
        meeting_id=meeting.id,
        bringer_id=bringer,
        topic="Grenzen",
        question="Hoe zeg ik nee?",
        description="VERTROUWELIJK",
    ).value
    assert case.id is not None
    services.plans.set(
        meeting.id,
        [
            PlanEntry("block.opening"),
            PlanEntry("test.incident", case_id=case.id),
            PlanEntry("block.closing"),
        ],
    )
    return meeting.id, case.id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def world(db: Database, clock: FakeClock) -> World:
    wall = FakeWall(clock)
    services = make_services(db, wall)
    group = services.groups.create(name="Groep A", facilitator_name="M. Kramer").value
    assert group.id is not None
    ids = []
    # Created out of seat order on purpose: speaking order follows seats, not ids or names.
    for name, seat in [("Eva", 5), ("Anna", 1), ("Cor", 3), ("Bram", 2), ("Dirk", 4)]:
        member = services.members.create(full_name=f"{name} Jansen", display_name=name).value
        assert member.id is not None
        services.memberships.add(group.id, member.id, date(2025, 1, 1), seat=seat)
        ids.append((seat, member.id))
    member_ids = [m for _, m in sorted(ids)]
    meeting_id, case_id = plan_meeting(services, group.id, member_ids[1])
    return World(services, meeting_id, member_ids, case_id, member_ids[1], clock, wall)


def _clockless_plan() -> SessionPlan:
    from intervisie_desktop.core.session.plan import PlanCase, PlanSpeaker, plan_step

    speakers = tuple(PlanSpeaker(k, name) for k, name in enumerate("ABCDE", start=1))
    case = PlanCase(1, 2, "Grenzen", "Hoe?", True)
    present = [s.member_id for s in speakers]
    steps = (
        plan_step(OPENING, None, present),
        plan_step(INCIDENT, case, present),
        plan_step(CLOSING, None, present),
    )
    return SessionPlan(1, 120, speakers, steps)


CLOCKLESS_PLAN = _clockless_plan()
