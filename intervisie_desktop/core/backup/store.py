"""The backup folder: automatic copies in rotation, manual copies, and the list a user sees.

Automatic copies are named `intervisie-YYYY-MM-DD_HHMMSS-<reason>.sqlite3` (local time, so a
user can read the date) and pruned by `rotation.to_keep`. Every copy is checked after writing;
a copy that fails the check is removed at once, so a bad copy never pushes a good one out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from intervisie_desktop.core.backup.folder import backup_folder
from intervisie_desktop.core.backup.rotation import Policy, to_prune
from intervisie_desktop.core.db.backup_api import online_backup
from intervisie_desktop.core.db.database import Database, Runner, run_here
from intervisie_desktop.core.db.faults import translated_faults
from intervisie_desktop.core.errors import DatabaseError
from intervisie_desktop.core.i18n import QT_TRANSLATE_NOOP
from intervisie_desktop.core.integrity import check_database

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Clock = Callable[[], datetime]

SUFFIX = ".sqlite3"
STAMP = "%Y-%m-%d_%H%M%S"
AUTO_NAME = re.compile(
    r"^intervisie-(\d{4}-\d{2}-\d{2}_\d{6})-(start|session|manual)(?:-\d+)?\.sqlite3$"
)
UPGRADE_NAME = re.compile(r"^before-upgrade-v\d+-(\d{8}-\d{6})\.sqlite3$")

MSG_BACKUP_BAD = QT_TRANSLATE_NOOP(
    "Database",
    "The backup copy failed its check and was removed ({detail}). The database itself was not "
    "changed; run a check of the database.",
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # local time, from the name (or the file's time when the name has none)
    size: int
    reason: str  # start, session, manual, upgrade, other

    @property
    def automatic(self) -> bool:
        return self.reason in ("start", "session", "manual")


def describe(path: Path) -> BackupFile | None:
    """A backup file as listed to the user; None for what is not a finished backup."""
    if path.suffix != SUFFIX or not path.is_file():
        return None
    size = path.stat().st_size
    match = AUTO_NAME.match(path.name)
    if match:
        return BackupFile(path, datetime.strptime(match[1], STAMP), size, match[2])
    match = UPGRADE_NAME.match(path.name)
    if match:
        return BackupFile(path, datetime.strptime(match[1], "%Y%m%d-%H%M%S"), size, "upgrade")
    return BackupFile(path, datetime.fromtimestamp(path.stat().st_mtime), size, "other")


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [b for b in (describe(p) for p in folder.iterdir()) if b is not None]
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def write_verified(db: Database, target: Path, progress: Progress | None = None) -> Path:
    """Online backup of `db` to `target`, then a read-only quick check of the copy."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    with translated_faults():
        online_backup(db.engine, db.passphrase, target, progress)
    health = check_database(target, db.passphrase)
    if not health.ok:
        target.unlink(missing_ok=True)
        logger.error("backup copy failed its check: %s", health.problem)
        raise DatabaseError(MSG_BACKUP_BAD, detail=health.detail or str(health.problem))
    return target


class BackupService:
    """Backups of the open database; `folder` is `<data>/backups` unless given."""

    def __init__(
        self,
        db: Database,
        folder: Path | None = None,
        clock: Clock = datetime.now,
        policy: Policy | None = None,
    ) -> None:
        self.db = db
        self._folder = folder
        self.clock = clock
        self.policy = policy or Policy()

    @property
    def folder(self) -> Path:
        if self._folder is not None:
            return self._folder
        return backup_folder(self.db.path)

    def all(self) -> list[BackupFile]:
        """Every backup in the folder (rotated, manual in the folder, before upgrades)."""
        return list_backups(self.folder)

    def rotated(self) -> list[BackupFile]:
        return [b for b in self.all() if b.automatic]

    def write(self, reason: str, progress: Progress | None = None) -> BackupFile:
        """A new backup in the rotation folder; then older ones are pruned."""
        now = self.clock()
        base = f"intervisie-{now.strftime(STAMP)}-{reason}"
        target = self.folder / f"{base}{SUFFIX}"
        n = 1
        while target.exists():
            n += 1
            target = self.folder / f"{base}-{n}{SUFFIX}"
        write_verified(self.db, target, progress)
        logger.info("backup written: %s (%s)", target.name, reason)
        self.prune()
        found = describe(target)
        assert found is not None
        return found

    def due_at_start(self) -> bool:
        """At most one start backup a day: due when no automatic backup is from today."""
        today = self.clock().date()
        return not any(b.taken_at.date() == today for b in self.rotated())

    def at_start(self, progress: Progress | None = None) -> BackupFile | None:
        if not self.due_at_start():
            return None
        return self.write("start", progress)

    def after_session(self, progress: Progress | None = None) -> BackupFile:
        """Call when a session has finished: its whole record is then in a backup."""
        return self.write("session", progress)

    def to_file(self, target: Path, progress: Progress | None = None) -> Path:
        """A manual backup to a file the user chose (not part of the rotation)."""
        return write_verified(self.db, Path(target), progress)

    def prune(self) -> list[Path]:
        rotated = self.rotated()
        gone = to_prune([b.taken_at for b in rotated], self.policy)
        removed = []
        for backup in rotated:
            if backup.taken_at in gone:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        if removed:
            logger.info("pruned %s old backups", len(removed))
        return removed

    def restore(self, source: Path, run: Runner = run_here) -> Path | None:
        """Replace the open database by a verified backup and reopen it in place.

        Returns where the previous database was kept aside. The caller announces the change;
        `run` carries out the file work (the UI runs it in a thread).
        """
        from intervisie_desktop.core.backup.restore import restore_in_place

        return restore_in_place(self.db, Path(source), self.clock, run)
