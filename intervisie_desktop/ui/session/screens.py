"""Which screen the audience view uses: remembered per machine by screen name, else any screen
other than the presenter's, else the presenter's own (one screen)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

SETTINGS_KEY = "session/audience_screen"


class ScreenChooser:
    def __init__(
        self,
        settings: QSettings,
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
    ) -> None:
        self.settings = settings
        self.screens = screens  # a test may narrow the list to simulate unplugging

    def remembered(self) -> str:
        return str(self.settings.value(SETTINGS_KEY, "") or "")

    def remember(self, screen: QScreen) -> None:
        self.settings.setValue(SETTINGS_KEY, screen.name())
        self.settings.sync()

    def choose(self, presenter: QScreen | None) -> QScreen:
        screens = self.screens()
        by_name = {screen.name(): screen for screen in screens}
        wanted = self.remembered()
        if wanted in by_name:
            return by_name[wanted]
        home = presenter.name() if presenter is not None else ""
        others = [screen for screen in screens if screen.name() != home]
        if others:
            return max(others, key=lambda s: s.geometry().width() * s.geometry().height())
        return by_name.get(home) or screens[0]


def place_full_screen(window: QWidget, screen: QScreen) -> None:
    """Full-screen on `screen`, also when the window is already full-screen elsewhere."""
    if (
        window.isVisible()
        and window.isFullScreen()
        and window.screen().name() == screen.name()
        and window.geometry() == screen.geometry()
    ):
        return
    if window.isFullScreen():
        window.showNormal()
    window.setGeometry(screen.geometry())
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    logger.info("audience view on screen %s", screen.name())


def place_on(window: QWidget, screen: QScreen) -> None:
    """A normal window, centred in the available area of `screen`."""
    area = screen.availableGeometry()
    width = min(window.width(), area.width())
    height = min(window.height(), area.height())
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)
    window.setGeometry(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
