"""The run's sign of life at every shown second, written where a kill cannot take it back.

The database heartbeat (every few seconds, a transaction) is what survives a power cut; this is
what survives a crash or a kill between two heartbeats: one fixed 32-byte record, rewritten in
place with `os.pwrite` on a file kept open, never flushed to disk. The write lands in the
operating system's page cache at once, so a killed program leaves its last second behind at the
cost of one small system call a second (no transaction, no fsync, no disk write of its own).
The record holds timing only: the run's id, its timeline time and the wall time.

The file is removed when the run is finished or session mode is left normally (the run's last
heartbeat, written just before, then holds the same second); a kill leaves it for the resume.
"""

from __future__ import annotations

import logging
import os
import struct
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)

SUFFIX = ".alive"
_RECORD = struct.Struct("<4sqddd")  # magic, run id, timeline t, wall (epoch s), t + wall
_MAGIC = b"IVA1"


def alive_path(database: Path) -> Path:
    return database.with_name(database.name + SUFFIX)


class AliveFile:
    """One run's last shown second; opened on first use, owner-only."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def write(self, run_id: int, t: float, wall: datetime) -> None:
        if self._fd is None:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        epoch = wall.timestamp()
        os.pwrite(self._fd, _RECORD.pack(_MAGIC, run_id, t, epoch, t + epoch), 0)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def remove(self) -> None:
        """The run ended or was left with its time stored: nothing for a resume to read here."""
        self.close()
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            logger.warning("session sign of life not removed", exc_info=True)


def read_alive(path: Path, run_id: int) -> tuple[float, datetime] | None:
    """(timeline t, wall time) of `run_id`'s last shown second, if the file holds it whole."""
    try:
        data = path.read_bytes()[: _RECORD.size]
    except OSError:
        return None
    if len(data) < _RECORD.size:
        return None
    magic, run, t, epoch, check = _RECORD.unpack(data)
    if magic != _MAGIC or run != run_id or check != t + epoch:
        return None
    return t, datetime.fromtimestamp(epoch, UTC)
