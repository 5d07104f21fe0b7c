"""Private notes (Markdown), optionally about a group, member, meeting or case."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from intervisie_desktop.core.models.base import utcnow


class Note(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    body: str = ""
    group_id: int | None = Field(
        default=None, foreign_key="group.id", index=True, ondelete="CASCADE"
    )
    member_id: int | None = Field(
        default=None, foreign_key="member.id", index=True, ondelete="CASCADE"
    )
    meeting_id: int | None = Field(
        default=None, foreign_key="meeting.id", index=True, ondelete="CASCADE"
    )
    case_id: int | None = Field(default=None, foreign_key="case.id", index=True, ondelete="CASCADE")
    pinned: bool = False
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
