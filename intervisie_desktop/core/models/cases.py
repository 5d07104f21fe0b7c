"""Cases (casus, inbreng): what a member brought, how it was worked on, what came of it."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Field, SQLModel

from intervisie_desktop.core.models.base import utcnow


class FollowUpStatus(StrEnum):
    NONE = "none"  # nothing agreed
    OPEN = "open"  # actions agreed, not yet followed up
    DONE = "done"
    CARRIED = "carried"  # talked over at a meeting, still open: listed again at the next one
    DROPPED = "dropped"


class Case(SQLModel, table=True):
    """`topic` may appear in reports, `question` on the projector; `description` never leaves."""

    id: int | None = Field(default=None, primary_key=True)
    meeting_id: int = Field(foreign_key="meeting.id", index=True, ondelete="CASCADE")
    bringer_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE"
    )
    topic: str
    question: str = ""
    show_question: bool = True  # the supervisor may hide the question from the projector
    description: str = ""  # confidential
    method_key: str = ""
    outcome: str = ""
    agreed_actions: str = ""
    actions_shareable: bool = False  # the agreed actions may go into the minutes for the group
    follow_up_status: FollowUpStatus = FollowUpStatus.NONE
    follow_up_text: str = ""
    follow_up_meeting_id: int | None = Field(
        default=None, foreign_key="meeting.id", ondelete="SET NULL"
    )
    created_at: datetime = Field(default_factory=utcnow)
