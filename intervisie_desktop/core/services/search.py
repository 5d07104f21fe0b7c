"""One search over notes, cases, members, groups and meetings (SQLite FTS5, diacritics folded).

The index tables and their triggers come from migration 0002; this module only reads them.
Per kind the typed words become that index's own terms (core.services.search_terms), one query
ranks (bm25 with column weights) and cuts snippets for its best rows; the kinds are merged by
score and only the hits shown get their titles looked up.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.errors import MSG_WRONG_KIND, ValidationError
from intervisie_desktop.core.services.search_terms import MIN_PREFIX, term_query

if TYPE_CHECKING:
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

# bm25 column weights per index, in column order (see migration 0002): titles count most.
_WEIGHTS = {
    "note": "4.0, 1.0",
    "case": "4.0, 2.0, 1.0, 1.0, 1.0, 1.0",
    "member": "4.0, 2.0, 1.0, 1.0",
    "group": "4.0, 2.0, 1.0, 1.0",
    "meeting": "1.0, 2.0, 1.0",
}

#: Ranking every match of a very common word costs a few microseconds per row; beyond this many
#: matches of one kind only the most recent ones (highest ids) are ranked, which keeps a search
#: within a few milliseconds on ten years of notes and favours what was written lately.
RANK_WINDOW = 600

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_WORDS = 16

#: A registration number is found from this many significant characters on (while typing).
MIN_NUMBER = 3
_NOT_ALNUM = re.compile(r"[\W_]+", re.UNICODE)
_LETTERS_AND_ZEROS = re.compile(r"^[A-Z&]*0*")


def number_key(text: str) -> str:
    """A registration number as compared by search: letters and digits only, upper case,
    without a leading register prefix and leading zeros ("BIG 0012 345" -> "12345")."""
    return _LETTERS_AND_ZEROS.sub("", _NOT_ALNUM.sub("", text).upper())


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
    """The user's words as an FTS5 query: every word must occur, each as a prefix ("coör" finds
    "coördinatie" while typing); words under three letters must match whole, since as prefixes
    they would pull in half the vocabulary.

    Quoting each word keeps FTS5 operators and punctuation in the input from being parsed.
    A word given twice is asked once: every copy costs FTS5 a pass over each matching row's
    positions, and a pasted "tekst tekst tekst ..." froze a search for minutes. Past MAX_WORDS
    distinct words the rest are dropped (no note has that many words in common with a query).
    """
    return " ".join(f'"{w}"*' if len(w) >= MIN_PREFIX else f'"{w}"' for w in query_words(text))


def query_words(text: str) -> list[str]:
    """The distinct words of `text` (ignoring case), at most MAX_WORDS, in typed order."""
    first: dict[str, str] = {}  # the index ignores case, so "Tekst" and "tekst" are one word
    for word in _WORD.findall(text):
        first.setdefault(word.lower(), word)
    return list(first.values())[:MAX_WORDS]


#: More hits than any list shows; a larger limit is refused rather than passed to SQLite.
MAX_LIMIT = 100_000


def _kinds(kinds: Iterable[str] | None) -> list[str]:
    """The KINDS asked for, in their own order; names that are no kind are ignored."""
    if kinds is None:
        return list(KINDS)
    if isinstance(kinds, str) or not isinstance(kinds, Iterable):
        raise ValidationError(MSG_WRONG_KIND, field="kinds", name="kinds")
    asked = {k for k in kinds if isinstance(k, str)}
    return [k for k in KINDS if k in asked]


class SearchService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def query(self, text: str, limit: int = 50, kinds: Iterable[str] | None = None) -> list[Hit]:
        """The best `limit` hits for `text` across `kinds` (default: all), best first."""
        text = v.search_text(text)
        words = query_words(text)
        limit = v.integer(limit, "limit", v.RESULTS, 0, MAX_LIMIT)
        wanted = _kinds(kinds)
        if not words or limit == 0:
            return []
        raw = self.db.engine.raw_connection()
        try:
            cur = raw.cursor()
            ranked: list[tuple[float, str, int]] = []
            snippets: dict[tuple[str, int], str] = {}
            for kind in wanted:
                table = _FTS[kind]
                match = term_query(cur, table, words)
                if match is None:  # a word no row of this kind holds
                    continue
                floor = cur.execute(
                    f"SELECT rowid FROM {table} WHERE {table} MATCH ? "
                    "ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                    (match, RANK_WINDOW - 1),
                ).fetchone()
                # FTS5 computes the snippet only for the rows that survive ORDER BY ... LIMIT.
                for rowid, score, snippet in cur.execute(
                    f"SELECT rowid, bm25({table}, {_WEIGHTS[kind]}) AS score, "
                    f"snippet({table}, -1, ?, ?, ?, 12) FROM {table} "
                    f"WHERE {table} MATCH ? AND rowid >= ? ORDER BY score LIMIT ?",
                    (MARK_START, MARK_END, ELLIPSIS, match, floor[0] if floor else 0, limit),
                ):
                    ranked.append((float(score), kind, int(rowid)))
                    snippets[(kind, int(rowid))] = snippet or ""
            if "member" in wanted:
                for rowid, snippet in _registration_hits(cur, text):
                    if ("member", rowid) not in snippets:
                        ranked.append((-1000.0, "member", rowid))  # an exact number goes first
                    snippets[("member", rowid)] = snippet
            ranked.sort()
            ranked = ranked[:limit]
            by_kind: dict[str, list[int]] = {}
            for _rank, kind, rowid in ranked:
                by_kind.setdefault(kind, []).append(rowid)
            details: dict[tuple[str, int], tuple[Any, ...]] = {}
            for kind, ids in by_kind.items():
                for row in cur.execute(_DETAILS[kind], (json.dumps(ids),)):
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


def _registration_hits(cur: Any, text: str) -> list[tuple[int, str]]:
    """Members with a registration number that starts with the typed number, ignoring spaces,
    dots, dashes, the register's letters and leading zeros; with the number as snippet."""
    key = number_key(text)
    if len(key) < MIN_NUMBER or not any(c.isdigit() for c in key):
        return []
    found: dict[int, str] = {}
    for member_id, register, number in cur.execute(
        "SELECT member_id, register_key, number FROM registration ORDER BY member_id, position"
    ):
        if number_key(str(number)).startswith(key):
            found.setdefault(
                int(member_id), f"{register} {MARK_START}{str(number).strip()}{MARK_END}".strip()
            )
    return list(found.items())
