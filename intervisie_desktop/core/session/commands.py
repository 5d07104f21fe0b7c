"""The commands of a run and their payloads, typed, with the JSON form the event log stores.

The string value of each command and the keys of each payload are what the database holds:
changing one would leave old logs unreadable, so they stay exactly as they were first written.
"""

from __future__ import annotations

import json
from collections.abc import Callable
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
    "Message",
    "NoPayload",
    "Payload",
    "Question",
    "Reorder",
    "decode",
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
    MESSAGE = "message"
    FINISH = "finish"

    # Hashed as the string it equals (Enum hashes its member name, in Python): the handler table
    # is looked up once per replayed event.
    __hash__ = str.__hash__


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


@dataclass(frozen=True)
class Message:
    """A message to the room (or to the presenter only); text None takes it away. `preset` is
    the number of the preset it came from (1-5), None for a typed text."""

    text: str | None
    presenter_only: bool = False
    preset: int | None = None


Payload = NoPayload | Jump | Adjust | Absent | Reorder | Question | Blank | ContinueAt | Message

NO_PAYLOAD = NoPayload()


Reader = Callable[[dict[str, Any]], Payload]

# How each stored command's payload is read; a missing key or a bad number raises as ever.
_READERS: dict[Command, Reader] = {
    Command.JUMP: lambda data: Jump(int(data["step"]), int(data["phase"])),
    Command.ADJUST: lambda data: Adjust(int(data["minutes"])),
    Command.ABSENT: lambda data: Absent(int(data["member_id"]), bool(data["absent"])),
    Command.REORDER: lambda data: Reorder(tuple(int(m) for m in data["member_ids"])),
    Command.QUESTION: lambda data: Question(int(data["step"]), bool(data["visible"])),
    Command.BLANK: lambda data: Blank(bool(data["on"])),
    Command.CONTINUE_AT: lambda data: ContinueAt(data["at"]),
    Command.MESSAGE: lambda data: Message(
        data["text"],
        bool(data["presenter_only"]),
        None if data["preset"] is None else int(data["preset"]),
    ),
}
_NAMED: dict[str, tuple[Command, Reader | None]] = {
    command.value: (command, _READERS.get(command)) for command in Command
}


def payload_from_json(command: Command, data: dict[str, Any]) -> Payload:
    """The typed payload of a stored event."""
    reader = _READERS.get(command)
    return NO_PAYLOAD if reader is None else reader(data)


def decode(name: str, payload_json: str) -> tuple[Command, Payload] | None:
    """The command and payload of a stored event; None for a name this version does not know."""
    known = _NAMED.get(name)
    if known is None:
        return None
    command, reader = known
    return command, (NO_PAYLOAD if reader is None else reader(json.loads(payload_json)))


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
    if isinstance(payload, Message):
        return {
            "text": payload.text,
            "presenter_only": payload.presenter_only,
            "preset": payload.preset,
        }
    return {}
