"""One undo stack for the window: edits, creations, deletions and reorders as named commands."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.services.deletions import Deleted
from intervisie_desktop.ui.translation import error_text

logger = logging.getLogger(__name__)


class _Call(QUndoCommand):
    """A command whose first `redo` already happened when it was pushed (so errors came first)."""

    def __init__(self, text: str, do: Callable[[], Any], undo: Callable[[], Any], owner: Undo):
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._owner = owner
        self._done_once = False

    def redo(self) -> None:
        if not self._done_once:
            self._done_once = True
            return
        self._owner.run(self._do)

    def undo(self) -> None:
        self._owner.run(self._undo)


class Undo(QObject):
    """Operations through services that Ctrl+Z can take back; `failed` carries a user message."""

    failed = Signal(str)

    def __init__(self, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.stack = QUndoStack(self)

    def run(self, action: Callable[[], Any]) -> None:
        try:
            action()
        except IntervisieError as exc:
            logger.info("undo step refused: %s", type(exc).__name__)
            self.failed.emit(error_text(exc))

    def push(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        self.stack.push(_Call(text, do, undo, self))

    def edit(
        self, service: Any, id_: int, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> Any:
        """Update fields now (raising ValidationError untouched); undo puts the old values back."""
        result = service.update(id_, **new)
        self.push(text, lambda: service.update(id_, **new), lambda: service.update(id_, **old))
        return result

    def delete(self, table: str, id_: int, text: str) -> Deleted:
        """Delete a row with its cascade now; undo restores it with the same ids."""
        holder = [self.services.deletions.delete(table, id_)]

        def again() -> None:
            holder[0] = self.services.deletions.delete(table, id_)

        self.push(text, again, lambda: self.services.deletions.restore(holder[0]))
        return holder[0]

    def created(self, table: str, id_: int, text: str) -> None:
        """Something was just created: undo deletes it, redo brings the same row back."""
        holder: list[Deleted] = []

        def take_back() -> None:
            holder[:] = [self.services.deletions.delete(table, id_)]

        self.push(text, lambda: self.services.deletions.restore(holder[0]), take_back)
