"""At start, once the passphrase is known: no plain copy of protected data stays behind, and
an interrupted switch of protection is finished or undone; the user is told what was done."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop import APP_NAME
from intervisie_desktop.core.instance import InstanceLock
from intervisie_desktop.core.security.plaintext import Settled, settle_plaintext
from intervisie_desktop.paths import backup_dir, database_path

if TYPE_CHECKING:
    from pathlib import Path

logger = logging.getLogger(__name__)


def settled_text(result: Settled) -> str:
    """What the user is told; empty when there is nothing worth saying."""
    lines: list[str] = []
    if result.unprotect_undone:
        lines.append(
            QCoreApplication.translate(
                "Safety",
                "Removing the protection was interrupted when the program stopped. Your data "
                "is still encrypted with its passphrase; remove the protection again if you "
                "want.",
            )
        )
    if result.protect_undone:
        lines.append(
            QCoreApplication.translate(
                "Safety",
                "Switching on the protection was interrupted before it was done, so your data "
                "is not encrypted. Switch the protection on again under Protection.",
            )
        )
    if result.protected and result.protect_finished:
        lines.append(
            QCoreApplication.translate(
                "Safety",
                "Switching on the protection had not finished when the program stopped; it is "
                "finished now. Unencrypted copies in the data folder: {encrypted} encrypted, "
                "{removed} overwritten and removed.",
            ).format(
                encrypted=len(result.encrypted), removed=len(result.wiped) + len(result.leftovers)
            )
        )
    if result.failed:
        lines.append(
            QCoreApplication.translate(
                "Safety",
                "Files left over in the data folder could not be cleaned up ({count}); the "
                "program tries again at the next start.",
            ).format(count=len(result.failed))
        )
    if result.leftovers and not lines:
        lines.append(
            QCoreApplication.translate(
                "Safety",
                "Files left over from an interrupted backup, restore or switch of protection "
                "were removed from the data folder ({count}).",
            ).format(count=len(result.leftovers))
        )
    return "\n\n".join(lines)


def settle_at_start(
    data_dir: Path,
    passphrase: str | None,
    lock: InstanceLock | None,
    parent: QWidget | None,
    checked: bool = False,
) -> Settled | None:
    """Run the rule when no other program uses the folder; show what was done. None: not run.

    `checked`: the database was opened after a check found it sound (see settle_plaintext)."""
    own = lock is None
    if lock is None:
        lock = InstanceLock(data_dir)
        if not lock.acquire():
            return None
    try:
        if not lock.held:
            return None
        result = settle_plaintext(
            database_path(data_dir), backup_dir(data_dir), passphrase, checked=checked
        )
    except OSError as exc:
        logger.warning("leftover files not cleaned up: %s", exc.strerror)
        return None
    finally:
        if own:
            lock.release()
    text = settled_text(result)
    if text:
        QMessageBox.information(parent, APP_NAME, text)
    return result
