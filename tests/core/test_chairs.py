"""The chair rota and the phase-out plan, on a real database file: the rota is fair (fewest
chaired, longest ago, seat order) and skips who is away; the plan fills planned meetings in date
order, stores them all at once, and its `before` settings take it back."""

from __future__ import annotations

import sqlite3
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.errors import IntervisieError, ValidationError
from intervisie_desktop.core.models import (
    AttendanceStatus,
    ChairMode,
    FollowUpStatus,
    MeetingPurpose,
    MeetingStatus,
)
from intervisie_desktop.core.services.chairs import (
    ChairSetting,
    PhaseOutPlan,
    planned,
    replaced,
)

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

TODAY = date(2026, 12, 4)
NAMES = ("Anna Bos", "Bert Dijk", "Carla Eek", "Dirk Fok")


def _group(services: Services, past: int = 3, ahead: int = 6) -> tuple[int, list[int], list[int]]:
    """A guided group of four, `past` held meetings and `ahead` planned ones, monthly."""
    group = services.groups.create(name="Leergroep", guided=True).value
    assert group.id is not None
    members = []
    for name in NAMES:
        m = services.members.create(full_name=name).value
        assert m.id is not None
        services.memberships.add(group.id, m.id, date(2024, 1, 1))
        members.append(m.id)
    meetings = []
    for k in range(past + ahead):
        day = TODAY + timedelta(days=28 * (k - past + 1))
        held = k < past
        meeting = services.meetings.create(
            group_id=group.id,
            date=day - timedelta(days=28) if held else day,
            planned_start=time(14),
            planned_end=time(16),
            status=MeetingStatus.HELD if held else MeetingStatus.PLANNED,
        ).value
        assert meeting.id is not None
        meetings.append(meeting.id)
    return group.id, members, meetings


def test_rota_puts_who_never_chaired_first_then_longest_ago(services: Services) -> None:
    _g, (anna, bert, carla, dirk), (h1, h2, h3, p1, *_rest) = _group(services)
    services.meetings.update(h1, led_by_member_id=anna)
    services.meetings.update(h2, led_by_member_id=bert)
    services.meetings.update(h3, led_by_member_id=anna)
    rows = services.chairs.rota(p1)
    assert [(r.member.full_name, r.chaired) for r in rows] == [
        ("Carla Eek", 0),
        ("Dirk Fok", 0),
        ("Bert Dijk", 1),
        ("Anna Bos", 2),
    ]
    assert rows[2].last_date == services.meetings.get(h2).date
    assert services.chairs.next_chair(p1).id == carla  # type: ignore[union-attr]
    # The meeting asked about does not count for itself, nor do later ones.
    services.meetings.update(p1, led_by_member_id=carla)
    assert services.chairs.rota(p1)[0].member.id == carla
    assert services.chairs.rota(h1)[0].member.id == anna  # before h1 nobody chaired
    assert dirk in {r.member.id for r in services.chairs.rota(h1)}


def test_rota_skips_members_absent_or_excused_at_the_meeting(services: Services) -> None:
    _g, (anna, bert, carla, _dirk), (_h1, _h2, _h3, p1, *_rest) = _group(services)
    services.attendance.record(p1, anna, AttendanceStatus.EXCUSED)
    services.attendance.record(p1, bert, AttendanceStatus.ABSENT)
    services.attendance.record(p1, carla, AttendanceStatus.PRESENT)
    rows = services.chairs.rota(p1)
    assert [r.member.full_name for r in rows] == ["Carla Eek", "Dirk Fok", "Anna Bos", "Bert Dijk"]
    assert [r.away for r in rows] == [False, False, True, True]
    assert services.chairs.next_chair(p1).id == carla  # type: ignore[union-attr]


def test_cancelled_meetings_do_not_count_as_chaired(services: Services) -> None:
    _g, (anna, *_), (h1, _h2, _h3, p1, *_rest) = _group(services)
    services.meetings.update(h1, led_by_member_id=anna, status=MeetingStatus.CANCELLED)
    assert services.chairs.rota(p1)[0].member.id == anna


def test_history_names_who_chaired_when_newest_first(services: Services) -> None:
    group, (anna, *_), (h1, h2, h3, *_rest) = _group(services, ahead=0)
    services.meetings.update(h2, led_by_member_id=anna)
    got = [(m.id, p.full_name if p else None) for m, p in services.chairs.history(group)]
    assert got == [(h3, None), (h2, "Anna Bos"), (h1, None)]


