"""A full disk and a read-only database as the user meets them in the window: at start one clear
message and no window on data that cannot be saved; in the middle of work (New note, New group,
F5) the cause in the user's language, never the "Unexpected error" dialog with a traceback."""

from __future__ import annotations

import argparse
import datetime
import hashlib
import shutil
import sys
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from intervisie_desktop.core.db.database import open_database
from intervisie_desktop.core.demo.small import write_small
from intervisie_desktop.core.services import Services
from intervisie_desktop.core.session.snapshot import RunState, Snapshot
from intervisie_desktop.paths import DATABASE_NAME, methods_dir
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.errors import ErrorDialog, install_excepthook
from intervisie_desktop.ui.window.main_window import MainWindow
from tests.reliability.disks import checkpoint_wal, fill, read_only, small_disk
from tests.ui.main_window.conftest import press

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX disks and flags")

FULL = "The disk"  # both the start's and the save's message begin so
READ_ONLY = "read-only"


class Boxes:
    """Answers every modal message the program shows, as a user pressing its button, and keeps
    what it said; the "Unexpected error" dialog is kept as such."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.unexpected: list[str] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self._poll)
        self.timer.start(20)

    def _poll(self) -> None:
        shown = QApplication.activeModalWidget()
        if isinstance(shown, QMessageBox) and shown.isVisible():
            self.texts.append(shown.text())
            shown.done(int(QMessageBox.StandardButton.Ok))
        elif isinstance(shown, ErrorDialog) and shown.isVisible():
            self.unexpected.append(shown.details.toPlainText())
            shown.reject()

    def stop(self) -> None:
        self.timer.stop()


@pytest.fixture
def boxes() -> Iterator[Boxes]:
    answering = Boxes()
    yield answering
    answering.stop()


@pytest.fixture(autouse=True)
def _translators_removed() -> Iterator[None]:
    """A start installs the language of the test; later tests get the shared application back
    without it."""
    yield
    app = QApplication.instance()
    for translator in (app.property("translators") or []) if app is not None else []:
        QApplication.removeTranslator(translator)
    if app is not None:
        app.setProperty("translators", [])


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- at start -------------------------------------------------------------------------------------


def test_start_on_a_full_disk_says_so_before_the_lock_is_written(
    disk: Path, boxes: Boxes, app_exits: list[int]
) -> None:
    from intervisie_desktop.ui.startup.app import run_app

    fill(disk)
    assert run_app(disk / "data", lang="en") == 1  # the lock file finds no room: a traceback
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith(FULL), boxes.texts
    assert not boxes.unexpected


def test_start_on_a_full_disk_with_a_lock_file_says_so_once(
    disk: Path, template_db: Path, boxes: Boxes, app_exits: list[int]
) -> None:
    from intervisie_desktop.ui.startup.app import run_app

    folder = disk / "data"
    folder.mkdir(mode=0o700)
    (folder / "intervisie.lock").write_text("12345\n")  # room for the next pid
    shutil.copy(template_db, folder / DATABASE_NAME)
    before = digest(folder / DATABASE_NAME)
    fill(disk)
    assert run_app(folder, lang="en") == 1
    assert app_exits == [1]
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith(FULL), boxes.texts
    assert "not an Intervisie database" not in boxes.texts[0]
    assert not boxes.unexpected
    assert digest(folder / DATABASE_NAME) == before


def test_start_on_a_read_only_database_says_so_in_dutch_and_writes_nothing(
    data_dir: Path, template_db: Path, boxes: Boxes, app_exits: list[int]
) -> None:
    from intervisie_desktop.ui.startup.app import run_app

    database = data_dir / DATABASE_NAME
    shutil.copy(template_db, database)
    before = digest(database)
    with read_only(database):
        assert run_app(data_dir, lang="nl") == 1
    assert app_exits == [1]
    assert len(boxes.texts) == 1, boxes.texts
    assert "alleen-lezen" in boxes.texts[0] and str(database) in boxes.texts[0], boxes.texts
    assert not boxes.unexpected
    assert digest(database) == before


def test_start_on_a_read_only_data_folder_shows_why(
    data_dir: Path, boxes: Boxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder check stopped the start with a line on the terminal only: started from a
    menu, nothing was seen."""
    from intervisie_desktop.ui.startup import launch

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args = argparse.Namespace(demo=False, data_dir=str(data_dir), lang="en")
    with read_only(data_dir):
        assert launch.launch_gui(args) == 2
    assert len(boxes.texts) == 1 and READ_ONLY in boxes.texts[0], boxes.texts


