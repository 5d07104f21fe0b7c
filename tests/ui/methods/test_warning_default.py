"""The program-wide warning point under the method list: typed, stored as a setting, refused when
out of range, and shown for every phase that has no warning point of its own."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.core.session.warning import WARNING_SETTING
from tests.ui.methods.conftest import choose, copy_of

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.methods import MethodLibraryPane


def retype(qtbot: QtBot, edit: object, text: str) -> None:
    edit.setFocus()  # type: ignore[attr-defined]
    edit.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_the_default_warning_is_stored_and_shown_for_phases_without_their_own(
    qtbot: QtBot, pane: MethodLibraryPane, services: Services
) -> None:
    box = pane.warning_default
    assert box.edit.text() == "1"
    choose(qtbot, pane, "Gossip method")
    assert "1 min before the end (program default)" in pane.overview.toPlainText()
    retype(qtbot, box.edit, "2.5")
    assert services.settings.get(WARNING_SETTING) == 2.5
    assert "2.5 min before the end (program default)" in pane.overview.toPlainText()
    assert "0.25 min before the end" in pane.overview.toPlainText()  # a phase's own point stays

    retype(qtbot, box.edit, "90")
    assert box.field.error.text() == "The default warning must be a number of minutes from 0 to 60."
    assert services.settings.get(WARNING_SETTING) == 2.5  # nothing stored

    key = copy_of(qtbot, pane, "Gossip method")
    pane.tabs.setCurrentWidget(pane.phases_editor)
    editor = pane.phases_editor
    assert services.methods.get(key).phases[0].warning_minutes is None  # copied as it was
    assert (editor.warning.text(), editor.warning.placeholderText()) == ("", "2.5")
