"""Dates and times as supervisors type them, and a meeting's end that follows its start.

Times: ``16:30``, ``16.30``, ``16u30``, ``1630``, ``930`` (09:30), ``9`` (09:00), ``2 pm``.
Dates, day before month as in Dutch and British use: ``10-12-2026``, ``10/12/2026``,
``10.12.2026``, ``10-12-26``, ``10122026``, ``2026-12-10`` (ISO), ``10 dec``, ``10 december 2026``,
``Dec 10, 2026``. Month names are read in Dutch and in English whatever the language of the
screen (no name means one month in one language and another in the other).

A date without a year (``10-12``, ``10 dec``) is the occurrence nearest to today: in June it
is this year's, in December ``10 jan`` is next January (a meeting being planned) and in January
``10 dec`` is last December (a meeting being recorded). Impossible dates (30 February) are
refused, never moved to a neighbouring day.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

#: Full month names in both languages; a month is also found by the first three or more letters.
_MONTHS: dict[str, int] = {}
for _number, (_dutch, _english) in enumerate(
    (
        ("januari", "january"),
        ("februari", "february"),
        ("maart", "march"),
        ("april", "april"),
        ("mei", "may"),
        ("juni", "june"),
        ("juli", "july"),
        ("augustus", "august"),
        ("september", "september"),
        ("oktober", "october"),
        ("november", "november"),
        ("december", "december"),
    ),
    start=1,
):
    _MONTHS[_dutch] = _MONTHS[_english] = _number
_ABBREVIATIONS = {"mrt": 3, "sept": 9}

_SEP = r"[-/. ]"
_NUMERIC = re.compile(rf"(\d{{1,2}}){_SEP}(\d{{1,2}})(?:{_SEP}(\d{{4}}|\d{{2}}))?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_ORDINAL = r"(?:st|nd|rd|th|e)?"
_DAY_MONTH = re.compile(rf"(\d{{1,2}}){_ORDINAL}[-. ]*([a-z]+)\.?(?:[-., ]+(\d{{4}}|\d{{2}}))?")
_MONTH_DAY = re.compile(rf"([a-z]+)\.?[-. ]*(\d{{1,2}}){_ORDINAL}(?:[-., ]+(\d{{4}}|\d{{2}}))?")

_CLOCK = re.compile(r"(\d{1,2})\s*(?:[:.,hu]|\s)\s*(\d{1,2})")
_HOURS_ONLY = re.compile(r"(\d{1,4})")
_MERIDIEM = re.compile(r"(.*?)\s*([ap])\.?\s*m\.?")


def month_number(word: str) -> int | None:
    """The month a name or its first three or more letters stand for (Dutch or English)."""
    word = word.lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return _ABBREVIATIONS[word]
    if len(word) < 3:
        return None
    found = {number for name, number in _MONTHS.items() if name.startswith(word)}
    return found.pop() if len(found) == 1 else None


def parse_time(typed: str) -> time | None:
    """A time of day as typed, or None when it is none (``25:00``, ``12:75``, ``half acht``)."""
    text = typed.strip().lower()
    for suffix in (" uur", "uur", "u", "h"):
        if text.endswith(suffix) and text[: -len(suffix)].strip()[-1:].isdigit():
            text = text[: -len(suffix)].strip()
            break
    meridiem = _MERIDIEM.fullmatch(text)
    if meridiem is not None:
        text = meridiem.group(1)
    hour, minute = _clock(text)
    if hour is None or minute is None:
        return None
    if meridiem is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if meridiem.group(2) == "p" else 0)
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _clock(text: str) -> tuple[int | None, int | None]:
    match = _CLOCK.fullmatch(text)
    if match is not None:
        return int(match.group(1)), int(match.group(2))
    match = _HOURS_ONLY.fullmatch(text)
    if match is None:
        return None, None
    digits = match.group(1)
    if len(digits) <= 2:
        return int(digits), 0
    return int(digits[:-2]), int(digits[-2:])  # 930 -> 9:30, 1630 -> 16:30


def parse_date(typed: str, today: date) -> date | None:
    """A date as typed (day before month), or None when it is none; see the module's text."""
    text = " ".join(typed.strip().lower().split()).rstrip(".")
    if not text:
        return None
    match = _ISO.fullmatch(text)
    if match is not None:
        return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    for pattern in (_NUMERIC, _DIGITS):
        match = pattern.fullmatch(text)
        if match is not None:
            day, month, year = match.groups()
            return _dated(int(day), int(month), year, today)
    match = _DAY_MONTH.fullmatch(text)
    if match is not None:
        day, word, year = match.groups()
        month = month_number(word)
        return None if month is None else _dated(int(day), month, year, today)
    match = _MONTH_DAY.fullmatch(text)
    if match is not None:
        word, day, year = match.groups()
        month = month_number(word)
        return None if month is None else _dated(int(day), month, year, today)
    return None


def _dated(day: int, month: int, year: str | None, today: date) -> date | None:
    if year is None:
        return _nearest(day, month, today)
    number = int(year)
    if len(year) == 2:
        number += 2000
    return _make(number, month, day)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year >= 1 else None
    except ValueError:
        return None


def _nearest(day: int, month: int, today: date) -> date | None:
    """The day and month in last, this or next year, whichever is nearest to today."""
    found = [d for y in (today.year - 1, today.year, today.year + 1) if (d := _make(y, month, day))]
    if not found:
        return None
    return min(found, key=lambda d: (abs((d - today).days), d < today))


def following_end(
    old_start: time | None, new_start: time, old_end: time | None, length_minutes: int
) -> time | None:
    """The end once the start moved: it keeps the meeting's length, or, with no usable end,
    lies the group's meeting length after the start. Past midnight it stops at 23:59;
    None when no end after the start fits the day."""
    minutes = length_minutes
    if old_start is not None and old_end is not None and old_end > old_start:
        minutes = _minutes(old_end) - _minutes(old_start)
    day = date(2000, 1, 1)
    end = datetime.combine(day, new_start) + timedelta(minutes=minutes)
    result = end.time() if end.date() == day else time(23, 59)
    return result if result > new_start else None


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


# What a date or time field says of an entry it cannot read (the form to use, an example).
MSG_TYPED_DATE = QT_TRANSLATE_NOOP(
    "Validation",
    "\u201c{typed}\u201d is not a date; type it as dd/mm/yyyy, e.g. 14/03/2026, or 14 March.",
)
MSG_TYPED_TIME = QT_TRANSLATE_NOOP(
    "Validation", "\u201c{typed}\u201d is not a time of day; type it as hh:mm, e.g. 19:30."
)
