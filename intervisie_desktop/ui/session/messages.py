"""Messages to the room in session mode: keys 1-5 show a preset as the projector's banner, M a
typed message (Shift+M one for the presenter's screen only), 0 takes it away.

The operations are plain methods (`show_preset`, `show_text`, `clear_message`), so a remote can
call them as the keys do. Each is a command of the run (logged, back after a restart). The only
texts they show are the presets and what the supervisor types: nothing reads a case or a note.
"""

from __future__ import annotations

import logging
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QToolButton, QVBoxLayout, QWidget

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.session.messages import (
    PRESET_COUNT,
    break_time,
    fill_time,
    load_presets,
    save_presets,
)
from intervisie_desktop.ui.session.keys import MESSAGE_KEYS
from intervisie_desktop.ui.session.message_dialogs import MessageEntry, PresetEditor
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from PySide6.QtCore import SignalInstance

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.ui.session.audience import AudienceView
    from intervisie_desktop.ui.session.presenter import PresenterView

logger = logging.getLogger(__name__)

BUTTON_CHARS = 30  # a preset's button shows this much of its text; the tooltip all of it


def default_presets() -> tuple[str, ...]:
    """The five presets in the user's language, until the supervisor writes their own."""
    return (
        QCoreApplication.translate("RoomMessages", "Five more minutes"),
        QCoreApplication.translate("RoomMessages", "Back to the question"),
        QCoreApplication.translate("RoomMessages", "One conversation at a time"),
        QCoreApplication.translate("RoomMessages", "Break \u2014 we continue at \u2026"),
        QCoreApplication.translate("RoomMessages", "Let each other finish"),
    )


def message_key_labels() -> dict[str, str]:
    """What each key of MESSAGE_KEYS does, for the keys' actions and the manual."""
    show = QCoreApplication.translate("RoomMessages", "Show message {n}")
    labels = {f"message_{n}": show.format(n=n) for n in range(1, PRESET_COUNT + 1)}
    labels["message_text"] = QCoreApplication.translate(
        "RoomMessages", "Type a message for the room"
    )
    labels["message_own"] = QCoreApplication.translate(
        "RoomMessages", "Type a message for my screen only"
    )
    labels["message_clear"] = QCoreApplication.translate("RoomMessages", "Take the message away")
    return labels


def _short(text: str) -> str:
    return text if len(text) <= BUTTON_CHARS else text[: BUTTON_CHARS - 1].rstrip() + "\u2026"


class MessagePanel(QGroupBox):
    """The presenter's buttons for the messages and what is shown now."""

    preset_clicked = Signal(int)
    type_clicked = Signal()
    clear_clicked = Signal()
    edit_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePanel")
        self.setTitle(self.tr("Messages to the room"))
        grid = QGridLayout()
        grid.setSpacing(4)
        self.preset_buttons: list[QToolButton] = []
        for n in range(1, PRESET_COUNT + 1):
            button = self._button(f"messageButton{n}")
            button.clicked.connect(lambda _=False, n=n: self.preset_clicked.emit(n))
            self.preset_buttons.append(button)
            grid.addWidget(button, (n - 1) // 3, (n - 1) % 3)
        self.type_button = self._button("messageType", self.tr("M  Type a message\u2026"))
        self.type_button.clicked.connect(self.type_clicked.emit)
        grid.addWidget(self.type_button, 1, 2)
        self.clear_button = self._button("messageClear", self.tr("0  Take away"))
        self.clear_button.clicked.connect(self.clear_clicked.emit)
        grid.addWidget(self.clear_button, 2, 0, 1, 2)
        self.edit_button = self._button("messageEdit", self.tr("Edit messages\u2026"))
        self.edit_button.clicked.connect(self.edit_clicked.emit)
        grid.addWidget(self.edit_button, 2, 2)
        self.shown = QLabel()
        self.shown.setObjectName("messageShown")
        self.shown.setWordWrap(True)
        self.shown.setTextFormat(Qt.TextFormat.PlainText)
        self.own = QLabel()
        self.own.setObjectName("ownMessage")
        self.own.setWordWrap(True)
        self.own.setTextFormat(Qt.TextFormat.PlainText)
        self.own.setStyleSheet(
            "QLabel#ownMessage { background: palette(highlight); color: palette(highlighted-text);"
            " padding: 6px; border-radius: 4px; font-weight: bold; }"
        )
        self.own.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.shown)
        layout.addWidget(self.own)

    @staticmethod
    def _button(name: str, text: str = "") -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the session
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setSizePolicy(button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed)
        return button

    def set_presets(self, texts: Sequence[str]) -> None:
        for n, (button, text) in enumerate(zip(self.preset_buttons, texts, strict=True), 1):
            button.setText(f"{n}  {_short(text)}")
            button.setToolTip(text)

    def show_state(self, room: str | None, own: str | None, locked: bool) -> None:
        shown = (
            self.tr("On the projector: {text}").format(text=room)
            if room
            else self.tr("No message on the projector")
        )
        if self.shown.text() != shown:
            self.shown.setText(shown)
        own_text = self.tr("Only on your screen: {text}").format(text=own) if own else ""
        if self.own.text() != own_text:
            self.own.setText(own_text)
        self.own.setVisible(bool(own) and not locked)  # private: hidden while locked


