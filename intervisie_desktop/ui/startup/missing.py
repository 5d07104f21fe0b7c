"""At start, no database (or an empty file, or a link to nothing) but good backups: say what
was found and offer the newest good backup before a new empty database is made.

Encrypted backups are offered as on the unlock screen's way out: their passphrase is asked
(with the growing wait) and the newest backup it opens is restored. Whatever is in the
database's place (an empty file, a dangling link) is kept aside, never replaced silently.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.core.backup.recovery import (
    FoundBackups,
    found_backups,
    latest_good_backup,
    recover_from_backup,
    start_new,
)
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.integrity import Problem
from intervisie_desktop.core.security import FailureDelay
from intervisie_desktop.paths import backup_dir, database_path
from intervisie_desktop.ui.security.recovery_dialogs import Recovery, RecoveryDialog
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)


def what_is_there(found: FoundBackups, database: Path) -> str:
    if found.link_target is not None:
        text = QCoreApplication.translate(
            "MissingDatabase", "{path} is a link to {target}, which does not exist."
        )
        return text.format(path=database, target=found.link_target)
    if found.health.problem is Problem.EMPTY:
        text = QCoreApplication.translate(
            "MissingDatabase", "{path} is empty: it holds no data at all."
        )
        return text.format(path=database)
    text = QCoreApplication.translate("MissingDatabase", "There is no database file at {path}.")
    return text.format(path=database)


def offer_backups(data_dir: Path, parent: QWidget | None) -> tuple[str | None, bool] | None:
    """None: nothing to offer (no good backups), or the user chose a new empty database (what
    was in its place is then kept aside): the first start goes on as usual.
    (passphrase, True): the newest good backup was restored (encrypted: with that passphrase).
    (None, False): the user quit, or the restore failed (and was explained)."""
    database, backups = database_path(data_dir), backup_dir(data_dir)
    found = found_backups(database, backups)
    if found is None:
        return None
    backups_passphrase: str | None = None

    def opens_a_backup(passphrase: str) -> bool:
        return latest_good_backup(backups, passphrase) is not None

    encrypted = found.advice.encrypted
    dialog = RecoveryDialog(
        found.health,
        None if encrypted else found.advice.plain_backup,
        parent,
        opens_a_backup=opens_a_backup if encrypted else None,
        delay=FailureDelay(),
        missing=what_is_there(found, database),
    )
    dialog.setObjectName("foundBackups")
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None, False
    try:
        if dialog.choice is Recovery.NEW:
            aside = start_new(database)
            logger.info("new database instead of the backups; kept aside: %s", aside)
            return None
        backups_passphrase = dialog.passphrase if encrypted else None
        backup = latest_good_backup(backups, backups_passphrase)
        if dialog.choice is not Recovery.RESTORE or backup is None:
            return None, False
        aside = recover_from_backup(database, backup.path, backups_passphrase)
        logger.info("restored the newest good backup at start; kept aside: %s", aside)
    except IntervisieError as exc:
        QMessageBox.critical(parent, APP_NAME, error_text(exc))
        return None, False
    except OSError as exc:
        QMessageBox.critical(parent, APP_NAME, f"{database}: {exc.strerror}")
        return None, False
    return backups_passphrase, True
