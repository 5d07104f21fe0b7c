"""A meeting's session plan as plain values: the steps to run, who speaks, and the planned time.

The plan is built from the meeting's PlanItem rows with a method resolver (the catalogue's `get`),
and frozen as JSON into the session run, so a run stays readable after its methods change or go.
The plan carries a case's topic and question (the question may be projected), never its
description.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, or_, select

from intervisie_desktop.core.errors import MSG_NOT_FOUND, NotFoundError, ValidationError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.methods.model import MethodDef, MethodKind, PhaseDef, Text
from intervisie_desktop.core.models import (
    Attendance,
    AttendanceStatus,
    Case,
    Meeting,
    Member,
    Membership,
    PlanItem,
    SpeakerMode,
)
from intervisie_desktop.core.names import distinct_names

__all__ = [
    "MethodResolver",
    "PlanCase",
    "PlanSpeaker",
    "PlanStep",
    "SessionPlan",
    "UnknownMethodError",
    "build_plan",
    "eligible_speakers",
    "no_methods",
]

MSG_UNKNOWN_METHOD = QT_TRANSLATE_NOOP("Validation", "There is no method \u201c{key}\u201d.")
MSG_METHOD_WITHOUT_PHASES = QT_TRANSLATE_NOOP(
    "Validation", "The method \u201c{key}\u201d has no phases and cannot be run."
)

ROUND_MODES = frozenset({SpeakerMode.ROUND, SpeakerMode.ROUND_WITHOUT_CASE_BRINGER})
TURN_MODES = ROUND_MODES | {SpeakerMode.CASE_BRINGER}


class UnknownMethodError(ValidationError, LookupError):
    """A method key that the resolver does not know; a LookupError raised by a resolver (such as
    the catalogue's KeyError) is turned into this."""


MethodResolver = Callable[[str], MethodDef]


def no_methods(key: str) -> MethodDef:
    """The resolver used until a catalogue is passed in: every key is unknown."""
    raise UnknownMethodError(MSG_UNKNOWN_METHOD, field="method_key", key=key)


@dataclass(frozen=True)
class PlanCase:
    """What the session may show of a case: never its confidential description."""

    case_id: int
    bringer_id: int | None
    topic: str
    question: str
    show_question: bool


@dataclass(frozen=True)
class PlanSpeaker:
    member_id: int
    display_name: str
    present: bool = True  # False: recorded absent or excused before the session


@dataclass(frozen=True)
class PlanStep:
    """One block or method run; planned seconds per phase, and per turn for turn phases."""

    method: MethodDef
    case: PlanCase | None
    phase_seconds: tuple[float, ...]
    turn_seconds: tuple[float | None, ...]  # None outside turn phases
    minutes_override: int | None = None
    item_id: int | None = None

    @property
    def bringer_id(self) -> int | None:
        return self.case.bringer_id if self.case is not None else None

    @property
    def planned_seconds(self) -> float:
        return sum(self.phase_seconds)

    @property
    def planned_minutes(self) -> float:
        return self.planned_seconds / 60


@dataclass(frozen=True)
class SessionPlan:
    meeting_id: int
    meeting_minutes: int  # the meeting's planned length
    speakers: tuple[PlanSpeaker, ...]  # all current members in seat order, present or not
    steps: tuple[PlanStep, ...]

    @property
    def present(self) -> tuple[PlanSpeaker, ...]:
        """Speaker order: the present members in seat order."""
        return tuple(s for s in self.speakers if s.present)

    @property
    def planned_seconds(self) -> float:
        return sum(step.planned_seconds for step in self.steps)

    @property
    def planned_minutes(self) -> float:
        return self.planned_seconds / 60

    @property
    def difference_minutes(self) -> float:
        """Planned total minus the meeting's length: > 0 the plan runs over, < 0 it leaves time."""
        return self.planned_minutes - self.meeting_minutes

    @property
    def over(self) -> bool:
        return self.difference_minutes > 1e-9

    @property
    def under(self) -> bool:
        return self.difference_minutes < -1e-9

    def to_json(self) -> str:
        return json.dumps(_plan_to_dict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> SessionPlan:
        return _plan_from_dict(json.loads(text))


def eligible_speakers(mode: SpeakerMode, order: Sequence[int], bringer_id: int | None) -> list[int]:
    """Who has a turn in a phase of this mode, in the given order (absence not considered)."""
    if mode == SpeakerMode.ROUND:
        return list(order)
    if mode == SpeakerMode.ROUND_WITHOUT_CASE_BRINGER:
        return [m for m in order if m != bringer_id]
    if mode == SpeakerMode.CASE_BRINGER:
        return [bringer_id] if bringer_id is not None and bringer_id in order else []
    return []


def plan_step(
    method: MethodDef,
    case: PlanCase | None,
    present: Sequence[int],
    minutes_override: int | None = None,
    item_id: int | None = None,
) -> PlanStep:
    """Planned seconds per phase for the present speakers; an override scales them to its total."""
    bringer = case.bringer_id if case is not None else None
    counts = []
    for phase in method.phases:
        if phase.speaker_mode == SpeakerMode.CASE_BRINGER:
            counts.append(1)  # planned as one turn, even when nobody brought the case yet
        else:
            counts.append(len(eligible_speakers(phase.speaker_mode, present, bringer)))
    base = [p.planned_minutes(n) * 60.0 for p, n in zip(method.phases, counts, strict=True)]
    total = sum(base)
    scale = 1.0
    if minutes_override is not None:
        if total > 0:
            scale = minutes_override * 60.0 / total
        else:
            base = [minutes_override * 60.0 / len(base)] * len(base) if base else []
    phase_seconds = tuple(b * scale for b in base)
    turns: list[float | None] = []
    for phase, n, seconds in zip(method.phases, counts, phase_seconds, strict=True):
        if phase.speaker_mode not in TURN_MODES:
            turns.append(None)
        elif phase.minutes_per_speaker is not None:
            turns.append(phase.minutes_per_speaker * 60.0 * scale)
        else:
            turns.append(seconds / max(1, n))
    return PlanStep(method, case, phase_seconds, tuple(turns), minutes_override, item_id)


def _meeting_length(meeting: Meeting) -> int:
    start = datetime.combine(meeting.date, meeting.planned_start)
    end = datetime.combine(meeting.date, meeting.planned_end)
    return max(0, round((end - start).total_seconds() / 60))


def plan_speakers(session: Session, meeting: Meeting) -> tuple[PlanSpeaker, ...]:
    """Members on the meeting's date in seat order; absent or excused ones marked not present."""
    day = meeting.date
    members = session.exec(
        select(Member)
        .join(Membership, col(Membership.member_id) == Member.id)
        .where(Membership.group_id == meeting.group_id, col(Membership.joined_on) <= day)
        .where(or_(col(Membership.left_on).is_(None), col(Membership.left_on) >= day))
        .order_by(col(Membership.seat), col(Member.full_name))
    ).all()
    status = {
        a.member_id: a.status
        for a in session.exec(select(Attendance).where(Attendance.meeting_id == meeting.id))
    }
    names = distinct_names([(m.display_name, m.full_name) for m in members])
    return tuple(
        PlanSpeaker(
            m.id or 0,
            name,
            status.get(m.id, AttendanceStatus.PRESENT) == AttendanceStatus.PRESENT,
        )
        for m, name in zip(members, names, strict=True)
    )


def resolve_checked(resolve: MethodResolver, key: str) -> MethodDef:
    """The method for a key, or a ValidationError naming the key (unknown or without phases)."""
    try:
        method = resolve(key)
    except UnknownMethodError:
        raise
    except (LookupError, NotFoundError):  # the method library raises NotFoundError
        raise UnknownMethodError(MSG_UNKNOWN_METHOD, field="method_key", key=key) from None
    if not method.phases:
        raise ValidationError(MSG_METHOD_WITHOUT_PHASES, field="method_key", key=key)
    return method


def build_plan(session: Session, meeting_id: int, resolve: MethodResolver) -> SessionPlan:
    """The plan of a meeting as stored now (PlanItem rows in position order)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFoundError(MSG_NOT_FOUND, what="meeting", id=meeting_id)
    speakers = plan_speakers(session, meeting)
    present = [s.member_id for s in speakers if s.present]
    items = session.exec(
        select(PlanItem).where(PlanItem.meeting_id == meeting_id).order_by(col(PlanItem.position))
    ).all()
    steps = []
    for item in items:
        method = resolve_checked(resolve, item.method_key)
        case = None
        if item.case_id is not None:
            row = session.get(Case, item.case_id)
            if row is not None and row.id is not None:
                case = PlanCase(row.id, row.bringer_id, row.topic, row.question, row.show_question)
        steps.append(plan_step(method, case, present, item.minutes, item.id))
    return SessionPlan(meeting_id, _meeting_length(meeting), speakers, tuple(steps))


# -- JSON: the frozen form in SessionRun.plan_json ---------------------------------------------


def _text(value: Text) -> dict[str, str]:
    return {"nl": value.nl, "en": value.en}


def _phase_to_dict(phase: PhaseDef) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(PhaseDef):
        value = getattr(phase, f.name)
        out[f.name] = _text(value) if isinstance(value, Text) else value
    return out


def _phase_from_dict(data: dict[str, Any]) -> PhaseDef:
    kwargs: dict[str, Any] = {}
    for f in fields(PhaseDef):
        if f.name not in data:
            continue
        value = data[f.name]
        if isinstance(value, dict):
            value = Text(**value)
        elif f.name == "speaker_mode":
            value = SpeakerMode(value)
        kwargs[f.name] = value
    return PhaseDef(**kwargs)


def method_to_dict(method: MethodDef) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for f in fields(MethodDef):
        value = getattr(method, f.name)
        if isinstance(value, Text):
            value = _text(value)
        elif f.name == "phases":
            value = [_phase_to_dict(p) for p in value]
        out[f.name] = value
    return out


def method_from_dict(data: dict[str, Any]) -> MethodDef:
    kwargs: dict[str, Any] = {}
    for f in fields(MethodDef):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name == "phases":
            value = tuple(_phase_from_dict(p) for p in value)
        elif f.name == "kind":
            value = MethodKind(value)
        elif isinstance(value, dict):
            value = Text(**value)
        kwargs[f.name] = value
    return MethodDef(**kwargs)


def _plan_to_dict(plan: SessionPlan) -> dict[str, Any]:
    return {
        "version": 1,
        "meeting_id": plan.meeting_id,
        "meeting_minutes": plan.meeting_minutes,
        "speakers": [[s.member_id, s.display_name, s.present] for s in plan.speakers],
        "steps": [
            {
                "method": method_to_dict(step.method),
                "case": None
                if step.case is None
                else {
                    "case_id": step.case.case_id,
                    "bringer_id": step.case.bringer_id,
                    "topic": step.case.topic,
                    "question": step.case.question,
                    "show_question": step.case.show_question,
                },
                "phase_seconds": list(step.phase_seconds),
                "turn_seconds": list(step.turn_seconds),
                "minutes_override": step.minutes_override,
                "item_id": step.item_id,
            }
            for step in plan.steps
        ],
    }


def _plan_from_dict(data: dict[str, Any]) -> SessionPlan:
    steps = tuple(
        PlanStep(
            method=method_from_dict(s["method"]),
            case=None if s["case"] is None else PlanCase(**s["case"]),
            phase_seconds=tuple(float(x) for x in s["phase_seconds"]),
            turn_seconds=tuple(None if x is None else float(x) for x in s["turn_seconds"]),
            minutes_override=s.get("minutes_override"),
            item_id=s.get("item_id"),
        )
        for s in data["steps"]
    )
    speakers = tuple(PlanSpeaker(int(m), str(n), bool(p)) for m, n, p in data["speakers"])
    return SessionPlan(int(data["meeting_id"]), int(data["meeting_minutes"]), speakers, steps)
