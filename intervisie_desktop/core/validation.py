"""Field checks shared by the services; each failure is a ValidationError naming the field."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time
from typing import Any

from intervisie_desktop.core import labels
from intervisie_desktop.core.errors import (
    MSG_EMPTY,
    MSG_NOT_FOUND,
    MSG_TOO_LONG,
    MSG_WRONG_KIND,
    NotFoundError,
    ValidationError,
)
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 200
SHORT_MAX = 1_000
LONG_MAX = 200_000
#: Search text longer than this is refused: SQLite refuses LIKE patterns over 50,000 bytes, and
#: no one looks for a passage that long.
SEARCH_MAX = 1_000
ID_MAX = 2**63 - 1  # SQLite's largest integer
YEAR_MIN, YEAR_MAX = 1, 9998  # a year whose 1 January and next 1 January are valid dates

MSG_BAD_DATE = QT_TRANSLATE_NOOP("Validation", "{label} is not a valid date.")
MSG_BAD_TIME = QT_TRANSLATE_NOOP("Validation", "{label} is not a valid time.")
MSG_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "{label} must be a whole number from {low} to {high}."
)
MSG_BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "This is not an e-mail address.")
MSG_CONTROL = QT_TRANSLATE_NOOP("Validation", "{label} contains characters that cannot be stored.")
SEARCH = QT_TRANSLATE_NOOP("Field", "Search text")
POSITION = QT_TRANSLATE_NOOP("Field", "Position")
RESULTS = QT_TRANSLATE_NOOP("Field", "Number of results")

# C0 controls other than tab, newline and carriage return; NUL would cut text in some tools.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Lone surrogates: a Python str may hold them, but they cannot be written as UTF-8.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def text(
    value: Any,
    field: str,
    label: str,
    *,
    required: bool = False,
    max_len: int = SHORT_MAX,
    single_line: bool = False,
) -> str:
    """Normalise free text: strip, refuse control characters and over-long input."""
    result = "" if value is None else str(value)
    result = result.strip()
    if single_line:
        result = " ".join(result.split())
    if required and not result:
        raise ValidationError(MSG_EMPTY, field=field, label=label)
    if len(result) > max_len:
        raise ValidationError(MSG_TOO_LONG, field=field, label=label, max=max_len)
    if _CONTROL.search(result) or _SURROGATE.search(result):
        raise ValidationError(MSG_CONTROL, field=field, label=label)
    return result


def search_text(value: Any, field: str = "search", label: str = SEARCH) -> str:
    """Text to look for: None is no search; characters no stored text can hold are dropped."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(MSG_WRONG_KIND, field=field, name=field)
    result = " ".join(_SURROGATE.sub(" ", _CONTROL.sub(" ", value)).split())
    if len(result) > SEARCH_MAX:
        raise ValidationError(MSG_TOO_LONG, field=field, label=label, max=SEARCH_MAX)
    return result


def like_pattern(search: str) -> str:
    """A LIKE pattern finding `search` anywhere, its own % and _ taken literally (ESCAPE '\\')."""
    escaped = search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def record_id(value: Any, what: str) -> int:
    """An id as SQLite can hold it; anything else names a record that cannot exist."""
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value <= ID_MAX:
        return value
    raise NotFoundError(MSG_NOT_FOUND, what=what, id=_shown(value))


def optional_id(value: Any, what: str) -> int | None:
    return None if value is None else record_id(value, what)


def record_ids(values: Any, what: str) -> list[int]:
    """A list of ids (search results, a seat order); a value that is no list is refused."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise ValidationError(MSG_WRONG_KIND, field=what, name=what)
    return [record_id(value, what) for value in values]


def method_key(value: Any) -> str:
    """A method's key (built-in name or user.N); anything else names a method that cannot exist."""
    if isinstance(value, str) and 0 < len(value) <= 100 and value.isprintable():
        return value
    raise NotFoundError(MSG_NOT_FOUND, what="method", id=_shown(value))


def _shown(value: Any) -> str:
    """The id as a message may show it: short, and never a long or unprintable text."""
    shown = str(value) if isinstance(value, int | str) else type(value).__name__
    return (
        shown
        if len(shown) <= 24 and shown.isprintable()
        else shown[:20].encode("ascii", "replace").decode() + "\u2026"
    )


def flag(value: Any, field: str, *, optional: bool = False) -> bool | None:
    """A yes/no choice (or None, when `optional` means 'either')."""
    if value is None and optional:
        return None
    if isinstance(value, bool):
        return value
    raise ValidationError(MSG_WRONG_KIND, field=field, name=field)


def year(value: Any, field: str = "year", label: str = labels.YEAR) -> int:
    return integer(value, field, label, YEAR_MIN, YEAR_MAX)


def optional_year(value: Any, field: str = "year", label: str = labels.YEAR) -> int | None:
    return None if value is None else year(value, field, label)


def name(value: Any, field: str, label: str, required: bool = True) -> str:
    return text(value, field, label, required=required, max_len=NAME_MAX, single_line=True)


def long_text(value: Any, field: str, label: str) -> str:
    return text(value, field, label, max_len=LONG_MAX)


def a_date(value: Any, field: str, label: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValidationError(MSG_BAD_DATE, field=field, label=label)


def optional_date(value: Any, field: str, label: str = labels.DATE) -> date | None:
    if value is None or value == "":
        return None
    return a_date(value, field, label)


def a_time(value: Any, field: str, label: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0)
    if isinstance(value, str):
        try:
            return time.fromisoformat(value.strip()).replace(second=0, microsecond=0)
        except ValueError:
            pass
    raise ValidationError(MSG_BAD_TIME, field=field, label=label)


def integer(value: Any, field: str, label: str, low: int, high: int) -> int:
    try:
        if isinstance(value, bool | bytes):
            raise TypeError
        number = int(value)
        if isinstance(value, float) and number != value:
            raise ValueError
    except (TypeError, ValueError, OverflowError):
        raise ValidationError(
            MSG_BAD_NUMBER, field=field, label=label, low=low, high=high
        ) from None
    if not low <= number <= high:
        raise ValidationError(MSG_BAD_NUMBER, field=field, label=label, low=low, high=high)
    return number


def email(value: Any, field: str = "email") -> str:
    address = text(value, field, "E-mail", max_len=NAME_MAX, single_line=True)
    if address and not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", address):
        raise ValidationError(MSG_BAD_EMAIL, field=field)
    return address
