"""The message dialogs of session mode on two simulated screens (LAPTOP 1280x800, PROJECTOR
1920x1080): typing a message (M) and editing the presets open on the laptop, over the presenter,
never over the projector's timer; afterwards the presenter has the keys again.

Qt fixes its platform per process, so test_message_dialog_screens.py runs this file in its own
pytest with QT_QPA_PLATFORM=offscreen:configfile=<two-screens.json>; it is not collected alone.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog

from intervisie_desktop.ui.session.message_dialogs import MessageEntry, PresetEditor
from tests.ui.session.message_helpers import answering

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.session.controller import SessionModeController


def test_the_platform_has_two_screens(qapp: object) -> None:
    assert [s.name() for s in QGuiApplication.screens()] == ["LAPTOP", "PROJECTOR"]


def test_the_message_dialogs_open_on_the_presenters_screen(
    qtbot: QtBot, controller: SessionModeController
) -> None:
    presenter, audience = controller.presenter, controller.audience
    qtbot.waitExposed(presenter)
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    assert audience.screen().name() == "PROJECTOR" and presenter.screen().name() == "LAPTOP"
    seen: list[QDialog] = []
    where: list[tuple[str, int, bool]] = []

    def note_and(answer_with_text: bool) -> object:
        def answer(dialog: QDialog) -> None:
            centre = presenter.frameGeometry().center()
            distance = (dialog.frameGeometry().center() - centre).manhattanLength()
            where.append((dialog.screen().name(), distance, dialog.parent() is presenter))
            if isinstance(dialog, MessageEntry) and answer_with_text:
                qtbot.keyClicks(dialog.field, "Nog even geduld")
                dialog.accept()
            else:
                dialog.reject()

        return answer

    for key, modifier, kind, typed in (
        (Qt.Key.Key_M, Qt.KeyboardModifier.NoModifier, MessageEntry, True),
        (Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier, MessageEntry, False),
    ):
        answering(kind, note_and(typed), seen)  # type: ignore[arg-type]
        qtbot.keyClick(QApplication.focusWidget() or presenter, key, modifier)
        qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)  # the keys are back
    answering(PresetEditor, note_and(False), seen)  # type: ignore[arg-type]
    controller.messages.panel.edit_button.click()
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)
    # Called as a remote would (not from a key): the same dialog, on the same screen.
    answering(MessageEntry, note_and(False), seen)  # type: ignore[arg-type]
    controller.messages.ask_text()
    qtbot.waitUntil(presenter.isActiveWindow, timeout=2000)

    assert len(seen) == 4
    assert [(name, mine) for name, _, mine in where] == [("LAPTOP", True)] * 4
    assert all(distance <= 60 for _, distance, _ in where), where
    assert controller.control.calls[-1:] == [  # type: ignore[attr-defined]
        "show_message('Nog even geduld', False, None)"
    ]
    calls = len(controller.control.calls)  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget() or presenter, Qt.Key.Key_PageDown)
    assert controller.control.calls[calls:] == ["start"]  # type: ignore[attr-defined]
