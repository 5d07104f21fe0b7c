"""Exporting from the window: asked before a file is replaced, no summary of a year without
meetings, no impossible points per hour."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.models import MeetingStatus
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.export.dialog import ExportDialog, ExportKind, ExportRequest
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot


def _demo(tmp_path: Path) -> Services:
    write_demo(tmp_path / "demo", DATABASE_NAME, "small", methods_dir=methods_dir())
    return Services(open_database(tmp_path / "demo" / DATABASE_NAME), methods_dir())


def _answer(button_text: str, seen: list[str]) -> None:
    """Press the button of the question box once it shows (the user's answer)."""

    tries = [250]  # 5 s, then the test fails on what it saw (nothing)

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(0, press)


def test_the_dialog_asks_before_replacing_a_file(qtbot: QtBot, tmp_path: Path) -> None:
    services = _demo(tmp_path)
    existing = tmp_path / "lijst.csv"
    existing.write_text("oud")
    dialog = ExportDialog(services, ExportKind.CSV)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(existing))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    seen: list[str] = []
    _answer("Keep the file", seen)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert seen == [f"{existing} already exists. Replace it?"]
    assert dialog.isVisible() and dialog.path.text() == str(existing)
    assert existing.read_text() == "oud"
    _answer("Replace", seen)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Accepted
    new = tmp_path / "nieuw.csv"  # a new file: no question
    dialog.show()
    dialog.path.setText(str(new))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(seen) == 2 and not dialog.isVisible()
    services.close()


def test_no_summary_of_a_year_without_meetings(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _demo(tmp_path)
    window = MainWindow(AppContext(services=services, data_dir=tmp_path / "demo", lang="en"))
    qtbot.addWidget(window)
    held = [m for m in services.meetings.for_group(1) if m.status == MeetingStatus.HELD]
    empty_year = min(m.date.year for m in held) - 1
    target = tmp_path / "leeg.pdf"
    request = ExportRequest(ExportKind.SUMMARY, 1, empty_year, None, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert window.menus.export_menu.start(request) is None
    assert len(shown) == 1 and f"held in {empty_year}" in shown[0]
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    services.close()


def test_points_per_hour_take_no_impossible_number(qtbot: QtBot, tmp_path: Path) -> None:
    services = _demo(tmp_path)
    dialog = ExportDialog(services, ExportKind.CERTIFICATES)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.points.selectAll()
    for text in ("nan", "inf", "1e308", "99"):
        dialog.points.lineEdit().selectAll()
        qtbot.keyClicks(dialog.points, text)
        dialog.points.interpretText()
        assert 0 < dialog.request().points_per_hour <= 10, text
    services.close()
