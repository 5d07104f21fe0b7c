"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 1


def upgrade() -> None:
    op.create_table('group',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('context', sa.String(), nullable=False),
    sa.Column('facilitator_name', sa.String(), nullable=False),
    sa.Column('facilitator_register', sa.String(), nullable=False),
    sa.Column('guided', sa.Boolean(), nullable=False),
    sa.Column('ground_rules', sa.String(), nullable=False),
    sa.Column('default_minutes', sa.Integer(), nullable=False),
    sa.Column('default_method', sa.String(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('archived', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_group_name'), ['name'], unique=False)

    op.create_table('member',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('register_name', sa.String(), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('email', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('method',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('based_on', sa.String(), nullable=False),
    sa.Column('name_nl', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('summary_nl', sa.String(), nullable=False),
    sa.Column('summary_en', sa.String(), nullable=False),
    sa.Column('when_nl', sa.String(), nullable=False),
    sa.Column('when_en', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('deleted_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value_json', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('learninggoal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('goal', sa.String(), nullable=False),
    sa.Column('evaluation', sa.String(), nullable=False),
    sa.Column('in_report', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('learninggoal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_learninggoal_member_id'), ['member_id'], unique=False)

    op.create_table('meeting',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('date', sa.Date(), nullable=False),
    sa.Column('planned_start', sa.Time(), nullable=False),
    sa.Column('planned_end', sa.Time(), nullable=False),
    sa.Column('actual_start', sa.DateTime(timezone=True), nullable=True),
    sa.Column('actual_end', sa.DateTime(timezone=True), nullable=True),
    sa.Column('location', sa.String(), nullable=False),
    sa.Column('online', sa.Boolean(), nullable=False),
    sa.Column('status', sa.Enum('PLANNED', 'HELD', 'CANCELLED', name='meetingstatus'), nullable=False),
    sa.Column('led_by_member_id', sa.Integer(), nullable=True),
    sa.Column('theme', sa.String(), nullable=False),
    sa.Column('evaluation', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['led_by_member_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_meeting_group_id'), ['group_id'], unique=False)

    op.create_table('membership',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('joined_on', sa.Date(), nullable=False),
    sa.Column('left_on', sa.Date(), nullable=True),
    sa.Column('seat', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('group_id', 'member_id', 'joined_on')
    )
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_member_id'), ['member_id'], unique=False)

    op.create_table('phase',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('method_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name_nl', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('minutes', sa.Float(), nullable=False),
    sa.Column('minutes_per_speaker', sa.Float(), nullable=True),
    sa.Column('speaker_mode', sa.Enum('CASE_BRINGER', 'ROUND', 'ROUND_WITHOUT_CASE_BRINGER', 'OPEN', 'FACILITATOR', 'SILENT', name='speakermode'), nullable=False),
    sa.Column('instruction_nl', sa.String(), nullable=False),
    sa.Column('instruction_en', sa.String(), nullable=False),
    sa.Column('script_nl', sa.String(), nullable=False),
    sa.Column('script_en', sa.String(), nullable=False),
    sa.Column('case_bringer_silent', sa.Boolean(), nullable=False),
    sa.Column('case_bringer_away', sa.Boolean(), nullable=False),
    sa.Column('no_advice', sa.Boolean(), nullable=False),
    sa.Column('write_first', sa.Boolean(), nullable=False),
    sa.Column('warning_minutes', sa.Float(), nullable=False),
    sa.ForeignKeyConstraint(['method_id'], ['method.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('method_id', 'position')
    )
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_phase_method_id'), ['method_id'], unique=False)

    op.create_table('attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('PRESENT', 'ABSENT', 'EXCUSED', name='attendancestatus'), nullable=False),
    sa.Column('partial_minutes', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'member_id')
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attendance_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_attendance_member_id'), ['member_id'], unique=False)

    op.create_table('case',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('bringer_id', sa.Integer(), nullable=True),
    sa.Column('topic', sa.String(), nullable=False),
    sa.Column('question', sa.String(), nullable=False),
    sa.Column('show_question', sa.Boolean(), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('method_key', sa.String(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('agreed_actions', sa.String(), nullable=False),
    sa.Column('follow_up_status', sa.Enum('NONE', 'OPEN', 'DONE', 'DROPPED', name='followupstatus'), nullable=False),
    sa.Column('follow_up_text', sa.String(), nullable=False),
    sa.Column('follow_up_meeting_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['bringer_id'], ['member.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['follow_up_meeting_id'], ['meeting.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_bringer_id'), ['bringer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_case_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('sessionrun',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('plan_json', sa.String(), nullable=False),
    sa.Column('finished', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id')
    )
    op.create_table('note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(), nullable=False),
    sa.Column('body', sa.String(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=True),
    sa.Column('member_id', sa.Integer(), nullable=True),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('pinned', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['group_id'], ['group.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_note_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_group_id'), ['group_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_meeting_id'), ['meeting_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_note_member_id'), ['member_id'], unique=False)

    op.create_table('planitem',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('method_key', sa.String(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['case.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meeting.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('meeting_id', 'position')
    )
    with op.batch_alter_table('planitem', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planitem_meeting_id'), ['meeting_id'], unique=False)

    op.create_table('sessionevent',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('command', sa.String(), nullable=False),
    sa.Column('payload_json', sa.String(), nullable=False),
    sa.Column('mono', sa.Float(), nullable=False),
    sa.Column('wall', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['sessionrun.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('run_id', 'seq')
    )
    with op.batch_alter_table('sessionevent', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sessionevent_run_id'), ['run_id'], unique=False)

    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    with op.batch_alter_table('sessionevent', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sessionevent_run_id'))

    op.drop_table('sessionevent')
    with op.batch_alter_table('planitem', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planitem_meeting_id'))

    op.drop_table('planitem')
    with op.batch_alter_table('note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_note_member_id'))
        batch_op.drop_index(batch_op.f('ix_note_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_note_group_id'))
        batch_op.drop_index(batch_op.f('ix_note_case_id'))

    op.drop_table('note')
    op.drop_table('sessionrun')
    with op.batch_alter_table('case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_meeting_id'))
        batch_op.drop_index(batch_op.f('ix_case_bringer_id'))

    op.drop_table('case')
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attendance_member_id'))
        batch_op.drop_index(batch_op.f('ix_attendance_meeting_id'))

    op.drop_table('attendance')
    with op.batch_alter_table('phase', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_phase_method_id'))

    op.drop_table('phase')
    with op.batch_alter_table('membership', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_member_id'))
        batch_op.drop_index(batch_op.f('ix_membership_group_id'))

    op.drop_table('membership')
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_meeting_group_id'))

    op.drop_table('meeting')
    with op.batch_alter_table('learninggoal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_learninggoal_member_id'))

    op.drop_table('learninggoal')
    op.drop_table('setting')
    op.drop_table('method')
    op.drop_table('member')
    with op.batch_alter_table('group', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_group_name'))

    op.drop_table('group')
