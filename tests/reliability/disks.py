"""Real disks that refuse writes, for tests: a small full tmpfs, a read-only file or folder.

Both need the power to mount or to set the immutable flag (root on Linux); without it the test
is skipped. Root ignores file modes, so a read-only file is made with `chattr +i` (which stops
root too); an ordinary user gets `chmod a-w`, which is just as real for them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

#: The tmpfs is this large: room for a test database, its WAL and a backup.
DISK_SIZE = "8m"


@contextlib.contextmanager
def small_disk(where: Path) -> Iterator[Path]:
    """A fresh tmpfs of DISK_SIZE mounted at `where` (skipped when mounting is not allowed)."""
    where.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={DISK_SIZE},mode=0700", "tmpfs", str(where)],
        capture_output=True,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small disk here: {done.stderr.decode().strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False, capture_output=True)


def fill(disk: Path) -> Path:
    """Fill `disk` until the file system says ENOSPC; returns the filler (delete it to free)."""
    filler = disk / f"filler-{len(list(disk.glob('filler-*')))}"
    fd = os.open(filler, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
    try:
        for size in (1 << 20, 65536, 4096, 512, 1):
            block = b"\0" * size
            while True:
                try:
                    os.write(fd, block)
                except OSError as exc:
                    assert exc.errno == errno.ENOSPC, exc  # noqa: PT017 - filling, not a test
                    break
    finally:
        os.close(fd)
    assert os.statvfs(disk).f_bavail == 0
    return filler


def checkpoint_wal(database: Path) -> None:
    """Empty and shrink the WAL, so the next write needs new space (as after a checkpoint)."""
    import sqlcipher3.dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(database))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def _writable(path: Path) -> bool:
    try:
        if path.is_dir():
            probe = path / ".probe"
            probe.touch()
            probe.unlink()
        else:
            os.close(os.open(path, os.O_RDWR))
    except OSError:
        return False
    return True


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Make each file or folder read-only for this process; undone on the way out."""
    made: list[tuple[Path, int]] = []
    try:
        for path in paths:
            mode = path.stat().st_mode
            if os.geteuid() == 0:
                if shutil.which("chattr") is None:
                    pytest.skip("no chattr to make a file read-only for root")
                done = subprocess.run(["chattr", "+i", str(path)], capture_output=True)
                if done.returncode != 0:
                    pytest.skip(f"chattr +i not supported here: {done.stderr.decode().strip()}")
            else:
                os.chmod(path, mode & ~0o222)
            made.append((path, mode))
            if _writable(path):
                pytest.skip(f"{path} stays writable here")
        yield
    finally:
        for path, mode in reversed(made):
            if os.geteuid() == 0:
                subprocess.run(["chattr", "-i", str(path)], check=False, capture_output=True)
            os.chmod(path, mode)
