"""What every window is handed: the services, where the data lives, and the change signal."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from intervisie_desktop.core.changes import Change
from intervisie_desktop.core.services import Services


class DataSignals(QObject):
    """The one app-wide "data changed" signal; the payload is a frozenset of core Change kinds."""

    changed = Signal(object)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._unsubscribe = services.hub.subscribe(self.changed.emit)

    def affects(self, changes: frozenset[Change], *kinds: Change) -> bool:
        return bool(changes.intersection(kinds))


@dataclass
class AppContext:
    services: Services
    data_dir: Path
    lang: str = "nl"
    demo: bool = False
    signals: DataSignals = field(init=False)
    #: The LockController (ui.security.lock) once the window installs it: `locked`/`unlocked`
    #: signals and `is_locked`, for views that must hide confidential text while locked.
    lock: Any = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.signals = DataSignals(self.services)

    @property
    def database_path(self) -> Path:
        return self.services.db.path
