"""The typed words as the search index's own terms, so a search does not read the years kept.

Asked as a prefix ("groep"*), a word makes FTS5 read and merge the whole row list of every term
that starts with it, and bm25 reads it once more to count the rows: on a career of notes a
common word cost some 30 ms, and more with every year kept. Asked as the terms the index holds
with that prefix ("groep" OR "groepen"), FTS5 seeks within each term's list to the newest rows
that are ranked (core.services.search.RANK_WINDOW). The terms come from the index's own
vocabulary (an fts5vocab table in the connection's temp schema, which stores nothing), and the
typed word is folded by the index's own tokenizer, run on a private in-memory database, so
"Coörd" looks up exactly what the prefix query would have matched.

A word whose prefix has more than MAX_TERMS terms stays a prefix: so many lists are cheaper
merged once. A word the tokenizer does not keep as one token stays as it was too.
"""

from __future__ import annotations

import threading
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher

#: The tokenizer of every search index (migrations 0003 and 0006); a test holds them equal.
INDEX_TOKENIZER = "unicode61 remove_diacritics 2"
#: Words shorter than this must match whole: as prefixes they would pull in half the vocabulary.
MIN_PREFIX = 3
#: A prefix with more terms than this in one index is asked as a prefix.
MAX_TERMS = 40
#: Folded words kept, for the letters typed one by one.
FOLD_CACHE = 256


def quoted(term: str) -> str:
    """One FTS5 string: operators and punctuation inside it are not parsed."""
    return '"' + term.replace('"', '""') + '"'


def _upper_bound(prefix: str) -> str | None:
    """The least text above every text that starts with `prefix`, if UTF-8 can hold it."""
    last = ord(prefix[-1]) + 1
    if 0xD800 <= last <= 0xDFFF:
        last = 0xE000
    return prefix[:-1] + chr(last) if last <= 0x10FFFF else None


class TermFolder:
    """Folds a word as the index's tokenizer does (case, diacritics, splitting)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._con: Any = None
        self._cache: dict[str, tuple[str, ...]] = {}

    def fold(self, word: str) -> tuple[str, ...]:
        """The tokens the index keeps of `word`: one for an ordinary word."""
        with self._lock:
            found = self._cache.get(word)
            if found is not None:
                return found
            con = self._connection()
            con.execute("INSERT INTO fold(rowid, w) VALUES (1, ?)", (word,))
            tokens = tuple(
                str(t) for (t,) in con.execute("SELECT term FROM fold_terms ORDER BY offset")
            )
            con.execute("DELETE FROM fold")
            if len(self._cache) >= FOLD_CACHE:
                self._cache.clear()
            self._cache[word] = tokens
            return tokens

    def _connection(self) -> Any:
        if self._con is None:
            con = sqlcipher.connect(":memory:", check_same_thread=False, isolation_level=None)
            con.execute(f"CREATE VIRTUAL TABLE fold USING fts5(w, tokenize='{INDEX_TOKENIZER}')")
            con.execute("CREATE VIRTUAL TABLE fold_terms USING fts5vocab(fold, 'instance')")
            self._con = con
        return self._con


FOLDER = TermFolder()


def index_terms(cur: Any, table: str, prefix: str) -> list[str]:
    """Up to MAX_TERMS + 1 terms of the index `table` that start with `prefix` (folded)."""
    vocab = f"temp.{table}_terms"
    cur.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {vocab} USING fts5vocab(main, {table}, 'row')")
    upper = _upper_bound(prefix)
    if upper is None:
        rows = cur.execute(
            f"SELECT term FROM {vocab} WHERE term >= ? LIMIT ?", (prefix, MAX_TERMS + 1)
        )
    else:
        rows = cur.execute(
            f"SELECT term FROM {vocab} WHERE term >= ? AND term < ? LIMIT ?",
            (prefix, upper, MAX_TERMS + 1),
        )
    return [str(t) for (t,) in rows if str(t).startswith(prefix)]


def term_query(cur: Any, table: str, words: list[str]) -> str | None:
    """An FTS5 query for `table` with every word required: a short word whole, a longer one
    as the index's terms that start with it. None when a word has no such term here, so
    nothing in this index can match."""
    parts = []
    for word in words:
        if len(word) < MIN_PREFIX:
            parts.append(quoted(word))
            continue
        tokens = FOLDER.fold(word)
        if len(tokens) != 1:
            parts.append(quoted(word) + "*")
            continue
        terms = index_terms(cur, table, tokens[0])
        if not terms:
            return None
        if len(terms) > MAX_TERMS:
            parts.append(quoted(word) + "*")
        elif len(terms) == 1:
            parts.append(quoted(terms[0]))
        else:
            parts.append("(" + " OR ".join(quoted(t) for t in terms) + ")")
    return " AND ".join(parts)  # FTS5 joins a bracketed group to the next only by AND
