"""Every dialog and window of the catalogue beyond the main window's panes (those are walked in
test_layout_fit.py, with the notes opened by the key): each text shows whole, no form scrolls
sideways, and none is larger than the 1280x800 or 1366x768 screen, in Dutch and English."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.catalogue import SCREENS, open_each
from tests.ui.fit import checked_count, clipped

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

#: Walked by test_layout_fit.py already, at the same sizes.
WALKED = frozenset(
    {name for name in SCREENS if name.startswith("main/")} - {"main/welcome", "main/startup-frame"}
    | {"methods/library"}
)

CASES = [("nl", (1280, 800)), ("en", (1366, 768))]


@pytest.mark.slow  # some 20 screens, each on a fresh demo: about 17 s a language
@pytest.mark.parametrize(("lang", "screen"), CASES, ids=[f"{c[0]}-{c[1][0]}" for c in CASES])
def test_every_dialog_shows_its_texts_whole_within_the_screen(
    qtbot: QtBot, tmp_path: Path, lang: str, screen: tuple[int, int]
) -> None:
    problems: list[str] = []
    names: list[str] = []
    checked = 0
    for shown in open_each(
        qtbot, tmp_path, lang=lang, size=screen, only=lambda name: name not in WALKED
    ):
        names.append(shown.name)
        checked += checked_count(shown.widget)
        problems += [f"{shown.name}: {problem}" for problem in clipped(shown.widget)]
        frame = shown.widget.frameGeometry()
        # A full-screen window (the projector's) fills its own screen, the test platform's.
        bound = shown.widget.screen().geometry().size() if shown.widget.isFullScreen() else None
        width, height = (bound.width(), bound.height()) if bound is not None else screen
        if frame.width() > width or frame.height() > height:
            problems.append(f"{shown.name}: window {frame.width()}x{frame.height()}")
    assert problems == [], "\n".join(problems)
    assert len(names) == len(SCREENS) - len(WALKED)
    assert checked > 100
