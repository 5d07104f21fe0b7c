"""Wrong passphrases counted across runs of the command line, so guessing gets slower.

Each sub-command reads one passphrase and ends; a count that lived only in the process would
let a script guess at full speed. The count and the time of the last wrong passphrase are kept
beside the database (private, a few bytes, no secret in them); a right passphrase removes them.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.security.throttle import FailureDelay

if TYPE_CHECKING:
    from collections.abc import Callable

FILE_NAME = "intervisie.attempts"
#: A count older than this is forgotten: the delay guards against guessing, not a bad day.
FORGET_AFTER_SECONDS = 24 * 3600


class FailedAttempts:
    def __init__(
        self,
        data_dir: Path,
        delay: FailureDelay | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = Path(data_dir) / FILE_NAME
        self.delay = delay or FailureDelay()
        self.clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            count, last = self.path.read_text(encoding="ascii").split()
            failures, when = int(count), float(last)
        except (OSError, ValueError):
            return 0, 0.0
        if failures < 0 or self.clock() - when > FORGET_AFTER_SECONDS:
            return 0, 0.0
        return failures, when

    def wait_before_attempt(self) -> float:
        """Seconds to wait before the next passphrase may be tried (0 when it may be now)."""
        failures, when = self._read()
        wait = self.delay.delay_for(failures)
        return max(0.0, min(wait, when + wait - self.clock()))

    def failed(self) -> None:
        failures, _ = self._read()
        with contextlib.suppress(OSError):  # a read-only folder: no count, the delay stays
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                os.write(fd, f"{failures + 1} {self.clock():.3f}\n".encode("ascii"))
            finally:
                os.close(fd)

    def succeeded(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
