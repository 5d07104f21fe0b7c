"""The kinds of input the service fuzz found unhandled, each refused with the program's own error.

Before the checks in core/validation.py these raised AttributeError, TypeError, ValueError,
OverflowError, sqlite's "LIKE or GLOB pattern too complex" or a binding error, or were caught
only by the storage safety net with its generic "cannot be stored (?)" message.
"""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING, Any

import pytest

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.errors import IntervisieError, NotFoundError, ValidationError

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

LONG = "é" * 50_000  # 100,000 bytes: over SQLite's 50,000-byte LIKE pattern limit


def test_a_search_too_long_for_sqlite_is_refused_by_name(services: Services) -> None:
    services.groups.create(name="Balint")
    for search in (lambda: services.groups.list(None, LONG), lambda: services.members.list(LONG)):
        with pytest.raises(ValidationError) as refused:
            search()
        assert refused.value.field == "search"
        assert "at most 1000 characters" in str(refused.value)
    with pytest.raises(ValidationError):
        services.search.query(LONG)


@pytest.mark.parametrize("search", [None, 12, 1.5, [], {}, b"x", date(2025, 1, 1)])
def test_a_search_that_is_no_text_is_refused(services: Services, search: Any) -> None:
    if search is None:  # no search at all: everything
        assert services.groups.list(None, search) == []
        return
    with pytest.raises(ValidationError):
        services.groups.list(None, search)
    with pytest.raises(ValidationError):
        services.members.list(search)
    with pytest.raises(ValidationError):
        services.search.query(search)


def test_like_wildcards_in_a_search_are_taken_literally(services: Services) -> None:
    services.groups.create(name="Groep 100% Zwolle")
    services.groups.create(name="Groep_2")
    services.groups.create(name="Groep Deventer")
    services.members.create(full_name="An de Vries")
    assert [g.name for g in services.groups.list(None, "%")] == ["Groep 100% Zwolle"]
    assert [g.name for g in services.groups.list(None, "_")] == ["Groep_2"]
    assert services.members.list("_") == []
    assert [m.full_name for m in services.members.list("de v")] == ["An de Vries"]


def test_control_characters_and_lone_surrogates_in_a_search_find_nothing_odd(
    services: Services,
) -> None:
    services.groups.create(name="Balint Zwolle")
    assert [g.name for g in services.groups.list(None, "Bal\x00int\ud800")] == []
    assert [g.name for g in services.groups.list(None, "\x00Balint\ud800")] == ["Balint Zwolle"]
    assert services.search.query("\ud800") == []


def test_find_takes_an_id_a_number_or_a_name_and_refuses_anything_else(
    services: Services,
) -> None:
    group = services.groups.create(name="Balint").value
    assert group.id is not None
    assert services.groups.find(str(group.id)).id == group.id
    assert services.groups.find(group.id).id == group.id
    for bad in ("9" * 40, "²", "", None, 1.5, date(2025, 1, 1), ["Balint"]):
        with pytest.raises(IntervisieError):
            services.groups.find(bad)  # type: ignore[arg-type]


BAD_IDS = [0, -1, 2**63, 2**70, "1", 1.0, float("nan"), True, b"1", [1], date(2025, 1, 1)]


@pytest.mark.parametrize("bad", BAD_IDS, ids=repr)
def test_an_id_that_cannot_exist_is_not_found(services: Services, bad: Any) -> None:
    calls = [
        lambda: services.meetings.for_group(bad),
        lambda: services.cases.for_group(bad),
        lambda: services.cases.for_meeting(bad),
        lambda: services.cases.open_follow_ups(bad),
        lambda: services.cases.rotation(bad),
        lambda: services.memberships.members_of(bad),
        lambda: services.memberships.groups_of(bad),
        lambda: services.goals.for_member(bad),
        lambda: services.notes.list(group_id=bad),
        lambda: services.notes.overview(member_id=bad),
        lambda: services.notes.overview(ids=[bad]),
        lambda: services.attendance.record(bad, 1, "present"),
        lambda: services.plans.plan(bad),
        lambda: services.meetings.next_planned(bad),
    ]
    for call in calls:
        with pytest.raises(NotFoundError) as refused:
            call()
        assert len(str(refused.value)) < 80  # the id is shown short, whatever it was


@pytest.mark.parametrize("year", [0, 10_000, 10**6, "twee", 2025.5, float("inf"), True])
def test_a_year_filter_out_of_range_is_refused(services: Services, year: Any) -> None:
    group = services.groups.create(name="Balint").value
    member = services.members.create(full_name="An de Vries").value
    for call in (
        lambda: services.meetings.for_group(group.id, year),  # type: ignore[arg-type]
        lambda: services.notes.overview(year=year),
        lambda: services.goals.for_member(member.id, year),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError) as refused:
            call()
        assert refused.value.field == "year"
    assert services.meetings.for_group(group.id, 9998) == []  # type: ignore[arg-type]


def test_date_filters_that_are_no_dates_are_refused(services: Services) -> None:
    group = services.groups.create(name="Balint").value
    assert group.id is not None
    for call in (
        lambda: services.cases.open_follow_ups(group.id, "gisteren"),  # type: ignore[arg-type]
        lambda: services.cases.rotation(group.id, 12),  # type: ignore[arg-type]
        lambda: services.memberships.members_of(group.id, []),  # type: ignore[arg-type]
        lambda: services.meetings.next_planned(None, 3.5),  # type: ignore[arg-type]
        lambda: services.memberships.reorder(group.id, [], None),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError):
            call()


