"""The demo's learning cycle: the group's ratings of each held meeting, a safety check, and the
chair passing to members as the year goes on (a member with the supervisor in the background)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.models import ChairMode, EvaluationItem
from intervisie_desktop.core.models.learning import SAFETY_ITEMS, SAFETY_OPTIONS, SAFETY_REVERSED

if TYPE_CHECKING:
    import random
    from datetime import date

    from intervisie_desktop.core.services import Services

#: From this meeting of the year on (counted from 0), a member chairs (phase-out programmes hand
#: the chair over from about the sixth meeting).
MEMBERS_CHAIR_FROM = 5


def scores(rng: random.Random, answers: int, centre: float) -> dict[EvaluationItem, list[int]]:
    """One score per member present for each item, around `centre`."""
    return {
        item: [max(0, min(10, round(rng.gauss(centre + shift, 1.1)))) for _ in range(answers)]
        for item, shift in zip(EvaluationItem, (0.0, 0.4, -0.3, 0.1), strict=True)
    }


def evaluation_rows(
    rng: random.Random, meeting_id: int, answers: int, centre: float
) -> list[dict[str, Any]]:
    """The same, as rows for the large demo's bulk insert."""
    return [
        dict(meeting_id=meeting_id, item=item, score=score)
        for item, values in scores(rng, answers, centre).items()
        for score in values
    ]


def evaluate(services: Services, rng: random.Random, meeting_id: int, answers: int, n: int) -> None:
    """Ratings of a held meeting, a little higher as the group settles in (meeting n)."""
    if answers:
        services.evaluations.record(meeting_id, scores(rng, answers, 6.6 + min(n, 10) * 0.12))


def safety_check(
    services: Services, rng: random.Random, group_id: int, day: date, forms: int
) -> None:
    """A safety check with `forms` forms handed in, mostly agreeing (reversed item: disagreeing)."""
    check = services.safety_checks.create(group_id=group_id, date=day).value
    assert check.id is not None
    counts = []
    for item in range(1, SAFETY_ITEMS + 1):
        row = [0] * SAFETY_OPTIONS
        for _ in range(forms):
            answer = rng.choices(range(1, 6), weights=(1, 2, 4, 9, 5))[0]
            row[(SAFETY_OPTIONS + 1 - answer if item in SAFETY_REVERSED else answer) - 1] += 1
        counts.append(row)
    services.safety_checks.set_counts(check.id, counts)


def chair(n: int, member_ids: list[int]) -> dict[str, Any]:
    """Who chairs the n-th meeting: the supervisor at first, then members in turn."""
    if n < MEMBERS_CHAIR_FROM or not member_ids:
        return {"chair_mode": ChairMode.SUPERVISOR, "led_by_member_id": None}
    return {
        "chair_mode": ChairMode.MEMBER_SUPERVISED,
        "led_by_member_id": member_ids[(n - MEMBERS_CHAIR_FROM) % len(member_ids)],
    }


__all__ = ["chair", "evaluate", "evaluation_rows", "safety_check", "scores"]
