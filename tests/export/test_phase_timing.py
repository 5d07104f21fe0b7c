"""The summary's planned-versus-actual chart per phase, from a session really run through the
session service, and method names from the method library in both languages."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo.small import write_small
from intervisie_desktop.core.reports import TimingRow
from intervisie_desktop.core.reports.timing import PHASE_SEPARATOR, library_names
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.session.report import RowKind, planned_vs_actual
from intervisie_desktop.export import jobs
from intervisie_desktop.export.language import ExportLanguage
from intervisie_desktop.export.summary_pdf import CHART_ROWS, chart_rows
from intervisie_desktop.paths import methods_dir
from tests.core.session.conftest import FakeClock, FakeWall
from tests.export import pdftools

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    #: The services, the timed group, another group, the finished meeting and the output folder.
    World = tuple[Services, int, int, int, Path]


TODAY = date(2025, 6, 2)
SPENT = [300.0, 420.0, 90.0, 600.0]  # seconds in the first phases before each next()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """The small demo (without its recorded sessions) with one group's next meeting run and
    finished through the service."""
    folder = tmp_path_factory.mktemp("timed")
    db = open_database(folder / "demo.sqlite3")
    write_small(db, methods_dir(), today=TODAY, recorded=False)
    services = Services(db, methods_dir())
    group = services.groups.list()[0]
    other = services.groups.list()[1]
    meeting = services.meetings.next_planned(group.id, today=TODAY)
    assert meeting is not None and meeting.id is not None
    clock = FakeClock()
    # Run on the meeting's day: a session finished before its day does not hold the meeting.
    noon = datetime.combine(meeting.date, time(12, 0), tzinfo=UTC)
    services.sessions.wall = FakeWall(clock, noon)
    runner = services.sessions.open(meeting.id, clock)
    runner.start()
    for seconds in SPENT:
        clock.advance(seconds)
        runner.next()
    clock.advance(45)
    runner.finish()
    yield services, group.id, other.id, meeting.id, folder
    db.close()


def expected_rows(services: Services, meeting_ids: list[int], lang: str) -> dict[str, tuple]:
    with services.db.session() as session:
        sums: dict[str, tuple[float, float]] = {}
        for meeting_id in meeting_ids:
            method = ""
            for row in planned_vs_actual(session, meeting_id):
                if row.kind == RowKind.STEP:
                    method = row.label.get(lang)
                if row.kind == RowKind.PHASE:
                    label = method + PHASE_SEPARATOR + row.label.get(lang)
                    planned, actual = sums.get(label, (0.0, 0.0))
                    sums[label] = (planned + row.planned / 60, actual + row.actual / 60)
    return sums


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_phase_rows_add_up_the_finished_session(world: World, lang: str) -> None:
    services, group_id, _, meeting_id, _ = world
    summary = jobs.summary_data(services, group_id, TODAY.year, lang)
    held = [m.meeting_id for m in summary.meetings]
    assert meeting_id in held  # finishing the run marked the meeting held
    rows = {r.label: r for r in summary.timing}
    expected = expected_rows(services, [meeting_id], lang)
    assert rows.keys() == expected.keys() and len(rows) > 3
    for label, (planned, actual) in expected.items():
        assert rows[label].planned_minutes == pytest.approx(planned)
        assert rows[label].actual_minutes == pytest.approx(actual)
        assert rows[label].meeting_ids == (meeting_id,)  # the other held meetings have no run
    # The clock, independently of the report: the first phase took what the clock said (next()
    # in a phase with turns moves to the next speaker), and all of it adds up to the run.
    assert summary.timing[0].actual_minutes == pytest.approx(SPENT[0] / 60)
    assert sum(r.actual_minutes or 0 for r in summary.timing) == pytest.approx(
        (sum(SPENT) + 45) / 60
    )
    assert all(PHASE_SEPARATOR in r.label for r in summary.timing)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_summary_pdf_names_methods_and_phases(qapp: QApplication, world: World, lang: str) -> None:
    services, group_id, _, _, folder = world
    path = folder / f"summary_{lang}.pdf"
    job = jobs.prepare_summary(services, group_id, TODAY.year, path, lang)
    job.run()
    text = pdftools.text(path)
    flat = " ".join(text.split())
    assert job.summary.methods
    for use in job.summary.methods:
        name = services.methods.get(use.key).name.get(lang)
        assert use.name == name and name in flat
        assert not re.search(rf"\b{re.escape(use.key)}\b", text)  # never the bare key
    title = {
        "nl": "Geplande en werkelijke tijd per fase",
        "en": "Planned versus actual time per phase",
    }
    assert title[lang] in flat
    assert job.picture is not None  # the chart (its labels are drawn as outlines, not text)
    held = len(job.summary.meetings)
    assert f"1 {'van' if lang == 'nl' else 'of'} {held}" in flat


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_year_without_a_session_run_says_so(qapp: QApplication, world: World, lang: str) -> None:
    services, _, other_id, _, folder = world
    path = folder / f"untimed_{lang}.pdf"
    job = jobs.prepare_summary(services, other_id, TODAY.year, path, lang)
    assert job.summary.meetings and job.summary.timing == () and job.picture is None
    job.run()
    flat = " ".join(pdftools.text(path).split())
    sentence = {
        "nl": "Geen enkele bijeenkomst van dit jaar is met de sessietimer",
        "en": "None of this year's meetings was run to the end with the session timer",
    }
    assert sentence[lang] in flat


def test_unknown_method_keys_fall_back_to_the_key(world: World) -> None:
    services = world[0]
    name = library_names(services.methods.get)
    assert name("no.such.method", "nl") == "no.such.method"
    assert name("user:999999", "en") == "user:999999"
    assert name("incident", "en") == services.methods.get("incident").name.en


def test_many_phases_keep_their_totals_in_one_other_bar() -> None:
    rows = [TimingRow(f"m · p{i}", float(i + 1), float(i), (i,)) for i in range(20)]
    shown, others = chart_rows(rows, ExportLanguage("en"))
    assert len(shown) == CHART_ROWS and others == 20 - CHART_ROWS + 1
    assert sum(r.planned_minutes for r in shown) == sum(r.planned_minutes for r in rows)
    assert sum(r.actual_minutes or 0 for r in shown) == sum(r.actual_minutes or 0 for r in rows)
    kept = [r.label for r in shown[:-1]]
    assert kept == [f"m · p{i}" for i in range(20 - CHART_ROWS + 1, 20)]  # most planned, in order
    assert shown[-1].label.startswith("Other phases")
