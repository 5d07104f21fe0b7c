"""When a phase (or turn) warns that its end is near: the phase's own warning point, or else the
program-wide default kept as a setting.

A phase may leave its warning empty (None): the default is filled in when the plan of a meeting
is made, so a frozen run keeps the warning points it ran with."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.models import Setting

if TYPE_CHECKING:
    from sqlmodel import Session

    from intervisie_desktop.core.changes import OpChanges
    from intervisie_desktop.core.methods.model import PhaseDef
    from intervisie_desktop.core.services.settings import SettingsService
    from intervisie_desktop.core.session.plan import SessionPlan

#: The setting key of the program-wide warning point, in minutes before the end.
WARNING_SETTING = "session.warning_minutes"
#: The default when the setting was never made (or holds something unusable).
DEFAULT_WARNING_MINUTES = 1.0
#: The largest default the editor takes: more would make most phases warn from their start.
MAX_WARNING_MINUTES = 60.0

MSG_BAD_DEFAULT = QT_TRANSLATE_NOOP(
    "Validation", "The default warning must be a number of minutes from 0 to {max}."
)


def usable_default(value: Any) -> float:
    """A stored setting as minutes; anything else (missing, text, NaN, out of range) the default."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return DEFAULT_WARNING_MINUTES
    if not math.isfinite(value) or not 0 <= value <= MAX_WARNING_MINUTES:
        return DEFAULT_WARNING_MINUTES
    return float(value)


def stored_default(session: Session) -> float:
    """The program-wide warning point as stored with the data."""
    row = session.get(Setting, WARNING_SETTING)
    if row is None:
        return DEFAULT_WARNING_MINUTES
    try:
        return usable_default(json.loads(row.value_json))
    except ValueError:
        return DEFAULT_WARNING_MINUTES


def warning_minutes(phase: PhaseDef, default: float = DEFAULT_WARNING_MINUTES) -> float:
    """The phase's own warning point, falling back to `default`."""
    return default if phase.warning_minutes is None else phase.warning_minutes


def with_default_warning(plan: SessionPlan, default: float) -> SessionPlan:
    """The plan with every phase that has no warning point of its own given `default`."""
    steps = []
    for step in plan.steps:
        phases = tuple(
            replace(p, warning_minutes=default) if p.warning_minutes is None else p
            for p in step.method.phases
        )
        if phases != step.method.phases:
            step = replace(step, method=replace(step.method, phases=phases))
        steps.append(step)
    return replace(plan, steps=tuple(steps))


def read_default(settings: SettingsService) -> float:
    """The program-wide warning point, through the settings service (for the editor)."""
    return usable_default(settings.get(WARNING_SETTING, DEFAULT_WARNING_MINUTES))


def store_default(settings: SettingsService, minutes: Any) -> OpChanges:
    """Keep a new program-wide warning point; refused unless 0 to MAX_WARNING_MINUTES minutes."""
    if (
        isinstance(minutes, bool)
        or not isinstance(minutes, (int, float))
        or not math.isfinite(minutes)
        or not 0 <= minutes <= MAX_WARNING_MINUTES
    ):
        raise ValidationError(MSG_BAD_DEFAULT, field="warning_default", max=MAX_WARNING_MINUTES)
    return settings.set(WARNING_SETTING, float(minutes))
