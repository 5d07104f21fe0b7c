"""Words about a method's phases for printed cards and forms, in the export's language: who
speaks, the phase's rules, its time."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from intervisie_desktop.core.methods.model import SpeakerMode

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef, PhaseDef
    from intervisie_desktop.export.language import ExportLanguage


def who_speaks(t: ExportLanguage, mode: SpeakerMode) -> str:
    words = {
        SpeakerMode.CASE_BRINGER: t.translate("MethodCards", "the case bringer"),
        SpeakerMode.ROUND: t.translate("MethodCards", "everyone in turn"),
        SpeakerMode.ROUND_WITHOUT_CASE_BRINGER: t.translate(
            "MethodCards", "everyone in turn except the case bringer"
        ),
        SpeakerMode.OPEN: t.translate("MethodCards", "open discussion"),
        SpeakerMode.FACILITATOR: t.translate("MethodCards", "the chair"),
        SpeakerMode.SILENT: t.translate("MethodCards", "nobody: everyone writes"),
    }
    return words[SpeakerMode(mode)]


def rules(t: ExportLanguage, phase: PhaseDef) -> list[str]:
    found = []
    if phase.case_bringer_away:
        found.append(t.translate("MethodCards", "The case bringer turns away and listens."))
    elif phase.case_bringer_silent:
        found.append(t.translate("MethodCards", "The case bringer stays silent."))
    if phase.no_advice:
        found.append(t.translate("MethodCards", "No advice."))
    if phase.write_first:
        found.append(t.translate("MethodCards", "Write first, then speak."))
    return found


def number(t: ExportLanguage, value: float) -> str:
    if not math.isfinite(value):
        return ""
    text = f"{round(value, 2):g}"
    return text.replace(".", ",") if t.lang == "nl" else text


def phase_time(t: ExportLanguage, phase: PhaseDef) -> str:
    if phase.minutes_per_speaker is not None:
        return t.translate("MethodCards", "{minutes} min per speaker").format(
            minutes=number(t, phase.minutes_per_speaker)
        )
    return t.translate("MethodCards", "{minutes} min").format(minutes=number(t, phase.minutes))


def speakers_in(phase: PhaseDef, group_size: int) -> int:
    if phase.speaker_mode is SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
        return max(group_size - 1, 0)
    return group_size


def total_minutes(method: MethodDef, group_size: int) -> float:
    return sum(p.planned_minutes(speakers_in(p, group_size)) for p in method.phases)
