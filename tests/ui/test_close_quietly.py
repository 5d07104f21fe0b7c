"""Closing a main window with data paints nothing during its teardown: Qt says nothing about
painters (a painter begun on a widget being destroyed, or outside a paint event, is reported
once per widget and paint, thousands of lines on stderr)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import QMessageLogContext
    from pytestqt.qtbot import QtBot


def test_a_window_with_data_closes_without_painter_warnings(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(folder / DATABASE_NAME), methods_dir())
    said: list[str] = []

    def keep(kind: QtMsgType, _where: QMessageLogContext, text: str) -> None:
        said.append(text)

    previous = qInstallMessageHandler(keep)
    try:
        window = MainWindow(AppContext(services=services, data_dir=folder, lang="en"))
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        for index in range(window.tabs.count()):  # every pane built and painted with its data
            window.show_tab(index)
            qtbot.wait(20)
        window.privacy.show_notes()
        qtbot.waitUntil(lambda: window.privacy.dock.widget() is not None, timeout=2000)
        window.privacy.pane.new_note()
        qtbot.wait(50)
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
        qtbot.wait(50)
    finally:
        qInstallMessageHandler(previous)
        services.close()
    painter = [text for text in said if "QPainter" in text or "paintEngine" in text]
    assert painter == [], f"{len(painter)} painter warnings, first: {painter[:3]}"
