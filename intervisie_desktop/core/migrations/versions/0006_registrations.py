"""registrations: any number of (register, number) pairs per member

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-04

A member had one register field and one number field. Both move into the new table
`registration` (one row per pair) and leave the member table; the member search index loses
the two columns with them (it is rebuilt over the remaining ones).

What people typed is kept, tidied where the intent is plain: "BIG 12345678901" in the number
field with an empty register becomes register BIG, number 12345678901; a number that repeats
its register ("BIG-1973060" under BIG) loses the repetition, except for NIP, whose numbers carry
their prefix. Register names are matched to the known keys ignoring case ("big" -> "BIG").
Nothing is dropped: a value that fits no pattern is stored as typed.
"""
import re

from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None
# Each migration ends by stamping PRAGMA user_version with its schema number (see core.db.migrate).
SCHEMA_VERSION = 6

# The registers known when this migration was written (resources/registers); frozen here so
# the migration does the same on every later version of the program.
KNOWN = ("BIG", "SKJ", "NIP", "NVO", "NOBCO", "EMCC", "KNGF", "V&VN", "NHG", "LVSC")
PREFIXED = ("NIP",)  # registers whose numbers carry the register's letters

MEMBER_FTS_BEFORE = ["full_name", "display_name", "role", "register_name", "registration_number", "email"]
MEMBER_FTS_AFTER = ["full_name", "display_name", "role", "email"]
TOKENIZE = "unicode61 remove_diacritics 2"

_LEAD = re.compile(r"^\s*([A-Za-z][A-Za-z&]*)[\s:.\-]*(?=\S)(.*)$")


def _register_key(text):
    for key in KNOWN:
        if text.upper() == key:
            return key
    return text


def split_registration(register_name, number):
    """(register, number) out of the two old fields, as described in the module's text."""
    register = (register_name or "").strip()
    number = (number or "").strip()
    if not register and not number:
        return None
    if not register:
        found = _LEAD.match(number)
        if found and found.group(1).upper() in KNOWN and re.search(r"\d", found.group(2)):
            register = found.group(1)
            if found.group(1).upper() not in PREFIXED:
                number = found.group(2).strip()
    register = _register_key(register)
    while register and register not in PREFIXED:
        found = _LEAD.match(number)
        if not (found and found.group(1).upper() == register.upper()):
            break
        number = found.group(2).strip()
    return register, number


def _member_fts(columns):
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE member_fts USING fts5({cols}, content='member', "
        f"content_rowid='id', tokenize='{TOKENIZE}')"
    )
    op.execute("INSERT INTO member_fts(member_fts, rank) VALUES ('secure-delete', 1)")
    op.execute(
        'CREATE TRIGGER member_fts_ai AFTER INSERT ON "member" BEGIN '
        f"INSERT INTO member_fts(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        'CREATE TRIGGER member_fts_ad AFTER DELETE ON "member" BEGIN '
        f"INSERT INTO member_fts(member_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f'CREATE TRIGGER member_fts_au AFTER UPDATE OF {cols} ON "member" BEGIN '
        f"INSERT INTO member_fts(member_fts, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO member_fts(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute("INSERT INTO member_fts(member_fts) VALUES ('rebuild')")


def _drop_member_fts():
    for suffix in ("ai", "ad", "au"):
        op.execute(f"DROP TRIGGER IF EXISTS member_fts_{suffix}")
    op.execute("DROP TABLE IF EXISTS member_fts")


def upgrade() -> None:
    op.create_table('registration',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('register_key', sa.String(), nullable=False),
    sa.Column('number', sa.String(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['member_id'], ['member.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('member_id', 'register_key', 'number')
    )
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_registration_member_id'), ['member_id'], unique=False)

    conn = op.get_bind()
    rows = conn.exec_driver_sql(
        "SELECT id, register_name, registration_number, created_at FROM member ORDER BY id"
    ).all()
    for member_id, register_name, number, created_at in rows:
        pair = split_registration(register_name, number)
        if pair is not None:
            conn.exec_driver_sql(
                "INSERT INTO registration (member_id, register_key, number, position, created_at)"
                " VALUES (?, ?, ?, 0, ?)",
                (member_id, pair[0], pair[1], created_at),
            )
    _drop_member_fts()
    op.execute("ALTER TABLE member DROP COLUMN register_name")
    op.execute("ALTER TABLE member DROP COLUMN registration_number")
    _member_fts(MEMBER_FTS_AFTER)
    op.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def downgrade() -> None:
    _drop_member_fts()
    op.execute("ALTER TABLE member ADD COLUMN register_name VARCHAR NOT NULL DEFAULT ''")
    op.execute("ALTER TABLE member ADD COLUMN registration_number VARCHAR NOT NULL DEFAULT ''")
    # The one field holds the member's first registration; the others cannot be kept there.
    op.execute(
        "UPDATE member SET register_name = r.register_key, registration_number = r.number"
        " FROM (SELECT member_id, register_key, number, row_number() OVER"
        " (PARTITION BY member_id ORDER BY position, id) AS n FROM registration) AS r"
        " WHERE r.member_id = member.id AND r.n = 1"
    )
    _member_fts(MEMBER_FTS_BEFORE)
    with op.batch_alter_table('registration', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_registration_member_id'))
    op.drop_table('registration')
    op.execute("PRAGMA user_version = 5")
