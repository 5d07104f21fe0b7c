"""A file the program closed sound is checked behind the first screen (core.checked): a clean
close records it, the next start shows the window without reading every page first, and damage
found behind the window is offered for recovery over it, as it is before it otherwise."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from intervisie_desktop.core.checked import record_path, remember_sound, unchanged_since_sound
from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.services import Services
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.security.recovery_dialogs import RecoveryDialog
from intervisie_desktop.ui.startup import app as app_module
from intervisie_desktop.ui.startup.frame import StartupFrame
from tests.core.test_checked import damage_in_place, fill
from tests.ui.starting import answer_each_dialog, main_windows

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.window.main_window import MainWindow

PAGE = 4096


def run_until(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, data_dir: Path, done: Callable[[], bool]
) -> list[int]:
    """run_app's event loop ends once `done()`, its windows closed by the user as the program
    closes; the exit codes the program asked for."""
    exits: list[int] = []

    def exec_until_done(_self: object) -> int:
        qtbot.waitUntil(lambda: done() or bool(exits), timeout=20000)
        close_all(data_dir)
        return exits[0] if exits else 0

    monkeypatch.setattr(app_module.QApplication, "exec", exec_until_done)
    monkeypatch.setattr(
        app_module.QApplication, "exit", staticmethod(lambda code=0: exits.append(code))
    )
    return exits


def close_all(data_dir: Path) -> None:
    for window in main_windows(data_dir):
        window.close()
        window.deleteLater()


def group_names(window: MainWindow) -> list[str]:
    return sorted(g.name for g in window.context.services.groups.list())


@pytest.fixture
def database(services: Services, data_dir: Path) -> Path:
    fill(services)
    services.backups.after_session()
    services.close()
    return data_dir / DATABASE_NAME


def test_a_clean_close_records_the_file_and_the_next_start_checks_behind_the_window(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    database: Path,
    data_dir: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    assert not record_path(database).exists()
    screens: list[str] = []

    def first_screen_seen() -> None:
        for widget in QApplication.topLevelWidgets():
            shown = isinstance(widget, StartupFrame) and widget.groups is not None
            if shown and "first screen" not in screens:
                screens.append("first screen")

    def window_up() -> bool:
        first_screen_seen()
        return bool(main_windows(data_dir))

    exits = run_until(qtbot, monkeypatch, data_dir, window_up)
    assert app_module.run_app(data_dir, lang="en") == 0 and exits == []
    assert unchanged_since_sound(database)  # checked before the window, sound: recorded
    assert screens == []  # checked first: no group list before the check

    caplog.set_level(logging.INFO, logger="intervisie_desktop.ui.startup.behind")
    seen: list[str] = []

    def sound_behind() -> bool:
        first_screen_seen()
        windows = main_windows(data_dir)
        if windows and not seen:
            seen.append("window")  # the window came before the check's outcome ...
        found = "found the file sound" in caplog.text
        if found and "check" not in seen:
            seen.append("check")
        return found

    exits = run_until(qtbot, monkeypatch, data_dir, sound_behind)
    assert app_module.run_app(data_dir, lang="nl") == 0 and exits == []
    assert seen == ["window", "check"]  # ... and the check still ran to the end
    assert screens == ["first screen"]  # the group list came first, read without the ORM
    assert unchanged_since_sound(database)  # and is recorded again for the next start


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_damage_found_behind_the_window_is_offered_for_recovery_over_it(
    lang: str, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, database: Path, data_dir: Path
) -> None:
    again = Services(open_database(database), methods_dir())
    again.groups.create(name="Na de reservekopie")  # only in the file, not in the backup
    again.close()
    remember_sound(database)  # the program closed it sound ...
    damage_in_place(database, database.stat().st_size // PAGE - 2)  # ... then the disk failed
    first: list[QWidget] = []
    told: list[str] = []

    def restore(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog), type(dialog).__name__
        (window,) = main_windows(data_dir)  # the window is up: the dialog comes over it
        first.append(window)
        assert dialog.parentWidget() is window
        assert group_names(window) == ["Balintgroep Zwolle", "Na de reservekopie"]
        told.append(dialog.findChild(QWidget, "problem").text())
        assert dialog.restore_button.isDefault()
        dialog.restore_button.click()
        return False

    met = answer_each_dialog(restore)

    names: list[str] = []

    def replaced() -> bool:
        windows = main_windows(data_dir)
        if bool(met) and len(windows) == 1 and windows[0] is not first[0]:
            names.extend(group_names(windows[0]))
            return True
        return False

    exits = run_until(qtbot, monkeypatch, data_dir, replaced)
    assert app_module.run_app(data_dir, lang=lang) == 0 and exits == []
    assert len(met) == 1
    assert names == ["Balintgroep Zwolle"]  # the newest good backup, in a new window
    assert ("damaged" if lang == "en" else "beschadigd") in told[0]
    assert len(list(data_dir.glob("intervisie-damaged-*.sqlite3"))) == 1  # kept aside
    assert not unchanged_since_sound(database)


def test_declining_recovery_behind_the_window_ends_the_program_untouched(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, database: Path, data_dir: Path
) -> None:
    remember_sound(database)
    damage_in_place(database, database.stat().st_size // PAGE - 2)
    damaged = database.read_bytes()

    def quit_program(dialog: QWidget) -> bool:
        assert isinstance(dialog, RecoveryDialog), type(dialog).__name__
        dialog.quit_button.click()
        return False

    met = answer_each_dialog(quit_program)
    exits = run_until(qtbot, monkeypatch, data_dir, lambda: False)
    assert app_module.run_app(data_dir, lang="en") == 1 and exits == [1]
    assert len(met) == 1 and main_windows(data_dir) == []
    assert database.read_bytes() == damaged  # left as it was found, for an expert
    assert not record_path(database).exists()  # the next start checks before the window
