"""The main window with the system font at 200 % (on a 2560x1600 screen at scale 1): every
pane, with and without the notes, in Dutch and English, shows its texts whole.

A font set before the first window is what a desktop's font-size setting does; the fixture
screen is fixed per process, so test_scale_two.py runs this file in its own pytest; it is not
collected on its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.ui.fit import clipped, frame_fits
from tests.ui.panes_walk import demo_window, walk

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.fixture
def twice_the_font(qapp: QApplication) -> Iterator[QFont]:
    before = QApplication.font()
    font = QFont(before)
    font.setPointSizeF(before.pointSizeF() * 2)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(before)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_pane_fits_at_twice_the_font(
    qtbot: QtBot, tmp_path: Path, twice_the_font: QFont, lang: str
) -> None:
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert (area.width(), area.height()) == (2560, 1600)
    problems: list[str] = []
    size = (area.width(), area.height())
    with demo_window(qtbot, tmp_path / "demo", lang, size) as window:
        assert window.font().pointSizeF() == twice_the_font.pointSizeF()
        for shown in walk(window):
            wide = frame_fits(shown.widget)
            found = [*clipped(shown.widget), *([wide] if wide else [])]
            problems += [f"{shown.name}: {p}" for p in found]
    assert problems == [], "\n".join(problems)
