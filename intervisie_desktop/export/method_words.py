"""Words about a method's phases for printed cards and forms, in the export's language: who
speaks, the phase's rules, its time."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from intervisie_desktop.core.methods.model import SpeakerMode

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef, PhaseDef
    from intervisie_desktop.export.language import ExportLanguage

CONTEXT = "MethodCards"


def tr(t: ExportLanguage, text: str) -> str:
    return t.translate(CONTEXT, text)


def who_speaks(t: ExportLanguage, mode: SpeakerMode) -> str:
    words = {
        SpeakerMode.CASE_BRINGER: tr(t, "the case bringer"),
        SpeakerMode.ROUND: tr(t, "everyone in turn"),
        SpeakerMode.ROUND_WITHOUT_CASE_BRINGER: tr(t, "everyone in turn except the case bringer"),
        SpeakerMode.OPEN: tr(t, "open discussion"),
        SpeakerMode.FACILITATOR: tr(t, "the chair"),
        SpeakerMode.SILENT: tr(t, "nobody: everyone writes"),
    }
    return words[SpeakerMode(mode)]


def rules(t: ExportLanguage, phase: PhaseDef) -> list[str]:
    found = []
    if phase.case_bringer_away:
        found.append(tr(t, "The case bringer turns away and listens."))
    elif phase.case_bringer_silent:
        found.append(tr(t, "The case bringer stays silent."))
    if phase.no_advice:
        found.append(tr(t, "No advice."))
    if phase.write_first:
        found.append(tr(t, "Write first, then speak."))
    return found


def number(t: ExportLanguage, value: float) -> str:
    if not math.isfinite(value):
        return ""
    text = f"{round(value, 2):g}"
    return text.replace(".", ",") if t.lang == "nl" else text


def phase_time(t: ExportLanguage, phase: PhaseDef) -> str:
    if phase.minutes_per_speaker is not None:
        return tr(t, "{minutes} min per speaker").format(
            minutes=number(t, phase.minutes_per_speaker)
        )
    return tr(t, "{minutes} min").format(minutes=number(t, phase.minutes))


def speakers_in(phase: PhaseDef, group_size: int) -> int:
    if phase.speaker_mode is SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
        return max(group_size - 1, 0)
    return group_size


def total_minutes(method: MethodDef, group_size: int) -> float:
    return sum(p.planned_minutes(speakers_in(p, group_size)) for p in method.phases)
