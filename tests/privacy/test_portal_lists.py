"""A portal list carries registration numbers and nothing else: confidential text planted in
every field a case, a note, a meeting and a member can hold reaches no list, in text or CSV,
from the service or the command line."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from intervisie_desktop.cli import main
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.core.registers.portal import as_text
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import methods_dir

if TYPE_CHECKING:
    from pathlib import Path

PLANT = "PLANTED-Q7731X"


def test_no_confidential_text_reaches_a_portal_list(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    services = Services(open_database(folder / "intervisie.sqlite3"), methods_dir())
    group = services.groups.create(
        name=f"Groep {PLANT}",
        context=PLANT,
        facilitator_name=PLANT,
        facilitator_register=f"LVSC {PLANT}",
        ground_rules=PLANT,
    ).value
    assert group.id is not None
    people = []
    for i in range(3):
        person = services.members.create(
            full_name=f"Lid{i} {PLANT}",
            display_name=f"{PLANT}{i}",
            role=PLANT,
            email=f"x{i}@example.nl",
        ).value
        assert person.id is not None
        services.memberships.add(group.id, person.id, date(2025, 1, 1))
        services.registrations.add(person.id, "BIG", f"0000000000{i}")
        services.goals.create(member_id=person.id, year=2025, goal=PLANT, evaluation=PLANT)
        people.append(person.id)
    meeting = services.meetings.create(
        group_id=group.id,
        date=date(2025, 5, 5),
        planned_start=time(9),
        planned_end=time(11),
        location=PLANT,
        theme=PLANT,
        evaluation=PLANT,
        status=MeetingStatus.HELD,
    ).value
    assert meeting.id is not None
    for person_id in people:
        services.attendance.record(meeting.id, person_id, AttendanceStatus.PRESENT)
    services.cases.create(
        meeting_id=meeting.id,
        bringer_id=people[0],
        topic=PLANT,
        question=PLANT,
        description=PLANT,
        outcome=PLANT,
        agreed_actions=PLANT,
        follow_up_text=PLANT,
    )
    services.notes.create(title=PLANT, body=PLANT, group_id=group.id, meeting_id=meeting.id)
    one = services.registers.meeting_list(meeting.id, "BIG")
    assert one is not None and one.numbers == ("00000000000", "00000000001", "00000000002")
    year = services.registers.year_lists(group.id, 2025, "BIG")
    services.close()
    assert PLANT not in as_text([one]) + as_text(year)
    assert PLANT not in repr(one) + repr(year)
    written = []
    for args in (
        ["--meeting", str(meeting.id)],
        ["--group", str(group.id), "--year", "2025"],
    ):
        for suffix in (".txt", ".csv"):
            out = tmp_path / f"list{len(written)}{suffix}"
            code = main(
                [
                    "export-register-list",
                    "--data-dir",
                    str(folder),
                    "--register",
                    "BIG",
                    "--out",
                    str(out),
                    *args,
                ]
            )
            assert code == 0
            written.append(out)
    for path in written:
        data = path.read_bytes()
        assert b"00000000002" in data
        assert PLANT.encode() not in data and PLANT.lower().encode() not in data.lower()
