"""The time of day in session mode: always on the presenter, on the projector when the supervisor
turns it on (remembered as a setting with the data).

It changes once a minute, so one single-shot timer is armed for the next minute boundary: no
ticking in between, and nothing added to the once-a-second repaint of the timer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTime, QTimer, Signal

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.session.audience import AudienceView
    from intervisie_desktop.ui.session.presenter import PresenterView

CLOCK_SETTING = "session.time_of_day_on_projector"
MARGIN_MS = 20  # fire just after the minute turns, never just before


def clock_text(time: QTime) -> str:
    return time.toString("HH:mm")


def ms_to_next_minute(time: QTime) -> int:
    return (60 - time.second()) * 1000 - time.msec() + MARGIN_MS


class TimeOfDay(QObject):
    """Says the time ("14:05") at start and then just after every minute boundary."""

    changed = Signal(str)

    def __init__(
        self, now: Callable[[], QTime] = QTime.currentTime, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        self.text = ""
        self.ticks = 0  # how often it woke (a test counts them)

    def start(self) -> None:
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    def tick(self) -> None:
        time = self.now()
        self.ticks += 1
        text = clock_text(time)
        if text != self.text:
            self.text = text
            self.changed.emit(text)
        self.timer.start(ms_to_next_minute(time))


class TimeOfDayCue(QObject):
    """Wires the time of day into a session mode: presenter always, projector when chosen."""

    def __init__(
        self,
        parent: QObject,
        services: Services,
        presenter: PresenterView,
        audience: AudienceView,
        leaving: SignalInstance,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.presenter = presenter
        self.audience = audience
        self.clock = TimeOfDay(parent=self)
        self.on_projector = bool(services.settings.get(CLOCK_SETTING, False))
        box = presenter.projector_clock_box
        box.setChecked(self.on_projector)
        box.toggled.connect(self.set_on_projector)
        self.clock.changed.connect(self.show)
        leaving.connect(self.clock.stop)
        self.clock.start()

    def show(self, *args: object) -> None:
        text = self.clock.text
        self.presenter.show_time_of_day(text)
        shown = text if self.on_projector else None
        for view in (self.audience, self.presenter.preview):
            view.show_time_of_day(shown)

    def set_on_projector(self, on: bool) -> None:
        self.on_projector = on
        self.services.settings.set(CLOCK_SETTING, on)
        self.show()
