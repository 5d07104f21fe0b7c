"""A phase without a warning point of its own warns at the program-wide default (a setting kept
with the data); a phase with its own keeps it; a started run keeps the points it started with."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.core.session.warning import (
    DEFAULT_WARNING_MINUTES,
    WARNING_SETTING,
    read_default,
    store_default,
)
from tests.conftest import FIXTURES

if TYPE_CHECKING:
    from pathlib import Path

    from tests.core.session.conftest import World


def _points(world: World) -> list[float | None]:
    plan = world.services.plans.plan(world.meeting_id)
    return [p.warning_minutes for step in plan.steps for p in step.method.phases]


def test_phases_without_their_own_point_take_the_default_and_the_run_uses_it(
    world: World,
) -> None:
    # opening (2 min a turn), incident: 5 phases without a point and "Afronding" with 2, closing
    assert _points(world) == [1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0, 1.0]
    store_default(world.services.settings, 0.75)
    assert read_default(world.services.settings) == 0.75
    assert _points(world) == [0.75, 0.75, 0.75, 0.75, 0.75, 0.75, 2.0, 0.75]

    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    world.clock.advance(120 - 45 - 1)  # the first turn of 120 s warns 45 s before its end
    assert runner.snapshot().state == RunState.NORMAL
    world.clock.advance(2)
    snap = runner.snapshot()
    assert snap.state == RunState.WARNING and snap.warning_at == 45

    store_default(world.services.settings, 0.25)  # changed while the run goes on
    resumed = world.services.sessions.open(world.meeting_id, world.clock)
    assert resumed.snapshot().warning_at == 45  # the run keeps what it started with


@pytest.mark.parametrize("bad", [-1, 61, float("nan"), "2", True, None])
def test_a_default_out_of_range_is_refused_and_nothing_is_stored(world: World, bad: object) -> None:
    with pytest.raises(ValidationError) as refused:
        store_default(world.services.settings, bad)
    assert refused.value.field == "warning_default"
    assert world.services.settings.get(WARNING_SETTING) is None
    assert read_default(world.services.settings) == DEFAULT_WARNING_MINUTES


def test_a_damaged_setting_reads_as_the_default(world: World) -> None:
    world.services.settings.set(WARNING_SETTING, "soon")
    assert read_default(world.services.settings) == DEFAULT_WARNING_MINUTES
    assert _points(world)[0] == DEFAULT_WARNING_MINUTES


def test_the_upgrade_keeps_each_stored_point_and_lets_a_phase_leave_it_empty(
    tmp_path: Path,
) -> None:
    import shutil

    copy = tmp_path / "v1.sqlite3"
    shutil.copy(FIXTURES / "schema_v1.sqlite3", copy)
    with sqlite3.connect(copy) as conn:
        conn.execute(
            "INSERT INTO method (based_on, name_nl, name_en, summary_nl, summary_en, when_nl,"
            " when_en, source, created_at) VALUES ('', 'Eigen', 'Own', '', '', '', '', '',"
            " '2025-01-01 00:00:00')"
        )
        conn.execute(
            "INSERT INTO phase (method_id, position, name_nl, name_en, minutes, speaker_mode,"
            " instruction_nl, instruction_en, script_nl, script_en, case_bringer_silent,"
            " case_bringer_away, no_advice, write_first, warning_minutes) VALUES"
            " (last_insert_rowid(), 0, 'Fase', 'Phase', 10, 'OPEN', '', '', '', '', 0, 0, 0, 0,"
            " 2.5)"
        )
    open_database(copy).close()
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT warning_minutes FROM phase").fetchall() == [(2.5,)]
        conn.execute("UPDATE phase SET warning_minutes = NULL")  # allowed now
        notnull = {row[1]: row[3] for row in conn.execute("PRAGMA table_info(phase)")}
    assert notnull["warning_minutes"] == 0
