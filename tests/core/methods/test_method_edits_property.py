"""Any sequence of edits to a user method either succeeds completely or stores nothing, and never
raises anything but a ValidationError."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.methods import schema
from intervisie_desktop.core.methods.model import MethodDef, PhaseDef, SpeakerMode, Text

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

texts = st.builds(Text, nl=st.text(max_size=30), en=st.text(max_size=30))
good_numbers = st.one_of(
    st.sampled_from([1.5, 2, 5, 15, 240]), st.floats(min_value=1.5, max_value=60)
)
numbers = st.one_of(
    good_numbers,
    good_numbers,
    st.floats(allow_nan=True, allow_infinity=True),
    st.integers(min_value=-(10**400), max_value=10**400),
    st.sampled_from([0, 0.5, 1, 241]),
)
values: dict[str, st.SearchStrategy[Any]] = {
    "name": st.one_of(texts, texts, st.text(max_size=5)),
    "instruction": texts,
    "script": texts,
    "speaker_mode": st.one_of(
        st.sampled_from(list(SpeakerMode)),
        st.sampled_from([m.value for m in SpeakerMode]),
        st.text(max_size=8),
        st.none(),
    ),
    "minutes": st.one_of(numbers, st.text(max_size=3), st.booleans()),
    "minutes_per_speaker": st.one_of(st.none(), numbers),
    "warning_minutes": st.one_of(st.sampled_from([0, 0.25, 1]), numbers, st.none()),
    "case_bringer_silent": st.one_of(st.booleans(), st.integers(0, 2)),
    "case_bringer_away": st.booleans(),
    "no_advice": st.booleans(),
    "write_first": st.booleans(),
}
indices = st.integers(min_value=-2, max_value=12)
phases = st.builds(
    PhaseDef,
    name=texts,
    speaker_mode=st.sampled_from(list(SpeakerMode)),
    minutes=numbers,
    warning_minutes=st.sampled_from([0.0, 0.5, 1.0, 3.0]),
)

operations = st.one_of(
    st.tuples(st.just("rename"), texts),
    st.tuples(st.just("add"), st.one_of(st.none(), phases), st.one_of(st.none(), indices)),
    st.tuples(st.just("remove"), indices),
    st.tuples(st.just("move"), indices, indices),
    st.tuples(st.just("reorder"), st.permutations(list(range(9))) | st.lists(indices)),
    st.tuples(st.just("delete")),
    st.tuples(st.just("restore")),
    st.sampled_from(list(values)).flatmap(
        lambda field: st.tuples(st.just("update"), indices, st.just(field), values[field])
    ),
)


def apply(services: Services, key: str, op: tuple[Any, ...]) -> MethodDef | None:
    methods = services.methods
    match op:
        case ("rename", name):
            return methods.rename(key, name).value
        case ("add", phase, index):
            return methods.add_phase(key, phase, index).value
        case ("remove", index):
            return methods.remove_phase(key, index).value
        case ("move", index, to):
            return methods.move_phase(key, index, to).value
        case ("reorder", order):
            return methods.reorder_phases(key, order).value
        case ("delete",):
            methods.delete(key)
            return None
        case ("restore",):
            return methods.restore(key).value
        case ("update", index, field, value):
            return methods.update_phase(key, index, **{field: value}).value
    raise AssertionError(op)


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operations, min_size=1, max_size=8))
def test_random_edits_store_all_or_nothing(services: Services, ops: list[tuple[Any, ...]]) -> None:
    key = services.methods.copy("incident").value.key
    for op in ops:
        before = services.methods.get(key)
        deleted_before = services.methods.is_deleted(key)
        try:
            result = apply(services, key, op)
        except ValidationError:
            event(f"{op[0]} refused")
            assert services.methods.get(key) == before
            assert services.methods.is_deleted(key) == deleted_before
            continue
        event(f"{op[0]} stored")
        stored = services.methods.get(key)
        if result is not None:
            assert result == stored
        # whatever was stored obeys the rules and reads back unchanged
        assert schema.check_method(stored, both=False) == stored
        if op[0] == "add":
            assert len(stored.phases) == len(before.phases) + 1
        elif op[0] == "remove":
            assert len(stored.phases) == len(before.phases) - 1
        elif op[0] in {"move", "reorder"}:
            assert sorted(map(repr, stored.phases)) == sorted(map(repr, before.phases))
