"""Dates and times as supervisors type them (core/dates.py, no Qt)."""

from __future__ import annotations

from datetime import date, time

import pytest

from intervisie_desktop.core.dates import following_end, month_number, parse_date, parse_time

TODAY = date(2026, 6, 15)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("16:30", time(16, 30)),
        ("16.30", time(16, 30)),
        ("16,30", time(16, 30)),
        ("16u30", time(16, 30)),
        ("16h30", time(16, 30)),
        ("1630", time(16, 30)),
        ("0930", time(9, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("09", time(9, 0)),
        ("19", time(19, 0)),
        ("0", time(0, 0)),
        ("9:5", time(9, 5)),
        (" 19:30 ", time(19, 30)),
        ("19.30 uur", time(19, 30)),
        ("19u", time(19, 0)),
        ("23:59", time(23, 59)),
        ("2 pm", time(14, 0)),
        ("2:30pm", time(14, 30)),
        ("12 am", time(0, 0)),
        ("12 p.m.", time(12, 0)),
        ("9.30 a.m.", time(9, 30)),
    ],
)
def test_times_as_typed(typed: str, expected: time) -> None:
    assert parse_time(typed) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "25:00",
        "24:00",
        "12:75",
        "2460",
        "1260",
        "99999",
        "half acht",
        "19:30:00",
        "13 pm",
        "0 am",
        "-1",
        "1:2:3",
        "19::30",
        "u",
        "pm",
    ],
)
def test_what_is_no_time_is_refused(typed: str) -> None:
    assert parse_time(typed) is None


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("10-12-2026", date(2026, 12, 10)),
        ("10/12/2026", date(2026, 12, 10)),
        ("10.12.2026", date(2026, 12, 10)),
        ("10 12 2026", date(2026, 12, 10)),
        ("1-9-2024", date(2024, 9, 1)),
        ("01-09-2024", date(2024, 9, 1)),
        ("10-12-26", date(2026, 12, 10)),
        ("10122026", date(2026, 12, 10)),
        ("101226", date(2026, 12, 10)),
        ("2026-12-10", date(2026, 12, 10)),
        ("10 dec", date(2026, 12, 10)),
        ("10 Dec", date(2026, 12, 10)),
        ("10 dec.", date(2026, 12, 10)),
        ("10dec", date(2026, 12, 10)),
        ("10 december", date(2026, 12, 10)),
        ("10 december 2027", date(2027, 12, 10)),
        ("10-dec-2027", date(2027, 12, 10)),
        ("10 mrt 2026", date(2026, 3, 10)),
        ("10 maart", date(2026, 3, 10)),
        ("10 March", date(2026, 3, 10)),
        ("3 mei", date(2026, 5, 3)),
        ("3 May 2026", date(2026, 5, 3)),
        ("1 okt", date(2026, 10, 1)),
        ("1 Oct", date(2026, 10, 1)),
        ("1 Sept", date(2026, 9, 1)),
        ("Dec 10", date(2026, 12, 10)),
        ("December 10, 2026", date(2026, 12, 10)),
        ("10th December 2026", date(2026, 12, 10)),
        ("29 feb 2028", date(2028, 2, 29)),
    ],
)
def test_dates_as_typed(typed: str, expected: date) -> None:
    assert parse_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "30-02-2026",
        "31/04/2026",
        "29 feb 2026",
        "32-1-2026",
        "10-13-2026",
        "10 ma",
        "10 foo",
        "2026",
        "10",
        "morgen",
        "10-12-0000",
        "0-1-2026",
        "1 2 3 4",
    ],
)
def test_what_is_no_date_is_refused_not_moved(typed: str) -> None:
    assert parse_date(typed, TODAY) is None


def test_a_date_without_a_year_is_the_nearest_one() -> None:
    """Planning in December reaches into January; recording in January reaches back."""
    assert parse_date("10-12", date(2026, 6, 15)) == date(2026, 12, 10)
    assert parse_date("10-01", date(2026, 6, 15)) == date(2026, 1, 10)
    assert parse_date("10 jan", date(2026, 12, 4)) == date(2027, 1, 10)
    assert parse_date("10-12", date(2027, 1, 20)) == date(2026, 12, 10)
    assert parse_date("4-12", date(2026, 12, 4)) == date(2026, 12, 4)
    assert parse_date("29-02", date(2026, 6, 15)) is None  # no 29 February near 2026
    assert parse_date("29-02", date(2027, 12, 1)) == date(2028, 2, 29)


def test_month_names_in_both_languages_and_no_ambiguous_abbreviation() -> None:
    for dutch, english, number in (("mei", "may", 5), ("okt", "oct", 10), ("mrt", "mar", 3)):
        assert month_number(dutch) == month_number(english) == number
    assert month_number("ma") is None  # maart, march or may
    assert month_number("ju") is None
    assert month_number("jun") == 6 and month_number("jul") == 7


def test_the_end_follows_the_start() -> None:
    # 19:00-21:00 moved to 14:00 keeps two hours
    assert following_end(time(19, 0), time(14, 0), time(21, 0), 90) == time(16, 0)
    # no end (or none after the start): the group's meeting length
    assert following_end(time(19, 0), time(14, 0), None, 120) == time(16, 0)
    assert following_end(None, time(9, 30), None, 150) == time(12, 0)
    assert following_end(time(19, 0), time(14, 0), time(18, 0), 120) == time(16, 0)
    # not past midnight
    assert following_end(time(19, 0), time(23, 0), time(21, 0), 120) == time(23, 59)
    assert following_end(time(19, 0), time(23, 59), time(21, 0), 120) is None


def test_the_follow_up_follows_the_agreed_actions() -> None:
    from intervisie_desktop.core.models import FollowUpStatus as F
    from intervisie_desktop.core.services.cases import follow_up_after

    assert follow_up_after("", "Belt de huisarts.", F.NONE) == F.OPEN
    assert follow_up_after("Belt de huisarts.", "  ", F.OPEN) == F.NONE
    assert follow_up_after("Belt.", "Belt de huisarts.", F.OPEN) == F.OPEN
    for settled in (F.DONE, F.DROPPED):  # what the supervisor decided stays
        assert follow_up_after("", "Belt.", settled) == settled
        assert follow_up_after("Belt.", "", settled) == settled
