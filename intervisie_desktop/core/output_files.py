"""Files the program writes on request (exports, a backup to a file): where they may go, and how.

One check for every command and dialog that writes a file the user named: never the data
folder (the database, its WAL and SHM, the lock, backups, anything in it), never an existing
database, never a device, folder or other special file, never into a system folder. What passes
is written atomically (a private temporary file in the same folder, then one rename), readable
by the user only.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

#: Longest file name and whole path most file systems take (bytes, as the OS counts them).
NAME_MAX = 255
PATH_MAX = 4096

#: Folders that hold the system, never an export (and everything below the pseudo file systems).
SYSTEM_FOLDERS = frozenset(
    Path(p)
    for p in (
        "/",
        "/bin",
        "/boot",
        "/dev",
        "/etc",
        "/lib",
        "/lib32",
        "/lib64",
        "/libx32",
        "/proc",
        "/run",
        "/sbin",
        "/sys",
        "/usr",
        "/usr/bin",
        "/usr/lib",
        "/usr/sbin",
        "/var",
        "/var/lib",
        "/System",
        "/Library",
        "/private",
        "/private/etc",
        "/private/var",
    )
)
PSEUDO_ROOTS = (Path("/dev"), Path("/proc"), Path("/sys"), Path("/run"))

SQLITE_HEADER = b"SQLite format 3\x00"
DATABASE_SUFFIXES = (".sqlite3", ".sqlite", ".db")


class OutputRefused(IntervisieError):
    """The place the user named for a file cannot be written to; nothing was written."""

    context = "Output"


MSG_EMPTY = QT_TRANSLATE_NOOP("Output", "Name a file to write.")
MSG_TOO_LONG = QT_TRANSLATE_NOOP(
    "Output", "The name {name} is too long for the file system; choose a shorter one."
)
MSG_PATH_TOO_LONG = QT_TRANSLATE_NOOP(
    "Output", "The path {path} is too long for the file system; choose a shorter one."
)
MSG_DATA_FOLDER = QT_TRANSLATE_NOOP(
    "Output",
    "{path} is inside the program's data folder, which holds the database and its backups; "
    "choose another folder.",
)
MSG_DATABASE = QT_TRANSLATE_NOOP(
    "Output", "{path} holds a database; it is not replaced. Choose a new file name."
)
MSG_SPECIAL = QT_TRANSLATE_NOOP(
    "Output", "{path} is not an ordinary file (a device or other special file); choose a file."
)
MSG_IS_FOLDER = QT_TRANSLATE_NOOP("Output", "{path} is a folder; name a file in it.")
MSG_IS_FILE = QT_TRANSLATE_NOOP("Output", "{path} is a file; name a folder.")
MSG_NO_FOLDER = QT_TRANSLATE_NOOP("Output", "The folder {path} does not exist.")
MSG_SYSTEM = QT_TRANSLATE_NOOP("Output", "{path} is a system folder; choose a folder of your own.")
MSG_NOT_WRITABLE = QT_TRANSLATE_NOOP(
    "Output", "Nothing can be written in the folder {path}: {reason}. Choose another folder."
)
MSG_NO_PERMISSION = QT_TRANSLATE_NOOP(
    "Output",
    "The folder {path} cannot be written to (no permission, or it is read-only); "
    "choose another folder.",
)
MSG_GONE = QT_TRANSLATE_NOOP(
    "Output", "The folder {path} does not exist (any more); choose another folder."
)
MSG_FULL = QT_TRANSLATE_NOOP(
    "Output", "The disk that holds {path} is full; make room or choose another folder."
)
MSG_NOT_WRITTEN = QT_TRANSLATE_NOOP("Output", "The file {path} could not be written.")

#: What went wrong while writing, by the OS's error number (anything else: MSG_NOT_WRITTEN).
_WRITE_FAILURES = {
    errno.ENOENT: MSG_GONE,
    errno.ENOTDIR: MSG_GONE,
    errno.EACCES: MSG_NO_PERMISSION,
    errno.EPERM: MSG_NO_PERMISSION,
    errno.EROFS: MSG_NO_PERMISSION,
    errno.ENOSPC: MSG_FULL,
    errno.EDQUOT: MSG_FULL,
    errno.EFBIG: MSG_FULL,
}


def _real(path: Path) -> Path:
    return Path(os.path.realpath(path))


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:57] + "..."


def _check_length(path: Path) -> None:
    for part in path.parts:
        if len(os.fsencode(part)) > NAME_MAX:
            raise OutputRefused(MSG_TOO_LONG, name=_short(part))
    if len(os.fsencode(str(path))) > PATH_MAX:
        raise OutputRefused(MSG_PATH_TOO_LONG, path=_short(str(path)))


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _is_system(folder: Path) -> bool:
    if sys.platform == "win32":
        windows = Path(os.environ.get("SYSTEMROOT", r"C:\Windows"))
        return folder == Path(folder.anchor) or _inside(folder, _real(windows))
    if _inside(folder, Path("/run/media")) and folder != Path("/run/media"):
        return False  # removable media are mounted here
    return folder in SYSTEM_FOLDERS or any(_inside(folder, root) for root in PSEUDO_ROOTS)


def _holds_database(path: Path, info: os.stat_result) -> bool:
    if info.st_size == 0:
        return False
    try:
        with open(path, "rb") as handle:
            head = handle.read(len(SQLITE_HEADER))
    except OSError:
        return False
    if head == SQLITE_HEADER:
        return True
    # An encrypted database has no header to know it by; its name tells instead.
    return path.suffix.lower() in DATABASE_SUFFIXES and info.st_size % 512 == 0


def _refuse_protected(real: Path, protected: Iterable[Path]) -> None:
    for folder in protected:
        if _inside(real, _real(folder)):
            raise OutputRefused(MSG_DATA_FOLDER, path=str(real))


def _named(path: Path, protected: Iterable[Path]) -> tuple[Path, Path]:
    """The path as named (absolute) and as it really is (links followed), both checked for
    length and for the protected folders."""
    if not str(path).strip():
        raise OutputRefused(MSG_EMPTY)
    path = Path(os.path.abspath(Path(path).expanduser()))
    _check_length(path)
    real = _real(path)
    _check_length(real)
    _refuse_protected(real, protected)
    return path, real


def check_output_file(path: Path, protected: Iterable[Path] = ()) -> Path:
    """The real path a file may be written to, or OutputRefused saying why not.

    `protected` names the data folders (the one in use, and any other the program knows)."""
    path, real = _named(path, protected)
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:  # a loop of links, a name too long for this file system
        raise OutputRefused(MSG_SPECIAL, path=str(path)) from exc
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise OutputRefused(MSG_IS_FOLDER, path=str(path))
        if not stat.S_ISREG(info.st_mode):
            raise OutputRefused(MSG_SPECIAL, path=str(path))
        if _holds_database(real, info):
            raise OutputRefused(MSG_DATABASE, path=str(path))
    if not real.parent.is_dir():
        raise OutputRefused(MSG_NO_FOLDER, path=str(path.parent))
    if _is_system(real.parent):
        raise OutputRefused(MSG_SYSTEM, path=str(real.parent))
    check_writable(real.parent)
    return real


def check_writable(folder: Path) -> None:
    """Refuse a folder in which no file can be made, with the system's reason, before anything
    is read or drawn: a private empty file is made there and removed again."""
    try:
        probe = temporary_beside(folder / "probe")
    except OSError as exc:  # said in the user's words where the reason is a known one
        known = _WRITE_FAILURES.get(exc.errno or 0)
        if known is not None and known != MSG_NOT_WRITTEN:
            raise OutputRefused(known, path=str(folder)) from None
        raise OutputRefused(
            MSG_NOT_WRITABLE, path=str(folder), reason=exc.strerror or type(exc).__name__
        ) from None
    with contextlib.suppress(OSError):
        probe.unlink()


def check_output_folder(path: Path, protected: Iterable[Path] = ()) -> Path:
    """The real path of a folder that exports may be written into: it is made when missing, in
    a folder that exists."""
    path, real = _named(path, protected)
    if real.exists() and not real.is_dir():
        raise OutputRefused(MSG_IS_FILE, path=str(path))
    if _is_system(real):
        raise OutputRefused(MSG_SYSTEM, path=str(real))
    # One rule for every export: what --out names may be new, the folder it sits in must exist.
    if not real.exists() and not real.parent.is_dir():
        raise OutputRefused(MSG_NO_FOLDER, path=str(path.parent))
    if not real.exists() and _is_system(real.parent):
        raise OutputRefused(MSG_SYSTEM, path=str(real.parent))
    check_writable(real if real.exists() else real.parent)
    return real


def write_failure(exc: OSError, target: Path, is_folder: bool = False) -> OutputRefused:
    """What to tell the user when writing `target` (a file, or a folder of files) failed,
    naming the folder or file. The OS's own text (English, without the path) is not shown."""
    target = Path(target)
    message = _WRITE_FAILURES.get(exc.errno or 0, MSG_NOT_WRITTEN)
    if message is MSG_NOT_WRITTEN:
        return OutputRefused(message, path=str(target))
    folder = target if is_folder else target.parent
    if message is MSG_GONE:  # name the highest folder that is missing
        while not folder.parent.exists() and folder.parent != folder:
            folder = folder.parent
    return OutputRefused(message, path=str(folder))


