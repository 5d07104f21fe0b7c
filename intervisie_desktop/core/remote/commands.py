"""The messages a page may send over its socket, read strictly: anything else is ignored.

{"hello": DEVICE_KEY} says which device this is; {"do": NAME} presses a button; {"do": "preset",
"n": N} shows preset message N (1-9) and {"do": "clear"} takes a message down, where the program
offers room messages. The tablet's read-only page sends hello only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from intervisie_desktop.core.remote.pairing import valid_device_key

BUTTONS = ("next", "back", "pause", "blank", "more", "less", "skip")
MESSAGE_COMMANDS = ("preset", "clear")
MAX_MESSAGE = 256
MAX_PRESET = 9


@dataclass(frozen=True)
class Hello:
    device_key: str
    read_only: bool


@dataclass(frozen=True)
class Press:
    name: str  # one of BUTTONS or MESSAGE_COMMANDS
    preset: int | None = None


def parse(text: str) -> Hello | Press | None:
    """A message from a page, or None when it is not one we know (too long, not JSON, ...)."""
    if len(text) > MAX_MESSAGE:
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict):
        return None
    if "hello" in data:
        key = data["hello"]
        return Hello(key, data.get("view") is True) if valid_device_key(key) else None
    name = data.get("do")
    if name in BUTTONS or name == "clear":
        return Press(name)
    if name == "preset":
        n = data.get("n")
        if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= MAX_PRESET:
            return Press("preset", n)
    return None
