"""The commands of a run and their payloads, typed, with the JSON form the event log stores.

The string value of each command and the keys of each payload are what the database holds:
changing one would leave old logs unreadable, so they stay exactly as they were first written.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

__all__ = [
    "Absent",
    "Adjust",
    "Blank",
    "Command",
    "ContinueAt",
    "Jump",
    "NoPayload",
    "Payload",
    "Question",
    "Reorder",
    "payload_from_json",
    "payload_to_json",
]


class Command(StrEnum):
    """Every command a run logs, by the name in the `command` column of its events."""

    START = "start"
    PAUSE = "pause"
    INTERRUPT = "interrupt"  # the program was gone: a pause from its last sign of life
    RESUME = "resume"
    NEXT = "next"
    SKIP = "skip"
    BACK = "back"
    JUMP = "jump"
    ADJUST = "adjust"
    ABSENT = "absent"
    REORDER = "reorder"
    QUESTION = "question"
    BLANK = "blank"
    CONTINUE_AT = "continue_at"
    FINISH = "finish"


@dataclass(frozen=True)
class NoPayload:
    """The payload of a command that needs none (stored as {})."""


@dataclass(frozen=True)
class Jump:
    step: int
    phase: int


@dataclass(frozen=True)
class Adjust:
    minutes: int


@dataclass(frozen=True)
class Absent:
    member_id: int
    absent: bool


@dataclass(frozen=True)
class Reorder:
    member_ids: tuple[int, ...]


@dataclass(frozen=True)
class Question:
    step: int
    visible: bool


@dataclass(frozen=True)
class Blank:
    on: bool


@dataclass(frozen=True)
class ContinueAt:
    at: str | None  # "HH:MM", or None; an ill-formed stored value is kept (and not applied)


Payload = NoPayload | Jump | Adjust | Absent | Reorder | Question | Blank | ContinueAt

NO_PAYLOAD = NoPayload()


def payload_from_json(command: Command, data: dict[str, Any]) -> Payload:
    """The typed payload of a stored event; a missing key or a bad number raises as before."""
    if command == Command.JUMP:
        return Jump(int(data["step"]), int(data["phase"]))
    if command == Command.ADJUST:
        return Adjust(int(data["minutes"]))
    if command == Command.ABSENT:
        return Absent(int(data["member_id"]), bool(data["absent"]))
    if command == Command.REORDER:
        return Reorder(tuple(int(m) for m in data["member_ids"]))
    if command == Command.QUESTION:
        return Question(int(data["step"]), bool(data["visible"]))
    if command == Command.BLANK:
        return Blank(bool(data["on"]))
    if command == Command.CONTINUE_AT:
        return ContinueAt(data["at"])
    return NO_PAYLOAD


def payload_to_json(payload: Payload) -> dict[str, Any]:
    """The dict stored as the event's payload_json (same keys and order as ever)."""
    if isinstance(payload, Jump):
        return {"step": payload.step, "phase": payload.phase}
    if isinstance(payload, Adjust):
        return {"minutes": payload.minutes}
    if isinstance(payload, Absent):
        return {"member_id": payload.member_id, "absent": payload.absent}
    if isinstance(payload, Reorder):
        return {"member_ids": list(payload.member_ids)}
    if isinstance(payload, Question):
        return {"step": payload.step, "visible": payload.visible}
    if isinstance(payload, Blank):
        return {"on": payload.on}
    if isinstance(payload, ContinueAt):
        return {"at": payload.at}
    return {}
