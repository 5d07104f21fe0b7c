"""Search everywhere (Ctrl+K) finds a member by a registration number as people type it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


def test_ctrl_k_finds_a_member_by_number_typed_without_zeros_and_with_spaces(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    anna = services.members.create(full_name="Anna de Vries").value
    services.members.create(full_name="Bram Jansen")
    assert anna.id
    services.registrations.add(anna.id, "BIG", "09012345601")
    window = MainWindow(AppContext(services=services, data_dir=data_dir))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.privacy.search_action.trigger()
    dialog = window.privacy.search
    for typed in ("9012345601", "0901 2345 601"):
        window.privacy.search_action.trigger()
        dialog.panel.field.clear()
        qtbot.keyClicks(dialog.panel.field, typed)
        qtbot.waitUntil(lambda: dialog.panel.results.count() == 1, timeout=2000)
        (label,) = dialog.panel.label_texts()
        assert "Anna de Vries" in label and "BIG 09012345601" in label
    with qtbot.waitSignal(window.privacy.open_requested, timeout=2000) as blocker:
        qtbot.keyClick(dialog.panel.field, Qt.Key.Key_Return)
    assert blocker.args == ["member", anna.id]
