"""Alembic migration scripts, shipped inside the package so a frozen build has them."""
