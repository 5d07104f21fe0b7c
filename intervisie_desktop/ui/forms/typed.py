"""Date and time fields that read what Dutch and English users type (core.dates), say the
expected form in the field, and show a valid entry in its normal form once it is left."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime
from PySide6.QtWidgets import QLineEdit

from intervisie_desktop.core.dates import MSG_TYPED_DATE, MSG_TYPED_TIME, parse_date, parse_time
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.validation import MSG_BAD_DATE

#: At most this much of a refused entry is repeated in the message.
SHOWN_MAX = 24


def date_text(day: date | None, long: bool = False) -> str:
    """A date in the user's locale (short, or with the weekday spelled out)."""
    if day is None:
        return ""
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def time_text(moment: time | None) -> str:
    if moment is None:
        return ""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def shown(typed: str) -> str:
    typed = " ".join(typed.split())
    return typed if len(typed) <= SHOWN_MAX else typed[: SHOWN_MAX - 1] + "\u2026"


class DateField(QLineEdit):
    """A date as typed (10-12-2026, 10-12, 10 dec, 10 december 2026, ...); impossible dates are
    refused, not fixed. The placeholder shows the form, the tooltip the other ways to type it."""

    def __init__(self, field: str, label: str, required: bool = True, empty: str = "") -> None:
        super().__init__()
        self.field = field
        self.label = label
        self.required = required
        self.setPlaceholderText(empty or QCoreApplication.translate("DateField", "dd/mm/yyyy"))
        tip = QCoreApplication.translate(
            "DateField",
            "Type a date as dd/mm/yyyy, or for example 10/12, 10 Dec or 10 December 2026.",
        )
        if not required:
            tip += " " + QCoreApplication.translate("DateField", "Leave it empty for none.")
        self.setToolTip(tip)

    def value(self) -> date | None:
        text = self.text().strip()
        if not text:
            if self.required:
                raise ValidationError(MSG_BAD_DATE, field=self.field, label=self.label)
            return None
        parsed = parse_date(text, date.today())
        if parsed is None:
            raise ValidationError(MSG_TYPED_DATE, field=self.field, typed=shown(text))
        return parsed

    def set_value(self, day: date | None) -> None:
        text = date_text(day)
        if self.text() != text:
            self.setText(text)


class TimeField(QLineEdit):
    """A time of day as typed (16:30, 16.30, 1630, 930, 9); 25:00 or 12:75 are refused."""

    def __init__(self, field: str, label: str) -> None:
        super().__init__()
        self.field = field
        self.label = label
        self.setPlaceholderText(QCoreApplication.translate("TimeField", "hh:mm"))
        self.setToolTip(
            QCoreApplication.translate(
                "TimeField", "Type a time as hh:mm, or for example 19.30, 1930 or 9 (for 09:00)."
            )
        )

    def value(self) -> time:
        text = self.text().strip()
        parsed = parse_time(text)
        if parsed is None:
            raise ValidationError(MSG_TYPED_TIME, field=self.field, typed=shown(text))
        return parsed

    def set_value(self, moment: time | None) -> None:
        text = "" if moment is None else f"{moment.hour:02d}:{moment.minute:02d}"
        if self.text() != text:
            self.setText(text)
