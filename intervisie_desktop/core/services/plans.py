"""A meeting's session plan: its steps (blocks and method runs), edited as PlanItem rows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlmodel import Session, col, select

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import MSG_WRONG_KIND, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Case, Meeting, PlanItem
from intervisie_desktop.core.services.base import must_exist
from intervisie_desktop.core.session.plan import (
    MethodResolver,
    SessionPlan,
    build_plan,
    no_methods,
    resolve_checked,
)
from intervisie_desktop.core.session.warning import stored_default, with_default_warning

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.db.database import Database

MSG_CASE_OTHER_MEETING = QT_TRANSLATE_NOOP(
    "Validation", "This case belongs to another meeting and cannot be planned here."
)
MSG_CASE_TWICE = QT_TRANSLATE_NOOP("Validation", "This case is already planned in this meeting.")
PLANNED_MINUTES = QT_TRANSLATE_NOOP("Field", "Planned minutes")


@dataclass(frozen=True)
class PlanEntry:
    """One step as given to PlanService.set: a method (or block) key, a case, a length."""

    method_key: str
    case_id: int | None = None
    minutes: int | None = None


def _plan_changed(meeting_id: int) -> OpChanges:
    """A plan is part of its meeting: panes that show meetings show the plan."""
    return OpChanges.of(Change.MEETINGS, ids=[(Change.MEETINGS, meeting_id)])


class PlanService:
    """Lists and edits the plan items of a meeting; `resolve` turns method keys into methods."""

    def __init__(self, db: Database, resolve: MethodResolver = no_methods) -> None:
        self.db = db
        self.resolve = resolve

    def items(self, meeting_id: int) -> list[PlanItem]:
        with self.db.session() as session:
            must_exist(session, Meeting, meeting_id, "meeting")
            return self._items(session, meeting_id)

    def plan(self, meeting_id: int) -> SessionPlan:
        """The plan as it would run now: methods resolved, present speakers, planned minutes."""
        meeting_id = v.record_id(meeting_id, "meeting")
        with self.db.session() as session:
            plan = build_plan(session, meeting_id, self.resolve)
            return with_default_warning(plan, stored_default(session))

    def add(
        self,
        meeting_id: int,
        method_key: str,
        case_id: int | None = None,
        minutes: int | None = None,
        index: int | None = None,
    ) -> OpResult[PlanItem]:
        """Add a step at `index` (0-based; default: at the end)."""
        if index is not None:
            index = v.integer(index, "index", v.POSITION, -v.ID_MAX, v.ID_MAX)
        with self.db.session() as session:
            must_exist(session, Meeting, meeting_id, "meeting")
            items = self._items(session, meeting_id)
            item = PlanItem(meeting_id=meeting_id, position=len(items) + 1, method_key="")
            self._fill(session, item, PlanEntry(method_key, case_id, minutes), items)
            session.add(item)
            session.flush()
            at = len(items) if index is None else max(0, min(index, len(items)))
            items.insert(at, item)
            self._renumber(session, items)
            session.commit()
        return OpResult(item, _plan_changed(item.meeting_id))

    def update(self, item_id: int, **fields: Any) -> OpResult[PlanItem]:
        """Change method_key, case_id or minutes of one step."""
        allowed = {"method_key", "case_id", "minutes"}
        if not set(fields) <= allowed:
            raise TypeError(f"plan items have no writable field {sorted(set(fields) - allowed)}")
        with self.db.session() as session:
            item: PlanItem = must_exist(session, PlanItem, item_id, "plan item")
            entry = PlanEntry(
                fields.get("method_key", item.method_key),
                fields.get("case_id", item.case_id),
                fields.get("minutes", item.minutes),
            )
            others = [i for i in self._items(session, item.meeting_id) if i.id != item.id]
            self._fill(session, item, entry, others)
            session.add(item)
            session.commit()
        return OpResult(item, _plan_changed(item.meeting_id))

    def remove(self, item_id: int) -> OpChanges:
        with self.db.session() as session:
            item: PlanItem = must_exist(session, PlanItem, item_id, "plan item")
            meeting_id = item.meeting_id
            session.delete(item)
            session.flush()
            self._renumber(session, self._items(session, meeting_id))
            session.commit()
        return _plan_changed(meeting_id)

    def move(self, item_id: int, index: int) -> OpResult[list[PlanItem]]:
        """Move one step to `index` (0-based); returns the items in their new order."""
        index = v.integer(index, "index", v.POSITION, -v.ID_MAX, v.ID_MAX)
        with self.db.session() as session:
            item: PlanItem = must_exist(session, PlanItem, item_id, "plan item")
            items = [i for i in self._items(session, item.meeting_id) if i.id != item.id]
            items.insert(max(0, min(index, len(items))), item)
            self._renumber(session, items)
            session.commit()
        return OpResult(items, _plan_changed(item.meeting_id))

    def set(self, meeting_id: int, entries: Sequence[PlanEntry]) -> OpResult[list[PlanItem]]:
        """Replace the whole plan; on a validation error nothing changes."""
        if not isinstance(entries, list | tuple) or not all(
            isinstance(entry, PlanEntry) for entry in entries
        ):
            raise ValidationError(MSG_WRONG_KIND, field="entries", name="entries")
        with self.db.session() as session:
            must_exist(session, Meeting, meeting_id, "meeting")
            new: list[PlanItem] = []
            for entry in entries:
                item = PlanItem(meeting_id=meeting_id, position=0, method_key="")
                self._fill(session, item, entry, new)
                new.append(item)
            for old in self._items(session, meeting_id):
                session.delete(old)
            session.flush()
            for position, item in enumerate(new, start=1):
                item.position = position
                session.add(item)
            session.commit()
        return OpResult(new, _plan_changed(meeting_id))

    # -- helpers -----------------------------------------------------------------------------

    @staticmethod
    def _items(session: Session, meeting_id: int) -> list[PlanItem]:
        stmt = select(PlanItem).where(PlanItem.meeting_id == meeting_id)
        return list(session.exec(stmt.order_by(col(PlanItem.position))))

    def _fill(
        self, session: Session, item: PlanItem, entry: PlanEntry, others: Sequence[PlanItem]
    ) -> None:
        """Validate an entry for item's meeting and copy it into the item."""
        key = v.name(entry.method_key, "method_key", "Method")
        resolve_checked(self.resolve, key)
        if entry.case_id is not None:
            case: Case = must_exist(session, Case, entry.case_id, "case")
            if case.meeting_id != item.meeting_id:
                raise ValidationError(MSG_CASE_OTHER_MEETING, field="case_id")
            if any(o.case_id == entry.case_id for o in others):
                raise ValidationError(MSG_CASE_TWICE, field="case_id")
        minutes = None
        if entry.minutes is not None:
            minutes = v.integer(entry.minutes, "minutes", PLANNED_MINUTES, 1, 720)
        item.method_key = key
        item.case_id = entry.case_id
        item.minutes = minutes

    @staticmethod
    def _renumber(session: Session, items: Sequence[PlanItem]) -> None:
        """Positions 1..n in the given order (via negative ones: positions are unique)."""
        for k, item in enumerate(items, start=1):
            item.position = -k
            session.add(item)
        session.flush()
        for k, item in enumerate(items, start=1):
            item.position = k
            session.add(item)
        session.flush()
