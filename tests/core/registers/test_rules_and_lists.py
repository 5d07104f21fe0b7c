"""Who meets a register's rules (exact figures, rolling periods, conditions that decide which
meetings count, "not yet" while the year runs), and the portal lists: numbers of those present,
zeros kept, and nothing confidential in them."""

from __future__ import annotations

from datetime import date, time
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.models import AttendanceStatus, MeetingStatus
from intervisie_desktop.core.registers.portal import as_text
from intervisie_desktop.core.registers.rules import Verdict

if TYPE_CHECKING:
    from intervisie_desktop.core.services import Services

P = AttendanceStatus.PRESENT


class World:
    """Groups, members and meetings made through the services, as the program makes them."""

    def __init__(self, services: Services) -> None:
        self.s = services

    def group(self, name: str, registered: bool = True) -> int:
        group = self.s.groups.create(
            name=name,
            facilitator_name="F. Acilitator",
            facilitator_register="LVSC 1" if registered else "",
        ).value
        assert group.id is not None
        return group.id

    def member(self, group_id: int, name: str, *registrations: tuple[str, str]) -> int:
        person = self.s.members.create(full_name=name).value
        assert person.id is not None
        self.s.memberships.add(group_id, person.id, date(2015, 1, 1))
        for key, number in registrations:
            self.s.registrations.add(person.id, key, number)
        return person.id

    def meeting(
        self,
        group_id: int,
        day: date,
        minutes: int = 120,
        attendance: dict[int, AttendanceStatus | int] | None = None,
        status: MeetingStatus = MeetingStatus.HELD,
    ) -> int:
        end = time(14 + minutes // 60, minutes % 60)
        meeting = self.s.meetings.create(
            group_id=group_id,
            date=day,
            planned_start=time(14, 0),
            planned_end=end,
            status=status,
        ).value
        assert meeting.id is not None
        for member_id, how in (attendance or {}).items():
            if isinstance(how, int):  # present for this many minutes
                self.s.attendance.record(meeting.id, member_id, P, how)
            else:
                self.s.attendance.record(meeting.id, member_id, how)
        return meeting.id


def verdicts(services: Services, member_id: int, year: int, today: date) -> dict[str, object]:
    found = services.registers.statuses([member_id], year, today)[member_id]
    return {s.register.key: s for s in found}


def test_skj_counts_sixty_hours_over_five_years_exactly(services: Services) -> None:
    w = World(services)
    g = w.group("SKJ-groep")
    anna = w.member(g, "Anna Aa", ("SKJ", "110012345"))
    w.meeting(g, date(2020, 6, 1), 120, {anna: P})  # before the five years: not counted
    # 2021..2025: 29 meetings of 2 hours and one she left after an hour = 59 hours
    for year in range(2021, 2026):
        for k in range(6):
            last = (year, k) == (2025, 5)
            w.meeting(g, date(year, 1 + 2 * k, 10), 120, {anna: 60 if last else P})
    status = verdicts(services, anna, 2025, date(2026, 2, 1))["SKJ"]
    assert (status.period_minutes, status.period_first_year) == (59 * 60, 2021)
    assert status.verdict == Verdict.DOES_NOT_MEET and not status.checks[0].ok
    # 59 minutes more do not count: SKJ counts meetings of an hour or longer
    w.meeting(g, date(2025, 12, 20), 120, {anna: 59})
    status = verdicts(services, anna, 2025, date(2026, 2, 1))["SKJ"]
    assert status.period_minutes == 59 * 60 and status.verdict == Verdict.DOES_NOT_MEET
    # one whole hour more: exactly 60 hours, which meets the rule (no rounding either way)
    w.meeting(g, date(2025, 12, 21), 60, {anna: P})
    status = verdicts(services, anna, 2025, date(2026, 2, 1))["SKJ"]
    assert status.period_minutes == 3600 and status.checks[0].got == 60
    assert status.verdict == Verdict.MEETS and status.meetings == 7
    # the same figures a year on: 2021 falls out of the five years
    assert verdicts(services, anna, 2026, date(2027, 2, 1))["SKJ"].period_minutes == 3600 - 720


def test_not_yet_while_the_year_runs_and_registered_supervisors_only(services: Services) -> None:
    w = World(services)
    registered = w.group("Met begeleider")
    self_steering = w.group("Zonder register", registered=False)
    bram = w.member(registered, "Bram Bee", ("SKJ", "110000001"))
    services.memberships.add(self_steering, bram, date(2015, 1, 1))
    w.meeting(registered, date(2025, 3, 1), 120, {bram: P})
    w.meeting(self_steering, date(2025, 4, 1), 120, {bram: P})
    running = verdicts(services, bram, 2025, date(2025, 6, 1))["SKJ"]
    assert running.verdict == Verdict.NOT_YET
    assert (running.meetings, running.minutes, running.registered_sessions) == (1, 120, 1)
    assert verdicts(services, bram, 2025, date(2026, 1, 1))["SKJ"].verdict == Verdict.DOES_NOT_MEET


def test_nip_counts_meetings_of_ninety_minutes_with_two_to_eight_present(
    services: Services,
) -> None:
    w = World(services)
    g = w.group("NIP-groep")
    cor = w.member(g, "Cor Cee", ("NIP", "NIP000123"), ("BIG", "01234567890"))
    others = [w.member(g, f"Lid {i}") for i in range(9)]
    everyone = {cor: P, **{o: P for o in others}}
    w.meeting(g, date(2025, 1, 10), 90, {cor: P, others[0]: P})  # counts
    w.meeting(g, date(2025, 2, 10), 89, {cor: P, others[0]: P})  # too short
    w.meeting(g, date(2025, 3, 10), 120, {cor: P})  # alone: fewer than 2
    w.meeting(g, date(2025, 4, 10), 120, everyone)  # 10 present: more than 8
    w.meeting(g, date(2025, 5, 10), 120, {cor: 60, others[1]: P})  # cor there for 60 minutes
    w.meeting(g, date(2025, 6, 10), 120, {cor: AttendanceStatus.EXCUSED, others[1]: P})
    found = verdicts(services, cor, 2025, date(2026, 1, 5))
    nip = found["NIP"]
    assert (nip.meetings, nip.minutes) == (1, 90)
    assert nip.verdict == Verdict.DOES_NOT_MEET
    assert [(c.rule.key, c.got, c.needed) for c in nip.checks] == [
        ("meetings", 1, 4),
        ("hours", pytest.approx(1.5), 20),
    ]
    big = found["BIG"]  # BIG sets no rule: the hours are shown, no verdict given
    assert big.verdict == Verdict.NO_RULES and big.meetings == 5
    assert big.minutes == 90 + 89 + 120 + 120 + 60


def test_nobco_wants_an_hour_in_every_quarter(services: Services) -> None:
    w = World(services)
    g = w.group("Coaches")
    dirk = w.member(g, "Dirk Dee", ("NOBCO", "1234"))
    for month in (2, 5, 8):
        w.meeting(g, date(2025, month, 3), 60, {dirk: P})
    w.meeting(g, date(2025, 11, 3), 60, {dirk: 59})
    status = verdicts(services, dirk, 2025, date(2026, 1, 1))["NOBCO"]
    assert (status.checks[0].got, status.verdict) == (3, Verdict.DOES_NOT_MEET)
    w.meeting(g, date(2025, 12, 3), 60, {dirk: 1})
    assert verdicts(services, dirk, 2025, date(2026, 1, 1))["NOBCO"].verdict == Verdict.MEETS


def test_portal_list_has_the_numbers_of_those_present_zeros_kept(services: Services) -> None:
    w = World(services)
    g = w.group("Huisartsen")
    a = w.member(g, "Anna Aa", ("BIG", "01234567890"), ("NHG", "01234567890"))
    b = w.member(g, "Bert Bee", ("BIG", "00000000017"))
    c = w.member(g, "Cor Cee", ("BIG", "12345678901"))
    d = w.member(g, "Dina Dee", ("SKJ", "110012345"))
    e = w.member(g, "Eva Ee", ("BIG", ""))  # no number yet: left out
    held = w.meeting(
        g,
        date(2025, 3, 3),
        120,
        {a: P, b: 45, c: AttendanceStatus.ABSENT, d: P, e: P},
    )
    second = w.meeting(g, date(2025, 9, 1), 120, {c: P, a: AttendanceStatus.EXCUSED})
    planned = w.meeting(g, date(2025, 12, 1), 120, {}, MeetingStatus.PLANNED)
    found = services.registers.meeting_list(held, "BIG")
    assert found is not None and found.numbers == ("01234567890", "00000000017")
    assert as_text([found]) == "01234567890\n00000000017\n"
    assert services.registers.meeting_list(planned, "BIG") is None
    year = services.registers.year_lists(g, 2025, "BIG")
    assert [p.numbers for p in year] == [("01234567890", "00000000017"), ("12345678901",)]
    assert as_text(year) == (
        "2025-03-03 14:00\n01234567890\n00000000017\n\n2025-09-01 14:00\n12345678901\n"
    )
    assert services.registers.registers_present([held, second]) == ["BIG", "NHG", "SKJ"]
