"""Messages to the room: what a message may be, the five presets the supervisor keeps, and the
break time a preset's "…" stands for.

A message is only ever a preset or a text the supervisor typed: nothing here reads a case, a
note or any other record. The presets live with the program's settings (one JSON list), each
None while the supervisor kept the default of the user's language (the screens know those).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

    from intervisie_desktop.core.changes import OpChanges
    from intervisie_desktop.core.services.settings import SettingsService

__all__ = [
    "MAX_LENGTH",
    "PRESET_COUNT",
    "SETTING",
    "break_time",
    "clean_message",
    "fill_time",
    "has_placeholder",
    "load_presets",
    "save_presets",
    "valid_message",
]

PRESET_COUNT = 5
MAX_LENGTH = 120  # a banner is read from across the room: one or two lines
SETTING = "session.messages"
BREAK_MINUTES = 10
# "…" (or "...") standing on its own: the time a break ends. "Even wachten…" keeps its dots.
PLACEHOLDER = re.compile(r"(?<!\S)(?:\u2026|\.\.\.)(?=$|[\s.,;:!?)])")
_SPACES = re.compile(r"\s+")


def clean_message(text: str) -> str:
    """The text as a banner shows it: one line, single spaces, at most MAX_LENGTH characters."""
    flat = _SPACES.sub(" ", "".join(c if c.isprintable() else " " for c in text)).strip()
    return flat[:MAX_LENGTH].rstrip()


def valid_message(text: object) -> bool:
    """A text a run may show (a stored one that is not is ignored on replay)."""
    return isinstance(text, str) and bool(text) and clean_message(text) == text


def has_placeholder(text: str) -> bool:
    return PLACEHOLDER.search(text) is not None


def fill_time(text: str, at: str) -> str:
    """The text with its "…" replaced by the time `at` ("HH:MM")."""
    return PLACEHOLDER.sub(at, text)


def break_time(now: datetime, continue_at: str | None = None) -> str:
    """When a break started now ends: the run's "we continue at" when set, else ten minutes
    from now, rounded up to five (people say "at 14:40", not "at 14:37")."""
    if continue_at:
        return continue_at
    end = now.replace(second=0, microsecond=0) + timedelta(minutes=BREAK_MINUTES)
    end += timedelta(minutes=-end.minute % 5)
    return end.strftime("%H:%M")


def load_presets(settings: SettingsService) -> tuple[str | None, ...]:
    """The supervisor's five presets; None where they kept the default (or the stored value
    is not a usable text)."""
    stored = settings.get(SETTING)
    values = list(stored) if isinstance(stored, list) else []
    values += [None] * (PRESET_COUNT - len(values))
    return tuple(
        clean_message(v) if isinstance(v, str) and clean_message(v) else None
        for v in values[:PRESET_COUNT]
    )


def save_presets(settings: SettingsService, texts: Sequence[str | None]) -> OpChanges:
    """Store the presets; an empty text (or None) goes back to the default."""
    values = [clean_message(t) if t else None for t in list(texts)[:PRESET_COUNT]]
    values += [None] * (PRESET_COUNT - len(values))
    return settings.set(SETTING, [v or None for v in values])
