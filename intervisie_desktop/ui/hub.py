"""The one hub that tells the panes what changed, and the one way for a write to reach it.

A write goes: widget -> `perform`/`run` (here) -> a core service, which returns `OpChanges` or
`OpResult` -> `ChangeHub.broadcast(changes, initiator)`. The hub collects what is broadcast while
the current event is handled and, once it has returned, tells every watching pane the kinds it
shows, in one call: except the pane that made the change itself, and except a hidden pane, which
is told when it is shown again. No pane keeps flags of its own for any of this.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.core.changes import Change, OpChanges, OpResult
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.ui.translation import error_text

logger = logging.getLogger(__name__)

T = TypeVar("T")

Refresh = Callable[[OpChanges], None]


@dataclass
class _Watch:
    pane: QWidget
    kinds: frozenset[Change]
    refresh: Refresh
    #: Told while hidden: delivered at the next show.
    missed: OpChanges = field(default_factory=OpChanges)


class ChangeHub(QObject):
    """Broadcast changes once per event; panes watch the kinds they show."""

    #: Every broadcast as it happens: (OpChanges, initiator or None). Panes use `watch` instead.
    broadcasted = Signal(object, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watches: list[_Watch] = []
        self._batch: list[tuple[OpChanges, QObject | None]] = []

    def watch(self, pane: QWidget, kinds: Iterable[Change], refresh: Refresh) -> None:
        """Call `refresh` with what changed in `kinds` while `pane` is shown, unless `pane`
        itself was named as the initiator (it already shows its own change)."""
        watch = _Watch(pane, frozenset(kinds), refresh)
        self._watches.append(watch)
        pane.installEventFilter(self)
        pane.destroyed.connect(lambda: self._forget(watch))

    def _forget(self, watch: _Watch) -> None:
        if watch in self._watches:
            self._watches.remove(watch)

    def broadcast(self, changes: OpChanges, initiator: QObject | None = None) -> None:
        if not changes:
            return
        if not self._batch:
            QTimer.singleShot(0, self.flush)
        self._batch.append((changes, initiator))
        self.broadcasted.emit(changes, initiator)

    def watching(self) -> int:
        """How many panes are watched (a closed pane is forgotten)."""
        return len(self._watches)

    def settled(self) -> bool:
        """Has every broadcast been handed to the panes?"""
        return not self._batch

    def flush(self) -> None:
        """Hand the collected changes to the panes (normally once the current event is done)."""
        batch, self._batch = self._batch, []
        for watch in list(self._watches):
            for changes, initiator in batch:
                if changes.touches(watch.kinds) and initiator is not watch.pane:
                    watch.missed |= changes
            if watch.missed and watch.pane.isVisible():
                self._deliver(watch)

    def _deliver(self, watch: _Watch) -> None:
        changes, watch.missed = watch.missed, OpChanges()
        watch.refresh(changes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            for watch in list(self._watches):
                if watch.pane is watched and watch.missed:
                    self._deliver(watch)
        return False


class Operations:
    """Runs a write for a widget: the changes it returns reach the hub with that widget."""

    def __init__(self, hub: ChangeHub) -> None:
        self.hub = hub

    def perform(self, initiator: QObject | None, op: Callable[[], OpResult[T]]) -> T:
        """Run `op`; its errors reach the caller untouched (a form shows them beside a field)."""
        result = op()
        self.hub.broadcast(result.changes, initiator)
        return result.value

    def apply(self, initiator: QObject | None, op: Callable[[], OpChanges]) -> OpChanges:
        """As `perform`, for a write that has nothing but its changes to return."""
        changes = op()
        self.hub.broadcast(changes, initiator)
        return changes

    def run(self, parent: QWidget, op: Callable[[], OpResult[T]]) -> T | None:
        """Run `op`; a refusal is shown to the user in their language and gives None."""
        try:
            return self.perform(parent, op)
        except IntervisieError as exc:
            refuse(parent, exc)
            return None

    def run_changes(self, parent: QWidget, op: Callable[[], OpChanges]) -> bool:
        """As `run`, for a write with only changes to return; False when it was refused."""
        try:
            self.apply(parent, op)
        except IntervisieError as exc:
            refuse(parent, exc)
            return False
        return True


def refuse(parent: QWidget, exc: IntervisieError) -> None:
    """A refused write, in the user's language: the status bar where there is one, and a dialog."""
    logger.info("operation refused: %s", type(exc).__name__)
    QMessageBox.warning(parent, APP_NAME, error_text(exc))
