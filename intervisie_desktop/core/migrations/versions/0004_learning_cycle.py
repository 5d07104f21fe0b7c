"""who chairs each meeting; meeting evaluations and safety checks

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04

A meeting gets a chair mode (the supervisor, a member with the supervisor in the background, or a
member alone). A meeting that already names a member as its leader keeps that member as its chair:
with the supervisor in the background in a guided group, alone in a self-steering one.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 4

CHAIR_MODES = ('SUPERVISOR', 'MEMBER_SUPERVISED', 'MEMBER')
EVALUATION_ITEMS = ('BROUGHT', 'SAFETY', 'FIT', 'OVERALL')


def upgrade() -> None:
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                'chair_mode',
                sa.Enum(*CHAIR_MODES, name='chairmode'),
                nullable=False,
                server_default='SUPERVISOR',
            )
        )
    op.execute(
        "UPDATE meeting SET chair_mode = CASE WHEN (SELECT guided FROM \"group\" "
        "WHERE \"group\".id = meeting.group_id) THEN 'MEMBER_SUPERVISED' ELSE 'MEMBER' END "
        "WHERE led_by_member_id IS NOT NULL"
    )
    op.create_table('evaluationscore',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Enum(*EVALUATION_ITEMS, name='evaluationitem'), nullable=False),
    sa.Column('score', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('evaluationscore', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evaluationscore_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('safetycheck',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('safetycheck', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safetycheck_group_id'), ['group_id'], unique=False)

    op.create_table('safetytally',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('check_id', sa.Integer(), nullable=False),
    sa.Column('item', sa.Integer(), nullable=False),
    sa.Column('option', sa.Integer(), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['check_id'], ['safetycheck.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('check_id', 'item', 'option')
    )
    with op.batch_alter_table('safetytally', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_safetytally_check_id'), ['check_id'], unique=False)

    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table('safetytally', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safetytally_check_id'))
    op.drop_table('safetytally')
    with op.batch_alter_table('safetycheck', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_safetycheck_group_id'))
    op.drop_table('safetycheck')
    with op.batch_alter_table('evaluationscore', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evaluationscore_meeting_id'))
    op.drop_table('evaluationscore')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_column('chair_mode')
    op.execute("PRAGMA user_version = 3")
