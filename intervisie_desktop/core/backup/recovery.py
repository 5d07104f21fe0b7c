"""What to do at start when the database is not sound: decided here, shown by the UI.

The decision reads only (a quick check of the database, quick checks of the backups). The two
ways out both keep the unsound file aside under a dated name: restore the newest good backup,
or start with a new empty database.

A file that asks for a passphrase may also be a plain database whose first bytes were
overwritten (a disk fault, a bad copy): its header then looks like an encrypted one. The unlock
screen offers the same two ways out for it (`unlock_advice`, `decide_without_passphrase`), with
the backups that open without a passphrase, or, when the backups are encrypted, with the newest
one the passphrase typed for them opens (`latest_good_backup`, then `decide_start` with it).
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from intervisie_desktop.core.backup.restore import Clock, keep_aside, restore_file
from intervisie_desktop.core.backup.store import BackupFile, list_backups
from intervisie_desktop.core.integrity import Health, Problem, check_database

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)


class StartAction(StrEnum):
    OPEN = "open"  # sound, or no database yet: open (and create) it
    ASK_PASSPHRASE = "ask_passphrase"  # encrypted: ask, then decide again
    RECOVER = "recover"  # explain; offer the latest good backup or a new empty file
    # Records refer to records that are gone (what `check` fails on): it opens, but the user
    # is told and offered the latest good backup, or to go on with it.
    CAUTION = "caution"
    # Written by a newer version: refused and left alone (no restore over it, no move aside).
    REFUSE = "refuse"


@dataclass(frozen=True)
class StartDecision:
    action: StartAction
    health: Health
    latest_good: BackupFile | None = None


def latest_good_backup(folder: Path, passphrase: str | None) -> BackupFile | None:
    """The newest backup that passes a quick check (with its references) and holds our tables."""
    for backup in list_backups(folder):
        health = check_database(backup.path, passphrase, references=True)
        if health.ok and not health.fresh:
            return backup
    return None


def decide_start(
    database: Path, backups: Path, passphrase: str | None = None, health: Health | None = None
) -> StartDecision:
    """`health`: the quick check of `database` if it was already done (see core.early_check)."""
    if health is None:
        health = check_database(database, passphrase, references=True)
    if health.ok or health.problem is Problem.MISSING:
        return StartDecision(StartAction.OPEN, health)
    if health.problem is Problem.NEEDS_PASSPHRASE:
        return StartDecision(StartAction.ASK_PASSPHRASE, health)
    if health.problem is Problem.TOO_NEW:
        logger.warning("database written by a newer version (schema %s)", health.schema_version)
        return StartDecision(StartAction.REFUSE, health)
    if health.problem is Problem.BROKEN_REFERENCES:
        logger.warning("database has broken references at start: %s", health.detail)
        return StartDecision(StartAction.CAUTION, health, latest_good_backup(backups, passphrase))
    logger.warning("database not sound at start: %s", health.problem)
    return StartDecision(StartAction.RECOVER, health, latest_good_backup(backups, passphrase))


def recover_from_backup(
    database: Path, backup: Path, passphrase: str | None, clock: Clock = datetime.now
) -> Path | None:
    """Restore `backup` over the unsound file (kept aside); returns where it was kept."""
    return restore_file(database, backup, passphrase, clock)


def start_new(database: Path, clock: Clock = datetime.now) -> Path | None:
    """Move the unsound file aside so a new empty database can be created in its place."""
    return keep_aside(database, "damaged", clock, move=True)


@dataclass(frozen=True)
class UnlockAdvice:
    """What the backup folder says about a database file that asks for a passphrase."""

    # The newest backup that opens without a passphrase and holds our tables.
    plain_backup: BackupFile | None = None
    # The newest readable backup is not encrypted: turning protection on encrypts the
    # backups too, so the file was most likely never encrypted and is damaged instead.
    suspicious: bool = False
    # Encrypted backups are newer than any plain sound one: restoring needs their passphrase.
    encrypted: bool = False


def unlock_advice(backups: Path) -> UnlockAdvice:
    """Reads the backups newest first until one is either plain and sound or encrypted."""
    encrypted_newer = False
    for backup in list_backups(backups):
        health = check_database(backup.path)
        if health.problem is Problem.NEEDS_PASSPHRASE:
            encrypted_newer = True
        elif health.ok and not health.fresh:
            return UnlockAdvice(backup, not encrypted_newer, encrypted_newer)
    return UnlockAdvice(encrypted=encrypted_newer)


def decide_without_passphrase(database: Path, backups: Path) -> StartDecision:
    """The user gives up on unlocking: recover as from any damage, never over the file.

    Only backups that open without a passphrase are offered (the others need the passphrase
    the user does not have); whatever is chosen keeps the file aside byte for byte, so a file
    that was encrypted after all is not lost."""
    health = check_database(database, references=True)
    if health.problem is not Problem.NEEDS_PASSPHRASE:
        return decide_start(database, backups, None, health)  # changed since it was asked
    logger.warning("database treated as damaged at start: no passphrase opens it")
    unknown = Health(database, Problem.NOT_SQLITE, detail="no passphrase")
    return StartDecision(StartAction.RECOVER, unknown, latest_good_backup(backups, None))


@dataclass(frozen=True)
class FoundBackups:
    """Good backups beside a database file that is missing, empty or a dangling link: start-up
    offers them before it would create a new empty database in that place."""

    health: Health  # MISSING or EMPTY
    advice: UnlockAdvice  # the newest plain good backup, or encrypted ones
    link_target: str | None = None  # where a dangling link points


def found_backups(database: Path, backups: Path) -> FoundBackups | None:
    """None when the file is there with data in it, or when no backup could take its place."""
    health = check_database(database)
    if health.problem not in (Problem.MISSING, Problem.EMPTY):
        return None
    advice = unlock_advice(backups)
    if advice.plain_backup is None and not advice.encrypted:
        return None
    target = os.readlink(database) if database.is_symlink() else None
    logger.warning("database %s, backups found", health.problem)
    return FoundBackups(health, advice, target)
