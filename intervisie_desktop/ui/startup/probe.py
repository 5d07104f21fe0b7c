"""Start-up probe for benchmarks/bench_startup.py, off unless INTERVISIE_STARTUP_PROBE=1.

When on, the program writes lines on stderr, `startup-probe <event> <t> [<peak>]`, where <t> is
time.monotonic() (one clock for every process on the machine, so the benchmark can subtract the
moment it started the process):

- `visible`: its first window has painted;
- `usable`: the group list has painted with its data and the event queue has gone idle (the
  first screen, or the main window when the start-up takes its usual path); <peak> is the
  process's peak memory so far in MB;
- `complete`: the main window has painted with its data and the queue has gone idle; <peak> as
  above. With it `startup-probe longest-wait <ms>`: the longest the event loop was kept from a
  click between `usable` and `complete` (measured by a 5 ms timer).

Then it quits with exit code 0. It prints nothing else and changes nothing. Imports only QtCore,
so the bare-window baseline can use the very same probe.
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


def stamp(event: str, *extra: str) -> None:
    line = " ".join(("startup-probe", event, f"{time.monotonic():.6f}", *extra))
    print(line, file=sys.stderr, flush=True)


def peak_mb() -> str:
    """The process's peak resident memory so far (VmHWM), in MB; "-" where it cannot be read."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return f"{int(line.split()[1]) / 1000:.1f}"
    except OSError:
        pass
    return "-"


class _Waits(QObject):
    """The longest gap between ticks of a 5 ms timer, beyond the 5 ms: how long a click would
    have waited at worst."""

    TICK_MS = 5

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(self.TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, (now - self._last) * 1000 - self.TICK_MS)
        self._last = now

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return max(self.longest, 0.0)


_waits: list[_Waits] = []


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


def _after_first_paint_and_idle(widget: QObject, callback: Callable[[], None]) -> None:
    # One more turn of the event loop: whatever the window queued while painting runs first.
    after_first_paint(widget, lambda: QTimer.singleShot(0, callback))


def watch_usable(widget: QObject, complete: bool = True) -> None:
    """With the probe on: stamp `usable` after the widget's first paint; with `complete` it is
    the main window (or the bare window), so stamp `complete` too and quit; else wait for
    watch_complete() on the main window and measure the waits until then."""
    if not enabled():
        return

    def usable() -> None:
        stamp("usable", peak_mb())
        if complete:
            stamp("complete", peak_mb())
            QCoreApplication.exit(0)
        else:
            app = QCoreApplication.instance()
            _waits.append(_Waits(app if app is not None else widget))

    _after_first_paint_and_idle(widget, usable)


def watch_complete(widget: QObject) -> None:
    """With the probe on: stamp `complete` after the main window's first paint, then quit."""
    if not enabled():
        return

    def finish() -> None:
        stamp("complete", peak_mb())
        if _waits:
            stamp("longest-wait", f"{_waits.pop().stop():.1f}")
        QCoreApplication.exit(0)

    _after_first_paint_and_idle(widget, finish)
