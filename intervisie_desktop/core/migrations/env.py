"""Alembic environment: always runs on the connection handed over by core.db.migrate."""

from alembic import context
from sqlmodel import SQLModel

import intervisie_desktop.core.models  # noqa: F401 - registers the tables

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=SQLModel.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
