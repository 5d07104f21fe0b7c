"""The record of a held meeting, the year plan, the reflection statements and the certificates
as written files: what they say (times as held or marked planned, arrival and leave of a partial
attendance, place, methods, topics) and what they never say (planted confidential text)."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.export import jobs, record_jobs
from intervisie_desktop.export.qt_runtime import ensure_application
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from tests.export.pdftools import normalise, page_count, text

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

PLANT = "zqxplant"  # no word of any report contains it


def plant(database: Path) -> list[str]:
    """Unique text in every confidential field; returns every planted string."""
    planted: list[str] = []
    with sqlite3.connect(database) as conn:
        columns = {
            "case": ["question", "description", "outcome", "agreed_actions", "follow_up_text"],
            "meeting": ["evaluation"],
            "note": ["title", "body"],
        }
        for table, names in columns.items():
            for (row_id,) in conn.execute(f'SELECT id FROM "{table}"').fetchall():
                for name in names:
                    value = f"{PLANT}{table}{name}{row_id}"
                    conn.execute(f'UPDATE "{table}" SET {name} = ? WHERE id = ?', (value, row_id))
                    planted.append(value)
        conn.execute(
            "UPDATE learninggoal SET goal = ?, evaluation = ? WHERE in_report = 0",
            (f"{PLANT}goal", f"{PLANT}goalevaluation"),
        )
    return planted


@pytest.fixture(scope="module")
def planted(
    demo_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Services, list[str]]]:
    folder = tmp_path_factory.mktemp("records") / "data"
    shutil.copytree(demo_dir, folder)
    secrets = plant(folder / DATABASE_NAME)
    db = open_database(folder / DATABASE_NAME)
    ensure_application()
    yield Services(db, methods_dir()), secrets
    db.close()


def held_meetings(services: Services) -> list[int]:
    return [
        m.id
        for m in services.meetings.for_group(1)
        if m.status == MeetingStatus.HELD and m.id is not None
    ]


def test_no_confidential_text_in_any_new_output(
    planted: tuple[Services, list[str]], tmp_path: Path
) -> None:
    services, secrets = planted
    assert len(secrets) > 50
    meeting = held_meetings(services)[-1]
    year = services.meetings.get(meeting).date.year
    written = []
    for lang in ("nl", "en"):
        for name, job in {
            "record": record_jobs.prepare_record(services, meeting, tmp_path / "r.pdf", lang),
            "plan": record_jobs.prepare_year_plan(services, 1, year, tmp_path / "p.pdf", lang),
            "reflection": record_jobs.prepare_reflections(
                services, 1, year, tmp_path / "f.pdf", lang
            ),
            "certificates": jobs.prepare_certificates(services, 1, year, tmp_path / "c.pdf", lang),
        }.items():
            path = job.run().paths[0]
            document = text(path)
            assert len(document) > 500, name
            assert PLANT not in document.lower(), (name, lang)
            written.append(path)
    assert len(written) == 8


def test_record_shows_times_as_held_and_arrival_and_leave(
    planted: tuple[Services, list[str]], tmp_path: Path
) -> None:
    services, _ = planted
    meeting_id = held_meetings(services)[-1]
    meeting = services.meetings.get(meeting_id)
    assert meeting.actual_start is not None  # the demo's last held meeting ran a session
    people = services.attendance.for_meeting(meeting_id)
    late, early = people[0][0], people[1][0]
    assert late.id is not None and early.id is not None
    from intervisie_desktop.core.reports.summary import meeting_times

    start, end, actual = meeting_times(meeting)
    assert actual
    arrival = time(start.hour, start.minute + 25 if start.minute < 30 else start.minute - 5)
    arrival = time(start.hour + 1, 0) if arrival <= start else arrival
    services.attendance.record(meeting_id, late.id, "present", arrived_at=arrival)
    services.attendance.record(meeting_id, early.id, "present", left_at=time(end.hour - 1, 0))
    for lang, came, left in (("en", "arrived", "left"), ("nl", "gekomen", "vertrokken")):
        path = record_jobs.prepare_record(services, meeting_id, tmp_path / f"{lang}.pdf", lang)
        document = normalise(text(path.run().paths[0]))
        assert f"{came} {arrival:%H:%M}" in document
        assert f"{left} {end.hour - 1:02d}:00" in document
        assert f"{start:%H:%M}–{end:%H:%M}" in document
        assert ("as held" if lang == "en" else "zoals gehouden") in document
        certificates = jobs.prepare_certificates(
            services, 1, meeting.date.year, tmp_path / f"c{lang}.pdf", lang, member_ids=[late.id]
        )
        cert = normalise(text(certificates.run().paths[0]))
        assert f"{came} {arrival:%H:%M}" in cert
        assert normalise(meeting.location).split(",")[0] in cert
        assert ("methods and topics" if lang == "en" else "methoden en onderwerpen") in cert


def test_a_meeting_without_session_is_marked_planned(
    planted: tuple[Services, list[str]], tmp_path: Path
) -> None:
    services, _ = planted
    unrun = [m for m in held_meetings(services) if services.meetings.get(m).actual_start is None]
    assert unrun
    job = record_jobs.prepare_record(services, unrun[0], tmp_path / "r.pdf", "en")
    assert "planned times: no session was recorded" in normalise(text(job.run().paths[0]))


def test_a_planned_meeting_has_no_record(
    planted: tuple[Services, list[str]], tmp_path: Path
) -> None:
    services, _ = planted
    planned = [m for m in services.meetings.for_group(1) if m.status == MeetingStatus.PLANNED]
    assert planned and planned[0].id is not None
    with pytest.raises(ValidationError):
        record_jobs.prepare_record(services, planned[0].id, tmp_path / "r.pdf", "en")
    assert not (tmp_path / "r.pdf").exists()


def test_arrival_outside_the_meeting_is_refused(planted: tuple[Services, list[str]]) -> None:
    services, _ = planted
    meeting_id = held_meetings(services)[0]
    person = services.attendance.for_meeting(meeting_id)[2][0]
    assert person.id is not None
    with pytest.raises(ValidationError):
        services.attendance.record(meeting_id, person.id, "present", arrived_at=time(6, 0))
    with pytest.raises(ValidationError):
        services.attendance.record(meeting_id, person.id, "absent", left_at=time(12, 0))


def test_year_plan_and_reflection_in_both_languages(
    planted: tuple[Services, list[str]], tmp_path: Path
) -> None:
    services, _ = planted
    year = services.meetings.get(held_meetings(services)[0]).date.year
    plan = record_jobs.prepare_year_plan(services, 1, year, tmp_path / "p.pdf", "nl")
    document = normalise(text(plan.run().paths[0]))
    assert f"jaarplan {year}" in document
    for meeting in plan.data.meetings:
        assert normalise(meeting.place).split(",")[0] in document
    reflections = record_jobs.prepare_reflections(services, 1, year, tmp_path / "f.pdf", "en")
    pdf = reflections.run().paths[0]
    document = normalise(text(pdf))
    for dimension in ("technical-instrumental", "normative", "personal"):
        assert dimension in document
    # one page per participant: each statement is a document of its own
    assert page_count(pdf) == len(reflections.data)
