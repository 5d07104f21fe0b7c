"""The application shell as a user meets it: window, menus, status bar, About, errors, language."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop import __version__
from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.errors import ErrorDialog, install_excepthook
from intervisie_desktop.ui.startup import launch
from intervisie_desktop.ui.translation import error_text, install_translators
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services


@pytest.fixture
def window(qtbot: QtBot, services: Services, data_dir: Path) -> MainWindow:
    services.groups.create(name="Balintgroep Zwolle")
    win = MainWindow(AppContext(services=services, data_dir=data_dir))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def visible_groups(win: MainWindow) -> list[str]:
    return [win.groups.item(i).text() for i in range(win.groups.count())]


def test_window_shows_title_groups_and_the_open_database(window: MainWindow) -> None:
    assert window.windowTitle() == "Intervisie"
    assert visible_groups(window) == ["Balintgroep Zwolle"]
    assert str(window.context.database_path) in window.database_label.text()
    assert window.database_label.isVisibleTo(window.statusBar())
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == [
        "&File",
        "&Edit",
        "&View",
        "&Group",
        "&Meeting",
        "&Session",
        "&Notes",
        "&Help",
    ]


def test_new_group_appears_through_the_change_signal(window: MainWindow, qtbot: QtBot) -> None:
    services = window.context.services
    window.context.ops.perform(None, lambda: services.groups.create(name="Alpha"))
    qtbot.waitUntil(lambda: visible_groups(window) == ["Alpha", "Balintgroep Zwolle"], timeout=2000)


def test_about_names_version_and_data_folder(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _p, _t, text: shown.append(text))
    window.menus.about_action.trigger()
    assert __version__ in shown[0] and str(window.context.data_dir) in shown[0]


def test_dutch_translation_covers_menus_and_core_messages(
    qtbot: QtBot, services: Services, data_dir: Path
) -> None:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl")
    try:
        win = MainWindow(AppContext(services=services, data_dir=data_dir, lang="nl"))
        qtbot.addWidget(win)
        assert [a.text() for a in win.menuBar().actions()] == [
            "&Bestand",
            "Be&werken",
            "Beel&d",
            "&Groep",
            "Bijeen&komst",
            "&Sessie",
            "&Notities",
            "&Help",
        ]
        with pytest.raises(ValidationError) as err:
            services.groups.create(name=" ")
        assert error_text(err.value) == "Groepsnaam mag niet leeg zijn."
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
    assert error_text(err.value) == "Group name may not be empty."


def test_uncaught_exception_is_logged_and_shown_copyably(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = tmp_path / "log.txt"
    shown: list[ErrorDialog] = []
    monkeypatch.setattr(ErrorDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(log)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert "boom in a slot" in dialog.details.toPlainText()
    dialog.copy_details()
    assert "RuntimeError" in QApplication.clipboard().text()


def test_demo_mode_uses_a_throw_away_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, qtbot: QtBot
) -> None:
    from intervisie_desktop.ui.startup import app as app_module
    from intervisie_desktop.ui.startup import probe

    real = tmp_path / "real"
    monkeypatch.setenv("INTERVISIE_DATA_DIR", str(real))
    monkeypatch.setenv(probe.PROBE_ENV, "1")  # the program quits once its window is usable
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    seen: dict[str, object] = {}
    build = app_module.build_main_window

    def recording_build(services: Services, folder: Path, language: str, demo: bool) -> object:
        window = build(services, folder, language, demo)
        qtbot.addWidget(window)
        seen.update(folder=folder, title=window.windowTitle(), groups=visible_groups(window))
        return window

    monkeypatch.setattr(app_module, "build_main_window", recording_build)
    args = argparse.Namespace(demo=True, data_dir=None, lang="en")
    assert launch.launch_gui(args) == 0
    assert seen["title"] == "Intervisie \u2014 demo"
    assert seen["groups"] == ["AIOS Huisartsgeneeskunde \u2013 groep 3", "Balintgroep Amersfoort"]
    assert not Path(str(seen["folder"])).exists()  # removed after the program ends
    assert not real.exists()


def test_refused_database_gets_a_message_not_a_crash(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, app_exits: list[int]
) -> None:
    from intervisie_desktop.ui.security.recovery_dialogs import Recovery, RecoveryDialog
    from intervisie_desktop.ui.startup import app as app_module

    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "intervisie.sqlite3").write_bytes(b"not a database at all" * 100)
    messages: list[str] = []

    def ask(health: object, latest: object, parent: object = None) -> tuple[Recovery, bool]:
        messages.append(error_text(health.error()))  # type: ignore[attr-defined]
        return Recovery.QUIT, False

    monkeypatch.setattr(RecoveryDialog, "ask", ask)
    QTimer.singleShot(0, lambda: None)
    assert app_module.run_app(folder, lang="en") == 1
    assert "is not an Intervisie database" in messages[0]
    assert (folder / "intervisie.sqlite3").read_bytes() == b"not a database at all" * 100
