"""Undoable deletion: capture a row with everything that cascades, delete it, restore it later.

The captured rows live only in memory (the undo stack of the open window); the database still
deletes for real (secure_delete), so nothing lingers on disk once the program is closed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import SQLModel

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.errors import (
    MSG_NOT_FOUND,
    MSG_WRONG_KIND,
    NotFoundError,
    ValidationError,
)
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database

logger = logging.getLogger(__name__)

RECORD = QT_TRANSLATE_NOOP("Field", "record")

MSG_CANNOT_RESTORE = QT_TRANSLATE_NOOP(
    "Validation", "The deleted {what} cannot be restored: something in its place was changed."
)

#: Which change each table announces when rows come or go.
TABLE_CHANGES: dict[str, Change] = {
    "group": Change.GROUPS,
    "member": Change.MEMBERS,
    "membership": Change.MEMBERS,
    "registration": Change.MEMBERS,
    "learninggoal": Change.GOALS,
    "meeting": Change.MEETINGS,
    "attendance": Change.ATTENDANCE,
    "planitem": Change.MEETINGS,
    "case": Change.CASES,
    "note": Change.NOTES,
    "method": Change.METHODS,
    "phase": Change.METHODS,
    "sessionrun": Change.SESSIONS,
    "sessionevent": Change.SESSIONS,
    "setting": Change.SETTINGS,
    "evaluationscore": Change.EVALUATIONS,
    "safetycheck": Change.EVALUATIONS,
    "safetytally": Change.EVALUATIONS,
}


@dataclass(frozen=True)
class Deleted:
    """What one deletion removed: rows per table, and references that were set to NULL."""

    table: str
    id: int
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    nulled: list[tuple[str, str, Any, Any]] = field(default_factory=list)  # table, column, pk, old

    @property
    def changes(self) -> OpChanges:
        tables = set(self.rows) | {t for t, _c, _p, _o in self.nulled}
        kinds = {TABLE_CHANGES.get(t, Change.SETTINGS) for t in tables}
        main = TABLE_CHANGES.get(self.table, Change.SETTINGS)
        return OpChanges.of(*kinds, ids=[(main, self.id)])

    def count(self, table: str) -> int:
        return len(self.rows.get(table, []))

    def unlinked(self, table: str) -> int:
        """How many rows of `table` keep existing but lose their reference to what goes (rows
        that go themselves are not counted)."""
        rows = self.rows.get(table, [])
        gone = {r[_pk(SQLModel.metadata.tables[table]).name] for r in rows}
        return len({pk for t, _c, pk, _o in self.nulled if t == table and pk not in gone})


def _pk(table: Table) -> Any:
    (column,) = table.primary_key.columns
    return column


class DeletionService:
    """Delete any row by table name and id so that `restore` can bring it back with its ids."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def _table(name: str) -> Table:
        table = SQLModel.metadata.tables.get(name) if isinstance(name, str) else None
        if table is None:
            raise NotFoundError(MSG_NOT_FOUND, what=RECORD, id="?")
        return table

    def delete(self, table_name: str, id_: int) -> Deleted:
        """Delete one row and its cascade in one transaction; returns what was removed."""
        table = self._table(table_name)
        id_ = v.record_id(id_, table_name)
        result = Deleted(table_name, id_)
        with self.db.engine.begin() as conn:
            self._capture(conn, table, [id_], result, set())
            if not result.rows.get(table_name):
                raise NotFoundError(MSG_NOT_FOUND, what=table_name, id=id_)
            conn.execute(delete(table).where(_pk(table) == id_))
        logger.info(
            "deleted %s %s with %s dependent rows",
            table_name,
            id_,
            sum(len(r) for r in result.rows.values()) - 1,
        )
        return result

    def preview(self, table_name: str, id_: int) -> Deleted:
        """What `delete` would remove and unlink, read without changing anything (for the
        question before a deletion; only the counts are meant to be shown)."""
        table = self._table(table_name)
        id_ = v.record_id(id_, table_name)
        result = Deleted(table_name, id_)
        with self.db.engine.connect() as conn:
            self._capture(conn, table, [id_], result, set())
        if not result.rows.get(table_name):
            raise NotFoundError(MSG_NOT_FOUND, what=table_name, id=id_)
        return result

    def restore(self, deleted: Deleted) -> OpChanges:
        """Put every captured row back with its own id; nothing is stored when that fails."""
        if not isinstance(deleted, Deleted):
            raise ValidationError(MSG_WRONG_KIND, field="deleted", name="deleted")
        try:
            with self.db.engine.begin() as conn:
                for table in SQLModel.metadata.sorted_tables:  # parents before children
                    rows = deleted.rows.get(table.name)
                    if rows:
                        conn.execute(insert(table), rows)
                for name, column, pk, old in deleted.nulled:
                    table = self._table(name)
                    conn.execute(
                        update(table)
                        .where(_pk(table) == pk, table.c[column].is_(None))
                        .values({column: old})
                    )
        except IntegrityError:
            logger.warning("could not restore %s %s", deleted.table, deleted.id)
            raise ValidationError(MSG_CANNOT_RESTORE, what=deleted.table) from None
        logger.info("restored %s %s", deleted.table, deleted.id)
        return deleted.changes

    def _capture(
        self,
        conn: Connection,
        table: Table,
        ids: list[Any],
        result: Deleted,
        seen: set[tuple[str, Any]],
    ) -> None:
        pk = _pk(table)
        fresh = [i for i in ids if (table.name, i) not in seen]
        if not fresh:
            return
        rows = [dict(r) for r in conn.execute(select(table).where(pk.in_(fresh))).mappings()]
        seen.update((table.name, r[pk.name]) for r in rows)
        result.rows.setdefault(table.name, []).extend(rows)
        found = [r[pk.name] for r in rows]
        if not found:
            return
        for child in SQLModel.metadata.sorted_tables:
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                column = fk.parent
                child_pk = _pk(child)
                hits = conn.execute(select(child_pk, column).where(column.in_(found))).all()
                if not hits:
                    continue
                if (fk.ondelete or "").upper() == "CASCADE":
                    self._capture(conn, child, [h[0] for h in hits], result, seen)
                elif (fk.ondelete or "").upper() == "SET NULL":
                    result.nulled.extend((child.name, column.name, h[0], h[1]) for h in hits)
