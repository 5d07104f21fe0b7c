"""Field checks shared by the services; each failure is a ValidationError naming the field."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from typing import Any

from intervisie_desktop.core.errors import MSG_EMPTY, MSG_TOO_LONG, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

NAME_MAX = 200
SHORT_MAX = 1_000
LONG_MAX = 200_000

MSG_BAD_DATE = QT_TRANSLATE_NOOP("Validation", "{label} is not a valid date.")
MSG_BAD_TIME = QT_TRANSLATE_NOOP("Validation", "{label} is not a valid time.")
MSG_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "{label} must be a whole number from {low} to {high}."
)
MSG_BAD_EMAIL = QT_TRANSLATE_NOOP("Validation", "This is not an e-mail address.")
MSG_CONTROL = QT_TRANSLATE_NOOP("Validation", "{label} contains characters that cannot be stored.")

# C0 controls other than tab, newline and carriage return; NUL would cut text in some tools.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    if _CONTROL.search(result):
        raise ValidationError(MSG_CONTROL, field=field, label=label)
    return result


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


def optional_date(value: Any, field: str, label: str) -> date | None:
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
        number = int(value)
        if isinstance(value, float) and number != value:
            raise ValueError
    except (TypeError, ValueError):
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
