"""The SQLCipher key as SQL text; light, so the start-up check can use it before the ORM."""

from __future__ import annotations


def quote_passphrase(passphrase: str) -> str:
    """A passphrase as an SQL string literal for PRAGMA key / rekey."""
    return "'" + passphrase.replace("'", "''") + "'"
