"""Search: diacritics folded, all kinds, ranked, snippets marked, index kept in sync by triggers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from intervisie_desktop.core.services.search import MARK_END, MARK_START, fts_query

if TYPE_CHECKING:
    import pytest

    from intervisie_desktop.core.services import Services


def _meeting(services: Services) -> tuple[int, int, int]:
    group = services.groups.create(name="Balintgroep Zwolle", context="Huisartsen").value
    member = services.members.create(full_name="Anna de Vries", role="huisarts in opleiding").value
    assert group.id and member.id
    services.memberships.add(group.id, member.id, date(2025, 1, 1))
    meeting = services.meetings.create(
        group_id=group.id,
        date=date(2025, 3, 4),
        planned_start="14:00",
        planned_end="16:00",
        location="Praktijk De Linde",
        theme="Grenzen stellen",
    ).value
    assert meeting.id
    return group.id, member.id, meeting.id


def test_diacritics_are_folded_both_ways(services: Services) -> None:
    services.notes.create(title="Overleg", body="De coördinatie met de POH liep stroef.")
    hits = services.search.query("coordinatie")
    assert [(h.kind, h.title) for h in hits] == [("note", "Overleg")]
    assert f"{MARK_START}coördinatie{MARK_END}" in hits[0].snippet
    assert [h.title for h in services.search.query("COÖRDINATIE")] == ["Overleg"]


def test_every_kind_is_found_with_its_context(services: Services) -> None:
    group_id, member_id, meeting_id = _meeting(services)
    services.cases.create(
        meeting_id=meeting_id,
        bringer_id=member_id,
        topic="Slecht-nieuwsgesprek",
        description="Een patiënt met een lastige familie",
        outcome="Meer ruimte voor stilte",
    )
    services.notes.create(title="Na afloop", body="Linde als locatie werkt goed", group_id=group_id)
    assert {h.kind for h in services.search.query("Linde")} == {"meeting", "note"}
    (case,) = services.search.query("familie")
    assert case.kind == "case" and case.title == "Slecht-nieuwsgesprek"
    assert case.context == "Balintgroep Zwolle" and case.date == "2025-03-04"
    assert case.meeting_id == meeting_id
    assert [h.kind for h in services.search.query("stilte")] == ["case"]  # outcome searched too
    assert [(h.kind, h.id) for h in services.search.query("anna")] == [("member", member_id)]
    assert [h.kind for h in services.search.query("huisartsen")] == ["group"]


def test_ranking_prefers_title_and_frequent_matches(services: Services) -> None:
    services.notes.create(title="Iets anders", body="terloops genoemd: supervisie")
    services.notes.create(title="Supervisie", body="supervisie supervisie en nog eens supervisie")
    hits = services.search.query("supervisie")
    assert [h.title for h in hits] == ["Supervisie", "Iets anders"]
    assert hits[0].rank < hits[1].rank


def test_prefixes_and_all_words_must_match(services: Services) -> None:
    services.notes.create(title="A", body="intervisie over grenzen")
    services.notes.create(title="B", body="intervisie over tijd")
    assert {h.title for h in services.search.query("interv")} == {"A", "B"}
    assert [h.title for h in services.search.query("intervisie grenz")] == ["A"]
    assert services.search.query("   ") == []
    assert services.search.query('"; DROP TABLE note; --') == []  # operators are quoted


def test_fts_query_quotes_words() -> None:
    assert fts_query('jan AND "piet" NEAR(x') == '"jan"* "AND"* "piet"* "NEAR"* "x"'


def test_updates_and_deletes_reach_the_index(services: Services) -> None:
    note = services.notes.create(title="Eerst", body="oude formulering").value
    assert note.id
    services.notes.update(note.id, body="nieuwe formulering")
    assert services.search.query("oude") == []
    assert [h.id for h in services.search.query("nieuwe")] == [note.id]
    services.notes.update(note.id, pinned=True)  # not an indexed column: index untouched
    assert [h.id for h in services.search.query("nieuwe")] == [note.id]
    services.notes.delete(note.id)
    assert services.search.query("formulering") == []


def test_limit_and_kinds(services: Services) -> None:
    for i in range(30):
        services.notes.create(title=f"N{i}", body="herhaling")
    assert len(services.search.query("herhaling", limit=10)) == 10
    assert services.search.query("herhaling", kinds=["case"]) == []


def test_notes_overview_filters(services: Services) -> None:
    group_id, member_id, meeting_id = _meeting(services)
    services.notes.create(title="Over Anna", member_id=member_id)
    services.notes.create(title="Snelle notitie", meeting_id=meeting_id)
    services.notes.create(title="Los", pinned=True)
    assert services.notes.overview()[0].note.title == "Los"  # pinned first
    by_group = services.notes.overview(group_id=group_id)
    assert [r.note.title for r in by_group] == ["Snelle notitie"]  # via its meeting
    assert by_group[0].meeting_date == date(2025, 3, 4)
    rows = services.notes.overview(member_id=member_id)
    assert [(r.note.title, r.member_name) for r in rows] == [("Over Anna", "Anna de Vries")]
    year = date.today().year
    assert services.notes.years() == [year]
    assert len(services.notes.overview(year=year)) == 3
    assert services.notes.overview(year=year - 1) == []


def test_very_common_words_rank_only_the_newest_matches(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intervisie_desktop.core.services import search

    services.notes.create(title="Oud maar raak", body="casus casus casus casus")
    for i in range(4):
        services.notes.create(title=f"Nieuw {i}", body="terloops een casus")
    assert services.search.query("casus")[0].title == "Oud maar raak"
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    titles = [h.title for h in services.search.query("casus")]
    assert sorted(titles) == ["Nieuw 1", "Nieuw 2", "Nieuw 3"]


def test_a_registration_number_finds_its_member_without_zeros_or_with_spaces(
    services: Services,
) -> None:
    anna = services.members.create(full_name="Anna de Vries").value
    bram = services.members.create(full_name="Bram Jansen").value
    assert anna.id and bram.id
    services.registrations.add(anna.id, "BIG", "09012345601")
    services.registrations.add(bram.id, "NIP", "NIP-004711")
    for typed in ("09012345601", "9012345601", "0901 2345 601", "901 23", "BIG 09012345601"):
        hits = services.search.query(typed)
        assert [(h.kind, h.id) for h in hits] == [("member", anna.id)], typed
        assert f"{MARK_START}09012345601{MARK_END}" in hits[0].snippet
    assert [h.id for h in services.search.query("4711")] == [bram.id]
    assert [h.id for h in services.search.query("nip 4711")] == [bram.id]
    assert services.search.query("12345601") == []  # the middle of a number is no match
    assert services.search.query("4711", kinds=["note"]) == []
    # A name still finds the member once, with a number in the query or not.
    assert [h.id for h in services.search.query("Anna")] == [anna.id]
