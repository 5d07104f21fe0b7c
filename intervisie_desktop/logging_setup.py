"""Logging to a rotating file in the user log folder (never case or note text)."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from pathlib import Path
from typing import IO, Any

from intervisie_desktop.paths import default_log_dir

LOG_DIR_ENV = "INTERVISIE_LOG_DIR"
LOG_NAME = "intervisie.log"


def log_dir() -> Path:
    return Path(os.environ.get(LOG_DIR_ENV) or default_log_dir())


class PrivateRotatingFileHandler(logging.FileHandler):
    """A rotating log whose every file is readable by the user only: the file it starts a new
    log in after a rotation (which the standard handler creates with the umask, often 0644),
    and files left readable by others by an older version.

    It rotates as logging.handlers.RotatingFileHandler does (a record that would take the file
    past `max_bytes` goes to a new one; .1 … .`backup_count` keep the older ones), written here
    because importing logging.handlers (sockets, pickling, queues) costs the first window
    about 10 ms."""

    def __init__(
        self, filename: Path, max_bytes: int = 0, backup_count: int = 0, **kwargs: Any
    ) -> None:
        self.max_bytes = max_bytes
        self.backup_count = backup_count
        super().__init__(filename, mode="a", **kwargs)
        for n in range(self.backup_count + 1):
            path = Path(f"{self.baseFilename}.{n}" if n else self.baseFilename)
            with contextlib.suppress(OSError):
                if path.exists():
                    os.chmod(path, 0o600)

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            os.chmod(self.baseFilename, 0o600)
        return _text(open(fd, self.mode, encoding=self.encoding, errors=self.errors))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._should_roll_over(record):
                self._roll_over()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _should_roll_over(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        return bool(position) and position + len(self.format(record)) + 1 >= self.max_bytes

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened by _open below
        for n in range(self.backup_count - 1, 0, -1):
            older = Path(f"{self.baseFilename}.{n}")
            if older.exists():
                os.replace(older, f"{self.baseFilename}.{n + 1}")
        if self.backup_count > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def _text(stream: IO[Any]) -> io.TextIOWrapper:
    """The stream `open` gives for a text mode ("a"), typed as the FileHandler keeps it."""
    assert isinstance(stream, io.TextIOWrapper)
    return stream


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records to <log folder>/intervisie.log (1 MB x 5, 0600); return the file.

    A log folder that cannot be created leaves logging off rather than stopping the program.
    """
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, PrivateRotatingFileHandler):
            return Path(handler.baseFilename)
    folder = log_dir()
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        path = folder / LOG_NAME
        handler = PrivateRotatingFileHandler(
            path, max_bytes=1_000_000, backup_count=5, encoding="utf-8"
        )
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return path
