"""Erasure leaves no byte of the person: not in the database file, its WAL or SHM, not in the
recorded session run of a meeting where they spoke and their case was discussed.

Plain: the raw files are scanned. Encrypted: raw bytes say nothing, so every row of every table
is read through the key and scanned.
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import text

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.plans import PlanEntry
from intervisie_desktop.core.session.report import planned_vs_actual
from intervisie_desktop.paths import methods_dir
from tests.core.session.conftest import FakeClock, FakeWall, make_services

PASS = "lange zin als wachtwoord"

#: Distinctive strings that only the erased member's data holds. Every word is distinctive on
#: its own, and the scan ignores case: the search index keeps words, lower-cased.
MARKERS = {
    "name": "Quirinaxa Zwaluwstaart",
    "display": "Quirixa",
    "topic": "Zwaluwgrenzen",
    "question": "Zwaluwvraag Quirivraag?",
    "description": "Zwaluwbeschrijving Quiribeschrijving",
    "outcome": "Zwaluwuitkomst",
    "actions": "Zwaluwafspraak",
    "note": "Zwaluwnotitie Quirinotitie",
    "goal": "Zwaluwleerdoel",
}
WORDS = {k: [w.strip("?").lower().encode() for w in v.split()] for k, v in MARKERS.items()}
#: The other member's data, which must stay.
KEPT = {"name": "Bartholomeus Kievitsnest", "display": "Bartho", "topic": "Kievitonderwerp"}


def _world(services: Services, clock: FakeClock) -> tuple[int, int, int]:
    group = services.groups.create(name="Groep Erasmus").value
    assert group.id is not None
    ids = []
    for seat, (full, short) in enumerate(
        [
            (MARKERS["name"], MARKERS["display"]),
            (KEPT["name"], KEPT["display"]),
            ("Cor Dam", "Cor"),
        ],
        start=1,
    ):
        member = services.members.create(full_name=full, display_name=short).value
        assert member.id is not None
        services.memberships.add(group.id, member.id, date(2025, 1, 1), seat=seat)
        ids.append(member.id)
    erased, kept, _cor = ids
    meeting = services.meetings.create(
        group_id=group.id,
        date=date(2025, 3, 10),
        planned_start=time(14),
        planned_end=time(16),
        led_by_member_id=erased,
    ).value
    assert meeting.id is not None
    case = services.cases.create(
        meeting_id=meeting.id,
        bringer_id=erased,
        topic=MARKERS["topic"],
        question=MARKERS["question"],
        description=MARKERS["description"],
    ).value
    assert case.id is not None
    services.cases.update(case.id, outcome=MARKERS["outcome"], agreed_actions=MARKERS["actions"])
    other = services.cases.create(meeting_id=meeting.id, bringer_id=kept, topic=KEPT["topic"]).value
    assert other.id is not None
    services.notes.create(title="Over haar", body=MARKERS["note"], member_id=erased)
    services.goals.create(member_id=erased, year=2025, goal=MARKERS["goal"])
    services.plans.set(
        meeting.id,
        [
            PlanEntry("block.opening"),
            PlanEntry("test.incident", case_id=case.id),
            PlanEntry("test.incident", case_id=other.id),
            PlanEntry("block.closing"),
        ],
    )
    runner = services.sessions.open(meeting.id, clock)
    runner.start()
    for _ in range(6):  # the erased member speaks in the opening round, brings her case ...
        clock.advance(40)
        runner.next()
    runner.reorder([kept, erased, _cor])
    runner.mark_absent(_cor)
    clock.advance(30)
    runner.finish()
    return erased, kept, meeting.id


def _make(path: Path, passphrase: str | None) -> tuple[Services, int, int, int]:
    clock = FakeClock()
    services = make_services(open_database(path, passphrase=passphrase), FakeWall(clock))
    erased, kept, meeting_id = _world(services, clock)
    return services, erased, kept, meeting_id


def _raw_counts(path: Path) -> dict[str, dict[str, int]]:
    counts: dict[str, dict[str, int]] = {}
    for suffix in ("", "-wal", "-shm"):
        file = Path(str(path) + suffix)
        data = file.read_bytes() if file.exists() else b""
        low = data.lower()
        counts[file.name] = {k: sum(low.count(w) for w in ws) for k, ws in WORDS.items()}
    return counts


def _all_rows_text(services: Services) -> str:
    """Every value of every row of every table (FTS shadow tables included), as one text."""
    parts: list[str] = []
    with services.db.engine.connect() as conn:
        listing = "SELECT name FROM sqlite_master WHERE type = 'table'"
        tables = [r[0] for r in conn.exec_driver_sql(listing)]
        for table in tables:
            for row in conn.execute(text(f'SELECT * FROM "{table}"')):
                parts.extend(
                    v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v) for v in row
                )
    return "\n".join(parts)


def _found_in_rows(services: Services) -> list[str]:
    low = _all_rows_text(services).lower()
    return [k for k, ws in WORDS.items() if any(w.decode() in low for w in ws)]


def _check_kept(services: Services, kept: int, meeting_id: int) -> None:
    assert [m.full_name for m in services.members.list() if m.id == kept] == [KEPT["name"]]
    assert KEPT["topic"] in [c.topic for c in services.cases.for_meeting(meeting_id)]
    plan = services.sessions.frozen_plan(meeting_id)
    assert plan is not None
    assert KEPT["display"] in [s.display_name for s in plan.speakers]
    with services.db.session() as session:
        rows = planned_vs_actual(session, meeting_id)
    labels = {str(r.label.en) for r in rows if r.member_id is not None}
    assert KEPT["display"] in labels and MARKERS["display"] not in labels
    assert KEPT["topic"] in {r.topic for r in rows}


def test_erasure_leaves_no_byte_in_the_file_wal_or_shm(tmp_path: Path) -> None:
    path = tmp_path / "intervisie.sqlite3"
    services, erased, kept, meeting_id = _make(path, None)
    before = services.sessions.rebuild(meeting_id, FakeClock())
    assert before is not None
    services.db.engine.dispose()  # the pooled connections hold nothing back
    planted = _raw_counts(path)
    assert all(sum(c[k] for c in planted.values()) > 0 for k in MARKERS), planted
    result = services.erasure.erase(erased)

    assert result.preview.full_name == MARKERS["name"]
    assert {Change.MEMBERS, Change.CASES, Change.NOTES, Change.SESSIONS} <= result.changes.kinds
    found = _raw_counts(path)
    assert found == {name: dict.fromkeys(MARKERS, 0) for name in found}, found
    assert _found_in_rows(services) == []
    _check_kept(services, kept, meeting_id)
    after = services.sessions.rebuild(meeting_id, FakeClock())
    assert after is not None  # the run replays as before, its timings untouched
    assert after.state.status == before.state.status
    assert sorted(after.state.turn_spent.values()) == sorted(before.state.turn_spent.values())
    services.close()
    found = _raw_counts(path)
    assert found == {name: dict.fromkeys(MARKERS, 0) for name in found}, found


def test_erasure_in_an_encrypted_database_leaves_no_row_with_the_person(tmp_path: Path) -> None:
    path = tmp_path / "intervisie.sqlite3"
    plain, erased, kept, meeting_id = _make(path, None)
    plain.protection.protect(PASS)
    plain.close()
    clock = FakeClock()
    services = make_services(open_database(path, passphrase=PASS, create=False), FakeWall(clock))
    assert _found_in_rows(services) == list(MARKERS)  # all there, in the index too

    services.erasure.erase(erased)

    assert _found_in_rows(services) == []
    _check_kept(services, kept, meeting_id)
    services.close()
    again = Services(open_database(path, passphrase=PASS, create=False), methods_dir())
    assert _found_in_rows(again) == []
    again.close()


@pytest.mark.parametrize("status", ["not_started", "running"])
def test_a_live_run_goes_on_without_the_erased_member(tmp_path: Path, status: str) -> None:
    clock = FakeClock()
    services = make_services(open_database(tmp_path / "i.sqlite3"), FakeWall(clock))
    group = services.groups.create(name="G").value
    assert group.id is not None
    ids = []
    for n, name in enumerate([MARKERS["display"], "Bart", "Cor"], start=1):
        m = services.members.create(full_name=f"{name} X", display_name=name).value
        assert m.id is not None
        services.memberships.add(group.id, m.id, date(2025, 1, 1), seat=n)
        ids.append(m.id)
    meeting = services.meetings.create(
        group_id=group.id, date=date(2025, 3, 10), planned_start=time(14), planned_end=time(16)
    ).value
    assert meeting.id is not None
    services.plans.set(meeting.id, [PlanEntry("block.opening")])
    runner = services.sessions.open(meeting.id, clock)
    if status == "running":
        runner.start()
        clock.advance(30)
        runner.next()
    services.sessions.close(meeting.id)
    services.erasure.erase(ids[0])
    resumed = services.sessions.open(meeting.id, clock)
    names = [s.display_name for s in resumed.plan.speakers]
    assert MARKERS["display"] not in names and "Bart" in names
    resumed.start()
    clock.advance(30)
    resumed.next()
    services.close()


def test_two_erased_speakers_stay_two_anonymous_speakers(tmp_path: Path) -> None:
    services, erased, kept, meeting_id = _make(tmp_path / "intervisie.sqlite3", None)
    before = services.sessions.rebuild(meeting_id, FakeClock())
    assert before is not None
    services.erasure.erase(erased)
    services.erasure.erase(kept)
    plan = services.sessions.frozen_plan(meeting_id)
    assert plan is not None
    anonymous = [s.member_id for s in plan.speakers if s.member_id < 0]
    assert len(set(anonymous)) == 2  # never merged into one speaker
    cases = [step.case for step in plan.steps if step.case is not None]
    assert [(c.topic, c.question) for c in cases] == [("", ""), ("", "")]
    assert len({c.case_id for c in cases} | set(anonymous)) == 4  # all ids distinct
    after = services.sessions.rebuild(meeting_id, FakeClock())
    assert after is not None
    assert sorted(after.state.turn_spent.values()) == sorted(before.state.turn_spent.values())
    assert after.state.absent == before.state.absent
    services.close()
