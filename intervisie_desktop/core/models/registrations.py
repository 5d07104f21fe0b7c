"""A member's registrations: any number of (register, number) pairs, e.g. BIG and SKJ."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.base import utcnow


class Registration(SQLModel, table=True):
    """One registration of a member: the register's key (see resources/registers) and the
    number as the register writes it (text: leading zeros and prefixes are part of it)."""

    __table_args__ = (UniqueConstraint("member_id", "register_key", "number"),)

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    register_key: str
    number: str = ""
    position: int = 0  # the order the member's registrations are shown and printed in
    created_at: datetime = Field(default_factory=utcnow)
