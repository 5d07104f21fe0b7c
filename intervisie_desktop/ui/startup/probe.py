"""Start-up probe for benchmarks/bench_startup.py, off unless INTERVISIE_STARTUP_PROBE=1.

When on, the program writes two lines on stderr, `startup-probe visible <t>` when its first window
has painted and `startup-probe usable <t>` when the main window has painted with its data and the
event queue has gone idle, where <t> is time.monotonic() (one clock for every process on the
machine, so the benchmark can subtract the moment it started the process). Then it quits with
exit code 0. It prints nothing else and changes nothing. Imports only QtCore, so the bare-window
baseline can use the very same probe.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer

if TYPE_CHECKING:
    from collections.abc import Callable

PROBE_ENV = "INTERVISIE_STARTUP_PROBE"


def enabled() -> bool:
    return os.environ.get(PROBE_ENV) == "1"


def stamp(event: str) -> None:
    print(f"startup-probe {event} {time.monotonic():.6f}", file=sys.stderr, flush=True)


class _FirstPaint(QObject):
    """Calls back once, after the watched widget's first paint has been handled."""

    def __init__(self, watched: QObject, callback: Callable[[], None]) -> None:
        super().__init__(watched)
        self._callback: Callable[[], None] | None = callback
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # runs once this paint is done
        return False


def after_first_paint(widget: QObject, callback: Callable[[], None]) -> None:
    """Call `callback` from the event loop once `widget` has painted for the first time.

    The start-up uses it too: the data is loaded only after the frame is on screen."""
    _FirstPaint(widget, callback)


def watch_visible(widget: QObject) -> None:
    """With the probe on: stamp `visible` after the widget's first paint."""
    if enabled():
        after_first_paint(widget, lambda: stamp("visible"))


def watch_usable(widget: QObject) -> None:
    """With the probe on: stamp `usable` after the main window's first paint, then quit."""
    if not enabled():
        return

    def done() -> None:
        # One more turn of the event loop: whatever the window queued while painting runs first.
        def finish() -> None:
            stamp("usable")
            QCoreApplication.exit(0)

        QTimer.singleShot(0, finish)

    after_first_paint(widget, done)
