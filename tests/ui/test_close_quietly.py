"""Closing a main window with data paints nothing during its teardown: Qt says nothing about
painters (a painter begun on a widget being destroyed, or outside a paint event, is reported
once per widget and paint, thousands of lines on stderr)."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRunnable,
    QThreadPool,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.export.dialog import ExportKind, ExportRequest
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
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


def test_a_window_closed_while_an_export_is_written_waits_for_it(
    qtbot: QtBot, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """Closed mid-export (the window manager's close button): the file is finished first, and
    no worker goes on painting for a window, signals and an application that are gone."""
    folder = tmp_path / "demo"
    write_demo(folder, DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(folder / DATABASE_NAME), methods_dir())
    target = tmp_path / "certificaten.pdf"
    said: list[str] = []
    previous = qInstallMessageHandler(lambda _k, _w, text: said.append(text))
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    busy = threading.Event()
    hold = Hold(busy)
    hold.setAutoDelete(False)
    try:
        window = MainWindow(AppContext(services=services, data_dir=folder, lang="en"))
        window.show()
        qtbot.waitExposed(window)
        pool.start(hold)  # the export waits in the queue: the close comes before its first page
        year = services.meetings.for_group(1)[0].date.year
        request = ExportRequest(ExportKind.CERTIFICATES, 1, year, None, target)
        assert window.menus.export_menu.start(request) is not None
        threading.Timer(0.3, busy.set).start()
        window.close()
        assert target.exists() and target.read_bytes().startswith(b"%PDF")
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        qtbot.wait(100)
    finally:
        busy.set()
        pool.waitForDone(10_000)
        pool.setMaxThreadCount(threads)
        qInstallMessageHandler(previous)
        services.close()
    assert [t for t in said if "QPainter" in t] == []
    assert "Traceback" not in capfd.readouterr().err


class Hold(QRunnable):
    def __init__(self, release: threading.Event) -> None:
        super().__init__()
        self.release = release

    def run(self) -> None:
        self.release.wait(20)
