"""The language of an export, independent of the installed UI translators.

Each export loads its own `export_<lang>.qm` into a private QTranslator, so a worker thread or a
batch can render Dutch and English side by side without touching the application's translators.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QTime, QTranslator

from intervisie_desktop.paths import resource_dir

if TYPE_CHECKING:
    from datetime import date, time

LANGUAGES = ("nl", "en")


class ExportLanguage:
    def __init__(self, lang: str) -> None:
        if lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}")
        self.lang = lang
        self.locale = (
            QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
            if lang == "nl"
            else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        )
        self.locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
        self._translator = QTranslator()
        if lang != "en":
            self._translator.load(str(resource_dir() / "translations" / f"export_{lang}.qm"))

    def translate(self, context: str, source: str) -> str:
        """Translated text, or the English source when there is no translation."""
        return self._translator.translate(context, source) or source

    # Formatting: one place, so every export writes dates and numbers the same way.
    def date_long(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")

    def date_short(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")

    def weekday_date(self, day: date) -> str:
        return self.locale.toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")

    def day_month(self, day: date) -> str:
        return f"{day:%d-%m}"

    def clock(self, moment: time) -> str:
        return self.locale.toString(QTime(moment.hour, moment.minute), "HH:mm")

    def number(self, value: float, decimals: int = 2) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def duration(self, minutes: int) -> str:
        """Minutes as H:MM, the way attendance lists write lengths."""
        return f"{minutes // 60}:{minutes % 60:02d}"
