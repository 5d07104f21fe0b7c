"""session run state and heartbeat

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 2


def upgrade() -> None:
    with op.batch_alter_table('sessionrun', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(), nullable=False, server_default='not_started'))
        batch_op.add_column(sa.Column('step_index', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('phase_index', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('current_member_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('last_seq', sa.Integer(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('last_t', sa.Float(), nullable=False, server_default='0'))
        batch_op.add_column(sa.Column('started_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('ended_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('heartbeat_t', sa.Float(), nullable=True))
        batch_op.add_column(sa.Column('heartbeat_at', sa.DateTime(timezone=True), nullable=True))

    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table('sessionrun', schema=None) as batch_op:
        for name in ('heartbeat_at', 'heartbeat_t', 'ended_at', 'started_at', 'last_t',
                     'last_seq', 'current_member_id', 'phase_index', 'step_index', 'state'):
            batch_op.drop_column(name)

    op.execute("PRAGMA user_version = 1")
