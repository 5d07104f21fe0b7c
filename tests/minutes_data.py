"""A small group with one held meeting whose every confidential field holds planted text, for
the tests of the minutes (core, privacy, command line, window)."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir

if TYPE_CHECKING:
    from pathlib import Path

#: One unique word per confidential field: none may reach the minutes.
PLANTED = {
    "description": "Qzdescriptionplant",
    "question": "Qzquestionplant",
    "outcome": "Qzoutcomeplant",
    "follow_up_text": "Qzfollowupplant",
    "hidden_actions": "Qzunsharedactionplant",  # agreed actions of a case not switched on
    "evaluation": "Qzevaluationplant",
    "note_group": "Qznotegroupplant",
    "note_meeting": "Qznotemeetingplant",
    "note_case": "Qznotecaseplant",
    "note_member": "Qznotememberplant",
    "goal": "Qzgoalplant",
    "goal_evaluation": "Qzgoalevaluationplant",
    "email": "qzemailplant@example.org",
    "next_case": "Qznextmeetingcaseplant",  # a case of the next meeting, shareable even
    "next_evaluation": "Qznextevaluationplant",
}
SHARED = "Qzsharedactionplant"  # the agreed actions of the case switched on: these do show


def planted_database(folder: Path) -> dict[str, int]:
    """Write the database into `folder`; returns the ids of the group, the held and the next
    meeting and of both cases."""
    folder.mkdir(parents=True, exist_ok=True)
    db = open_database(folder / DATABASE_NAME)
    s = Services(db, methods_dir())
    p = PLANTED
    group = s.groups.create(
        name="Groep Noord", facilitator_name="M. Kramer", default_method="incident"
    ).value
    people = []
    for name, short in [
        ("Anna de Vries", "Anna"),
        ("Bram Jansen", "Bram"),
        ("Cora Smit", "Cora"),
        ("Dirk Bos", "Dirk"),
    ]:
        member = s.members.create(full_name=name, display_name=short, email=p["email"]).value
        s.memberships.add(group.id, member.id, date(2025, 1, 1))
        people.append(member)
    held = s.meetings.create(
        group_id=group.id,
        date=date(2025, 3, 4),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
        location="Zwolle",
        status=MeetingStatus.HELD,
        evaluation=p["evaluation"],
    ).value
    s.attendance.record(held.id, people[0].id, AttendanceStatus.PRESENT)
    s.attendance.record(held.id, people[1].id, AttendanceStatus.PRESENT)
    s.attendance.record(held.id, people[2].id, AttendanceStatus.ABSENT)
    s.attendance.record(held.id, people[3].id, AttendanceStatus.EXCUSED)
    secret = {k: p[k] for k in ("description", "question", "outcome", "follow_up_text")}
    shared = s.cases.create(
        meeting_id=held.id,
        bringer_id=people[0].id,
        topic="Grenzen stellen",
        method_key="incident",
        agreed_actions=f"Bespreek de planning met de praktijkhouder {SHARED}",
        actions_shareable=True,
        **secret,
    ).value
    hidden = s.cases.create(
        meeting_id=held.id,
        bringer_id=people[1].id,
        topic="Overdracht",
        method_key="gossip",
        agreed_actions=p["hidden_actions"],
        **secret,
    ).value
    cancelled = s.meetings.create(
        group_id=group.id,
        date=date(2025, 3, 18),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
        status=MeetingStatus.CANCELLED,
    ).value
    following = s.meetings.create(
        group_id=group.id,
        date=date(2025, 4, 1),
        planned_start=time(19, 30),
        planned_end=time(21, 30),
        location="Deventer",
        evaluation=p["next_evaluation"],
    ).value
    s.cases.create(
        meeting_id=following.id,
        bringer_id=people[2].id,
        topic="Volgende casus",
        agreed_actions=p["next_case"],
        actions_shareable=True,
        description=p["next_case"],
    )
    s.notes.create(title="Groep", body=p["note_group"], group_id=group.id)
    s.notes.create(title="Bijeenkomst", body=p["note_meeting"], meeting_id=held.id)
    s.notes.create(title="Casus", body=p["note_case"], case_id=shared.id)
    s.notes.create(title="Lid", body=p["note_member"], member_id=people[0].id)
    s.goals.create(
        member_id=people[0].id,
        group_id=group.id,
        year=2025,
        goal=p["goal"],
        evaluation=p["goal_evaluation"],
        in_report=True,
    )
    ids = {
        "group": group.id,
        "held": held.id,
        "cancelled": cancelled.id,
        "next": following.id,
        "shared_case": shared.id,
        "hidden_case": hidden.id,
    }
    db.close()
    return {k: int(v or 0) for k, v in ids.items()}
