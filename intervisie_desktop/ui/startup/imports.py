"""Import the data layer with Python's own import function, not PySide6's.

Importing PySide6 replaces builtins.__import__ with a hook (it serves `from __feature__ import
...`) that reads the source of every module imported after it, to see whether the module uses
PySide6, and linecache keeps all those sources. For SQLAlchemy, SQLModel and pydantic that is
over 400 files: about 20 MB of memory and a good part of the start-up time, for nothing, since
the data layer never uses __feature__. So the GUI captures the plain import function before it
imports Qt (this module must be imported first) and uses it for the data layer.
"""

from __future__ import annotations

import builtins
import contextlib
import linecache
import sys
import threading
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtCore import QObject

# Captured when this module is imported; if PySide6 was already there, this is its hook and
# plain_imports() changes nothing (still correct, only slower).
_PLAIN_IMPORT = builtins.__import__ if "PySide6" not in sys.modules else None


@contextmanager
def plain_imports() -> Iterator[None]:
    """Imports inside the block bypass PySide6's import hook."""
    if _PLAIN_IMPORT is None or builtins.__import__ is _PLAIN_IMPORT:
        yield
        return
    hooked = builtins.__import__
    builtins.__import__ = _PLAIN_IMPORT
    try:
        yield
    finally:
        builtins.__import__ = hooked


@contextmanager
def without_ssl() -> Iterator[None]:
    """Inside the block `import ssl` fails; afterwards it works again.

    SQLAlchemy imports asyncio, and asyncio imports ssl when it can (it manages without). The
    ssl module loads and initialises OpenSSL's TLS library: about 5 MB, for a program that
    opens no network connection. (SQLCipher brings its own use of OpenSSL's crypto library.)
    Anything that does want ssl later imports it then, as usual.
    """
    if "ssl" in sys.modules:
        yield
        return
    sys.modules["ssl"] = None  # type: ignore[assignment]  # Python's way to block an import
    try:
        yield
    finally:
        if "ssl" in sys.modules and sys.modules["ssl"] is None:
            del sys.modules["ssl"]


def import_data_layer() -> None:
    """The database and services modules (SQLAlchemy, SQLModel, SQLCipher), and the core
    modules the start-up uses to check and unlock the file, hook-free and without ssl."""
    with plain_imports(), without_ssl():
        import intervisie_desktop.core.backup.recovery
        import intervisie_desktop.core.db.database
        import intervisie_desktop.core.integrity
        import intervisie_desktop.core.security
        import intervisie_desktop.core.services  # noqa: F401


def forget_sources() -> None:
    """Drop the module sources PySide6's hook read into linecache (tracebacks read them again
    from disk when they need them)."""
    linecache.clearcache()


class BehindImport:
    """import_data_layer() in a thread while the first screen answers clicks; `then` is called
    from the event loop once it is done (also when it failed: `then` imports again, in the main
    thread, and so meets the error where it can be reported).

    SQLite and the disk leave Python's lock free, and the interpreter hands the lock to the event
    loop's thread at least every few milliseconds, so a click waits a moment at most."""

    POLL_MS = 10

    def __init__(self, parent: QObject, then: Callable[[], None]) -> None:
        from PySide6.QtCore import QTimer

        self.then = then
        self.thread = threading.Thread(target=self._run, name="import-data-layer", daemon=True)
        self.timer = QTimer(parent)
        self.timer.setInterval(self.POLL_MS)
        self.timer.timeout.connect(self._poll)
        self.thread.start()
        self.timer.start()

    @staticmethod
    def _run() -> None:
        with contextlib.suppress(Exception):  # met again by `then`, in the main thread
            import_data_layer()

    def _poll(self) -> None:
        if self.thread.is_alive():
            return
        self.timer.stop()
        self.then()
