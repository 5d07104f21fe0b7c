"""Right to erasure: the warning's counts, and what really goes and stays."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlmodel import select

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import Attendance, AttendanceStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path


def test_erase_member_removes_personal_data_and_keeps_anonymous_counts(tmp_path: Path) -> None:
    services = Services(open_database(tmp_path / "intervisie.sqlite3"), methods_dir())
    group = services.groups.create(name="Intervisie Noord").value
    anna = services.members.create(full_name="Annabel Kwikstaart", role="jeugdarts").value
    bob = services.members.create(full_name="Bob Smit").value
    assert group.id and anna.id and bob.id
    for person in (anna.id, bob.id):
        services.memberships.add(group.id, person, date(2025, 1, 1))
    meeting = services.meetings.create(
        group_id=group.id,
        date=date(2025, 2, 3),
        planned_start="14:00",
        planned_end="16:00",
        led_by_member_id=anna.id,
    ).value
    assert meeting.id
    for person in (anna.id, bob.id):
        services.attendance.record(meeting.id, person, AttendanceStatus.PRESENT)
    case = services.cases.create(
        meeting_id=meeting.id,
        bringer_id=anna.id,
        topic="Grenzen",
        description="Kwikstaart-casus: een moeder belde om middernacht",
    ).value
    assert case.id
    services.cases.create(meeting_id=meeting.id, bringer_id=bob.id, topic="Bobs casus")
    services.notes.create(title="Over haar", body="groeit in haar rol", member_id=anna.id)
    services.notes.create(title="Bij de casus", body="goed doorgevraagd", case_id=case.id)
    services.notes.create(title="Groep", body="Annabel Kwikstaart nam het woord", group_id=group.id)
    services.goals.create(member_id=anna.id, year=2025, goal="Grenzen aangeven")

    preview = services.erasure.preview(anna.id)
    assert (preview.full_name, preview.notes, preview.cases) == ("Annabel Kwikstaart", 2, 1)
    assert (preview.memberships, preview.learning_goals) == (1, 1)
    assert (preview.attendance, preview.meetings_led, preview.mentions) == (1, 1, 1)

    services.erasure.erase(anna.id)
    assert [m.full_name for m in services.members.list()] == ["Bob Smit"]
    assert [c.topic for c in services.cases.for_meeting(meeting.id)] == ["Bobs casus"]
    assert [n.title for n in services.notes.list()] == ["Groep"]  # the mention stays: by hand
    with services.db.session() as session:
        rows = session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id)).all()
    assert sorted((r.member_id is None, r.status) for r in rows) == [
        (False, AttendanceStatus.PRESENT),
        (True, AttendanceStatus.PRESENT),
    ]  # two present, one of them anonymous now
    assert services.meetings.get(meeting.id).led_by_member_id is None
    assert services.search.query("jeugdarts") == []
    assert services.search.query("middernacht") == []
    data = services.db.path.read_bytes()
    assert b"jeugdarts" not in data and b"middernacht" not in data  # secure delete, checkpointed
    services.close()
