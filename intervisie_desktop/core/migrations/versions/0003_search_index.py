"""full-text search index (FTS5) over notes, cases, members, groups and meetings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

One external-content FTS5 table per searched table, kept in sync by triggers. The index lives in
the same file, so SQLCipher encrypts it with everything else. 'secure-delete' makes FTS5 remove a
deleted row's tokens from the index at once instead of leaving them until the next merge.
"""
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 3

TOKENIZE = "unicode61 remove_diacritics 2"

# fts table -> (content table, indexed columns, bm25 weights used by core.services.search)
INDEXES = {
    "note_fts": ("note", ["title", "body"], [4.0, 1.0]),
    "case_fts": (
        "case",
        ["topic", "question", "description", "outcome", "agreed_actions", "follow_up_text"],
        [4.0, 2.0, 1.0, 1.0, 1.0, 1.0],
    ),
    "member_fts": (
        "member",
        ["full_name", "display_name", "role", "register_name", "registration_number", "email"],
        [4.0, 2.0, 1.0, 1.0, 1.0, 1.0],
    ),
    "group_fts": ("group", ["name", "context", "facilitator_name", "ground_rules"], [4.0, 2.0, 1.0, 1.0]),
    "meeting_fts": ("meeting", ["location", "theme", "evaluation"], [1.0, 2.0, 1.0]),
}


def upgrade() -> None:
    for fts, (table, columns, weights) in INDEXES.items():
        cols = ", ".join(columns)
        new = ", ".join(f"new.{c}" for c in columns)
        old = ", ".join(f"old.{c}" for c in columns)
        op.execute(
            f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
            f"content_rowid='id', tokenize='{TOKENIZE}')"
        )
        op.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('secure-delete', 1)")
        op.execute(
            f'CREATE TRIGGER {fts}_ai AFTER INSERT ON "{table}" BEGIN '
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute(
            f'CREATE TRIGGER {fts}_ad AFTER DELETE ON "{table}" BEGIN '
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
        )
        op.execute(
            f'CREATE TRIGGER {fts}_au AFTER UPDATE OF {cols} ON "{table}" BEGIN '
            f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
            f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
        )
        op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    for fts in INDEXES:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS {fts}_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {fts}")
    op.execute("PRAGMA user_version = 2")
