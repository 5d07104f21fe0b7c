"""Right to erasure: remove a member's personal data for real, keeping anonymous counts.

Deleting the member row does the work through the schema: notes about them, cases they brought
(and the notes on those cases), memberships and learning goals cascade; past attendance keeps
its row with member_id NULL (an anonymous count), and meetings they led forget who led them.
Recorded session runs are rewritten first, in the same transaction: the member becomes an
anonymous speaker and their cases lose topic and question (core.session.anonymise).
secure_delete and the FTS5 'secure-delete' option overwrite the removed text; a WAL checkpoint
afterwards moves the overwritten pages into the file and empties the log.

Backups made before the erasure still hold the person until the rotation drops them; the
warning says so (core.backup.rotation keeps dailies, weeklies and monthlies).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text

from intervisie_desktop.core.changes import Change, OpChanges
from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.services.search import fts_query
from intervisie_desktop.core.session.anonymise import anonymise_member, runs_with_member

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.db.database import Database

logger = logging.getLogger(__name__)

#: What an erasure changes: everything that can hold the person or point at them.
ERASURE_CHANGES = frozenset(
    {
        Change.MEMBERS,
        Change.ATTENDANCE,
        Change.CASES,
        Change.NOTES,
        Change.GOALS,
        Change.MEETINGS,
        Change.SESSIONS,
    }
)


@dataclass(frozen=True)
class ErasurePreview:
    """What erasing one member removes, and what stays (shown in the warning)."""

    member_id: int
    full_name: str
    # removed
    notes: int  # notes about the member, plus notes on the cases they brought
    cases: int  # cases they brought, with description, outcome and actions
    memberships: int
    learning_goals: int
    # remains
    attendance: int  # past attendance rows that stay as anonymous counts
    meetings_led: int  # meetings that keep their date but no longer say who led them
    mentions: int  # other notes and cases whose text names the member: review by hand
    session_runs: int = 0  # recorded session runs that keep their timings, without the person


@dataclass(frozen=True)
class Erased:
    """What one erasure did: the counts it was confirmed with, and the kinds of data changed."""

    preview: ErasurePreview
    changes: OpChanges


def kept_aside(database: Path) -> list[Path]:
    """Whole copies of the database kept beside it (at a restore, or when it was damaged):
    `<name>-<label>-<date>.sqlite3` and their WAL. They hold everyone until deleted by hand."""
    pattern = f"{database.stem}-*{database.suffix}"
    return sorted(p for p in database.parent.glob(pattern) if p.is_file() and p != database)


class ErasureService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, member_id: int) -> ErasurePreview:
        with self.db.engine.connect() as conn:
            row = conn.execute(
                text("SELECT full_name FROM member WHERE id = :m"), {"m": member_id}
            ).first()
            if row is None:
                raise NotFoundError(MSG_NOT_FOUND, what="member", id=member_id)
            full_name = str(row[0])

            def count(sql: str, **params: object) -> int:
                return int(conn.execute(text(sql), {"m": member_id, **params}).scalar_one())

            cases = 'SELECT id FROM "case" WHERE bringer_id = :m'
            own_cases = self._case_ids(conn, member_id)
            notes = count(f"SELECT count(*) FROM note WHERE member_id = :m OR case_id IN ({cases})")
            mentions = 0
            match = fts_query(full_name)
            if match:
                phrase = '"' + full_name.replace('"', " ") + '"'
                mentions = count(
                    "SELECT count(*) FROM note_fts JOIN note n ON n.id = note_fts.rowid "
                    "WHERE note_fts MATCH :q AND coalesce(n.member_id, -1) != :m "
                    f"AND coalesce(n.case_id, -1) NOT IN ({cases})",
                    q=phrase,
                ) + count(
                    'SELECT count(*) FROM case_fts JOIN "case" c ON c.id = case_fts.rowid '
                    "WHERE case_fts MATCH :q AND coalesce(c.bringer_id, -1) != :m",
                    q=phrase,
                )
            return ErasurePreview(
                member_id=member_id,
                full_name=full_name,
                notes=notes,
                cases=count('SELECT count(*) FROM "case" WHERE bringer_id = :m'),
                memberships=count("SELECT count(*) FROM membership WHERE member_id = :m"),
                learning_goals=count("SELECT count(*) FROM learninggoal WHERE member_id = :m"),
                attendance=count("SELECT count(*) FROM attendance WHERE member_id = :m"),
                meetings_led=count("SELECT count(*) FROM meeting WHERE led_by_member_id = :m"),
                mentions=mentions,
                session_runs=len(runs_with_member(conn, member_id, own_cases)),
            )

    @staticmethod
    def _case_ids(conn: Connection, member_id: int) -> list[int]:
        rows = conn.execute(text('SELECT id FROM "case" WHERE bringer_id = :m'), {"m": member_id})
        return [int(r[0]) for r in rows]

    def erase(self, member_id: int) -> Erased:
        """Remove the member and everything personal about them; returns what changed."""
        preview = self.preview(member_id)
        with self.db.engine.begin() as conn:
            anonymise_member(conn, member_id, self._case_ids(conn, member_id))
            conn.execute(text("DELETE FROM member WHERE id = :m"), {"m": member_id})
        self._flush_to_file()
        logger.info("erased member %s", member_id)
        return Erased(preview, OpChanges.of(*ERASURE_CHANGES))

    def _flush_to_file(self) -> None:
        """Move the overwritten pages from the WAL into the file and empty the WAL."""
        with self.db.engine.connect() as conn:
            busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()
        if busy is not None and busy[0]:
            logger.warning("erasure: the write-ahead log could not be emptied at once")
