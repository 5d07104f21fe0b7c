"""Export from the window: the dialog's choices, rendering in the thread pool, cancel."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.export import jobs
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.export.dialog import ExportDialog, ExportKind, ExportRequest
from intervisie_desktop.ui.export.runner import ExportRunner
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot


def _demo(tmp_path: Path) -> Services:
    write_demo(tmp_path / "demo", DATABASE_NAME, "small", methods_dir=methods_dir())
    return Services(open_database(tmp_path / "demo" / DATABASE_NAME), methods_dir())


def test_menu_exports_a_summary_in_the_background(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    services = _demo(tmp_path)
    window = MainWindow(AppContext(services=services, data_dir=tmp_path / "demo", lang="en"))
    qtbot.addWidget(window)
    window.show()
    target = tmp_path / "summary.pdf"
    actions = window.menus.export_menu.actions
    assert actions[ExportKind.SUMMARY].shortcut().toString() == "Ctrl+E"
    actions[ExportKind.SUMMARY].trigger()
    dialog = window.menus.export_menu.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.year.setValue(services.meetings.for_group(1)[0].date.year)
    dialog.path.setText(str(target))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    menu = window.menus.export_menu
    qtbot.waitUntil(lambda: menu.done_box is not None and menu.done_box.isVisible(), timeout=20_000)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")
    assert menu.done_box is not None and str(target) in menu.done_box.text()
    menu.done_box.close()
    services.close()


def test_dialog_offers_the_groups_and_meetings(qtbot: QtBot, tmp_path: Path) -> None:
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


def test_cancel_leaves_no_file(qtbot: QtBot, tmp_path: Path) -> None:
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


def test_dialog_refuses_the_database_and_keeps_what_was_typed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt

    services = _demo(tmp_path)
    database = tmp_path / "demo" / DATABASE_NAME
    before = database.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    dialog = ExportDialog(services, ExportKind.CSV)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.path.setText(str(database))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert warnings and "data folder" in warnings[0]
    assert dialog.isVisible() and dialog.path.text() == str(database)
    dialog.path.setText("/dev/null")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert len(warnings) == 2 and "not an ordinary file" in warnings[1]
    assert dialog.isVisible()
    dialog.path.setText(str(tmp_path / "lijst.csv"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    services.close()
    assert database.read_bytes() == before


def test_menu_refuses_a_request_for_the_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _demo(tmp_path)
    data = tmp_path / "demo"
    window = MainWindow(AppContext(services=services, data_dir=data, lang="en"))
    qtbot.addWidget(window)
    request = ExportRequest(ExportKind.CSV, 1, 2025, None, data / "export.csv")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert window.menus.export_menu.start(request) is None
    assert warnings and "data folder" in warnings[0]
    assert not (data / "export.csv").exists()
    services.close()


def test_certificates_for_a_year_nobody_attended_are_not_written(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _demo(tmp_path)
    window = MainWindow(AppContext(services=services, data_dir=tmp_path / "demo", lang="en"))
    qtbot.addWidget(window)
    target = tmp_path / "certificates.pdf"
    years = {m.date.year for m in services.meetings.for_group(1)}
    empty_year = min(years) - 1  # before the group's first meeting
    request = ExportRequest(ExportKind.CERTIFICATES, 1, empty_year, None, target)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    assert window.menus.export_menu.start(request) is None
    assert shown == ["Nobody attended a meeting in this year."]
    assert not target.exists() and not list(tmp_path.glob(".*.part"))
    services.close()


def test_record_year_plan_and_reflection_from_the_menu(qtbot: QtBot, tmp_path: Path) -> None:
    """The three new exports as a user reaches them: the record dialog offers held meetings
    only, and each writes its PDF in the background."""
    from PySide6.QtCore import Qt

    from intervisie_desktop.core.models import MeetingStatus

    services = _demo(tmp_path)
    window = MainWindow(AppContext(services=services, data_dir=tmp_path / "demo", lang="en"))
    qtbot.addWidget(window)
    window.show()
    menu = window.menus.export_menu
    held = [m for m in services.meetings.for_group(1) if m.status == MeetingStatus.HELD]
    for kind, name in (
        (ExportKind.RECORD, "record.pdf"),
        (ExportKind.YEAR_PLAN, "plan.pdf"),
        (ExportKind.REFLECTION, "reflection.pdf"),
    ):
        menu.actions[kind].trigger()
        dialog = menu.dialog
        assert dialog is not None and dialog.isVisible()
        if kind == ExportKind.RECORD:
            assert dialog.meeting.count() == len(held)
            assert dialog.path.text().endswith(" record.pdf")
        else:
            dialog.year.setValue(held[0].date.year)
        dialog.path.setText(str(tmp_path / name))
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(
            lambda: menu.done_box is not None and menu.done_box.isVisible(), timeout=20_000
        )
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")
        assert menu.done_box is not None
        menu.done_box.close()
        menu.done_box = None
    services.close()


def test_suggested_file_names_are_dutch_in_a_dutch_run(qtbot: QtBot, tmp_path: Path) -> None:
    """The words in a suggested file name follow the interface (were English in a Dutch run)."""
    from PySide6.QtCore import QCoreApplication

    from intervisie_desktop.ui.translation import install_translators

    services = _demo(tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        names = {}
        for kind in (ExportKind.CERTIFICATES, ExportKind.RECORD, ExportKind.YEAR_PLAN):
            dialog = ExportDialog(services, kind)
            qtbot.addWidget(dialog)
            names[kind] = dialog.path.text()
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert names[ExportKind.CERTIFICATES].endswith(" certificaten.pdf")
    assert names[ExportKind.RECORD].endswith(" verslag.pdf")
    assert names[ExportKind.YEAR_PLAN].endswith(" jaarplan.pdf")
    assert not any(
        "certificates" in n or "plan.pdf" in n.replace("jaarplan", "") for n in names.values()
    )
    services.close()
