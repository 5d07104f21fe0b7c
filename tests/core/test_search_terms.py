"""Search asks the index's own terms instead of prefixes, and finds exactly what a prefix found."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import text

from intervisie_desktop.core.services import search_terms
from intervisie_desktop.core.services.search import fts_query
from intervisie_desktop.core.services.search_terms import FOLDER, INDEX_TOKENIZER, term_query

if TYPE_CHECKING:
    import pytest

    from intervisie_desktop.core.db.database import Database
    from intervisie_desktop.core.services import Services


def _query(db: Database, table: str, words: list[str]) -> str | None:
    raw = db.engine.raw_connection()
    try:
        return term_query(raw.cursor(), table, words)
    finally:
        raw.close()


def _prefix_titles(db: Database, typed: str) -> set[str]:
    """What the prefix query finds in the notes: the reference for the terms."""
    match = fts_query(typed)
    with db.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT n.title FROM note_fts JOIN note n ON n.id = note_fts.rowid "
                "WHERE note_fts MATCH :q"
            ),
            {"q": match},
        )
        return {str(r[0]) for r in rows}


def test_every_index_is_made_with_the_tokenizer_the_words_are_folded_by(db: Database) -> None:
    with db.engine.connect() as conn:
        sqls = conn.execute(
            text("SELECT name, sql FROM sqlite_master WHERE sql LIKE '%USING fts5%'")
        ).all()
    assert len(sqls) == 5
    for name, sql in sqls:
        found = re.search(r"tokenize='([^']*)'", sql)
        assert found and found.group(1) == INDEX_TOKENIZER, name


def test_a_word_becomes_the_terms_of_that_index_that_start_with_it(
    services: Services, db: Database
) -> None:
    services.notes.create(title="A", body="Intervisie over grenzen")
    services.notes.create(title="B", body="de intervisiegroep en de Coördinatie")
    assert _query(db, "note_fts", ["Interv"]) == '("intervisie" OR "intervisiegroep")'
    assert _query(db, "note_fts", ["COÖRD", "de"]) == '"coordinatie" AND "de"'
    assert _query(db, "note_fts", ["interv", "supervisie"]) is None  # no note holds it
    assert _query(db, "case_fts", ["interv"]) is None
    assert _query(db, "note_fts", ["aa_bb"]) == '"aa_bb"*'  # two tokens: asked as before
    assert FOLDER.fold("Coördinatie") == ("coordinatie",)


def test_the_terms_find_what_the_prefix_found(services: Services, db: Database) -> None:
    bodies = [
        "intervisie over grenzen",
        "intervisiegroep Zwolle",
        "Intervisie, intervisies en INTERVIEWS",
        "coördinatie van de zorg",
        "coordinator gezocht",
        "iets anders",
    ]
    for i, body in enumerate(bodies):
        services.notes.create(title=f"N{i}", body=body)
    for typed in (
        "interv",
        "intervisie",
        "coör",
        "coordinat",
        "zorg",
        "int gre",
        "iets anders",
        "van de zorg",
    ):
        found = {h.title for h in services.search.query(typed, kinds=["note"])}
        assert found == _prefix_titles(db, typed), typed
        assert found, typed


def test_a_prefix_with_many_terms_stays_a_prefix(
    services: Services, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for word in ("groep", "groepen", "groepsleden", "groei"):
        services.notes.create(title=word, body=word)
    monkeypatch.setattr(search_terms, "MAX_TERMS", 2)
    assert _query(db, "note_fts", ["groe"]) == '"groe"*'
    assert _query(db, "note_fts", ["groeps"]) == '"groepsleden"'
    titles = {h.title for h in services.search.query("groe")}
    assert titles == {"groep", "groepen", "groepsleden", "groei"}


def test_words_written_after_the_first_search_are_found(services: Services) -> None:
    services.notes.create(title="Eerst", body="supervisie")
    assert [h.title for h in services.search.query("superv")] == ["Eerst"]
    services.notes.create(title="Later", body="supervisor")
    assert {h.title for h in services.search.query("superv")} == {"Eerst", "Later"}
