"""a meeting's purpose on the path to self-steering: regular, evaluation or follow-up

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04

A phase-out plan marks one planned meeting as the meeting where the group evaluates chairing
itself, and a later one as the supervisor's follow-up visit. Every existing meeting is regular.
SQLite adds the column in place (no table copy).

The same program marks a case's agreed actions "carried over" (stored as CARRIED), a status an
older program does not know: it cannot read a case with it. The downgrade makes those actions
plainly open again (OPEN, without the meeting that carried them, as an open mark is stored), so
they are still listed for follow-up; no case is lost.
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 9

PURPOSES = ('REGULAR', 'EVALUATION', 'FOLLOW_UP')


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'purpose',
                sa.Enum(*PURPOSES, name='meetingpurpose'),
                nullable=False,
                server_default='REGULAR',
            )
        )
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.execute(
        """UPDATE "case" SET follow_up_status = 'OPEN', follow_up_meeting_id = NULL """
        """WHERE follow_up_status = 'CARRIED'"""
    )
    # SQLite's own DROP COLUMN, in place: a batch copy of "meeting" would drop the old table,
    # and with it (ON DELETE CASCADE) every case, note and attendance of its meetings.
    op.execute('ALTER TABLE meeting DROP COLUMN purpose')
    op.execute("PRAGMA user_version = 8")
