"""The start-up quick check, begun in a thread while the program is still importing.

The quick check reads the whole file (about 0.1 s for a 17 MB database) and needs only
SQLCipher, while importing the ORM takes several times as long and needs no disk. Run side by
side, the check costs the start-up nothing. SQLite does its reading without Python's global
lock, so the two really do run at once.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Protocol

from intervisie_desktop.core.checked import unchanged_since_sound
from intervisie_desktop.core.integrity import Health, check_database


class EarlyCheck:
    """`check_database(path, references=True)` without a passphrase, started now, collected
    with `health()`.

    `behind`: the file is as the program last closed it after finding it sound (see
    core.checked; by default looked up). Then `health()` answers from a light check (header,
    schema, tables) and the whole check runs on, behind the first screen: `done()` says when
    `full_health()` can be had without waiting."""

    def __init__(self, path: Path, behind: bool | None = None) -> None:
        self.path = Path(path)
        self._stamp = _stamp(self.path)
        self.behind = unchanged_since_sound(self.path) if behind is None else behind
        self._health: Health | None = None
        self._full: Health | None = None
        self._error: BaseException | None = None
        self._first = threading.Event()
        self._thread = threading.Thread(target=self._run, name="early-check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            if self.behind:
                self._health = check_database(self.path, pages=False)
                self._first.set()
                if self._health.ok:
                    # The program opens the file meanwhile: read a snapshot, not the bare file.
                    self._full = check_database(self.path, references=True, live=True)
                else:
                    self._full = self._health
            else:
                self._health = self._full = check_database(self.path, references=True)
        except BaseException as exc:  # handed to the caller of health(), who can report it
            self._error = exc
        finally:
            self._first.set()

    def health(self) -> Health:
        """The outcome (the light one when `behind`); waits for it if it is still running."""
        self._first.wait()
        if self._error is not None and self._health is None:
            raise self._error
        assert self._health is not None
        return self._health

    def done(self) -> bool:
        return not self._thread.is_alive()

    def full_health(self) -> Health:
        """The outcome of the whole check; waits for it if it is still running."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._full is not None
        return self._full

    def health_for(self, passphrase: str | None) -> Health | None:
        """The outcome if it answers for `passphrase` and the file as it is now; else None
        (the caller checks again): a passphrase changes the question, and so does a file that
        was created, replaced or written since the check began."""
        if passphrase or _stamp(self.path) != self._stamp:
            return None
        return self.health()


class HealthSource(Protocol):
    """What the start-up's decision takes a check done beforehand from."""

    def health_for(self, passphrase: str | None) -> Health | None: ...


class KnownHealth:
    """A check already done, handed to the start-up's decision as an early check is."""

    def __init__(self, health: Health) -> None:
        self._health = health

    def health_for(self, passphrase: str | None) -> Health | None:
        return self._health


def _stamp(path: Path) -> tuple[int, int, int, int] | None:
    """Identity, size and modification time of the file and the size of its WAL (0 when
    there is none), None when the file is missing."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    try:
        wal = os.stat(str(path) + "-wal").st_size
    except OSError:
        wal = 0  # as good as an empty one, which a reader of a WAL database may create
    return (info.st_ino, info.st_size, info.st_mtime_ns, wal)
