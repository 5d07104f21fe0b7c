"""The rules a method must follow, shared by the built-in files and the user's own copies.

Each check returns a normalised value or raises a ValidationError whose `field` names the
attribute ("minutes", "name.nl"); method-level checks prefix the phase ("phases[3].minutes").
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Any

from intervisie_desktop.core import validation as v
from intervisie_desktop.core.errors import MSG_EMPTY, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, SpeakerMode, Text

# Limits: generous for users, but a phase of ten hours or a 100-phase method is a typing error.
PHASE_MINUTES_MAX = 240.0
PER_SPEAKER_MAX = 60.0
PHASES_MAX = 40
INSTRUCTION_MAX = 300  # the projector shows it in a line or two
SUMMARY_MAX = 2_000
SCRIPT_MAX = 10_000

#: Speaker modes in which every present member gets a turn, so minutes may be per speaker.
ROUND_MODES = frozenset({SpeakerMode.ROUND, SpeakerMode.ROUND_WITHOUT_CASE_BRINGER})

#: Built-in keys: "incident", "block.opening"; user methods are "user:<id>".
BUILTIN_KEY = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)?")
BLOCK_PREFIX = "block."

# Field labels (translated in context "Field").
L_METHOD_NAME = QT_TRANSLATE_NOOP("Field", "Method name")
L_SUMMARY = QT_TRANSLATE_NOOP("Field", "Summary")
L_WHEN = QT_TRANSLATE_NOOP("Field", "When to use it")
L_SOURCE = QT_TRANSLATE_NOOP("Field", "Source")
L_PHASE_NAME = QT_TRANSLATE_NOOP("Field", "Phase name")
L_INSTRUCTION = QT_TRANSLATE_NOOP("Field", "Instruction for the participants")
L_SCRIPT = QT_TRANSLATE_NOOP("Field", "Script for the facilitator")
L_MINUTES = QT_TRANSLATE_NOOP("Field", "Minutes")
L_PER_SPEAKER = QT_TRANSLATE_NOOP("Field", "Minutes per speaker")
L_WARNING = QT_TRANSLATE_NOOP("Field", "Warning (minutes before the end)")
L_SPEAKER_MODE = QT_TRANSLATE_NOOP("Field", "Who speaks")
L_PHASES = QT_TRANSLATE_NOOP("Field", "Phases")

MSG_BAD_MINUTES = QT_TRANSLATE_NOOP(
    "Validation", "{label} must be a number greater than 0 and at most {high}."
)
MSG_BAD_WARNING = QT_TRANSLATE_NOOP(
    "Validation", "The warning must be at least 0 minutes and shorter than the phase or turn."
)
MSG_BAD_MODE = QT_TRANSLATE_NOOP("Validation", "\u201c{value}\u201d is not a known speaker mode.")
MSG_PER_SPEAKER_MODE = QT_TRANSLATE_NOOP(
    "Validation", "Minutes per speaker only apply to a round in which everyone speaks."
)
MSG_SILENT_BRINGER = QT_TRANSLATE_NOOP(
    "Validation", "The case bringer cannot be silent or away in a phase where only they speak."
)
MSG_NO_PHASES = QT_TRANSLATE_NOOP("Validation", "A method needs at least one phase.")
MSG_TOO_MANY_PHASES = QT_TRANSLATE_NOOP("Validation", "A method can have at most {max} phases.")
MSG_FLAG = QT_TRANSLATE_NOOP("Validation", "{label} must be on or off.")
L_FLAG = QT_TRANSLATE_NOOP("Field", "Option")

FLAGS = ("case_bringer_silent", "case_bringer_away", "no_advice", "write_first")


def text(
    value: Text,
    field: str,
    label: str,
    *,
    both: bool,
    required: bool = True,
    max_len: int = v.SHORT_MAX,
    single_line: bool = False,
) -> Text:
    """Check both languages. A required text needs each language when `both` is set (built-ins),
    otherwise one is enough (the other falls back to it); optional texts may be empty."""
    if not isinstance(value, Text):
        raise ValidationError(MSG_EMPTY, field=field, label=label)
    nl = v.text(
        value.nl,
        f"{field}.nl",
        label,
        required=required and both,
        max_len=max_len,
        single_line=single_line,
    )
    en = v.text(
        value.en,
        f"{field}.en",
        label,
        required=required and both,
        max_len=max_len,
        single_line=single_line,
    )
    if required and not (nl or en):
        raise ValidationError(MSG_EMPTY, field=f"{field}.nl", label=label)
    return Text(nl=nl, en=en)


def number(value: Any, field: str, label: str, high: float) -> float:
    """A positive number of minutes (fractions allowed: 1.5 minutes per speaker)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValidationError(MSG_BAD_MINUTES, field=field, label=label, high=high)
    try:
        result = float(value)
    except OverflowError:  # an int too large for a float
        raise ValidationError(MSG_BAD_MINUTES, field=field, label=label, high=high) from None
    if not math.isfinite(result) or not 0 < result <= high:
        raise ValidationError(MSG_BAD_MINUTES, field=field, label=label, high=high)
    return result


