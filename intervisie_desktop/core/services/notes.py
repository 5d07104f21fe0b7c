"""Private notes: plain CRUD here; search and encryption build on it."""

from __future__ import annotations

from sqlmodel import Session, col, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.models import Case, Group, Meeting, Member, Note
from intervisie_desktop.core.models.base import utcnow
from intervisie_desktop.core.services.base import EntityService, must_exist


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
            (Note.group_id, group_id),
            (Note.member_id, member_id),
            (Note.meeting_id, meeting_id),
            (Note.case_id, case_id),
        ):
            if value is not None:
                stmt = stmt.where(column == value)
        stmt = stmt.order_by(col(Note.pinned).desc(), col(Note.updated_at).desc())
        with self._session() as session:
            return list(session.exec(stmt))

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
