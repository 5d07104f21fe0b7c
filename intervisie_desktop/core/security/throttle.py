"""A growing delay after repeated wrong passphrases, with the clock injected for tests."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable


class FailureDelay:
    """Counts failed attempts; after `free` failures each one costs twice the wait of the last.

    The caller decides how to wait (a Qt timer in the window, sleep on the terminal); this class
    only says until when. A success resets the count.
    """

    def __init__(
        self,
        free: int = 2,
        first_seconds: float = 1.0,
        max_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.free = free
        self.first_seconds = first_seconds
        self.max_seconds = max_seconds
        self.clock = clock
        self.failures = 0
        self._not_before = 0.0

    def delay_for(self, failures: int) -> float:
        """Seconds to wait after the `failures`-th wrong passphrase in a row."""
        if failures <= self.free:
            return 0.0
        return float(min(self.max_seconds, self.first_seconds * 2 ** (failures - self.free - 1)))

    def failed(self) -> float:
        """Record a wrong passphrase; return how long the next attempt must wait."""
        self.failures += 1
        wait = self.delay_for(self.failures)
        self._not_before = self.clock() + wait
        return wait

    def succeeded(self) -> None:
        self.failures = 0
        self._not_before = 0.0

    def remaining(self) -> float:
        """Seconds until another attempt is allowed (0 when it is allowed now)."""
        return max(0.0, self._not_before - self.clock())