def test_archived_filter_takes_yes_no_or_either(services: Services) -> None:
    services.groups.create(name="Balint")
    assert len(services.groups.list(None)) == 1
    for bad in ("no", 0, 1.0, []):
        with pytest.raises(ValidationError):
            services.groups.list(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize("limit", ["tien", None, 2**64, -1, 1.5, float("nan"), [], True])
def test_a_search_limit_that_is_no_count_is_refused(services: Services, limit: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        services.search.query("Balint", limit)
    assert refused.value.field == "limit"
    assert services.search.query("Balint", 0) == []


@pytest.mark.parametrize("kinds", [3, True, "note", [["note"]], {1: 2}])
def test_search_kinds_that_are_no_list_of_names_give_a_clean_answer(
    services: Services, kinds: Any
) -> None:
    services.members.create(full_name="Balint Bakker")
    try:
        hits = services.search.query("Balint", 10, kinds)
    except ValidationError as refused:
        assert refused.field == "kinds"  # noqa: PT017 - refused by name, or no hits: both right
    else:
        assert hits == []


@pytest.mark.parametrize("key", [None, 12, ["a"], "\ud800", b"key"])
def test_a_settings_key_that_is_no_text_is_refused(services: Services, key: Any) -> None:
    with pytest.raises(ValidationError):
        services.settings.get(key)
    assert services.settings.get("unknown", 7) == 7


@pytest.mark.parametrize("index", ["eerste", None, 2**64, 1.5, [], float("inf")])
def test_a_plan_position_that_is_no_number_is_refused(services: Services, index: Any) -> None:
    group = services.groups.create(name="Balint").value
    assert group.id is not None
    meeting = services.meetings.create(
        group_id=group.id, date=date(2025, 3, 1), planned_start=time(9), planned_end=time(11)
    ).value
    assert meeting.id is not None
    item = services.plans.add(meeting.id, "block.opening").value
    assert item.id is not None
    if index is not None:
        with pytest.raises(ValidationError):
            services.plans.add(meeting.id, "block.closing", index=index)
    with pytest.raises(ValidationError):
        services.plans.move(item.id, index)
    assert [i.method_key for i in services.plans.items(meeting.id)] == ["block.opening"]


def test_reorder_refuses_a_seat_order_that_is_no_list_of_ids(services: Services) -> None:
    group = services.groups.create(name="Balint").value
    assert group.id is not None
    for order in ([[1]], "12", 5, [2**64]):
        with pytest.raises(IntervisieError):
            services.memberships.reorder(group.id, order, date(2025, 1, 1))  # type: ignore[arg-type]


def test_text_with_a_lone_surrogate_is_refused_by_the_check_naming_the_field(
    services: Services,
) -> None:
    with pytest.raises(ValidationError) as refused:
        v.text("half \ud800 a character", "title", "Title")
    assert refused.value.field == "title"
    with pytest.raises(ValidationError) as stored:
        services.notes.create(title="Notitie", body="tekst \udfff")
    assert stored.value.field == "body"  # the field named, not the safety net's "?"


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), True, b"12"])
def test_integer_refuses_infinity_booleans_and_bytes(value: Any) -> None:
    with pytest.raises(ValidationError):
        v.integer(value, "minutes", "Minutes", 0, 10)


@pytest.mark.parametrize("entries", [None, "block.opening", 5, ["block.opening"], [None]])
def test_a_plan_that_is_no_list_of_entries_is_refused_and_kept(
    services: Services, entries: Any
) -> None:
    group = services.groups.create(name="Balint").value
    assert group.id is not None
    meeting = services.meetings.create(
        group_id=group.id, date=date(2025, 3, 1), planned_start=time(9), planned_end=time(11)
    ).value
    assert meeting.id is not None
    services.plans.add(meeting.id, "block.opening")
    with pytest.raises(ValidationError):
        services.plans.set(meeting.id, entries)
    assert [i.method_key for i in services.plans.items(meeting.id)] == ["block.opening"]


@pytest.mark.parametrize(
    "key", [None, "", 5, ["user.1"], "user.99999999999999999999", "user.\u00b2"]
)
def test_a_method_key_that_cannot_exist_is_not_found(services: Services, key: Any) -> None:
    for call in (services.methods.get, services.methods.is_deleted, services.methods.delete):
        with pytest.raises(NotFoundError):
            call(key)


@pytest.mark.parametrize("meeting_id", [[1], 2**64, "1", None])
def test_a_session_for_a_meeting_id_that_cannot_exist_is_not_found(
    services: Services, meeting_id: Any
) -> None:
    for call in (services.sessions.open, services.sessions.run_for, services.sessions.close):
        with pytest.raises(NotFoundError):
            call(meeting_id)


def test_a_deletion_of_an_unknown_table_or_id_is_refused(services: Services) -> None:
    note = services.notes.create(title="Blijft").value
    for table, id_ in (("", 1), (None, 1), ("note", 2**64), ("note", [1])):
        with pytest.raises(IntervisieError):
            services.deletions.delete(table, id_)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.deletions.restore(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        services.methods.save(None)  # type: ignore[arg-type]
    assert services.notes.get(note.id).title == "Blijft"  # type: ignore[arg-type]


def test_a_pasted_repeated_word_is_searched_once_and_quickly(services: Services) -> None:
    """The fuzz found "tekst tekst ..." (166 times) took minutes against notes full of it."""
    from time import monotonic

    from intervisie_desktop.core.services.search import MAX_WORDS, fts_query

    assert fts_query("Tekst tekst TEKST zo zo") == '"Tekst"* "zo"'
    assert fts_query(" ".join(f"w{i:03}" for i in range(100))).count('"') == 2 * MAX_WORDS
    for i in range(3):
        services.notes.create(title=f"Notitie {i}", body="tekst " * 300)
    started = monotonic()
    hits = services.search.query("tekst " * 166)
    assert len(hits) == 3
    assert monotonic() - started < 10  # was well over a minute
