"""The question before an export replaces a file that is already there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("ReplaceExport", text)


def confirm_replace(parent: QWidget, title: str, path: Path, folder: bool = False) -> bool:
    """True when nothing would be replaced, or the user chose to replace it; "No" is the
    default button, so Enter keeps the file."""
    if folder:
        if not path.is_dir() or not any(p.is_file() for p in path.iterdir()):
            return True
        text = tr(
            "The folder {path} already holds files; certificates with the same names will be "
            "replaced. Continue?"
        )
    else:
        if not path.is_file():
            return True
        text = tr("{path} already exists. Replace it?")
    box = QMessageBox(QMessageBox.Icon.Question, title, text.format(path=path), parent=parent)
    replace = box.addButton(tr("&Replace"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(tr("&Keep the file"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setObjectName("replaceExport")
    box.exec()
    return box.clickedButton() is replace
