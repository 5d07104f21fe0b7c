"""The interface language: the one asked for (--lang), else the system's."""

from __future__ import annotations

from PySide6.QtCore import QLocale

LANGUAGES = ("nl", "en")


def choose_language(requested: str | None) -> str:
    """--lang wins; otherwise English on an English system, Dutch everywhere else."""
    if requested in LANGUAGES:
        return requested
    return "en" if QLocale.system().language() == QLocale.Language.English else "nl"
