"""Session mode on the real runner of the small demo, for the messages to the room: open it in a
language, answer its dialogs as a user would, and read what the run stored."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlmodel import col, select

from intervisie_desktop.core.models import SessionEvent
from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.translation import install_translators

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services

D = TypeVar("D", bound=QDialog)


def demo_meeting(services: Services) -> int:
    """The meeting F5 starts in the demo: the next planned one of the first group."""
    group = services.groups.list()[0]
    assert group.id is not None
    meeting = services.meetings.next_planned(group.id)
    assert meeting is not None and meeting.id is not None
    return meeting.id


def open_session(
    qtbot: QtBot, services: Services, folder: Path, lang: str
) -> SessionModeController:
    runner = services.sessions.open(demo_meeting(services))
    settings = QSettings(str(folder / "machine.ini"), QSettings.Format.IniFormat)
    ctrl = SessionModeController(runner, services, lang=lang, settings=settings)
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    qtbot.waitExposed(ctrl.presenter)
    # One screen here: the audience view covers it and has the keys (with two, the presenter).
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctrl.keys_window(), timeout=3000)
    return ctrl


def press(
    qtbot: QtBot,
    ctrl: SessionModeController,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """A key as the supervisor presses it: to the session window that has the keys."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is ctrl.keys_window(), timeout=3000)
    qtbot.keyClick(QApplication.focusWidget() or ctrl.keys_window(), key, modifier)


def language(lang: str) -> Iterator[None]:
    """Dutch on top of the English the tests start with (nothing to add for English)."""
    app = QCoreApplication.instance()
    assert app is not None
    translators = install_translators(app, "nl") if lang == "nl" else []
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def answering(kind: type[D], answer: Callable[[D], None], seen: list[D]) -> None:
    """When a dialog of `kind` is up (it is modal: the key that opened it waits), answer it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind) or not dialog.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)


def stored_messages(services: Services) -> list[tuple[str | None, bool, int | None]]:
    """(text, presenter only, preset) of every message event the run stored, in order."""
    with services.db.session() as session:
        rows = session.exec(select(SessionEvent).order_by(col(SessionEvent.seq))).all()
    found = []
    for row in rows:
        if row.command == "message":
            data = json.loads(row.payload_json)
            found.append((data["text"], data["presenter_only"], data["preset"]))
    return found
