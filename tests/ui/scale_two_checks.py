"""The main window at 200 % (QT_SCALE_FACTOR=2 on a 2560x1600 screen, 1280x800 logical).

Qt fixes the scale factor per process, so test_scale_two.py runs this file in its own pytest;
it is not collected on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication

from tests.ui.fit import clipped, frame_fits, inked_at_right_edge
from tests.ui.panes_walk import TABS, demo_window, toggle_notes, walk

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


def test_every_pane_fits_at_twice_the_scale(qtbot: QtBot, tmp_path: Path) -> None:
    screen = QGuiApplication.primaryScreen()
    assert screen.devicePixelRatio() == 2
    area = screen.availableGeometry()
    assert (area.width(), area.height()) == (1280, 800)
    problems: list[str] = []
    with demo_window(qtbot, tmp_path / "demo", "en", (area.width(), area.height())) as window:
        for shown in walk(window):
            found = [*clipped(shown.widget), *inked_at_right_edge(shown.widget)]
            wide = frame_fits(shown.widget)
            problems += [f"{shown.name}: {p}" for p in (*found, *([wide] if wide else []))]
    assert problems == [], "\n".join(problems)


def test_the_notes_open_docked_from_the_first_window_size_within_the_screen(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The program's first size (1100x720) on this 1280x800 (logical) screen: Ctrl+Shift+N
    used to widen the window to 1323 px here (1368 in Dutch), past the screen's edge."""
    area = QGuiApplication.primaryScreen().availableGeometry()
    with demo_window(qtbot, tmp_path / "demo", "en", (area.width(), area.height())) as window:
        window.resize(1100, 720)
        window.show_tab(TABS.index("cases"))
        toggle_notes(window)
        dock = window.privacy.dock
        assert dock.isVisible() and not dock.isFloating()
        assert frame_fits(window) is None
        assert clipped(window) == []
