"""Groups, their members, who sits where, and each member's learning goals."""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel, UniqueConstraint

from intervisie_desktop.core.models.base import utcnow


class Group(SQLModel, table=True):
    """An intervisiegroep: a fixed group that meets several times a year."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    context: str = ""  # profession or setting, e.g. "AIOS huisartsgeneeskunde"
    facilitator_name: str = ""
    facilitator_register: str = ""  # register and number of the supervisor
    guided: bool = True  # False: self-steering, a member leads each meeting
    ground_rules: str = ""
    default_minutes: int = 120
    default_method: str = ""  # method key, see core.methods
    start_date: date | None = None
    archived: bool = False
    created_at: datetime = Field(default_factory=utcnow)


class Member(SQLModel, table=True):
    """A person; the full name is for lists and certificates, the display name for the projector."""

    id: int | None = Field(default=None, primary_key=True)
    full_name: str
    display_name: str
    role: str = ""  # registers and numbers: see Registration (any number per member)
    email: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Membership(SQLModel, table=True):
    """A member in a group from joined_on until left_on; seat is the default speaker order."""

    __table_args__ = (UniqueConstraint("group_id", "member_id", "joined_on"),)

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="group.id", index=True, ondelete="CASCADE")
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    joined_on: date
    left_on: date | None = None
    seat: int = 0


class LearningGoal(SQLModel, table=True):
    """What a member wants to learn in a year, and how it went; may go into the report."""

    id: int | None = Field(default=None, primary_key=True)
    member_id: int = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    group_id: int | None = Field(default=None, foreign_key="group.id", ondelete="SET NULL")
    year: int
    goal: str
    evaluation: str = ""
    in_report: bool = False
