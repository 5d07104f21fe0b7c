"""Undoable deletion: what cascades is captured and comes back with the same ids."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import NotFoundError, ValidationError
from intervisie_desktop.core.models import FollowUpStatus

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services


def setup_group(services: Services) -> tuple[int, int, int, int]:
    g = services.groups.create(name="G").value
    p = services.members.create(full_name="Anna de Vries").value
    services.memberships.add(g.id or 0, p.id or 0, date(2024, 1, 1))
    m = services.meetings.create(
        group_id=g.id, date=date(2024, 3, 1), planned_start=time(9), planned_end=time(11)
    ).value
    services.attendance.record(m.id or 0, p.id or 0, "present")
    c = services.cases.create(
        meeting_id=m.id, bringer_id=p.id, topic="T", follow_up_status=FollowUpStatus.OPEN
    ).value
    services.notes.create(body="privé", group_id=g.id, case_id=c.id)
    services.goals.create(member_id=p.id, group_id=g.id, year=2024, goal="Doel")
    return g.id or 0, p.id or 0, m.id or 0, c.id or 0


def test_group_deletion_captures_the_cascade_and_restores_same_ids(services: Services) -> None:
    gid, pid, mid, cid = setup_group(services)
    deleted = services.deletions.delete("group", gid)
    assert (deleted.count("meeting"), deleted.count("case"), deleted.count("note")) == (1, 1, 1)
    assert services.groups.list(archived=None) == []
    assert services.goals.for_member(pid)[0].group_id is None  # SET NULL, not deleted
    assert Change.GROUPS in deleted.changes.kinds and Change.CASES in deleted.changes.kinds
    assert services.deletions.restore(deleted) == deleted.changes
    assert services.groups.get(gid).name == "G"
    assert services.cases.get(cid).meeting_id == mid
    assert services.attendance.for_meeting(mid)[0][1] is not None
    assert services.goals.for_member(pid)[0].group_id == gid
    assert len(services.notes.list(group_id=gid)) == 1


def test_member_deletion_keeps_attendance_anonymous_and_restores_it(services: Services) -> None:
    _gid, pid, mid, cid = setup_group(services)
    deleted = services.deletions.delete("member", pid)
    with pytest.raises(NotFoundError):
        services.cases.get(cid)
    services.deletions.restore(deleted)
    assert services.cases.get(cid).bringer_id == pid
    assert services.attendance.for_meeting(mid)[0][1].member_id == pid  # type: ignore[union-attr]


def test_restore_that_would_clash_stores_nothing(services: Services) -> None:
    gid, pid, _mid, _cid = setup_group(services)
    deleted = services.deletions.delete("member", pid)
    services.members.create(full_name="Iemand anders")  # takes the freed id
    with pytest.raises(ValidationError):
        services.deletions.restore(deleted)
    assert services.memberships.members_of(gid) == [] or all(
        p.full_name == "Iemand anders" for _s, p in services.memberships.members_of(gid)
    )
    assert services.goals.for_member(pid) == []


def test_deleting_what_does_not_exist_is_refused(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.deletions.delete("group", 999)


def test_preview_counts_the_cascade_and_deletes_nothing(services: Services) -> None:
    gid, pid, mid, cid = setup_group(services)
    services.plans.add(mid, "balint_group", case_id=cid)
    member = services.deletions.preview("member", pid)
    assert (member.count("case"), member.count("note"), member.count("learninggoal")) == (1, 1, 1)
    assert member.unlinked("attendance") == 1  # stays as an anonymous count
    assert member.unlinked("planitem") == 1  # the plan step loses its case
    group = services.deletions.preview("group", gid)
    assert group.unlinked("planitem") == 0  # the step goes with its meeting
    assert services.members.get(pid).full_name == "Anna de Vries"
    assert len(services.cases.for_meeting(mid)) == 1
    assert services.plans.items(mid)[0].case_id == cid
    with pytest.raises(NotFoundError):
        services.deletions.preview("member", 999)