def test_phase_out_plan_fills_the_planned_meetings_in_order(services: Services) -> None:
    group, _members, meetings = _group(services)
    plan = PhaseOutPlan(members_from=2, evaluation=5, follow_up=6)
    rows = services.chairs.phase_out(group, plan, today=TODAY)
    assert [r.meeting.id for r in rows] == meetings[3:]  # planned ones only, held left alone
    shown = [
        (
            r.after.chair_mode,
            services.members.get(r.after.led_by_member_id).full_name
            if r.after.led_by_member_id
            else None,
            r.after.purpose,
        )
        for r in rows
    ]
    assert shown == [
        (ChairMode.SUPERVISOR, None, MeetingPurpose.REGULAR),
        (ChairMode.MEMBER_SUPERVISED, "Anna Bos", MeetingPurpose.REGULAR),
        (ChairMode.MEMBER_SUPERVISED, "Bert Dijk", MeetingPurpose.REGULAR),
        (ChairMode.MEMBER_SUPERVISED, "Carla Eek", MeetingPurpose.REGULAR),
        (ChairMode.SUPERVISOR, None, MeetingPurpose.EVALUATION),
        (ChairMode.SUPERVISOR, None, MeetingPurpose.FOLLOW_UP),
    ]
    assert not any(r.overwrites for r in rows)  # nothing was set by hand
    changes = services.chairs.assign(planned(rows))
    assert {i for _k, i in changes.ids} == set(meetings[4:])
    stored = [services.meetings.get(i) for i in meetings[3:]]
    assert [m.purpose for m in stored][-2:] == [MeetingPurpose.EVALUATION, MeetingPurpose.FOLLOW_UP]
    assert stored[1].led_by_member_id is not None
    # Undo: what it replaced goes back.
    services.chairs.assign(replaced(rows))
    assert all(services.meetings.get(i).chair_mode == ChairMode.SUPERVISOR for i in meetings)
    assert all(services.meetings.get(i).led_by_member_id is None for i in meetings)


def test_phase_out_after_evaluation_members_chair_alone_and_away_members_are_skipped(
    services: Services,
) -> None:
    group, (anna, bert, *_), meetings = _group(services, past=0, ahead=5)
    services.meetings.update(meetings[0], led_by_member_id=bert)  # set by hand
    services.attendance.record(meetings[1], anna, AttendanceStatus.EXCUSED)
    rows = services.chairs.phase_out(group, PhaseOutPlan(members_from=2, evaluation=3), TODAY)
    assert rows[0].overwrites and rows[0].after.chair_mode == ChairMode.SUPERVISOR
    assert rows[1].after.led_by_member_id == bert  # Anna is excused; Bert is next (the
    # meeting set by hand is overwritten, so it does not count)
    assert rows[2].after.purpose == MeetingPurpose.EVALUATION
    assert [r.after.chair_mode for r in rows[3:]] == [ChairMode.MEMBER, ChairMode.MEMBER]
    assert rows[3].after.led_by_member_id == anna


@pytest.mark.parametrize(
    "plan",
    [
        PhaseOutPlan(members_from=0),
        PhaseOutPlan(members_from=7),
        PhaseOutPlan(members_from=3, evaluation=3),
        PhaseOutPlan(members_from=2, evaluation=4, follow_up=4),
        PhaseOutPlan(members_from=2, follow_up=4),
    ],
)
def test_a_plan_outside_the_planned_meetings_is_refused(
    services: Services, plan: PhaseOutPlan
) -> None:
    group, _m, _meetings = _group(services)
    with pytest.raises(ValidationError):
        services.chairs.phase_out(group, plan, TODAY)


def test_assign_stores_all_or_nothing(services: Services) -> None:
    group, _members, meetings = _group(services)
    other = services.members.create(full_name="Buiten Staander").value
    rows = services.chairs.phase_out(group, PhaseOutPlan(members_from=1), TODAY)
    settings = planned(rows)
    settings[-1] = type(settings[-1])(settings[-1].meeting_id, ChairMode.MEMBER, other.id)
    with pytest.raises(ValidationError):
        services.chairs.assign(settings)
    assert all(services.meetings.get(i).led_by_member_id is None for i in meetings)


def test_purpose_column_is_stored_in_the_file(services: Services) -> None:
    _group_id, _m, meetings = _group(services, past=0, ahead=1)
    services.meetings.update(meetings[0], purpose=MeetingPurpose.FOLLOW_UP)
    with sqlite3.connect(services.db.path) as conn:
        got = conn.execute("SELECT purpose FROM meeting WHERE id = ?", (meetings[0],)).fetchone()
    conn.close()
    assert got == ("FOLLOW_UP",)


