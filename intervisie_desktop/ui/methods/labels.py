"""Readable words for speaker modes, phase flags and minutes, in the user's language."""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from intervisie_desktop.core.methods.model import MethodKind, PhaseDef, SpeakerMode
from intervisie_desktop.core.methods.schema import FLAGS
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.core.errors import IntervisieError


def speaker_mode_label(mode: SpeakerMode) -> str:
    labels = {
        SpeakerMode.CASE_BRINGER: QCoreApplication.translate(
            "MethodLabels", "Only the case bringer speaks"
        ),
        SpeakerMode.ROUND: QCoreApplication.translate("MethodLabels", "Round: everyone in turn"),
        SpeakerMode.ROUND_WITHOUT_CASE_BRINGER: QCoreApplication.translate(
            "MethodLabels", "Round without the case bringer"
        ),
        SpeakerMode.OPEN: QCoreApplication.translate("MethodLabels", "Open discussion"),
        SpeakerMode.FACILITATOR: QCoreApplication.translate(
            "MethodLabels", "The facilitator speaks"
        ),
        SpeakerMode.SILENT: QCoreApplication.translate("MethodLabels", "Silence: everyone writes"),
    }
    return labels[SpeakerMode(mode)]


def flag_label(flag: str) -> str:
    labels = {
        "case_bringer_silent": QCoreApplication.translate(
            "MethodLabels", "The case bringer stays silent"
        ),
        "case_bringer_away": QCoreApplication.translate(
            "MethodLabels", "The case bringer turns away and listens"
        ),
        "no_advice": QCoreApplication.translate("MethodLabels", "No advice"),
        "write_first": QCoreApplication.translate("MethodLabels", "Write first, then speak"),
    }
    return labels[flag]


def flags_of(phase: PhaseDef) -> list[str]:
    """The readable labels of the flags that are on, in a fixed order."""
    return [flag_label(name) for name in FLAGS if getattr(phase, name)]


def kind_label(kind: MethodKind) -> str:
    if kind is MethodKind.BLOCK:
        return QCoreApplication.translate("MethodLabels", "Meeting block")
    return QCoreApplication.translate("MethodLabels", "Method")


def format_minutes(value: float, lang: str) -> str:
    """1.5 as "1,5" in Dutch and "1.5" in English; whole numbers without decimals."""
    if not math.isfinite(value):
        return ""
    text = f"{round(value, 2):g}"
    return text.replace(".", ",") if lang == "nl" else text


def parse_minutes(text: str) -> float | str:
    """A typed number of minutes ("1,5" or "1.5"); what cannot be read is returned as typed, so
    the service refuses it with its own message naming the field."""
    cleaned = text.strip().replace(",", ".")
    try:
        return float(cleaned)
    except ValueError:
        return text


def speakers_in(phase: PhaseDef, group_size: int) -> int:
    """How many people take a turn in this phase in a group of this size (one has the case)."""
    if phase.speaker_mode is SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
        return max(group_size - 1, 0)
    return group_size


def phase_time(phase: PhaseDef, group_size: int, lang: str) -> str:
    """ "5 min", or "3 min per speaker (15 min for 5 speakers)"."""
    if phase.minutes_per_speaker is None:
        return QCoreApplication.translate("MethodLabels", "{minutes} min").format(
            minutes=format_minutes(phase.minutes, lang)
        )
    speakers = speakers_in(phase, group_size)
    text = (
        QCoreApplication.translate("MethodLabels", "{each} min per speaker ({total} min for 1)")
        if speakers == 1
        else QCoreApplication.translate(
            "MethodLabels", "{each} min per speaker ({total} min for {speakers} speakers)"
        )
    )
    return text.format(
        each=format_minutes(phase.minutes_per_speaker, lang),
        total=format_minutes(phase.planned_minutes(speakers), lang),
        speakers=speakers,
    )


def message_text(error: IntervisieError, lang: str) -> str:
    """A core error in the user's language, with numbers written the local way ("240", "1,5")."""
    shown = copy.copy(error)
    shown.args_map = {
        key: format_minutes(value, lang) if isinstance(value, float) else value
        for key, value in error.args_map.items()
    }
    return error_text(shown)
