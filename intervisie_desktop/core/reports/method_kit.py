"""Which methods a group works with, for its kit of method cards and case-preparation forms.

A group's methods are its default method, then the methods in its meetings' session plans and
on its cases, each once, in the order they were first used (standard blocks left out: the kit
describes those on a card of its own).
"""

from __future__ import annotations

from sqlmodel import Session, col, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.models import Case, Group, Meeting, PlanItem

BLOCK_PREFIX = "block."

#: The standard blocks of a meeting around the method runs, in the order a meeting has them.
MEETING_BLOCKS = (
    "block.opening",
    "block.follow_up",
    "block.inventory",
    "block.evaluation",
    "block.closing",
)


def group_method_keys(session: Session, group_id: int) -> list[str]:
    group = session.get(Group, group_id)
    if group is None:
        raise NotFoundError(MSG_NOT_FOUND, what="group", id=group_id)
    planned = session.exec(
        select(col(PlanItem.method_key))
        .join(Meeting, col(Meeting.id) == PlanItem.meeting_id)
        .where(Meeting.group_id == group_id)
        .order_by(col(Meeting.date), col(PlanItem.position))
    ).all()
    on_cases = session.exec(
        select(col(Case.method_key))
        .join(Meeting, col(Meeting.id) == Case.meeting_id)
        .where(Meeting.group_id == group_id)
        .order_by(col(Meeting.date), col(Case.id))
    ).all()
    keys: list[str] = []
    for key in [group.default_method, *planned, *on_cases]:
        if key and not key.startswith(BLOCK_PREFIX) and key not in keys:
            keys.append(key)
    return keys
