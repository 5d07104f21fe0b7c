"""Where the audience view goes: full screen on the projector, an ordinary 16:9 window to share in
a video call, or the only screen (the presenter then reached by keys and an overlay on demand).

The choice is made in the presenter's projector settings and remembered per machine, beside the
chosen screen. With one screen present, "projector" means the only screen as well.
"""

from __future__ import annotations

import logging
from enum import StrEnum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from intervisie_desktop.ui.session.overlay import PresenterOverlay
from intervisie_desktop.ui.session.screens import place_full_screen, put_on, same_screen

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QScreen

    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.ui.session.audience import AudienceView
    from intervisie_desktop.ui.session.presenter import PresenterView
    from intervisie_desktop.ui.session.screens import ScreenChooser


class ModesHost(Protocol):
    """What the modes need of session mode (the controller)."""

    audience: AudienceView
    presenter: PresenterView
    chooser: ScreenChooser
    control: SessionControl
    locked: bool

    @property
    def refreshed(self) -> SignalInstance: ...

    def place_audience(self, screen: QScreen | None = None) -> None: ...

    def activate(self) -> None: ...


logger = logging.getLogger(__name__)

MODE_SETTING = "session/audience_mode"
ASPECT_W, ASPECT_H = 16, 9
WINDOW_WIDTH = 960  # the shared window's first width; 540 high
MIN_WIDTH = 480


class Mode(StrEnum):
    PROJECTOR = "projector"  # full screen on the chosen screen
    WINDOW = "window"  # an ordinary window, 16:9, to share in a video call
    ONE_SCREEN = "one_screen"  # full screen on the presenter's own screen


def mode_labels() -> list[tuple[str, Mode]]:
    return [
        (QCoreApplication.translate("AudienceModes", "Projector, full screen"), Mode.PROJECTOR),
        (
            QCoreApplication.translate("AudienceModes", "Window for a video call (16:9)"),
            Mode.WINDOW,
        ),
        (
            QCoreApplication.translate("AudienceModes", "One screen (P shows the presenter)"),
            Mode.ONE_SCREEN,
        ),
    ]


def aspect_height(width: int) -> int:
    return round(width * ASPECT_H / ASPECT_W)


class AspectKeeper(QObject):
    """Keeps an ordinary window at 16:9 as the user resizes it (its width leads)."""

    def __init__(self, window: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.active = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.active
            and watched is self.window
            and event.type() == QEvent.Type.Resize
            and not (self.window.isFullScreen() or self.window.isMaximized())
        ):
            QTimer.singleShot(0, self.fit)  # after the window system's own resize is done
        return False

    def fit(self) -> None:
        window = self.window
        if not self.active or window.isFullScreen() or window.isMaximized():
            return
        width = max(MIN_WIDTH, window.width())
        height = aspect_height(width)
        if abs(window.height() - height) > 1 or width != window.width():
            window.resize(width, height)


def place_window(window: QWidget, screen: QScreen) -> None:
    """An ordinary window on `screen`, 16:9, in the top right of its free area."""
    area = screen.availableGeometry()
    width = min(WINDOW_WIDTH, area.width() * 3 // 4)
    height = aspect_height(width)
    if window.isFullScreen():
        window.showNormal()
    put_on(window, screen)
    window.setGeometry(area.right() - width + 1, area.top(), width, height)
    window.showNormal()
    logger.info("audience view as a window on screen %s", screen.name())


class AudienceModes(QObject):
    """The audience view's mode for one session mode: its placement, the presenter's choice of
    it, and the overlay that stands in for the presenter when the audience view covers it."""

    def __init__(self, controller: ModesHost, parent: QObject) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = controller.chooser.settings
        stored = str(self.settings.value(MODE_SETTING, Mode.PROJECTOR) or Mode.PROJECTOR)
        self.mode = Mode(stored) if stored in set(Mode) else Mode.PROJECTOR
        audience = controller.audience
        self.aspect = AspectKeeper(audience, self)
        # Its own minimum, not its layout's (sized for a projector): a small shared window fits.
        audience.setMinimumSize(MIN_WIDTH, aspect_height(MIN_WIDTH))
        self.overlay = PresenterOverlay(audience, controller, self.covers_presenter)
        self.box = QComboBox()
        self.box.setObjectName("modeBox")
        self.box.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the session
        for label, mode in mode_labels():
            self.box.addItem(label, str(mode))
        self.box.setCurrentIndex(max(0, self.box.findData(str(self.mode))))
        self.box.activated.connect(lambda i: self.choose(Mode(self.box.itemData(i))))
        self._add_to_settings()
        for action in self.overlay.actions_for_keys():
            for window in (audience, controller.presenter):
                window.addAction(action)
        controller.refreshed.connect(self.overlay.follow)

    def _add_to_settings(self) -> None:
        """A row above the screen choice in the presenter's projector settings."""
        holder = self.controller.presenter.screen_box.parentWidget()
        form = holder.layout() if holder is not None else None
        if isinstance(form, QFormLayout):
            form.insertRow(
                0, QCoreApplication.translate("AudienceModes", "Audience view"), self.box
            )
        self.controller.presenter.side_column.wheel_scrolls(self.box)

    # -- what the controller asks --------------------------------------------------------------
    def windowed(self) -> bool:
        return self.mode == Mode.WINDOW

    def screen_for(self, chosen: QScreen, presenter: QScreen) -> QScreen:
        """The screen the audience view takes: one screen means the presenter's own."""
        return presenter if self.mode == Mode.ONE_SCREEN else chosen

    def covers_presenter(self) -> bool:
        """The audience view fills the presenter's screen: keys and overlay go to it."""
        audience = self.controller.audience
        return (
            not self.windowed()
            and audience.isVisible()
            and same_screen(audience.screen(), self.controller.presenter.screen())
        )

    def place(self, screen: QScreen) -> None:
        audience = self.controller.audience
        if self.windowed():
            self.aspect.active = True
            audience.unsetCursor()  # a window to move and resize, as any other
            audience.setWindowTitle(
                QCoreApplication.translate("AudienceModes", "Intervisie \u2014 window to share")
            )
            place_window(audience, screen)
            self.overlay.hide_all()
        else:
            self.aspect.active = False
            audience.setCursor(Qt.CursorShape.BlankCursor)
            audience.setWindowTitle(
                QCoreApplication.translate("SessionModeController", "Session mode \u2014 projector")
            )
            place_full_screen(audience, screen)

    def choose(self, mode: Mode) -> None:
        """The presenter chose a mode: remembered on this machine, applied at once."""
        self.mode = mode
        self.settings.setValue(MODE_SETTING, str(mode))
        self.settings.sync()
        self.box.setCurrentIndex(max(0, self.box.findData(str(mode))))
        logger.info("audience view mode: %s", mode)
        self.controller.place_audience()
        self.controller.activate()
        QTimer.singleShot(0, self.controller.activate)  # once the window system has moved it
