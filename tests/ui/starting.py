"""What the start-up tests share: the main windows the program has shown for a folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

_TEST = [0]  # which test is running (see tests/ui/conftest.py)


def next_test() -> None:
    _TEST[0] += 1


def current_test() -> int:
    """Which test is running: a wait for a dialog that outlives its test ends with it."""
    return _TEST[0]


def main_windows(folder: Path) -> list[MainWindow]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, MainWindow) and w.context.data_dir == folder and w.isVisible()
    ]


def answer_each_dialog(act: Callable[[QWidget], bool]) -> list[QWidget]:
    """Hand every modal dialog of the start to `act` once it is on screen; `act` answers it
    and returns whether more are expected. Returns the dialogs met, in order."""
    met: list[QWidget] = []
    test = current_test()

    def poll() -> None:
        if current_test() != test:  # its test is over: so are its answers
            return
        shown = QApplication.activeModalWidget()
        if shown is None or not shown.isVisible() or (met and shown is met[-1]):
            QTimer.singleShot(20, poll)
            return
        met.append(shown)
        try:
            more = act(shown)
        except BaseException:
            shown.close()  # a failed check ends the dialog, so the test fails, not hangs
            raise
        if more:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)
    return met