# -- in the middle of work -----------------------------------------------------------------------


def open_window(qtbot: QtBot, folder: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The main window on the small demo in `folder`, with the program's own exception hook
    in place (pytest-qt's capture is off for the tests that use it)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(None)
    folder.mkdir(mode=0o700)
    db = open_database(folder / DATABASE_NAME)
    write_small(db, methods_dir())
    window = MainWindow(
        AppContext(services=Services(db, methods_dir()), data_dir=folder, lang="en")
    )
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


@pytest.fixture
def window_on_disk(
    qtbot: QtBot, disk: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The main window on a disk that still has room (make_disk_full fills it)."""
    window = open_window(qtbot, disk / "data", monkeypatch)
    yield window
    window.close()
    window.context.services.close()


def make_disk_full(window: MainWindow) -> Path:
    services = window.context.services
    checkpoint_wal(services.db.path)  # the window's connection stays open, as in use
    return fill(services.db.path.parent.parent)


def open_notes(qtbot: QtBot, window: MainWindow) -> None:
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_N, ctrl_shift)
    dock = window.privacy.dock
    qtbot.waitUntil(lambda: dock.isVisible() and dock.widget() is not None, timeout=2000)
    qtbot.waitUntil(window.privacy.pane.new_button.isVisible, timeout=2000)


@pytest.mark.qt_no_exception_capture
def test_new_note_on_a_database_made_read_only_says_so(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes
) -> None:
    window = open_window(qtbot, tmp_path / "data", monkeypatch)
    services = window.context.services
    open_notes(qtbot, window)
    notes = len(services.notes.list())
    services.db.engine.dispose()  # the next connection meets the file as it is now
    with read_only(services.db.path):
        qtbot.mouseClick(window.privacy.pane.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(boxes.texts or boxes.unexpected), timeout=5000)
        assert not boxes.unexpected, boxes.unexpected[0][-1500:]
        assert len(boxes.texts) == 1 and READ_ONLY in boxes.texts[0], boxes.texts
        services.db.engine.dispose()
    assert len(services.notes.list()) == notes
    window.close()
    services.close()


@pytest.mark.qt_no_exception_capture
def test_new_note_on_a_full_disk_says_the_disk_is_full(
    qtbot: QtBot, window_on_disk: MainWindow, boxes: Boxes
) -> None:
    window = window_on_disk
    services = window.context.services
    open_notes(qtbot, window)
    pane = window.privacy.pane
    notes = len(services.notes.list())
    filler = make_disk_full(window)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(boxes.texts or boxes.unexpected), timeout=5000)
    assert not boxes.unexpected, boxes.unexpected[0][-1500:]
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith(FULL), boxes.texts
    filler.unlink()
    assert len(services.notes.list()) == notes


def stored(services: Services) -> tuple[int, int, int, int]:
    groups = services.groups.list(archived=None)
    members = len(services.members.list())
    meetings = sum(len(services.meetings.for_group(g.id or 0)) for g in groups)
    cases = sum(len(services.cases.for_group(g.id or 0)) for g in groups)
    return len(groups), members, meetings, cases


@pytest.mark.qt_no_exception_capture
@pytest.mark.parametrize(
    "keys",
    ["Ctrl+N", "Ctrl+Shift+A", "Ctrl+Shift+M", "Ctrl+Shift+K"],
    ids=["new-group", "add-member", "plan-meeting", "new-case"],
)
def test_new_records_on_a_full_disk_say_the_disk_is_full(
    qtbot: QtBot, window_on_disk: MainWindow, boxes: Boxes, keys: str
) -> None:
    window = window_on_disk
    services = window.context.services
    before = stored(services)
    filler = make_disk_full(window)
    press(qtbot, window, keys)
    qtbot.waitUntil(lambda: bool(boxes.texts or boxes.unexpected), timeout=5000)
    assert not boxes.unexpected, boxes.unexpected[0][-1500:]
    assert boxes.texts and boxes.texts[0].startswith(FULL), boxes.texts
    filler.unlink()
    assert stored(services) == before


@pytest.mark.qt_no_exception_capture
def test_f5_on_a_full_disk_says_the_disk_is_full_and_stays_in_the_window(
    qtbot: QtBot, window_on_disk: MainWindow, boxes: Boxes
) -> None:
    window = window_on_disk
    meeting_id = window.session_meeting_id()
    assert meeting_id is not None
    # Dated today: F5 goes straight to the session's start (no "not dated today" question).
    window.context.services.meetings.update(meeting_id, date=datetime.date.today())
    make_disk_full(window)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: bool(boxes.texts or boxes.unexpected), timeout=5000)
    assert not boxes.unexpected, boxes.unexpected[0][-1500:]
    assert boxes.texts[0].startswith(FULL), boxes.texts
    assert window.isVisible() and window.session_mode.controller is None


def test_demo_on_a_full_disk_says_so_and_ends(
    disk: Path, boxes: Boxes, app_exits: list[int]
) -> None:
    """The demo is written once the frame is up; on a full disk that left the frame alone on
    screen after the error, with no way on."""
    from intervisie_desktop.ui.startup.app import run_app

    folder = disk / "demo"
    folder.mkdir(mode=0o700)
    (folder / "intervisie.lock").write_text("12345\n")
    fill(disk)
    assert run_app(folder, lang="en", demo=True) == 1
    assert app_exits == [1]
    assert len(boxes.texts) == 1 and boxes.texts[0].startswith(FULL), boxes.texts
    assert not boxes.unexpected
    assert [p.name for p in folder.iterdir()] == ["intervisie.lock"]


def test_saving_a_field_on_a_full_disk_shows_why_under_it_and_keeps_the_text(
    qtbot: QtBot, window_on_disk: MainWindow, boxes: Boxes
) -> None:
    window = window_on_disk
    services = window.context.services
    assert window.group_id is not None
    before = services.groups.get(window.group_id).name
    window.show_tab(0)
    name = window.details.name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus, timeout=2000)
    filler = make_disk_full(window)
    name.selectAll()
    qtbot.keyClicks(name, "Nieuwe naam")
    qtbot.keyClick(name, Qt.Key.Key_Tab)  # leaving the field saves it
    qtbot.waitUntil(lambda: window.details.binder.error_of("name") != "", timeout=5000)
    assert window.details.binder.error_of("name").startswith(FULL)
    assert name.text() == "Nieuwe naam"
    assert not boxes.unexpected
    filler.unlink()
    assert services.groups.get(window.group_id).name == before


def where(snap: Snapshot) -> tuple[int, int, int | None]:
    speaker = snap.current_speaker
    return snap.step_index, snap.phase_index, speaker.member_id if speaker is not None else None


@pytest.mark.qt_no_exception_capture
def test_a_running_session_on_a_full_disk_says_so_on_the_presenter_and_stays_put(
    qtbot: QtBot, window_on_disk: MainWindow, boxes: Boxes
) -> None:
    """Every step of a session is stored at once; the session store wrote past the fault
    translation, so a full disk gave the Unexpected error dialog in front of the group."""
    from tests.ui.session.conftest import press_f5

    window = window_on_disk
    ctrl = press_f5(qtbot, window)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # start
    before = ctrl.control.snapshot()
    assert before.state != RunState.NOT_STARTED
    filler = make_disk_full(window)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # next: refused by the disk
    qtbot.waitUntil(lambda: ctrl.presenter.note_status.text() != "", timeout=5000)
    assert ctrl.presenter.note_status.text().startswith(FULL)
    assert not boxes.unexpected, boxes.unexpected[0][-1500:]
    after = ctrl.control.snapshot()
    assert where(after) == where(before)
    filler.unlink()
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # room again: the step is taken
    assert where(ctrl.control.snapshot()) != where(before)
    ctrl.close()
