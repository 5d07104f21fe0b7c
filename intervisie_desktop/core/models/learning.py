"""How a group learns from its meetings: the members' anonymous ratings of each meeting, and the
tallied answers of a safety check (a short questionnaire on psychological safety in the group).

Both are confidential: no name is stored with an answer, and only group-level aggregates leave
the program (in the yearly summary)."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.base import utcnow


class ChairMode(StrEnum):
    """Who chairs a meeting, on the path from a guided to a self-steering group."""

    SUPERVISOR = "supervisor"
    MEMBER_SUPERVISED = "member_supervised"  # a member chairs, the supervisor in the background
    MEMBER = "member"  # a member chairs on their own


class MeetingPurpose(StrEnum):
    """A meeting's place on the path to self-steering: an ordinary one, the meeting where the
    group evaluates chairing on its own, or the supervisor's follow-up visit later on."""

    REGULAR = "regular"
    EVALUATION = "evaluation"
    FOLLOW_UP = "follow_up"


class EvaluationItem(StrEnum):
    """The four questions of a meeting's evaluation, each answered on a 0-10 scale."""

    BROUGHT = "brought"  # what the meeting brought me
    SAFETY = "safety"  # how safe it felt to bring something in
    FIT = "fit"  # whether the approach fitted
    OVERALL = "overall"


SCORE_MIN, SCORE_MAX = 0, 10

#: The safety check: seven statements, each answered on five points from disagree to agree.
SAFETY_ITEMS = 7
SAFETY_OPTIONS = 5
#: Statements worded the other way round: agreeing means less safety (scored 6 - answer).
SAFETY_REVERSED = frozenset({5})


class EvaluationScore(SQLModel, table=True):
    """One answer of one member (unnamed) to one evaluation item of a meeting."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    item: EvaluationItem
    score: int


class SafetyCheck(SQLModel, table=True):
    """One round of the safety questionnaire in a group, on one date."""

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True, ondelete="CASCADE")
    date: date
    created_at: datetime = Field(default_factory=utcnow)


class SafetyTally(SQLModel, table=True):
    """How many forms gave `option` (1-5) to statement `item` (1-7)."""

    __table_args__ = (UniqueConstraint("check_id", "item", "option"),)

    id: int | None = Field(default=None, primary_key=True)
    check_id: int = Field(foreign_key="safetycheck.id", index=True, ondelete="CASCADE")
    item: int
    option: int
    count: int = 0
