"""The method model as plain values: what the session engine, the editor and reports read.

Built-in methods (TOML files) and user methods (database rows) both become a MethodDef.
A MethodDef is immutable, so a session can freeze the plan it ran.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from intervisie_desktop.core.models.methods import SpeakerMode

__all__ = ["MethodDef", "MethodKind", "PhaseDef", "SpeakerMode", "Text"]


@dataclass(frozen=True)
class Text:
    """A text in both languages; Dutch is the default."""

    nl: str = ""
    en: str = ""

    def get(self, lang: str) -> str:
        return (self.en if lang == "en" else self.nl) or self.nl or self.en


class MethodKind(StrEnum):
    METHOD = "method"  # a method run for one case
    BLOCK = "block"  # a standard part of a meeting: opening, follow-up, inventory, ...


@dataclass(frozen=True)
class PhaseDef:
    name: Text
    speaker_mode: SpeakerMode = SpeakerMode.OPEN
    minutes: float = 0.0  # planned minutes of the phase when not per speaker
    minutes_per_speaker: float | None = None  # rounds: each turn gets this many minutes
    instruction: Text = field(default_factory=Text)  # short, for the projector
    script: Text = field(default_factory=Text)  # for the presenter only
    case_bringer_silent: bool = False
    case_bringer_away: bool = False  # e.g. gossip method: turns away and listens
    no_advice: bool = False
    write_first: bool = False
    # warning state this long before the planned end; None: the program-wide default
    warning_minutes: float | None = None

    def planned_minutes(self, speakers: int) -> float:
        """Planned length given the number of speakers in this phase's round."""
        if self.minutes_per_speaker is not None:
            return self.minutes_per_speaker * speakers
        return self.minutes


@dataclass(frozen=True)
class MethodDef:
    key: str  # file stem of a built-in ("incident", "block.opening") or "user:<id>"
    name: Text
    phases: tuple[PhaseDef, ...]
    kind: MethodKind = MethodKind.METHOD
    summary: Text = field(default_factory=Text)
    when_to_use: Text = field(default_factory=Text)
    source: str = ""  # where the structure comes from; "unsourced" methods say so
    unsourced: bool = False
    builtin: bool = True
    based_on: str = ""  # for user copies: the key of the built-in they came from
