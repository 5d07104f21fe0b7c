"""Where an export goes and what the user is told: the Save-as field and its key, the Documents
folder or the last one used (kept in the database), Open and Show in folder once written, and a
folder that is gone by the time the file is written: said with its path in the user's language,
and the dialog back with every choice as it was."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRunnable, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo import write_demo
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.export.dialog import LAST_FOLDER_KEY, ExportDialog, ExportKind
from intervisie_desktop.ui.translation import install_translators
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Iterator

    from pytestqt.qtbot import QtBot


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Services]:
    write_demo(tmp_path / "demo", DATABASE_NAME, "small", methods_dir=methods_dir())
    services = Services(open_database(tmp_path / "demo" / DATABASE_NAME), methods_dir())
    yield services
    services.close()


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's Documents folder, as the desktop names it (XDG user dirs)."""
    folder = tmp_path / "Mijn documenten"
    folder.mkdir()
    config = tmp_path / "config"
    config.mkdir()
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return folder


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the program asked the desktop to open (no file manager or viewer starts)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def stored_setting(services: Services, key: str) -> str | None:
    """A setting as the database file holds it, read on a connection of its own."""
    import json

    import sqlcipher3

    con = sqlcipher3.connect(str(services.db.path))
    try:
        row = con.execute("SELECT value_json FROM setting WHERE key = ?", (key,)).fetchone()
    finally:
        con.close()
    return json.loads(row[0]) if row else None


def window_on(qtbot: QtBot, services: Services, tmp_path: Path, lang: str = "en") -> MainWindow:
    window = MainWindow(AppContext(services=services, data_dir=tmp_path / "demo", lang=lang))
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def click_export(qtbot: QtBot, dialog: ExportDialog) -> None:
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_the_save_as_label_has_its_key_and_shows_no_ampersand(
    qtbot: QtBot, demo: Services, lang: str
) -> None:
    dialog = ExportDialog(demo, ExportKind.CSV)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    (save_as,) = [w for w in dialog.findChildren(QLabel) if w.buddy() is dialog.path]
    expected = {"en": "&Save as:", "nl": "Op&slaan als:"}[lang]
    assert save_as.text() == expected  # shown with the key underlined, not as "&"
    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.path.hasFocus()


def test_an_export_is_suggested_in_documents_then_where_the_last_one_went(
    qtbot: QtBot, demo: Services, tmp_path: Path, documents: Path, opened: list[QUrl]
) -> None:
    window = window_on(qtbot, demo, tmp_path)
    menu = window.menus.export_menu
    dialog = menu.export(ExportKind.CSV)
    assert Path(dialog.path.text()).parent == documents
    elsewhere = tmp_path / "Intervisie 2026"
    elsewhere.mkdir()
    dialog.year.setValue(demo.meetings.for_group(1)[0].date.year)
    dialog.path.setText(str(elsewhere / "aanwezigheid.csv"))
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: menu.done_box is not None and menu.done_box.isVisible(), timeout=20_000)
    assert (elsewhere / "aanwezigheid.csv").exists()
    assert stored_setting(demo, LAST_FOLDER_KEY) == str(elsewhere)
    assert menu.done_box is not None
    menu.done_box.close()
    again = menu.export(ExportKind.SUMMARY)
    assert Path(again.path.text()).parent == elsewhere
    again.reject()
    shutil.rmtree(elsewhere)  # a remembered folder that is gone: Documents again
    third = menu.export(ExportKind.SUMMARY)
    assert Path(third.path.text()).parent == documents
    third.reject()


def test_once_written_open_and_show_in_folder_hand_the_file_to_the_desktop(
    qtbot: QtBot, demo: Services, tmp_path: Path, opened: list[QUrl], lang: str
) -> None:
    window = window_on(qtbot, demo, tmp_path, lang)
    menu = window.menus.export_menu
    dialog = menu.export(ExportKind.CSV)
    target = tmp_path / "lijst.csv"
    dialog.year.setValue(demo.meetings.for_group(1)[0].date.year)
    dialog.path.setText(str(target))
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: menu.done_box is not None and menu.done_box.isVisible(), timeout=20_000)
    box = menu.done_box
    assert box is not None
    names = {b.objectName(): b.text() for b in box.buttons()}
    assert names["openExport"] == {"en": "&Open", "nl": "&Openen"}[lang]
    assert names["showExportFolder"] == {"en": "Show in &folder", "nl": "Tonen in &map"}[lang]
    assert str(target) in box.text()
    said = window.statusBar().currentMessage()
    assert said == {"en": "Exported to {}", "nl": "Geëxporteerd naar {}"}[lang].format(target)
    opening = next(b for b in box.buttons() if b.objectName() == "openExport")
    qtbot.mouseClick(opening, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(target))]
    menu.done_box = None
    # Show in folder: the folder the file is in.
    dialog = menu.export(ExportKind.CSV)
    dialog.path.setText(str(target))
    dialog.year.setValue(demo.meetings.for_group(1)[0].date.year)
    click_export(qtbot, dialog)
    qtbot.waitUntil(lambda: menu.done_box is not None and menu.done_box.isVisible(), timeout=20_000)
    box = menu.done_box
    assert box is not None
    button = next(b for b in box.buttons() if b.objectName() == "showExportFolder")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert opened[-1] == QUrl.fromLocalFile(str(tmp_path))


class Hold(QRunnable):
    """Keeps the only worker thread busy until released: the export waits in the queue."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(20)


def test_a_folder_gone_before_the_file_is_written_is_named_and_the_dialog_comes_back(
    qtbot: QtBot,
    demo: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    window = window_on(qtbot, demo, tmp_path, lang)
    menu = window.menus.export_menu
    stick = tmp_path / "USB-stick"
    stick.mkdir()
    target = stick / "jaaroverzicht.pdf"
    dialog = menu.export(ExportKind.SUMMARY)
    year = demo.meetings.for_group(1)[0].date.year
    dialog.group.setCurrentIndex(1)
    dialog.year.setValue(year)
    dialog.topics.setChecked(False)
    dialog.points.setValue(2.5)
    dialog.path.setText(str(target))
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    pool.setMaxThreadCount(1)
    hold = Hold()
    hold.setAutoDelete(False)
    pool.start(hold)
    try:
        click_export(qtbot, dialog)  # checked: the folder is there
        assert not dialog.isVisible() and menu.runner is not None
        shutil.rmtree(stick)  # the stick is pulled before the file is written
    finally:
        hold.release.set()
    qtbot.waitUntil(lambda: bool(warnings), timeout=20_000)
    pool.waitForDone(5000)
    pool.setMaxThreadCount(threads)
    expected = {
        "en": f"The folder {stick} does not exist (any more); choose another folder.",
        "nl": f"De map {stick} bestaat niet (meer); kies een andere map.",
    }[lang]
    assert warnings == [expected]
    qtbot.waitUntil(dialog.isVisible, timeout=2000)  # back, as it was left
    assert menu.dialog is dialog
    assert dialog.group.currentIndex() == 1 and dialog.year.value() == year
    assert not dialog.topics.isChecked() and dialog.points.value() == 2.5
    assert dialog.path.text() == str(target)
    assert not target.exists()
    dialog.reject()
