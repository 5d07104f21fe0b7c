"""What session mode's controller needs from its control and its windows, beside the controller:
the kinds of control that keep a sign of life, and the guard on the session windows."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


@runtime_checkable
class Pulses(Protocol):
    """A control that keeps the last shown second (the session runner)."""

    def pulse(self) -> None: ...


@runtime_checkable
class KeepsAlive(Protocol):
    """A control that stores a sign of life (the session runner; a stand-in need not)."""

    def heartbeat(self) -> None: ...

    def release(self) -> None:
        """Left normally: the sign of life only a kill needs is removed."""
        ...


class Guarded(Protocol):
    """What the guard needs of session mode (the controller)."""

    @property
    def is_closing(self) -> bool: ...

    @property
    def presenter(self) -> QWidget: ...

    def keys_window(self) -> QWidget: ...

    def activate(self) -> None: ...

    def leave(self) -> None: ...


class WindowGuard(QObject):
    """Closing the audience window (Alt+F4) means "leave", which asks first. With a screen of
    its own the presenter keeps the keys: the window system may hand them to the projector's
    window (mapped under the pointer, or the main window hidden), they go back."""

    def __init__(self, controller: Guarded, parent: QObject) -> None:
        super().__init__(parent)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        controller = self.controller
        if (
            event.type() == QEvent.Type.WindowActivate
            and not controller.is_closing
            and isinstance(watched, QWidget)
            and watched.isFullScreen()  # a window shared in a video call may keep the keys
            and controller.keys_window() is controller.presenter
        ):
            QTimer.singleShot(0, controller.activate)
        if event.type() == QEvent.Type.Close and not self.controller.is_closing:
            event.ignore()
            QTimer.singleShot(0, self.controller.leave)
            return True
        return False
