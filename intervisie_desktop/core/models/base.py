"""Shared column helpers for the tables."""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Every stored instant is an aware UTC datetime; screens and reports show local time."""
    return datetime.now(UTC)
