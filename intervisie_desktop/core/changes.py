"""What changed, announced once: the UI turns this into its one "data changed" signal."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum


class Change(StrEnum):
    GROUPS = "groups"
    MEMBERS = "members"
    MEETINGS = "meetings"
    ATTENDANCE = "attendance"
    CASES = "cases"
    NOTES = "notes"
    GOALS = "goals"
    METHODS = "methods"
    SESSIONS = "sessions"
    SETTINGS = "settings"


Listener = Callable[[frozenset[Change]], None]


class ChangeHub:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Register a listener; returns the function that unregisters it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener)

    def emit(self, *changes: Change) -> None:
        kinds = frozenset(changes)
        for listener in list(self._listeners):
            listener(kinds)
