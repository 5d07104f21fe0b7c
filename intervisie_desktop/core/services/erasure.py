"""Right to erasure: remove a member's personal data for real, keeping anonymous counts.

Deleting the member row does the work through the schema: notes about them, cases they brought
(and the notes on those cases), memberships and learning goals cascade; past attendance keeps
its row with member_id NULL (an anonymous count), and meetings they led forget who led them.
secure_delete and the FTS5 'secure-delete' option overwrite the removed text; a WAL checkpoint
afterwards moves the overwritten pages into the file and empties the log.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from intervisie_desktop.core.changes import Change, ChangeHub
from intervisie_desktop.core.db.database import Database
from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError
from intervisie_desktop.core.services.search import fts_query


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


class ErasureService:
    def __init__(self, db: Database, hub: ChangeHub) -> None:
        self.db = db
        self.hub = hub

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
            )

    def erase(self, member_id: int) -> ErasurePreview:
        """Remove the member and everything personal about them; returns what was removed."""
        preview = self.preview(member_id)
        with self.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM member WHERE id = :m"), {"m": member_id})
        with self.db.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.hub.emit(
            Change.MEMBERS,
            Change.ATTENDANCE,
            Change.CASES,
            Change.NOTES,
            Change.GOALS,
            Change.MEETINGS,
        )
        return preview