def speaker_mode(value: Any, field: str = "speaker_mode") -> SpeakerMode:
    try:
        return SpeakerMode(value)
    except ValueError:
        raise ValidationError(MSG_BAD_MODE, field=field, value=str(value)[:40]) from None


def flag(value: Any, field: str) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(MSG_FLAG, field=field, label=L_FLAG)
    return value


def check_phase(phase: PhaseDef, *, both: bool) -> PhaseDef:
    """Validate one phase; returns it normalised (texts stripped, minutes as floats)."""
    name = text(phase.name, "name", L_PHASE_NAME, both=both, max_len=v.NAME_MAX, single_line=True)
    instruction = text(
        phase.instruction,
        "instruction",
        L_INSTRUCTION,
        both=both,
        required=both,
        max_len=INSTRUCTION_MAX,
    )
    script = text(phase.script, "script", L_SCRIPT, both=both, required=both, max_len=SCRIPT_MAX)
    mode = speaker_mode(phase.speaker_mode)
    flags = {name_: flag(getattr(phase, name_), name_) for name_ in FLAGS}
    if mode is SpeakerMode.CASE_BRINGER and (
        flags["case_bringer_silent"] or flags["case_bringer_away"]
    ):
        field = "case_bringer_silent" if flags["case_bringer_silent"] else "case_bringer_away"
        raise ValidationError(MSG_SILENT_BRINGER, field=field)
    per_speaker: float | None = None
    if phase.minutes_per_speaker is not None:
        if mode not in ROUND_MODES:
            raise ValidationError(MSG_PER_SPEAKER_MODE, field="minutes_per_speaker")
        length = number(
            phase.minutes_per_speaker, "minutes_per_speaker", L_PER_SPEAKER, PER_SPEAKER_MAX
        )
        per_speaker, minutes = length, 0.0
    else:
        minutes = number(phase.minutes, "minutes", L_MINUTES, PHASE_MINUTES_MAX)
        length = minutes
    warning = phase.warning_minutes  # None: the program-wide default
    if warning is not None and (
        isinstance(warning, bool)
        or not isinstance(warning, (int, float))
        or not 0 <= warning < length  # also refuses NaN; a huge int compares fine
    ):
        raise ValidationError(MSG_BAD_WARNING, field="warning_minutes", label=L_WARNING)
    return replace(
        phase,
        name=name,
        instruction=instruction,
        script=script,
        speaker_mode=mode,
        minutes=minutes,
        minutes_per_speaker=per_speaker,
        warning_minutes=None if warning is None else float(warning),
        **flags,
    )


def check_method(method: MethodDef, *, both: bool) -> MethodDef:
    """Validate a whole method; a phase's error names it as "phases[<index>].<field>"."""
    name = text(method.name, "name", L_METHOD_NAME, both=both, max_len=v.NAME_MAX, single_line=True)
    summary = text(
        method.summary, "summary", L_SUMMARY, both=both, required=both, max_len=SUMMARY_MAX
    )
    when = text(
        method.when_to_use, "when_to_use", L_WHEN, both=both, required=both, max_len=SUMMARY_MAX
    )
    source = v.text(method.source, "source", L_SOURCE, required=both, max_len=SUMMARY_MAX)
    if not method.phases:
        raise ValidationError(MSG_NO_PHASES, field="phases", label=L_PHASES)
    if len(method.phases) > PHASES_MAX:
        raise ValidationError(MSG_TOO_MANY_PHASES, field="phases", max=PHASES_MAX)
    phases = []
    for index, phase in enumerate(method.phases):
        try:
            phases.append(check_phase(phase, both=both))
        except ValidationError as err:
            err.field = f"phases[{index}].{err.field}"
            err.args_map.setdefault("phase", index + 1)
            raise
    return replace(
        method,
        name=name,
        summary=summary,
        when_to_use=when,
        source=source,
        phases=tuple(phases),
        kind=MethodKind(method.kind),
    )


def planned_total(method: MethodDef, speakers: int) -> float:
    """Planned minutes of a whole method for a group with this many people speaking in rounds.

    Rounds without the case bringer count one speaker fewer (a method run has a case bringer).
    """
    total = 0.0
    for phase in method.phases:
        count = speakers
        if phase.speaker_mode is SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
            count = max(speakers - 1, 0)
        total += phase.planned_minutes(count)
    return total


# Nouns for "{what} {id} does not exist" and file-type messages.
NOUNS = (QT_TRANSLATE_NOOP("Field", "method"), QT_TRANSLATE_NOOP("Field", "phase"))