def test_downgrade_to_0008_drops_the_purpose_and_keeps_every_case(services: Services) -> None:
    from alembic import command
    from alembic.config import Config

    from intervisie_desktop.core.db import migrate

    _group_id, (anna, *_), meetings = _group(services, past=1, ahead=1)
    services.cases.create(meeting_id=meetings[0], topic="Grenzen stellen", bringer_id=anna)
    services.meetings.update(meetings[1], purpose=MeetingPurpose.EVALUATION)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        conn.commit()
    services.db.engine.dispose()
    with sqlite3.connect(services.db.path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        columns = [row[1] for row in conn.execute("PRAGMA table_info(meeting)")]
        topics = [r[0] for r in conn.execute('SELECT topic FROM "case"')]
        meeting_count = conn.execute("SELECT count(*) FROM meeting").fetchone()[0]
    conn.close()
    assert version == 8
    assert "purpose" not in columns
    assert topics == ["Grenzen stellen"] and meeting_count == 2


def test_downgrade_to_0008_turns_carried_actions_into_open_ones_an_older_program_reads(
    services: Services,
) -> None:
    from alembic import command
    from alembic.config import Config

    from intervisie_desktop.core.db import migrate

    _group_id, (anna, bert, *_), meetings = _group(services, past=1, ahead=1)
    earlier, later = meetings
    ids = []
    for topic, who in (("Doorgeschoven", anna), ("Nog open", bert), ("Afgerond", anna)):
        case = services.cases.create(
            meeting_id=earlier, topic=topic, bringer_id=who, agreed_actions="Bellen"
        ).value
        assert case.id is not None
        ids.append(case.id)
    services.cases.mark_follow_up(ids[0], FollowUpStatus.CARRIED, later)
    services.cases.mark_follow_up(ids[2], FollowUpStatus.DONE, later)
    without = services.cases.create(meeting_id=later, topic="Zonder acties", bringer_id=bert)
    ids.append(without.value.id or 0)
    with sqlite3.connect(services.db.path) as conn:  # stored by name: the text the update finds
        stored = conn.execute(
            'SELECT follow_up_status FROM "case" WHERE id = ?', (ids[0],)
        ).fetchone()
    conn.close()
    assert stored == ("CARRIED",)
    cfg = Config()
    cfg.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    with services.db.engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0008")
        conn.commit()
    services.db.engine.dispose()
    with sqlite3.connect(services.db.path) as conn:
        rows = {
            r[0]: r[1:]
            for r in conn.execute(
                'SELECT id, follow_up_status, follow_up_meeting_id, topic FROM "case"'
            )
        }
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert version == 8
    assert sorted(rows) == sorted(ids)  # every case kept
    assert rows[ids[0]] == ("OPEN", None, "Doorgeschoven")
    assert rows[ids[1]] == ("OPEN", None, "Nog open")
    assert rows[ids[2]] == ("DONE", later, "Afgerond")
    assert rows[ids[3]] == ("NONE", None, "Zonder acties")
    assert all(status != "CARRIED" for status, _m, _t in rows.values())


def test_hostile_plans_and_settings_are_refused_with_our_error_and_store_nothing(
    services: Services,
) -> None:
    group_id, (anna, *_), meetings = _group(services, past=0, ahead=3)
    for plan in (
        PhaseOutPlan("1"),  # type: ignore[arg-type]
        PhaseOutPlan(True),
        PhaseOutPlan(1, evaluation=2.0),  # type: ignore[arg-type]
        PhaseOutPlan(1, 2, 3, alone_after_evaluation="no"),  # type: ignore[arg-type]
        "members from 1",
    ):
        with pytest.raises(ValidationError):
            services.chairs.phase_out(group_id, plan, TODAY)  # type: ignore[arg-type]
    good = ChairSetting(meetings[0], ChairMode.MEMBER_SUPERVISED, anna)
    for settings in (
        "abc",
        [good, ChairSetting(meetings[1], "bogus", anna)],  # type: ignore[arg-type]
        [good, ChairSetting(meetings[1], ChairMode.MEMBER, anna, "x")],  # type: ignore[arg-type]
        [good, ChairSetting(2**70, ChairMode.MEMBER, anna)],
        [good, ChairSetting(meetings[1], ChairMode.MEMBER, -1)],
        [good, {"meeting_id": meetings[1]}],
    ):
        with pytest.raises(IntervisieError):  # refused as invalid or as not found
            services.chairs.assign(settings)  # type: ignore[arg-type]
    assert all(services.meetings.get(i).led_by_member_id is None for i in meetings)
    services.chairs.assign([good])  # the same good setting alone is stored
    assert services.meetings.get(meetings[0]).led_by_member_id == anna
