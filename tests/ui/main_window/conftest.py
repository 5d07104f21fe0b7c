"""A main window on a real database in tmp_path, and helpers that act as a user at the keyboard."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QLocale, QMimeData, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Group, Member
    from intervisie_desktop.core.services import Services

TODAY = date.today()


@pytest.fixture
def make_window(qtbot: QtBot, services: Services, data_dir: Path) -> Callable[..., MainWindow]:
    def make(resize: bool = True) -> MainWindow:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        win = MainWindow(AppContext(services=services, data_dir=data_dir))
        qtbot.addWidget(win)
        if resize:
            win.resize(1280, 800)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow, timeout=2000)
        return win

    return make


@pytest.fixture
def group(services: Services) -> Group:
    """A group of three current members, one meeting held four weeks ago and one ahead."""
    g = services.groups.create(name="Balintgroep Zwolle", default_minutes=120).value
    assert g.id is not None
    for seat, name in enumerate(("Anna de Vries", "Bram Jansen", "Carla Smit"), start=1):
        person = services.members.create(full_name=name).value
        assert person.id is not None
        services.memberships.add(g.id, person.id, TODAY - timedelta(days=365), seat=seat)
    services.meetings.create(
        group_id=g.id,
        date=TODAY - timedelta(days=28),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
        status="held",
    )
    services.meetings.create(
        group_id=g.id,
        date=TODAY + timedelta(days=14),
        planned_start=time(19, 0),
        planned_end=time(21, 0),
    )
    return g


@pytest.fixture
def win(make_window: Callable[[], MainWindow], group: Group) -> MainWindow:
    window = make_window()
    window.groups.setCurrentRow(0)
    return window


def members(services: Services, group: Group) -> list[Member]:
    assert group.id is not None
    return [p for _s, p in services.memberships.members_of(group.id, TODAY)]


def settle(qtbot: QtBot, win: MainWindow) -> None:
    """Wait until the window has shown every data change."""
    qtbot.waitUntil(
        lambda: win.context.hub.settled() and not win.meetings.details_pending(), timeout=2000
    )


def type_into(qtbot: QtBot, widget: QWidget, text: str, leave: bool = True) -> None:
    """Focus a field, replace its text by typing, and leave it with Tab (which saves)."""
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)
    if leave:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def paste_into(qtbot: QtBot, widget: QWidget, text: str = "", html: str = "") -> None:
    """Replace a field's text by pasting (plain and/or rich text) with Ctrl+V, then leave it."""
    data = QMimeData()
    if text:
        data.setText(text)
    if html:
        data.setHtml(html)
    QApplication.clipboard().setMimeData(data)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # The clipboard owns the data now; left there, Qt deletes it after the interpreter has
    # gone and the process crashes on its way out (the tests pass, the exit code does not).
    QApplication.clipboard().clear()


def press(qtbot: QtBot, win: MainWindow, key: str) -> None:
    """Press a shortcut the way the menu shows it (e.g. "Ctrl+Shift+M", "F5")."""
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(key)[0]
    target = QApplication.focusWidget() or win
    qtbot.keyClick(target, combo.key(), combo.keyboardModifiers())


@pytest.fixture
def answer_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Confirmation dialogs answered Yes; the texts asked are collected."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    original = QMessageBox.exec

    def exec_(box: QMessageBox) -> int:
        if box.objectName() != "confirmDeletion":
            return original(box)
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
        return 0

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def when_asked(act: Callable[[QMessageBox], None]) -> list[str]:
    """The next message box shown is handled by `act`, as a user would (keys, clicks); returns
    the texts it showed."""
    asked: list[str] = []
    tries = [300]  # 3 s: a box that never comes leaves no poller behind for later tests

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            act(box)
        elif tries[0] > 0:
            tries[0] -= 1
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return asked
