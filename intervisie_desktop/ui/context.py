"""What every window is handed: the services, where the data lives, and the change hub."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from intervisie_desktop.ui.hub import ChangeHub, Operations

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.security.lock import LockController


@dataclass
class AppContext:
    services: Services
    data_dir: Path
    lang: str = "nl"
    demo: bool = False
    #: The one hub panes watch; every write from a window goes through `ops`.
    hub: ChangeHub = field(init=False)
    ops: Operations = field(init=False)
    #: The window's lock once it installs one (views that must hide confidential text while
    #: locked connect to its `locked`/`unlocked` signals).
    lock: LockController | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self.hub = ChangeHub()
        self.ops = Operations(self.hub)

    @property
    def database_path(self) -> Path:
        return self.services.db.path
