"""per-case switch: the agreed actions may be shared in the minutes

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04

Off for every existing case: nothing agreed before this switch existed reaches minutes unless
the supervisor turns it on. SQLite adds the column in place (no table copy), so the full-text
triggers on "case" stay as they are.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 5


def upgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column('actions_shareable', sa.Boolean(), nullable=False, server_default='0')
        )
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_column('actions_shareable')
    # Back to the schema number of the revision this one follows.
    op.execute(f"PRAGMA user_version = {int(down_revision)}")
