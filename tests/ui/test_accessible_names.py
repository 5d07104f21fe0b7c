"""Every interactive control on every window and dialog has a name a screen reader can say.

The tree is walked as an assistive technology walks it (QAccessible, child by child); a
placeholder text or a caption in another layout cell does not name a field there, so a field
without a name is found however it looks on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.accessibility import controls
from tests.ui.catalogue import open_each

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_every_interactive_control_has_a_name(qtbot: QtBot, tmp_path: Path, lang: str) -> None:
    unnamed: list[str] = []
    windows = checked = 0
    for shown in open_each(qtbot, tmp_path, lang=lang):
        windows += 1
        for control in controls(shown.widget):
            if control.hidden:
                continue
            checked += 1
            if not control.name:
                unnamed.append(f"{shown.name}: {control.describe()}")
    print(f"{lang}: {windows} windows, {checked} controls, {len(unnamed)} unnamed")
    assert windows >= 29
    assert checked >= 400
    assert unnamed == []
