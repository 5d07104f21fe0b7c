"""Python's cycle collector, run between events only.

When the collector frees the Python wrapper of a widget that Python owns (a dialog without a
parent, kept alive only by a reference cycle), PySide6 destroys the C++ widget right there, and
its destructor takes Qt's internal signal-slot locks. Left automatic, the collector starts
whenever enough objects have been allocated, wherever that happens to be; one such place is
inside QObject::disconnect, which holds one of those locks while it asks Python whether the class
overrides disconnectNotify. When the widget being destroyed hashes to the lock already held, the
program waits on itself forever: a frozen window, seen about one start in ten on a loaded
machine when a dialog closed during start-up.

So the GUI turns the automatic collector off and runs the same collections from a timer, at the
top of the event loop, where Qt holds no lock. The thresholds stay Python's own; the timer only
moves when they are acted on (by at most INTERVAL_MS).

Python skips most full collections by a rule it does not expose; this timer cannot follow it. So
once the program has started, everything alive is moved out of the collector's sight
(gc.freeze): the 140,000 objects of the loaded modules are never garbage, and a full collection
then looks only at what came after (57 ms before, under 1 ms after, on the large demo).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500
_PROPERTY = "intervisie_collector"


class EventLoopCollector(QObject):
    """Collects the generations whose thresholds were passed, from a timer."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.collections = 0  # generations collected so far (for tests and benchmarks)
        self._settle = False
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect_due)

    def start(self) -> None:
        gc.disable()
        self._timer.start()

    @property
    def active(self) -> bool:
        return self._timer.isActive() and not gc.isenabled()

    def settle_after_start(self) -> None:
        """At the next tick: collect the start-up's garbage, then freeze what is left."""
        self._settle = True

    def collect_due(self) -> int:
        """Collect as Python itself would have by now; returns the generation, or -1."""
        if self._settle:
            self._settle = False
            gc.collect()
            gc.freeze()
            self.collections += 1
            return 2
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        for generation in (2, 1, 0):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                gc.collect(generation)
                self.collections += 1
                return generation
        return -1


def install(app: QCoreApplication) -> EventLoopCollector:
    """Move `app`'s process to the event-loop collector (once; later calls return it)."""
    existing = collector(app)
    if existing is not None:
        return existing
    made = EventLoopCollector(app)
    made.setObjectName(_PROPERTY)
    made.start()
    return made


def collector(app: QCoreApplication) -> EventLoopCollector | None:
    return app.findChild(EventLoopCollector, _PROPERTY)
