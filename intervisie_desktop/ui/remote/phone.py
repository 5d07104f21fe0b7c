"""The phone remote in session mode: starts and stops the server on the supervisor's word,
sends the projector's state on every repaint, turns the phone's presses into the same actions
as the keys, and asks the supervisor before a second device takes over.

Room messages: when the controller offers `show_preset(n)`, `clear_message()` and
`preset_messages()` (the titles), the page gets a button per preset and one to take a message
down; without them it shows none.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from intervisie_desktop.core.remote.state import projector_state
from intervisie_desktop.ui.remote.addresses import local_addresses
from intervisie_desktop.ui.remote.labels import page_labels
from intervisie_desktop.ui.remote.panel import RemotePanel
from intervisie_desktop.ui.remote.server import RemoteServer
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.cues import cue_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction

    from intervisie_desktop.core.remote.commands import Press
    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.ui.session.presenter import PresenterView

logger = logging.getLogger(__name__)


class Messages(Protocol):
    """The messages to the room, as the presenter's keys 1-5 and 0 reach them."""

    def presets(self) -> list[str]: ...

    def show_preset(self, n: int) -> None: ...

    def clear_message(self) -> None: ...


class Topics(Protocol):
    """The follow-up topics the projector shows now (none away from the follow-up step)."""

    topics: list[str]


class FollowUp(Protocol):
    @property
    def projector(self) -> Topics: ...


class Host(Protocol):
    """What the remote needs of session mode (its controller)."""

    is_closing: bool

    @property
    def presenter(self) -> PresenterView: ...

    @property
    def control(self) -> SessionControl: ...

    @property
    def actions(self) -> dict[str, QAction]: ...

    @property
    def messages(self) -> Messages: ...

    @property
    def follow_up(self) -> FollowUp: ...

    @property
    def refreshed(self) -> SignalInstance: ...

    @property
    def leaving(self) -> SignalInstance: ...


class PhoneRemote(QObject):
    def __init__(
        self,
        controller: Host,
        lang: str,
        addresses: Callable[[], list[str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.lang = lang
        self.server = RemoteServer(
            self.page_settings, addresses=addresses or local_addresses, parent=self
        )
        self.panel = RemotePanel()
        self.approval: QMessageBox | None = None
        self.sent = 0
        controller.presenter.add_side_panel(self.panel)
        self.panel.toggled.connect(self.set_on)
        self.panel.unpair_requested.connect(self.unpair)
        self.server.pressed.connect(self.press)
        self.server.asks.connect(self.ask)
        self.server.devices_changed.connect(self.show_status)
        controller.refreshed.connect(self.push)
        controller.leaving.connect(self.stop)

    # -- on and off ----------------------------------------------------------------------------
    def set_on(self, on: bool) -> None:
        if not on:
            self.stop()
            return
        if self.controller.is_closing:
            self.panel.show_off()
            return
        if not self.server.start():
            self.panel.show_off(self.tr("The remote could not start: no free network port."))
            return
        self.push()
        self.show_status()

    def stop(self) -> None:
        self._close_approval()
        if self.server.running:
            self.server.stop()
        self.panel.show_off()

    def unpair(self) -> None:
        self._close_approval()
        self.server.unpair()
        self.show_status()

    def show_status(self) -> None:
        if not self.server.running:
            return
        sockets = self.server.sockets
        viewers = len(sockets.viewers) if sockets is not None else 0
        self.panel.show_on(self.server.url(), self.server.paired(), viewers)
        # it grew, maybe past the fold of the presenter's side column
        self.controller.presenter.side_column.reveal(self.panel)

    # -- what the page gets --------------------------------------------------------------------
    def page_settings(self) -> dict[str, Any]:
        return {"lang": self.lang, "labels": page_labels(), "presets": self.presets()}

    def presets(self) -> list[str]:
        return self.controller.messages.presets()

    def push(self) -> None:
        if not self.server.running or self.controller.is_closing:
            return
        snap = self.controller.control.snapshot()
        shown = timing.shown_timing(snap)
        tone = timing.tone(snap)
        state = projector_state(
            snap,
            self.lang,
            timer=timing.timer_text(shown.remaining),
            tone=tone,
            phase_fraction=timing.fraction(snap.phase),
            session_fraction=timing.fraction(snap.session),
            cue=cue_text(snap, tone),
            message=snap.message,
            topics=self.controller.follow_up.projector.topics,
        )
        if self.server.broadcast(state):
            self.sent += 1

    # -- what the phone does -------------------------------------------------------------------
    def press(self, press: Press) -> None:
        ctrl = self.controller
        if ctrl.is_closing:
            return
        if press.name == "preset" and press.preset is not None:
            ctrl.messages.show_preset(press.preset)
        elif press.name == "clear":
            ctrl.messages.clear_message()
        else:
            ctrl.actions[press.name].trigger()

    def ask(self, key: str) -> None:
        """A second device: the supervisor lets it take over, or not (on the presenter)."""
        self._close_approval()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Another device"),
            self.tr(
                "Another device wants to use the phone remote. Let it take over from the "
                "paired one?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.controller.presenter,
        )
        box.setObjectName("phoneApproval")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda result: self._answered(key, result))
        self.approval = box
        box.open()

    def _answered(self, key: str, result: int) -> None:
        self.approval = None
        if result == QMessageBox.StandardButton.Yes:
            self.server.approve(key)
        else:
            self.server.refuse(key)
        self.show_status()

    def _close_approval(self) -> None:
        box, self.approval = self.approval, None
        if box is not None:
            box.finished.disconnect()
            box.reject()
            box.deleteLater()
