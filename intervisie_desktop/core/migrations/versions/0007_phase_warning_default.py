"""a phase's warning point may be empty: the program-wide default applies

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04

Phases of own methods kept a warning point of their own (1 minute unless edited). Now a phase can
leave it empty, and the session then uses the program-wide default (setting
'session.warning_minutes'). Existing rows keep their value: nothing they ran with changes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 7


def upgrade() -> None:
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.alter_column('warning_minutes', existing_type=sa.Float(), nullable=True)

    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    op.execute("UPDATE phase SET warning_minutes = 1.0 WHERE warning_minutes IS NULL")
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.alter_column('warning_minutes', existing_type=sa.Float(), nullable=False)

    op.execute("PRAGMA user_version = 6")
