"""One undo stack for the window: edits, creations, deletions and reorders as named commands."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack

from intervisie_desktop.core.changes import OpChanges
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from intervisie_desktop.core.services.deletions import Deleted
    from intervisie_desktop.ui.context import AppContext

logger = logging.getLogger(__name__)


# One step of an undo command: a write that returns what it changed.
Step = Callable[[], OpChanges]


def step_name(text: str) -> str:
    """A step's name ("Remove member") as the object of Undo/Redo: "remove member"
    (a name that starts with an abbreviation, "CSV ...", stays as it is)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def stack_action(stack: QUndoStack, parent: QObject, redo: bool = False) -> QAction:
    """Undo or Redo for `stack`, named after the step it takes back or does again, as one
    sentence in either language ("&Undo: remove member", "&Ongedaan maken: lid verwijderen");
    Qt's own actions put the prefix and the step's name side by side without a break."""
    action = QAction(parent)

    def name(text: str) -> None:
        if redo:
            plain = QCoreApplication.translate("Undo", "&Redo")
            named = QCoreApplication.translate("Undo", "&Redo: {step}")
        else:
            plain = QCoreApplication.translate("Undo", "&Undo")
            named = QCoreApplication.translate("Undo", "&Undo: {step}")
        action.setText(named.format(step=step_name(text)) if text else plain)

    if redo:
        stack.redoTextChanged.connect(name)
        stack.canRedoChanged.connect(action.setEnabled)
        action.triggered.connect(stack.redo)
        name(stack.redoText())
        action.setEnabled(stack.canRedo())
    else:
        stack.undoTextChanged.connect(name)
        stack.canUndoChanged.connect(action.setEnabled)
        action.triggered.connect(stack.undo)
        name(stack.undoText())
        action.setEnabled(stack.canUndo())
    return action


class _Call(QUndoCommand):
    """A command whose first `redo` already happened when it was pushed (so errors came first)."""

    def __init__(self, text: str, do: Step, undo: Step, owner: Undo) -> None:
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
    """Operations through services that Ctrl+Z can take back; `failed` carries a user message,
    `reported` what a step did, for the status bar ("Saved: ...", "Undone: ...")."""

    failed = Signal(str)
    reported = Signal(str)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QUndoStack(self)
        self._index = 0
        self._pushing = False
        self.stack.indexChanged.connect(self._moved)

    def _moved(self, index: int) -> None:
        before, self._index = self._index, index
        if self._pushing:
            return
        if index < before:
            text = QCoreApplication.translate("Undo", "Undone: {step}.")
            self.reported.emit(text.format(step=step_name(self.stack.text(index))))
        elif index > before:
            text = QCoreApplication.translate("Undo", "Done again: {step}.")
            self.reported.emit(text.format(step=step_name(self.stack.text(index - 1))))

    def run(self, step: Step) -> None:
        """Undo or redo one step; every pane showing what it changed is told (none is skipped)."""
        try:
            self.context.ops.apply(None, step)
        except IntervisieError as exc:
            logger.info("undo step refused: %s", type(exc).__name__)
            self.failed.emit(error_text(exc))

    def push(self, text: str, do: Step, undo: Step) -> None:
        self._pushing = True
        try:
            self.stack.push(_Call(text, do, undo, self))
        finally:
            self._pushing = False
        saved = QCoreApplication.translate("Undo", "Saved: {step}. Ctrl+Z undoes it.")
        self.reported.emit(saved.format(step=step_name(text)))

    def edit(
        self, service: Any, id_: int, old: dict[str, Any], new: dict[str, Any], text: str
    ) -> Any:
        """Update fields now (raising ValidationError untouched); undo puts the old values back."""
        result = self.context.ops.perform(None, lambda: service.update(id_, **new))

        def put(fields: dict[str, Any]) -> Step:
            return lambda: service.update(id_, **fields).changes

        self.push(text, put(new), put(old))
        return result

    def delete(self, table: str, id_: int, text: str) -> Deleted:
        """Delete a row with its cascade now; undo restores it with the same ids."""
        deletions = self.context.services.deletions
        holder = [deletions.delete(table, id_)]
        self.context.hub.broadcast(holder[0].changes)

        def again() -> OpChanges:
            holder[0] = deletions.delete(table, id_)
            return holder[0].changes

        self.push(text, again, lambda: deletions.restore(holder[0]))
        return holder[0]

    def created(self, table: str, id_: int, text: str) -> None:
        """Something was just created: undo deletes it, redo brings the same row back."""
        deletions = self.context.services.deletions
        holder: list[Deleted] = []

        def take_back() -> OpChanges:
            holder[:] = [deletions.delete(table, id_)]
            return holder[0].changes

        self.push(text, lambda: deletions.restore(holder[0]), take_back)
