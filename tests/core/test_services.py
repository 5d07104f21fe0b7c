"""Service rules: what users can get wrong is refused with a typed error and stores nothing."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.errors import NotFoundError, ValidationError
from intervisie_desktop.core.models import AttendanceStatus, FollowUpStatus, Group, Member

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

DAY = date(2025, 3, 10)


def group_with_members(services: Services, *names: str) -> tuple[Group, list[Member]]:
    group = services.groups.create(name="Groep A", facilitator_name="M. Kramer").value
    assert group.id is not None
    members = []
    for name in names:
        member = services.members.create(full_name=name).value
        assert member.id is not None
        services.memberships.add(group.id, member.id, date(2025, 1, 1))
        members.append(member)
    return group, members


def meeting(services: Services, group: Group, **extra: object) -> int:
    assert group.id is not None
    fields: dict[str, object] = dict(
        group_id=group.id, date=DAY, planned_start=time(14), planned_end=time(16)
    )
    fields.update(extra)
    created = services.meetings.create(**fields).value
    assert created.id is not None
    return created.id


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_or_whitespace_group_name_is_refused(services: Services, name: str) -> None:
    with pytest.raises(ValidationError) as err:
        services.groups.create(name=name)
    assert err.value.field == "name"
    assert services.groups.list(archived=None) == []


def test_names_are_trimmed_and_emoji_and_rtl_text_survive(services: Services) -> None:
    group = services.groups.create(name="  Groep 🌷 مجموعة  ").value
    assert services.groups.get(group.id or 0).name == "Groep 🌷 مجموعة"


def test_ten_thousand_character_name_is_refused_but_long_description_is_kept(
    services: Services,
) -> None:
    with pytest.raises(ValidationError) as err:
        services.groups.create(name="x" * 10_000)
    assert err.value.args_map["max"] == 200
    group = services.groups.create(name="G", ground_rules="regel " * 2_000).value
    assert len(services.groups.get(group.id or 0).ground_rules) == 11_999


def test_control_characters_are_refused(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.groups.create(name="bad\x00name")


def test_duplicate_group_names_are_refused_case_insensitively(services: Services) -> None:
    services.groups.create(name="Balint")
    with pytest.raises(ValidationError):
        services.groups.create(name="balint")


def test_failed_update_leaves_the_stored_record_as_it_was(services: Services) -> None:
    group = services.groups.create(name="Stabiel", context="GP").value
    with pytest.raises(ValidationError):
        services.groups.update(group.id or 0, context="nieuw", name="")
    stored = services.groups.get(group.id or 0)
    assert (stored.name, stored.context) == ("Stabiel", "GP")


def test_unknown_field_is_a_programming_error(services: Services) -> None:
    with pytest.raises(TypeError):
        services.groups.create(name="G", colour="blue")


def test_missing_record_raises_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.groups.get(999)


def test_end_before_start_is_refused(services: Services) -> None:
    group, _ = group_with_members(services)
    with pytest.raises(ValidationError) as err:
        meeting(services, group, planned_start=time(16), planned_end=time(14))
    assert err.value.field == "planned_end"
    assert services.meetings.for_group(group.id or 0) == []


@pytest.mark.parametrize("bad", ["2025-02-30", "morgen", None, 20250310])
def test_impossible_dates_are_refused(services: Services, bad: object) -> None:
    group, _ = group_with_members(services)
    with pytest.raises(ValidationError) as err:
        meeting(services, group, date=bad)
    assert err.value.field == "date"


def test_attendance_of_someone_who_is_not_a_member_that_day_is_refused(
    services: Services,
) -> None:
    group, (anna,) = group_with_members(services, "Anna Bos")
    outsider = services.members.create(full_name="Bert Kok").value
    late = services.members.create(full_name="Carla Smit").value
    assert group.id and late.id and outsider.id and anna.id
    services.memberships.add(group.id, late.id, date(2025, 6, 1))
    m = meeting(services, group)
    services.attendance.record(m, anna.id, AttendanceStatus.PRESENT)
    for person in (outsider, late):
        with pytest.raises(ValidationError):
            services.attendance.record(m, person.id or 0, AttendanceStatus.PRESENT)


def test_duplicate_seat_positions_are_refused(services: Services) -> None:
    group, (_anna,) = group_with_members(services, "Anna Bos")
    bert = services.members.create(full_name="Bert Kok").value
    with pytest.raises(ValidationError) as err:
        services.memberships.add(group.id or 0, bert.id or 0, date(2025, 1, 1), seat=1)
    assert err.value.field == "seat"
    assert "Anna Bos" in str(err.value)


def test_a_new_member_sits_after_the_last_seat_when_someone_in_between_left(
    services: Services,
) -> None:
    group, (_anna, bert, _carla) = group_with_members(
        services, "Anna Bos", "Bert Kok", "Carla Smit"
    )
    ship = next(s for s, p in services.memberships.members_of(group.id or 0) if p.id == bert.id)
    services.memberships.end(ship.id or 0, ship.joined_on)
    dirk = services.members.create(full_name="Dirk Dam").value
    added = services.memberships.add(group.id or 0, dirk.id or 0, date.today()).value
    assert added.seat == 4  # not 3, which Carla still has


def test_reorder_gives_seats_in_the_new_order(services: Services) -> None:
    group, people = group_with_members(services, "Anna Bos", "Bert Kok", "Carla Smit")
    ids = [p.id or 0 for p in people]
    services.memberships.reorder(group.id or 0, [ids[2], ids[0], ids[1]], DAY)
    seated = services.memberships.members_of(group.id or 0, DAY)
    assert [(m.seat, p.full_name) for m, p in seated] == [
        (1, "Carla Smit"),
        (2, "Anna Bos"),
        (3, "Bert Kok"),
    ]


def test_membership_cannot_end_before_it_starts(services: Services) -> None:
    group, _ = group_with_members(services, "Anna Bos")
    ((membership, _),) = services.memberships.members_of(group.id or 0)
    with pytest.raises(ValidationError):
        services.memberships.end(membership.id or 0, date(2024, 12, 31))


def test_case_bringer_who_was_absent_is_refused(services: Services) -> None:
    group, (anna, bert) = group_with_members(services, "Anna Bos", "Bert Kok")
    m = meeting(services, group)
    services.attendance.record(m, anna.id or 0, AttendanceStatus.EXCUSED)
    services.attendance.record(m, bert.id or 0, AttendanceStatus.PRESENT)
    with pytest.raises(ValidationError) as err:
        services.cases.create(meeting_id=m, bringer_id=anna.id, topic="Grenzen")
    assert err.value.field == "bringer_id"
    case = services.cases.create(meeting_id=m, bringer_id=bert.id, topic="Grenzen").value
    assert services.cases.for_meeting(m) == [case]


def test_leader_must_be_a_member(services: Services) -> None:
    group, (anna,) = group_with_members(services, "Anna Bos")
    outsider = services.members.create(full_name="Bert Kok").value
    with pytest.raises(ValidationError):
        meeting(services, group, led_by_member_id=outsider.id)
    assert services.meetings.get(meeting(services, group, led_by_member_id=anna.id))


def test_open_follow_ups_and_rotation(services: Services) -> None:
    group, (anna, bert, _carla) = group_with_members(services, "Anna Bos", "Bert Kok", "Carla Smit")
    first = meeting(services, group, date=date(2025, 2, 1))
    second = meeting(services, group, date=date(2025, 4, 1))
    services.cases.create(
        meeting_id=first, bringer_id=anna.id, topic="A", follow_up_status=FollowUpStatus.OPEN
    )
    services.cases.create(meeting_id=second, bringer_id=bert.id, topic="B")
    follow = services.cases.open_follow_ups(group.id or 0, before=date(2025, 5, 1))
    assert [c.topic for c, _ in follow] == ["A"]
    rotation = services.cases.rotation(group.id or 0, on=DAY)
    assert [r.member.full_name for r in rotation] == ["Carla Smit", "Anna Bos", "Bert Kok"]
    assert rotation[1].last_date == date(2025, 2, 1)


def test_erasing_a_member_keeps_anonymous_attendance(services: Services) -> None:
    group, (anna, bert) = group_with_members(services, "Anna Bos", "Bert Kok")
    m = meeting(services, group, status="held")
    services.attendance.record(m, anna.id or 0, AttendanceStatus.PRESENT)
    services.attendance.record(m, bert.id or 0, AttendanceStatus.PRESENT)
    services.cases.create(meeting_id=m, bringer_id=anna.id, topic="A")
    services.members.delete(anna.id or 0)
    with services.db.session() as session:
        from sqlmodel import select

        from intervisie_desktop.core.models import Attendance

        rows = session.exec(select(Attendance).where(Attendance.meeting_id == m)).all()
    assert sorted((r.member_id or 0) for r in rows) == [0, bert.id]
    assert services.cases.for_meeting(m) == []


def test_writes_return_what_they_changed(services: Services) -> None:
    created = services.groups.create(name="G")
    group = created.value
    deleted = services.groups.delete(group.id or 0)
    assert Change.GROUPS in created.changes.kinds and Change.MEETINGS in deleted.kinds
    assert created.changes.ids_of(Change.GROUPS) == {group.id}
    assert services.settings.set("x", 1).kinds == {Change.SETTINGS}


def test_settings_round_trip(services: Services) -> None:
    assert services.settings.get("missing", 3) == 3
    services.settings.set("projector.theme", {"dark": True})
    assert services.settings.get("projector.theme") == {"dark": True}


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.text(max_size=300), context=st.text(max_size=50), minutes=st.integers(-5, 2000))
def test_any_group_input_is_stored_whole_or_refused(
    services: Services, name: str, context: str, minutes: int
) -> None:
    before = len(services.groups.list(archived=None))
    try:
        group = services.groups.create(name=name, context=context, default_minutes=minutes).value
    except ValidationError:
        assert len(services.groups.list(archived=None)) == before
        return
    stored = services.groups.get(group.id or 0)
    assert stored.name == " ".join(name.split()) and stored.default_minutes == minutes
    services.groups.delete(group.id or 0)
