"""Every pane of the main window, with and without the notes dock, and the method library, on
1280x800 and 1366x768 screens in Dutch and English: each label, button, combo box and column
title shows its text whole, no form scrolls sideways, and no window grows past the screen."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.fit import checked_count, clipped
from tests.ui.panes_walk import TABS, demo_window, toggle_notes, walk

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

SCREENS = [(1280, 800), (1366, 768)]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("screen", SCREENS, ids=[f"{w}x{h}" for w, h in SCREENS])
def test_every_pane_fits_the_screen(
    qtbot: QtBot, tmp_path: Path, lang: str, screen: tuple[int, int]
) -> None:
    problems: list[str] = []
    names: list[str] = []
    checked = 0
    with demo_window(qtbot, tmp_path / "demo", lang, screen) as window:
        for shown in walk(window):
            names.append(shown.name)
            checked += checked_count(shown.widget)
            problems += [f"{shown.name}: {problem}" for problem in clipped(shown.widget)]
            frame = shown.widget.frameGeometry()
            if frame.width() > screen[0] or frame.height() > screen[1]:
                problems.append(f"{shown.name}: window {frame.width()}x{frame.height()}")
    assert problems == [], "\n".join(problems)
    assert len(names) == 2 * len(TABS) + 1
    assert checked > 200  # the walk saw the panes filled with the demo data


def test_opening_the_notes_makes_the_panes_give_way_not_the_window_grow(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """A window filling a 1280x800 screen: Ctrl+Shift+N on the Cases tab used to widen it to
    1368 px, the form scrolled sideways and the dock's filters read "Alle groe"."""
    with demo_window(qtbot, tmp_path / "demo", "nl", (1280, 800)) as window:
        window.show_tab(TABS.index("cases"))
        width = window.frameGeometry().width()
        assert width == 1280
        toggle_notes(window)
        dock = window.privacy.dock
        assert dock.isVisible() and not dock.isFloating()
        assert window.frameGeometry().width() == width
        assert dock.width() >= 300 and window.cases.width() >= 600
        assert clipped(window) == []
        toggle_notes(window)
        assert not dock.isVisible()


def test_on_a_screen_too_narrow_for_panes_and_notes_the_notes_get_a_window_of_their_own(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """The test platform's screen is 800 px wide: less than the panes' least width beside the
    dock's. The window keeps its width; the notes float within the screen."""
    with demo_window(qtbot, tmp_path / "demo", "nl", (1000, 720)) as window:
        area = window.screen().availableGeometry()
        assert area.width() == 800  # the offscreen platform's screen
        window.show_tab(TABS.index("cases"))
        width = window.frameGeometry().width()
        toggle_notes(window)
        qtbot.waitUntil(lambda: window.privacy.dock.isFloating(), timeout=2000)
        dock = window.privacy.dock
        assert dock.isVisible()
        qtbot.waitUntil(lambda: window.frameGeometry().width() == width, timeout=2000)
        assert area.contains(dock.frameGeometry())
        assert clipped(dock) == []