def make_private_folder(folder: Path) -> None:
    """Make an export folder (and its missing parents) readable by the user only."""
    missing = [level for level in (folder, *folder.parents) if not level.exists()]
    for level in reversed(missing):
        level.mkdir(mode=0o700, exist_ok=True)


def temporary_beside(path: Path) -> Path:
    """A new, empty, private file in the folder of `path`, for writing before the rename."""
    for _ in range(100):
        candidate = path.with_name(f".{path.name[:200]}.{uuid.uuid4().hex[:8]}.part")
        try:
            fd = os.open(candidate, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError:
            continue
        os.close(fd)
        return candidate
    raise FileExistsError(path)


def _fsync(path: Path, directory: bool = False) -> None:
    flags = os.O_RDONLY if directory else os.O_RDWR
    try:
        fd = os.open(path, flags)
    except OSError:
        return  # a folder cannot be opened on Windows; the rename is still atomic there
    try:
        os.fsync(fd)
    except OSError:
        if not directory:
            raise
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a private temporary path beside `path`; on a clean exit it replaces `path` in one
    rename (after it is on disk); on an error it is removed and `path` is left as it was."""
    path = Path(path)
    partial = temporary_beside(path)
    try:
        yield partial
        _fsync(partial)
        os.chmod(partial, 0o600)
        os.replace(partial, path)
        _fsync(path.parent, directory=True)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()


def write_file_atomically(path: Path, data: bytes) -> None:
    with atomic_output(path) as partial:
        partial.write_bytes(data)
