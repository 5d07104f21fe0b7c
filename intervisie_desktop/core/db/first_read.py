"""What the first screen shows, read straight through SQLCipher before the ORM is imported.

Importing SQLAlchemy, SQLModel and the services takes most of a second; the first screen needs
only the active groups' names and the window's remembered place. This module reads those with
one read-only connection and plain SQL, so the group list can be on screen and answer a click
while the ORM loads behind it.

It answers only for a file it can vouch for: a plain (unencrypted) file at the current schema
that the program last closed after finding it sound and that nothing has touched since (see
core.checked). Anything else (a new or encrypted file, an older schema, a file changed behind
the program's back) gets None, and the start-up takes its usual path: unlock screen, check,
recovery and first-run dialog before the first screen, exactly as before.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.checked import unchanged_since_sound
from intervisie_desktop.core.db.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)

#: What every plain SQLite file starts with.
SQLITE_HEADER = b"SQLite format 3\x00"
#: The settings the main window opens with and keeps (ui.window.main_window uses these).
GEOMETRY_KEY = "ui.main_window.geometry"
LAST_GROUP_KEY = "ui.main_window.last_group"

# As GroupService.list(archived=False) orders them: by name, case-folded by SQLite's lower().
_ACTIVE_GROUPS = 'SELECT id, name, context FROM "group" WHERE archived = 0 ORDER BY lower(name)'
_SETTINGS = "SELECT key, value_json FROM setting WHERE key IN (?, ?)"


@dataclass(frozen=True)
class GroupLine:
    id: int
    name: str
    context: str


@dataclass(frozen=True)
class FirstScreen:
    """The active groups in list order, the group last shown and the stored window geometry
    (base64 text, as the main window keeps it)."""

    groups: tuple[GroupLine, ...]
    last_group: int | None
    geometry: str | None


def read_first_screen(path: Path) -> FirstScreen | None:
    """The first screen's data, or None when the usual start-up path must decide."""
    try:
        with open(path, "rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None  # missing, empty or encrypted: the first-run or unlock screen
    except OSError:
        return None
    if not unchanged_since_sound(path):
        return None  # the check must come before the first screen
    # Only now: a start that cannot use the first screen loads SQLCipher behind its frame.
    import sqlcipher3.dbapi2 as sqlcipher

    from intervisie_desktop.core.integrity import read_only_uri

    try:
        conn = sqlcipher.connect(read_only_uri(path), uri=True)
        try:
            return _read(conn)
        finally:
            conn.close()
    except (sqlcipher.Error, ValueError, TypeError) as exc:  # the usual path will say what
        logger.info("first screen read without the ORM declined: %s", type(exc).__name__)
        return None


def _read(conn: Any) -> FirstScreen | None:
    conn.execute("PRAGMA query_only = ON")
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    if version != SCHEMA_VERSION:
        return None  # a migration runs first, on the usual path
    groups = tuple(
        GroupLine(int(row[0]), str(row[1]), str(row[2] or ""))
        for row in conn.execute(_ACTIVE_GROUPS)
    )
    stored = dict(conn.execute(_SETTINGS, (GEOMETRY_KEY, LAST_GROUP_KEY)).fetchall())
    last = _json(stored.get(LAST_GROUP_KEY))
    geometry = _json(stored.get(GEOMETRY_KEY))
    return FirstScreen(
        groups=groups,
        last_group=last if isinstance(last, int) and not isinstance(last, bool) else None,
        geometry=geometry if isinstance(geometry, str) else None,
    )


def _json(text: object) -> object:
    if not isinstance(text, str):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None