class Host(Protocol):
    """What the messages need of session mode (its controller)."""

    control: SessionControl
    services: Services
    audience: AudienceView
    presenter: PresenterView

    @property
    def refreshed(self) -> SignalInstance: ...

    def refresh(self) -> None: ...

    def activate(self) -> None: ...


class RoomMessages(QObject):
    """The messages part of session mode: its keys on both windows, its panel on the presenter."""

    def __init__(self, controller: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.control = controller.control
        self.settings = controller.services.settings
        self.now: Callable[[], datetime] = datetime.now  # the wall clock of the room
        self.stored: tuple[str | None, ...] = load_presets(self.settings)
        self._shown: tuple[str | None, str | None, bool] | None = None
        self.actions = self._make_actions()
        for window in (controller.audience, controller.presenter):
            window.addActions(list(self.actions.values()))
        self.panel = MessagePanel()
        self.panel.set_presets(self.presets())
        self.panel.preset_clicked.connect(self.show_preset)
        self.panel.type_clicked.connect(self.ask_text)
        self.panel.clear_clicked.connect(self.clear_message)
        self.panel.edit_clicked.connect(self.edit_presets)
        controller.presenter.add_panel(self.panel)
        controller.presenter.private_stack.currentChanged.connect(self.show_state)
        controller.refreshed.connect(self.show_state)

    def _make_actions(self) -> dict[str, QAction]:
        handlers: dict[str, Callable[[], None]] = {
            f"message_{n}": partial(self.show_preset, n) for n in range(1, PRESET_COUNT + 1)
        }
        handlers["message_text"] = self.ask_text
        handlers["message_own"] = lambda: self.ask_text(presenter_only=True)
        handlers["message_clear"] = self.clear_message
        labels = message_key_labels()
        actions = {}
        for name, keys in MESSAGE_KEYS.items():
            action = QAction(labels[name], self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            actions[name] = action
        return actions

    # -- the presets ---------------------------------------------------------------------------
    def presets(self) -> list[str]:
        """The five texts as the keys show them (a "…" still unfilled)."""
        return [
            mine or default for mine, default in zip(self.stored, default_presets(), strict=True)
        ]

    def preset_text(self, n: int) -> str:
        """Preset `n` (1-5) as the banner shows it: its "…" becomes the time the break ends."""
        at = break_time(self.now(), self.control.snapshot().continue_at)
        return fill_time(self.presets()[n - 1], at)

    def edit_presets(self) -> None:
        dialog = PresetEditor(self.controller.presenter, self.stored, default_presets())
        try:
            if dialog.exec() != PresetEditor.DialogCode.Accepted:
                return
            try:
                save_presets(self.settings, dialog.texts())
            except IntervisieError as exc:
                self.controller.presenter.note_status.setText(error_text(exc))
                return
            self.stored = load_presets(self.settings)
            self.panel.set_presets(self.presets())
        finally:
            dialog.deleteLater()
            self.controller.activate()

    # -- the operations (keys, buttons, a remote) ------------------------------------------------
    def show_preset(self, n: int) -> None:
        """Key n (1-5): preset n as the projector's banner."""
        if not 1 <= n <= PRESET_COUNT:
            return
        text = self.preset_text(n)
        self._run(lambda: self.control.show_message(text, False, n))
        logger.info("session message: preset %d shown", n)

    def show_text(self, text: str, presenter_only: bool = False) -> None:
        """A typed message, on the projector or on the presenter's screen only."""
        self._run(lambda: self.control.show_message(text, presenter_only))
        logger.info("session message: typed text shown (presenter only: %s)", presenter_only)

    def clear_message(self) -> None:
        """Key 0: no message, on the projector nor on the presenter's screen."""
        self._run(self.control.clear_message)
        logger.info("session message cleared")

    def ask_text(self, presenter_only: bool = False) -> None:
        """M (Shift+M: for my screen only): type a message, in a dialog over the presenter."""
        dialog = MessageEntry(self.controller.presenter, presenter_only)
        try:
            if dialog.exec() == MessageEntry.DialogCode.Accepted and dialog.text():
                self.show_text(dialog.text(), dialog.presenter_only())
        finally:
            dialog.deleteLater()
            self.controller.activate()  # the keys go back to the presenter

    def _run(self, command: Callable[[], None]) -> None:
        try:
            command()
        except IntervisieError as exc:
            logger.warning("session message refused: %s", type(exc).__name__)
            self.controller.presenter.note_status.setText(error_text(exc))
        self.controller.refresh()

    def show_state(self, *args: object) -> None:
        """After every repaint of session mode: the panel changes only when a message did."""
        snap = self.control.snapshot()
        shown = (snap.message, snap.presenter_message, self.controller.presenter.is_locked())
        if shown != self._shown:
            self._shown = shown
            self.panel.show_state(*shown)
