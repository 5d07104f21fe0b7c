"""One search over notes, cases, members, groups and meetings (SQLite FTS5, diacritics folded).

The index tables and their triggers come from migration 0002; this module only reads them.
Two steps keep it fast on large data: first the best row ids per kind by bm25 (FTS5's
ORDER BY rank fast path), then snippets and titles only for the hits that are shown.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from intervisie_desktop.core.db.database import Database

#: Snippets mark matched words with these two characters; the UI escapes the text and then
#: turns them into highlighting, so no stored text is ever treated as markup.
MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "\u2026"

KINDS = ("note", "case", "member", "group", "meeting")

_FTS = {
    "note": "note_fts",
    "case": "case_fts",
    "member": "member_fts",
    "group": "group_fts",
    "meeting": "meeting_fts",
}

# Title and context per kind, for the hits shown (ids bound as a JSON array).
_DETAILS = {
    "note": """
        SELECT n.id, n.title, substr(n.body, 1, 80), coalesce(g.name, ''),
               coalesce(m.date, ''), n.meeting_id
        FROM note n LEFT JOIN "group" g ON g.id = n.group_id
                    LEFT JOIN meeting m ON m.id = n.meeting_id
        WHERE n.id IN (SELECT value FROM json_each(?))""",
    "case": """
        SELECT c.id, c.topic, '', g.name, m.date, c.meeting_id
        FROM "case" c JOIN meeting m ON m.id = c.meeting_id JOIN "group" g ON g.id = m.group_id
        WHERE c.id IN (SELECT value FROM json_each(?))""",
    "member": """
        SELECT p.id, p.full_name, '', p.role, '', NULL
        FROM member p WHERE p.id IN (SELECT value FROM json_each(?))""",
    "group": """
        SELECT g.id, g.name, '', g.context, '', NULL
        FROM "group" g WHERE g.id IN (SELECT value FROM json_each(?))""",
    "meeting": """
        SELECT m.id, g.name, '', m.location, m.date, m.id
        FROM meeting m JOIN "group" g ON g.id = m.group_id
        WHERE m.id IN (SELECT value FROM json_each(?))""",
}

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class Hit:
    """One search result. `snippet` holds MARK_START/MARK_END around matched words."""

    kind: str  # one of KINDS
    id: int
    title: str
    snippet: str
    rank: float  # bm25: lower is better
    context: str = ""  # group name, role or place: where the hit belongs
    date: str = ""  # ISO date of the meeting involved, if any
    meeting_id: int | None = None


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must occur, each as a prefix.

    Quoting each word keeps FTS5 operators and punctuation in the input from being parsed.
    """
    words = _WORD.findall(text)
    return " ".join(f'"{w}"*' for w in words)


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def query(self, text: str, limit: int = 50, kinds: Iterable[str] | None = None) -> list[Hit]:
        """The best `limit` hits for `text` across `kinds` (default: all), best first."""
        match = fts_query(text)
        if not match or limit <= 0:
            return []
        wanted = [k for k in KINDS if kinds is None or k in set(kinds)]
        raw = self.db.engine.raw_connection()
        try:
            cur = raw.cursor()
            ranked: list[tuple[float, str, int]] = []
            for kind in wanted:
                table = _FTS[kind]
                rows = cur.execute(
                    f"SELECT rowid, rank FROM {table} WHERE {table} MATCH ? ORDER BY rank LIMIT ?",
                    (match, limit),
                ).fetchall()
                ranked.extend((float(rank), kind, int(rowid)) for rowid, rank in rows)
            ranked.sort()
            ranked = ranked[:limit]
            by_kind: dict[str, list[int]] = {}
            for _rank, kind, rowid in ranked:
                by_kind.setdefault(kind, []).append(rowid)
            snippets: dict[tuple[str, int], str] = {}
            details: dict[tuple[str, int], tuple[Any, ...]] = {}
            for kind, ids in by_kind.items():
                table = _FTS[kind]
                id_json = json.dumps(ids)
                for rowid, snippet in cur.execute(
                    f"SELECT rowid, snippet({table}, -1, ?, ?, ?, 12) FROM {table} "
                    f"WHERE {table} MATCH ? AND rowid IN (SELECT value FROM json_each(?))",
                    (MARK_START, MARK_END, ELLIPSIS, match, id_json),
                ):
                    snippets[(kind, int(rowid))] = snippet or ""
                for row in cur.execute(_DETAILS[kind], (id_json,)):
                    details[(kind, int(row[0]))] = row
            cur.close()
        finally:
            raw.close()
        hits = []
        for rank, kind, rowid in ranked:
            row = details.get((kind, rowid))
            if row is None:  # deleted between the two steps
                continue
            _id, title, fallback, context, day, meeting_id = row
            hits.append(
                Hit(
                    kind=kind,
                    id=rowid,
                    title=str(title or fallback or "").strip(),
                    snippet=snippets.get((kind, rowid), ""),
                    rank=rank,
                    context=str(context or ""),
                    date=str(day or ""),
                    meeting_id=meeting_id,
                )
            )
        return hits
