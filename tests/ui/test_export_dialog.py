"""Export from the window: the dialog's choices, rendering in the thread pool, cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.export import jobs
from intervisie_desktop.paths import DATABASE_NAME
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.export.dialog import ExportDialog, ExportKind, ExportRequest
from intervisie_desktop.ui.export.runner import ExportRunner
from intervisie_desktop.ui.main_window import MainWindow


def _demo(tmp_path: Path) -> Services:
    write_demo(tmp_path / "demo", DATABASE_NAME, "small")
    return Services(open_database(tmp_path / "demo" / DATABASE_NAME))


def test_menu_exports_a_summary_in_the_background(qtbot, tmp_path, monkeypatch) -> None:
    services = _demo(tmp_path)
    window = MainWindow(AppContext(services=services, data_dir=tmp_path, lang="en"))
    qtbot.addWidget(window)
    target = tmp_path / "summary.pdf"
    year = services.meetings.for_group(1)[0].date.year
    request = ExportRequest(ExportKind.SUMMARY, 1, year, None, target)
    monkeypatch.setattr(ExportDialog, "get_request", classmethod(lambda *a: (request, True)))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    actions = window.export_menu.actions
    assert actions[ExportKind.SUMMARY].shortcut().toString() == "Ctrl+E"
    actions[ExportKind.SUMMARY].trigger()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert str(target) in shown[0]
    services.close()


def test_dialog_offers_the_groups_and_meetings(qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    dialog = ExportDialog(services, ExportKind.ATTENDANCE_LIST)
    qtbot.addWidget(dialog)
    assert dialog.group.count() == 2
    assert dialog.meeting.count() == len(services.meetings.for_group(dialog.group.currentData()))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled()
    dialog.path.clear()
    assert not ok.isEnabled()
    dialog.path.setText(str(tmp_path / "list.pdf"))
    request = dialog.request()
    assert request.meeting_id == dialog.meeting.currentData()
    assert request.path == tmp_path / "list.pdf"
    services.close()


def test_cancel_leaves_no_file(qtbot, tmp_path) -> None:
    services = _demo(tmp_path)
    target = tmp_path / "certificates.pdf"
    job = jobs.prepare_certificates(
        services, 1, services.meetings.for_group(1)[0].date.year, target, "nl"
    )
    runner = ExportRunner(None, job, "…")
    runner.task.cancel()  # the user pressed Cancel before the first page
    with qtbot.waitSignal(runner.cancelled, timeout=20_000):
        runner.start(QThreadPool())
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    services.close()
