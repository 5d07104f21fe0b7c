"""arrival and leave time of a partial attendance

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04

A member who came late or left early was recorded with a number of minutes only; records and
certificates show when they arrived and left. Both columns are optional wall-clock times.
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 8


def upgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('arrived_at', sa.Time(), nullable=True))
        batch_op.add_column(sa.Column('left_at', sa.Time(), nullable=True))

    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_column('left_at')
        batch_op.drop_column('arrived_at')

    op.execute("PRAGMA user_version = 7")
