"""What the start-up tests share: the main windows the program has shown for a folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path


def main_windows(folder: Path) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.context.data_dir == folder and w.isVisible()
    ]
