"""Private notes: CRUD, and the list the notes pane shows (filters, pinned first)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.models import Case, Group, Meeting, Member, Note
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.services.base import EntityService, must_exist

if TYPE_CHECKING:
    import builtins
    from collections.abc import Iterable


@dataclass(frozen=True)
class NoteRow:
    """A note with what it is attached to, named, for lists."""

    note: Note
    group_name: str = ""
    member_name: str = ""
    meeting_date: date | None = None
    case_topic: str = ""


class NoteService(EntityService[Note]):
    model = Note
    what = "note"
    change = Change.NOTES

    def list(
        self,
        group_id: int | None = None,
        member_id: int | None = None,
        meeting_id: int | None = None,
        case_id: int | None = None,
    ) -> list[Note]:
        """Notes matching every filter given, pinned first, newest first."""
        stmt = select(Note)
        for column, value in (
            (Note.group_id, v.optional_id(group_id, "group")),
            (Note.member_id, v.optional_id(member_id, "member")),
            (Note.meeting_id, v.optional_id(meeting_id, "meeting")),
            (Note.case_id, v.optional_id(case_id, "case")),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        stmt = stmt.order_by(col(Note.pinned).desc(), col(Note.updated_at).desc())
        with self._session() as session:
            return list(session.exec(stmt))

    def overview(
        self,
        group_id: int | None = None,
        member_id: int | None = None,
        year: int | None = None,
        ids: Iterable[int] | None = None,
    ) -> builtins.list[NoteRow]:
        """Notes for the notes pane with the names of what they are about.

        `year` is the year the note was written (UTC). A group filter also finds notes about
        that group's meetings and cases. `ids` keeps only those notes (search results).
        """
        group_id = v.optional_id(group_id, "group")
        member_id = v.optional_id(member_id, "member")
        year = v.optional_year(year)
        wanted = None if ids is None else v.record_ids(ids, "note")
        stmt = (
            sa_select(
                Note, col(Group.name), col(Member.full_name), col(Meeting.date), col(Case.topic)
            )
            .outerjoin(Meeting, col(Meeting.id) == Note.meeting_id)
            .outerjoin(Case, col(Case.id) == Note.case_id)
            .outerjoin(
                Group,
                col(Group.id) == func.coalesce(col(Note.group_id), col(Meeting.group_id)),
            )
            .outerjoin(Member, col(Member.id) == Note.member_id)
        )
        if group_id is not None:
            stmt = stmt.where(
                (col(Note.group_id) == group_id)
                | (col(Meeting.group_id) == group_id)
                | col(Note.case_id).in_(
                    select(Case.id)
                    .join(Meeting, col(Meeting.id) == Case.meeting_id)
                    .where(Meeting.group_id == group_id)
                )
            )
        if member_id is not None:
            stmt = stmt.where(col(Note.member_id) == member_id)
        if year is not None:
            start = datetime(year, 1, 1, tzinfo=UTC)
            end = datetime(year + 1, 1, 1, tzinfo=UTC)
            stmt = stmt.where(col(Note.created_at) >= start, col(Note.created_at) < end)
        if wanted is not None:
            stmt = stmt.where(col(Note.id).in_(wanted))
        stmt = stmt.order_by(col(Note.pinned).desc(), col(Note.updated_at).desc())
        with self._session() as session:
            return [
                NoteRow(note, group or "", member or "", day, topic or "")
                for note, group, member, day, topic in session.execute(stmt).all()
            ]

    def years(self) -> builtins.list[int]:
        """Years in which notes were written, newest first (for the year filter)."""
        with self._session() as session:
            found = session.exec(select(func.substr(Note.created_at, 1, 4)).distinct()).all()
        return sorted({int(y) for y in found if y and str(y).isdigit()}, reverse=True)

    def _check(self, session: Session, obj: Note, is_new: bool) -> None:
        obj.title = v.name(obj.title, "title", labels.NOTE_TITLE, required=False)
        obj.body = v.long_text(obj.body, "body", labels.NOTE_BODY)
        obj.pinned = bool(obj.pinned)
        for model, ref, what in (
            (Group, obj.group_id, "group"),
            (Member, obj.member_id, "member"),
            (Meeting, obj.meeting_id, "meeting"),
            (Case, obj.case_id, "case"),
        ):
            if ref is not None:
                must_exist(session, model, ref, what)
        obj.updated_at = utcnow()
