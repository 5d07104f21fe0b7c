"""Undo steps for the method library: each holds the method as it was before and after, so undo
and redo simply store that version again (and delete or restore it where that changed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    from intervisie_desktop.core.methods.model import MethodDef

MERGE_ID = 4004  # any fixed number: commands with a merge key may merge with the previous one


@dataclass(frozen=True)
class MethodState:
    method: MethodDef
    deleted: bool = False


class StateRestorer(Protocol):
    def restore_state(self, state: MethodState) -> None: ...


class MethodCommand(QUndoCommand):
    """One user action, already carried out when it is pushed (the first redo does nothing)."""

    def __init__(
        self,
        restorer: StateRestorer,
        text: str,
        before: MethodState,
        after: MethodState,
        merge_key: str | None = None,
    ) -> None:
        super().__init__(text)
        self.restorer = restorer
        self.before = before
        self.after = after
        self.merge_key = merge_key
        self._done = True

    def id(self) -> int:
        return MERGE_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            isinstance(other, MethodCommand)
            and other.merge_key == self.merge_key
            and other.before.method.key == self.after.method.key
        ):
            self.after = other.after
            return True
        return False

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self.restorer.restore_state(self.after)

    def undo(self) -> None:
        self.restorer.restore_state(self.before)
