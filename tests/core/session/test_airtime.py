"""Airtime after a session: per round who spoke how long, and the spread, checked against the
clock that the test moved for each turn."""

from __future__ import annotations

import statistics
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.session.snapshot import RunState

if TYPE_CHECKING:
    from tests.core.session.conftest import World


def run_through(world: World) -> dict[tuple[str, str], float]:
    """Run the session to the end; each turn takes its own number of seconds. Returns what was
    given: (phase, speaker) -> seconds."""
    runner = world.services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    given: dict[tuple[str, str], float] = {}
    for n in range(200):
        snap = runner.snapshot()
        last = snap.step_index == snap.step_count - 1 and snap.phase_index == snap.phase_count - 1
        speaker = snap.current_speaker
        seconds = 20.0 + 7 * (n % 9)
        world.clock.advance(seconds)
        if snap.turn is not None and speaker is not None:
            key = (snap.phase_name.en, speaker.display_name)
            given[key] = given.get(key, 0.0) + seconds
        if last and snap.turn is None:
            runner.finish()
            break
        runner.next()
    assert runner.snapshot().state == RunState.FINISHED
    return given


def test_no_airtime_before_the_session_is_finished(world: World) -> None:
    services = world.services
    assert services.sessions.airtime(world.meeting_id) is None
    runner = services.sessions.open(world.meeting_id, world.clock)
    runner.start()
    world.clock.advance(60)
    runner.next()
    assert services.sessions.airtime(world.meeting_id) is None  # running: not yet


def test_each_round_and_the_whole_session_as_the_clock_ran(world: World) -> None:
    given = run_through(world)
    found = world.services.sessions.airtime(world.meeting_id)
    assert found is not None
    names = {r.phase.en for r in found.rounds}
    # The rounds are the phases in which several spoke in turn; the case bringer's own phase
    # ("Inbreng") is in the totals only.
    assert names == {"Opening", "Vragen", "Ronde"}
    for round_ in found.rounds:
        expected = {s: t for (p, s), t in given.items() if p == round_.phase.en}
        assert {t.name: t.seconds for t in round_.turns} == pytest.approx(expected)
        spread = round_.spread
        assert (spread.shortest, spread.median, spread.longest) == pytest.approx(
            (min(expected.values()), statistics.median(expected.values()), max(expected.values()))
        )
    opening = next(r for r in found.rounds if r.phase.en == "Opening")
    assert [t.name for t in opening.turns] == ["Anna", "Bram", "Cor", "Dirk", "Eva"]  # seats
    vragen = next(r for r in found.rounds if r.phase.en == "Vragen")
    assert "Bram" not in [t.name for t in vragen.turns]  # the case bringer does not ask
    totals: dict[str, float] = {}
    for (_phase, speaker), seconds in given.items():
        totals[speaker] = totals.get(speaker, 0.0) + seconds
    assert {s.name: s.seconds for s in found.speakers} == pytest.approx(totals)
    assert found.spread is not None
    assert found.spread.longest == pytest.approx(max(totals.values()))


def test_airtime_reaches_neither_the_projector_nor_an_export_unasked() -> None:
    """The Meetings tab reads it, and the minutes when the supervisor ticks it (off by default:
    tests/export/test_minutes_airtime.py); no module of session mode, no other export and no
    other report names it (the supervisor's view of who spoke how long is not the group's)."""
    from pathlib import Path

    import intervisie_desktop

    root = Path(intervisie_desktop.__file__).parent
    readers = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "airtime" in path.read_text(encoding="utf-8") and path.stem != "airtime"
    )
    assert readers == [
        "commands/export_minutes.py",
        "core/reports/minutes.py",
        "core/services/sessions.py",
        "export/kit_jobs.py",
        "export/minutes_pdf.py",
        "export/minutes_text.py",
        "ui/export/minutes_dialog.py",
        "ui/panes/meetings.py",
    ]
