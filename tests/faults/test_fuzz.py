"""Hypothesis against every create/update of the Services facade and against restore.

Whatever the input, a service either stores it or refuses with ValidationError, NotFoundError
or DatabaseError; a restore either succeeds with a sound database or refuses and changes
nothing. Anything else (TypeError, sqlite errors, crashes) fails the test.
"""

from __future__ import annotations

import contextlib
import hashlib
from datetime import UTC, date, time, timedelta
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_desktop.core.backup.restore import restore_file
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import DatabaseError, NotFoundError, ValidationError
from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.base import EntityService
from intervisie_desktop.paths import methods_dir
from tests.faults.conftest import populate

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

EXPECTED = (ValidationError, NotFoundError, DatabaseError)
EXAMPLES = 1000

values = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.integers(min_value=-3, max_value=40),  # plausible ids and small numbers
    st.floats(allow_nan=True),
    st.text(max_size=40),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=5).map(lambda s: s * 50_000),
    st.sampled_from(["", " ", "2025-02-30", "12:61", "present", "open", "held", "a@b.nl"]),
    st.dates(),
    st.times(),
    st.datetimes(timezones=st.just(UTC)),
    st.datetimes(),  # naive: refused
    st.timedeltas(max_value=timedelta(days=3)),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
    st.binary(max_size=20),
    st.just("\ud800 lone surrogate"),
)


@pytest.fixture(scope="module")
def fuzz_services(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = open_database(folder / "intervisie.sqlite3")
    services = Services(db, methods_dir())
    populate(services)
    group = services.groups.list()[0]
    assert group.id is not None
    services.meetings.create(
        group_id=group.id, date=date(2025, 3, 1), planned_start=time(9), planned_end=time(11)
    )
    yield services
    db.close()


def entity_services(services: Services) -> dict[str, EntityService[Any]]:
    return {n: s for n, s in vars(services).items() if isinstance(s, EntityService)}


def writable_fields(service: EntityService[Any]) -> list[str]:
    return [f for f in service.model.model_fields if f not in service.readonly_fields]


def operations(services: Services) -> dict[str, Callable[[st.DataObject], Any]]:
    """Every public create/update of the facade, drawing its arguments from `data`."""
    ops: dict[str, Callable[[st.DataObject], Any]] = {}
    for name, service in entity_services(services).items():
        fields = writable_fields(service)

        def draw_fields(data: st.DataObject, fields: list[str] = fields) -> dict[str, Any]:
            keys = data.draw(st.lists(st.sampled_from(fields), unique=True, max_size=len(fields)))
            return {k: data.draw(values, label=k) for k in keys}

        ops[f"{name}.create"] = lambda d, s=service, f=draw_fields: s.create(**f(d))
        ops[f"{name}.update"] = lambda d, s=service, f=draw_fields: s.update(
            d.draw(st.one_of(st.integers(-2, 30), values)), **f(d)
        )
    ops["attendance.record"] = lambda d: services.attendance.record(
        d.draw(values), d.draw(values), d.draw(values), d.draw(values)
    )
    ops["memberships.add"] = lambda d: services.memberships.add(
        d.draw(values), d.draw(values), d.draw(values), d.draw(values)
    )
    ops["memberships.end"] = lambda d: services.memberships.end(d.draw(values), d.draw(values))
    ops["memberships.reorder"] = lambda d: services.memberships.reorder(
        d.draw(values), d.draw(st.lists(st.integers(-2, 30), max_size=6)), d.draw(values)
    )
    ops["groups.archive"] = lambda d: services.groups.archive(d.draw(values), d.draw(values))
    ops["settings.set"] = lambda d: services.settings.set(
        d.draw(st.one_of(st.text(max_size=10), values)), d.draw(values)
    )
    return ops


@pytest.mark.slow
@settings(
    max_examples=EXAMPLES * 2,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(data=st.data())
def test_every_service_input_is_stored_or_refused_cleanly(
    fuzz_services: Services, data: st.DataObject
) -> None:
    ops = operations(fuzz_services)
    name = data.draw(st.sampled_from(sorted(ops)), label="operation")
    with contextlib.suppress(*EXPECTED):
        ops[name](data)


def test_the_fuzzed_operations_cover_every_create_and_update(fuzz_services: Services) -> None:
    ops = operations(fuzz_services)
    for name in entity_services(fuzz_services):
        assert {f"{name}.create", f"{name}.update"} <= set(ops)
    assert len(ops) >= 20


@pytest.fixture(scope="module")
def good_backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("restore-fuzz")
    db = open_database(folder / "src.sqlite3")
    Services(db, methods_dir()).groups.create(name="Bron")
    copy = db.backup_to(folder / "backup.sqlite3")
    db.close()
    return copy.read_bytes()


@st.composite
def damaged_files(draw: st.DrawFn, good: bytes) -> bytes:
    data = bytearray(good)
    for _ in range(draw(st.integers(0, 4))):
        how = draw(st.sampled_from(["flip", "zero", "truncate", "garbage", "prefix"]))
        if how == "truncate":
            data = data[: draw(st.integers(0, len(data)))]
        elif how == "prefix":
            data = bytearray(draw(st.binary(max_size=200))) + data
        elif data:
            at = draw(st.integers(0, len(data) - 1))
            if how == "flip":
                data[at] ^= 1 << draw(st.integers(0, 7))
            elif how == "zero":
                span = draw(st.integers(1, 512))
                data[at : at + span] = bytes(len(data[at : at + span]))
            else:
                chunk = draw(st.binary(min_size=1, max_size=256))
                data[at : at + len(chunk)] = chunk
    return bytes(data)


@pytest.mark.slow
def test_restore_of_any_file_succeeds_soundly_or_changes_nothing(
    good_backup: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("restore-target")
    target = folder / "intervisie.sqlite3"
    db = open_database(target)
    Services(db, methods_dir()).groups.create(name="Huidig")
    db.close()
    source = folder / "candidate.sqlite3"
    outcome = {"restored": 0, "refused": 0}

    @settings(max_examples=EXAMPLES, deadline=None, database=None)
    @given(blob=damaged_files(good_backup), passphrase=st.sampled_from([None, None, "pw"]))
    def attempt(blob: bytes, passphrase: str | None) -> None:
        source.write_bytes(blob)
        before = hashlib.sha256(target.read_bytes()).hexdigest()
        try:
            aside = restore_file(target, source, passphrase)
        except DatabaseError:
            assert hashlib.sha256(target.read_bytes()).hexdigest() == before
            outcome["refused"] += 1
            return
        outcome["restored"] += 1
        assert check_database(target, full=True).ok
        assert aside is not None
        aside.unlink()

    attempt()
    assert outcome["restored"] > 0 and outcome["refused"] > 0
    assert sum(outcome.values()) >= EXAMPLES
    print(f"restore fuzz: {outcome}")
