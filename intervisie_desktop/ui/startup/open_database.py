"""Opening the database at start: quick check first; an unsound file is explained, never used."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.core.backup.recovery import (
    StartAction,
    decide_start,
    decide_without_passphrase,
    recover_from_backup,
    start_new,
)
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.db.storage import start_problem
from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.opening import services_for
from intervisie_desktop.paths import backup_dir, database_path
from intervisie_desktop.ui.security.recovery_dialogs import Recovery, RecoveryDialog
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from pathlib import Path

    from intervisie_desktop.core.early_check import HealthSource
    from intervisie_desktop.core.services import Services

logger = logging.getLogger(__name__)


def open_safely(
    data_dir: Path,
    passphrase: str | None = None,
    parent: QWidget | None = None,
    early: HealthSource | None = None,
    recovery: Recovery | None = None,
) -> Services | None:
    """Services on a sound database, after recovery if the user chose it; None to quit.

    `early`: a quick check begun while the program was loading; used when it still applies.
    `recovery`: chosen on the unlock screen for a file no passphrase opens; done here like
    any other recovery (a file that turns out sound is opened instead, never replaced). With
    it, `passphrase` is that of the encrypted backups: the newest one it opens is restored."""
    database, backups = database_path(data_dir), backup_dir(data_dir)
    problem = start_problem(database)  # read-only or a full disk: said once, nothing written
    if problem is not None:
        logger.error("database cannot be written at start: %s", problem.source[:40])
        QMessageBox.critical(parent, APP_NAME, error_text(problem))
        return None
    if recovery is not None and passphrase:
        decision = decide_start(database, backups, passphrase)
    elif recovery is not None:
        decision = decide_without_passphrase(database, backups)
    else:
        health = early.health_for(passphrase) if early is not None else None
        decision = decide_start(database, backups, passphrase, health)
    if decision.action in (StartAction.ASK_PASSPHRASE, StartAction.REFUSE):
        QMessageBox.critical(parent, APP_NAME, error_text(decision.health.error()))
        return None
    if decision.action in (StartAction.RECOVER, StartAction.CAUTION):
        caution = decision.action is StartAction.CAUTION  # it opens: asked whatever was chosen
        choice = None if caution else recovery
        if choice is None or (choice is Recovery.RESTORE and decision.latest_good is None):
            health, latest = decision.health, decision.latest_good
            if caution:
                choice, _accepted = RecoveryDialog.ask(health, latest, parent, "", True)
            else:
                choice, _accepted = RecoveryDialog.ask(health, latest, parent)
        try:
            if choice is Recovery.RESTORE and decision.latest_good is not None:
                aside = recover_from_backup(database, decision.latest_good.path, passphrase)
                logger.info("recovered from backup at start; damaged file kept: %s", aside)
            elif choice is Recovery.CONTINUE:
                logger.warning("opened with broken references, as the user chose")
            elif choice is Recovery.NEW:
                aside = start_new(database)
                logger.info("started anew; damaged file kept: %s", aside)
            else:
                return None
        except IntervisieError as exc:
            QMessageBox.critical(parent, APP_NAME, error_text(exc))
            return None
        except OSError as exc:
            QMessageBox.critical(parent, APP_NAME, f"{database}: {exc.strerror}")
            return None
    try:
        db = open_database(database, passphrase, backup_dir=backups)
    except IntervisieError as exc:
        logger.error("database refused: %s", exc)
        QMessageBox.critical(parent, APP_NAME, error_text(exc))
        return None
    return services_for(db)
