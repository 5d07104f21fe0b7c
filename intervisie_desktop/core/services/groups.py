"""Groups: create, find, archive; names are unique so the command line can name a group."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from intervisie_desktop.core import labels
from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpResult
from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Group
from intervisie_desktop.core.services.base import EntityService

MSG_DUPLICATE = QT_TRANSLATE_NOOP(
    "Validation", "There is already a group called \u201c{name}\u201d."
)


class GroupService(EntityService[Group]):
    model = Group
    what = "group"
    change = Change.GROUPS

    def list(self, archived: bool | None = False, search: str = "") -> list[Group]:
        """Groups by name; archived=None gives all, search matches name and context."""
        archived = v.flag(archived, "archived", optional=True)
        search = v.search_text(search)
        stmt = select(Group)
        if archived is not None:
            stmt = stmt.where(Group.archived == archived)
        if search:
            like = v.like_pattern(search)
            stmt = stmt.where(
                col(Group.name).ilike(like, escape="\\")
                | col(Group.context).ilike(like, escape="\\")
            )
        with self._session() as session:
            return list(session.exec(stmt.order_by(func.lower(Group.name))))

    def find(self, name_or_id: str) -> Group:
        """A group by id or exact name (case-insensitive), as given on the command line."""
        if isinstance(name_or_id, int) and not isinstance(name_or_id, bool):
            name_or_id = str(name_or_id)
        wanted = v.search_text(name_or_id, "group", labels.GROUP_NAME)
        with self._session() as session:
            if wanted.isascii() and wanted.isdigit() and 0 < int(wanted) <= v.ID_MAX:
                found = session.get(Group, int(wanted))
                if found is not None:
                    return found
            stmt = select(Group).where(func.lower(Group.name) == wanted.lower())
            group = session.exec(stmt).first()
        if group is None:
            raise NotFoundError(MSG_NOT_FOUND, what="group", id=name_or_id)
        return group

    def archive(self, id_: int, archived: bool = True) -> OpResult[Group]:
        return self.update(id_, archived=archived)

    def _delete_changes(self) -> tuple[Change, ...]:
        return (Change.GROUPS, Change.MEETINGS, Change.CASES, Change.NOTES, Change.MEMBERS)

    def _check(self, session: Session, obj: Group, is_new: bool) -> None:
        obj.name = v.name(obj.name, "name", labels.GROUP_NAME)
        obj.context = v.name(obj.context, "context", labels.CONTEXT, required=False)
        obj.facilitator_name = v.name(
            obj.facilitator_name, "facilitator_name", labels.FACILITATOR, False
        )
        obj.facilitator_register = v.name(
            obj.facilitator_register, "facilitator_register", labels.FACILITATOR_REGISTER, False
        )
        obj.ground_rules = v.long_text(obj.ground_rules, "ground_rules", labels.GROUND_RULES)
        obj.default_minutes = v.integer(
            obj.default_minutes, "default_minutes", labels.DEFAULT_MINUTES, 15, 720
        )
        obj.start_date = v.optional_date(obj.start_date, "start_date", labels.START_DATE)
        obj.guided = bool(obj.guided)
        obj.archived = bool(obj.archived)
        clash = select(Group.id).where(func.lower(Group.name) == obj.name.lower())
        if obj.id is not None:
            clash = clash.where(Group.id != obj.id)
        if session.exec(clash).first() is not None:
            raise ValidationError(MSG_DUPLICATE, field="name", name=obj.name)
