"""One rule for every copy of the data the program made: with protection on, none stays plain.

The program writes copies beside the database: backups, kept-aside files
(`intervisie-before-restore-*`, `intervisie-damaged-*`) and, while it works, temporary files
(`.new` and `.old` while protection is switched, `.part` while a backup is written,
`.restoring` while one is restored). A kill at the wrong moment can leave any of them behind,
and the kept-aside files are plain when they were made before protection was on.

Before anything opens the database, `core.backup.interrupted.finish_interrupted_swap` puts a
temporary file that is the only whole copy in place. `settle_plaintext` runs once the
passphrase is known: temporary leftovers are wiped (only when the database itself is sound, so
they are never the only good copy) and, with protection on, every plain copy is encrypted with
the database's passphrase, or wiped when it cannot be read.
It returns what it did, so the screen can tell the user.

It changes files in the data folder: the caller must hold the single-instance lock.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from intervisie_desktop.core.integrity import check_database
from intervisie_desktop.core.security.cipher_files import (
    VerifyFailed,
    connect_file,
    export_copy,
    fingerprint,
    swap_in,
    verify_copy,
    wipe,
)
from intervisie_desktop.core.security.detect import SQLITE_HEADER, is_encrypted

logger = logging.getLogger(__name__)

#: Temporary files the program writes beside a database and renames or removes when done.
TEMPORARY = (".new", ".old", ".part", ".restoring")
#: The files SQLite keeps beside a database while it is open or was cut off.
SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass
class Settled:
    """What `settle_plaintext` did (paths of files in the data folder)."""

    protected: bool = False
    encrypted: list[Path] = field(default_factory=list)  # plain copies now encrypted
    wiped: list[Path] = field(default_factory=list)  # plain copies unreadable, overwritten
    leftovers: list[Path] = field(default_factory=list)  # temporary files overwritten
    protect_undone: bool = False  # switching protection on had not reached the swap
    unprotect_undone: bool = False  # removing protection had not reached the swap
    protect_finished: bool = False  # protection was on but plain copies of it were left
    failed: list[Path] = field(default_factory=list)  # could not be handled (disk error)

    @property
    def changed(self) -> bool:
        return bool(self.encrypted or self.wiped or self.leftovers)


def is_plain(path: Path) -> bool:
    """True when `path` starts like a plain SQLite file (its content readable by anyone)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _wipe_with_side_files(path: Path) -> None:
    for suffix in SIDE_FILES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            wipe(side)
    wipe(path)


def _remove_leftover(path: Path) -> None:
    """Overwrite and remove a temporary file; one that shares its bytes with another name (the
    `.old` link to a database whose swap was cut off) is only unlinked: overwriting it would
    overwrite the database."""
    if path.stat().st_nlink > 1:
        path.unlink()
    else:
        wipe(path)


def _is_temporary(path: Path) -> bool:
    name = path.name
    for suffix in SIDE_FILES:
        name = name.removesuffix(suffix)
    return ".sqlite3" in name and name.endswith(TEMPORARY)


def _folder_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.is_symlink())


def _encrypt_copy(file: Path, passphrase: str) -> None:
    """Encrypt the plain database `file` in place (its WAL folded in), verified, old bytes
    overwritten; raises sqlcipher.DatabaseError or VerifyFailed when the file cannot be read."""
    tmp = file.with_name(file.name + ".new")
    try:
        conn = connect_file(file, None)
        try:
            expected = fingerprint(conn)
            export_copy(conn, tmp, passphrase)
        finally:
            conn.close()
        verify_copy(tmp, passphrase, expected)
    except BaseException:
        wipe(tmp)
        raise
    for suffix in SIDE_FILES:  # the WAL is in the copy now; its plain bytes go too
        side = Path(f"{file}{suffix}")
        if side.exists():
            wipe(side)
    swap_in(file, tmp, wipe_old=True)


def _classify_interruption(database: Path, protected: bool, result: Settled) -> None:
    new = database.with_name(database.name + ".new")
    try:
        size = new.stat().st_size
    except FileNotFoundError:
        return
    if not size:
        return
    if protected and is_plain(new):
        result.unprotect_undone = True
    elif not protected and not is_plain(new):
        result.protect_undone = True


def settle_plaintext(
    database: Path, backups: Path, passphrase: str | None, checked: bool = False
) -> Settled:
    """Apply the rule to every file the program made beside `database` and in `backups`.

    `passphrase`: the one that opens `database` (None for a plain one). Nothing is done when
    the database is not sound: then a leftover may be the only good copy. `checked`: the
    caller has just checked it (the start-up opens only a file its check found sound), so it
    is not read a second time; the check reads every page, about 1 s for a career's data."""
    protected = is_encrypted(database)
    result = Settled(protected=protected)
    if protected and not passphrase:
        return result
    if not checked and not check_database(database, passphrase if protected else None).ok:
        return result
    _classify_interruption(database, protected, result)
    folders = [database.parent, backups]
    for folder in folders:
        for file in _folder_files(folder):
            if _is_temporary(file) and file.exists():
                if protected and file.name == database.name + ".old":
                    result.protect_finished = True
                try:
                    _remove_leftover(file)
                    result.leftovers.append(file)
                except OSError:
                    result.failed.append(file)
    if not protected or passphrase is None:
        return result
    for folder in folders:
        for file in _folder_files(folder):
            if file == database or not file.name.endswith(".sqlite3") or not is_plain(file):
                continue
            try:
                _encrypt_copy(file, passphrase)
                result.encrypted.append(file)
            except (sqlcipher.DatabaseError, VerifyFailed):
                _wipe_with_side_files(file)
                result.wiped.append(file)
            except OSError:
                result.failed.append(file)
    if result.encrypted or result.wiped:
        result.protect_finished = True
    if result.changed:
        logger.info(
            "plain copies: %d encrypted, %d wiped, %d leftovers removed",
            len(result.encrypted),
            len(result.wiped),
            len(result.leftovers),
        )
    return result
