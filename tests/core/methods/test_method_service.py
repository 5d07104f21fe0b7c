"""services.methods: built-ins read-only, user copies edited through the real database."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import NotFoundError, ValidationError
from intervisie_desktop.core.methods.model import MethodKind, PhaseDef, SpeakerMode, Text
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from intervisie_desktop.core.db.database import Database


def test_list_holds_builtins_then_user_methods(services: Services) -> None:
    before = services.methods.list()
    assert [m.key for m in before] == services.methods.catalogue.keys()
    copy = services.methods.copy("incident").value
    after = services.methods.list()
    assert after[-1] == copy and len(after) == len(before) + 1
    assert copy not in services.methods.list(MethodKind.BLOCK)
    assert [m.key for m in services.methods.list(MethodKind.BLOCK)][:1] == ["block.opening"]


def test_get_resolves_builtins_and_user_keys(services: Services) -> None:
    assert services.methods.get("incident").name.nl == "Incidentmethode"
    assert services.methods.get("block.opening").kind is MethodKind.BLOCK
    copy = services.methods.copy("gossip").value
    assert services.methods.resolver(copy.key) == copy
    for key in ("nope", "user:999", "user:abc", "user:"):
        with pytest.raises(NotFoundError):
            services.methods.get(key)


def test_copy_keeps_everything_but_the_name_and_key(services: Services) -> None:
    original = services.methods.get("incident")
    copied = services.methods.copy("incident")
    copy = copied.value
    assert copy.key.startswith("user:") and not copy.builtin and copy.based_on == "incident"
    assert copy.name == Text(nl="Incidentmethode (kopie)", en="Incident method (copy)")
    assert copy.phases == original.phases
    assert (copy.summary, copy.when_to_use, copy.source) == (
        original.summary,
        original.when_to_use,
        original.source,
    )
    assert copied.changes.kinds == frozenset({Change.METHODS})
    second = services.methods.copy("incident").value
    assert second.name.nl == "Incidentmethode (kopie 2)"
    of_copy = services.methods.copy(copy.key).value
    assert of_copy.based_on == "incident"  # always the built-in it descends from


def test_copies_keep_kind_and_unsourced_from_their_builtin(services: Services) -> None:
    block = services.methods.copy("block.opening").value
    assert block.kind is MethodKind.BLOCK
    assert block in services.methods.list(MethodKind.BLOCK)
    rose = services.methods.copy("leary_rose").value
    assert rose.unsourced
    edited = services.methods.set_texts(rose.key, source="Eigen bron, 2024").value
    assert not edited.unsourced


def test_builtins_refuse_every_edit(services: Services) -> None:
    original = services.methods.get("incident")
    attempts = [
        lambda: services.methods.rename("incident", Text(nl="X", en="X")),
        lambda: services.methods.set_texts("incident", summary=Text(nl="x", en="x")),
        lambda: services.methods.add_phase("incident"),
        lambda: services.methods.update_phase("incident", 0, minutes=9),
        lambda: services.methods.remove_phase("incident", 0),
        lambda: services.methods.move_phase("incident", 0, 1),
        lambda: services.methods.reorder_phases("incident", range(9)),
        lambda: services.methods.save(original),
        lambda: services.methods.delete("incident"),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as caught:
            attempt()
        assert caught.value.field == "key"
    assert services.methods.get("incident") == original


def test_edits_round_trip_through_the_database(services: Services, db: Database) -> None:
    key = services.methods.copy("five_steps").value.key
    services.methods.rename(key, Text(nl="  Onze vijf stappen ", en="Our five steps"))
    services.methods.update_phase(
        key,
        3,
        minutes_per_speaker=3,
        warning_minutes=0.5,
        no_advice=True,
        instruction=Text(nl="Adviezen, graag kort.", en="Advice, briefly please."),
    )
    services.methods.update_phase(key, 1, speaker_mode="silent", minutes=12, write_first=True)
    services.methods.add_phase(
        key,
        PhaseDef(
            name=Text(nl="Pauze", en="Break"), speaker_mode=SpeakerMode.FACILITATOR, minutes=5
        ),
        index=2,
    )
    services.methods.move_phase(key, 0, 5)
    services.methods.remove_phase(key, 4)
    expected = services.methods.get(key)

    fresh = Services(db, methods_dir())  # a second service on the same file reads what was stored
    stored = fresh.methods.get(key)
    assert stored == expected
    assert stored.name.nl == "Onze vijf stappen"
    names = [p.name.nl for p in stored.phases]
    assert names == ["Verkennen", "Pauze", "Kernprobleem", "Adviesronde", "Vraag toelichten"]
    advice = stored.phases[3]
    assert (advice.minutes_per_speaker, advice.warning_minutes, advice.no_advice) == (
        3.0,
        0.5,
        True,
    )
    assert stored.phases[0].speaker_mode is SpeakerMode.SILENT and stored.phases[0].write_first


def test_reorder_puts_phases_in_the_given_order(services: Services) -> None:
    copy = services.methods.copy("gossip").value
    before = [p.name.en for p in copy.phases]
    after = services.methods.reorder_phases(copy.key, [4, 3, 2, 1, 0]).value
    assert [p.name.en for p in after.phases] == before[::-1]
    assert services.methods.get(copy.key) == after
    for bad in ([0, 1, 2, 3], [0, 0, 1, 2, 3], [0, 1, 2, 3, 5]):
        with pytest.raises(ValidationError):
            services.methods.reorder_phases(copy.key, bad)
    assert services.methods.get(copy.key) == after


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"name": Text(nl="", en=" ")}, "phases[0].name.nl"),
        ({"minutes": -3}, "phases[0].minutes"),
        ({"minutes": 0}, "phases[0].minutes"),
        ({"minutes": float("nan")}, "phases[0].minutes"),
        ({"minutes": "5"}, "phases[0].minutes"),
        ({"minutes": 10_000}, "phases[0].minutes"),
        ({"speaker_mode": "shouting"}, "speaker_mode"),
        ({"minutes_per_speaker": 2}, "phases[0].minutes_per_speaker"),
        ({"warning_minutes": 5}, "phases[0].warning_minutes"),
        ({"warning_minutes": -1}, "phases[0].warning_minutes"),
        ({"case_bringer_silent": True}, "phases[0].case_bringer_silent"),
        ({"no_advice": "yes"}, "phases[0].no_advice"),
        ({"instruction": Text(nl="x" * 400, en="")}, "phases[0].instruction.nl"),
        ({"script": Text(nl="a\x00b", en="")}, "phases[0].script.nl"),
    ],
)
def test_bad_phase_edits_are_refused_and_nothing_is_stored(
    services: Services, changes: dict[str, object], field: str
) -> None:
    copy = services.methods.copy("gossip").value  # phase 0: the case bringer speaks for 5 minutes
    with pytest.raises(ValidationError) as caught:
        services.methods.update_phase(copy.key, 0, **changes)
    assert caught.value.field == field
    assert services.methods.get(copy.key) == copy


def test_bad_method_edits_are_refused(services: Services) -> None:
    copy = services.methods.copy("gossip").value
    with pytest.raises(ValidationError) as caught:
        services.methods.rename(copy.key, Text(nl=" ", en=""))
    assert caught.value.field == "name.nl"
    one_phase = services.methods.save(replace(copy, phases=copy.phases[:1])).value
    with pytest.raises(ValidationError) as caught:
        services.methods.remove_phase(copy.key, 0)
    assert caught.value.field == "phases"
    for index in (-1, 1, 7):
        with pytest.raises(ValidationError):
            services.methods.update_phase(copy.key, index, minutes=3)
        with pytest.raises(ValidationError):
            services.methods.move_phase(copy.key, 0, index)
    with pytest.raises(ValidationError):
        services.methods.add_phase(copy.key, index=5)
    with pytest.raises(TypeError):
        services.methods.update_phase(copy.key, 0, colour="red")
    assert services.methods.get(copy.key) == one_phase


def test_a_name_in_one_language_is_enough_for_a_user_method(services: Services) -> None:
    copy = services.methods.copy("incident").value
    renamed = services.methods.rename(copy.key, Text(nl="Alleen Nederlands", en="")).value
    assert renamed.name.get("en") == "Alleen Nederlands"


def test_deleted_user_method_is_hidden_but_still_readable(services: Services) -> None:
    copy = services.methods.copy("socratic").value
    services.methods.delete(copy.key)
    assert copy.key not in [m.key for m in services.methods.list()]
    assert copy.key in [m.key for m in services.methods.list(include_deleted=True)]
    assert services.methods.get(copy.key) == copy  # meeting history still resolves it
    assert services.methods.is_deleted(copy.key)
    with pytest.raises(ValidationError):
        services.methods.rename(copy.key, Text(nl="Nieuw", en="New"))
    restored = services.methods.restore(copy.key).value
    assert restored == copy and not services.methods.is_deleted(copy.key)
    assert not services.methods.is_deleted("incident")
