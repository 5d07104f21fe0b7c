"""Which screen the audience view uses: remembered per machine, else any screen other than the
presenter's, else the presenter's own (one screen).

A screen is known by more than its name: two X screens are both called "screen" by Qt, and a
projector's name may change with its connector. A remembered screen is found again by its
maker, model and serial number, then by name and position, then by name (a change of resolution
keeps all three but the size).
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

SETTINGS_KEY = "session/audience_screen"


@dataclass(frozen=True)
class ScreenId:
    """What tells a screen apart: a QScreen wrapper may outlive its screen (unplugging)."""

    name: str
    x: int = 0
    y: int = 0
    width: int = 0
    height: int = 0
    manufacturer: str = ""
    model: str = ""
    serial: str = ""

    @classmethod
    def of(cls, screen: QScreen) -> ScreenId:
        g = screen.geometry()
        return cls(
            screen.name(),
            g.x(),
            g.y(),
            g.width(),
            g.height(),
            screen.manufacturer(),
            screen.model(),
            screen.serialNumber(),
        )

    def to_text(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))

    @classmethod
    def from_text(cls, text: str) -> ScreenId | None:
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(**data) if isinstance(data, dict) else cls(str(text))
        except (ValueError, TypeError):
            return cls(text)  # remembered by an earlier version: the name alone

    def hardware(self) -> tuple[str, str, str] | None:
        return (self.manufacturer, self.model, self.serial) if self.serial or self.model else None


def find(wanted: ScreenId | None, screens: list[QScreen]) -> QScreen | None:
    """The screen that is `wanted`: same hardware, else same name and place, else same name."""
    index = pick(wanted, [ScreenId.of(screen) for screen in screens])
    return None if index is None else screens[index]


def pick(wanted: ScreenId | None, ids: list[ScreenId]) -> int | None:
    if wanted is None:
        return None
    hardware = wanted.hardware()
    place = (wanted.name, wanted.x, wanted.y)
    tests: list[Callable[[ScreenId], bool]] = [
        lambda s: s == wanted,
        lambda s: hardware is not None and s.hardware() == hardware,
        lambda s: (s.name, s.x, s.y) == place,
        lambda s: s.name == wanted.name,
    ]
    for test in tests:
        for index, sid in enumerate(ids):
            if test(sid):
                return index
    return None


def same_screen(a: QScreen, b: QScreen) -> bool:
    return ScreenId.of(a) == ScreenId.of(b)


def labels(screens: list[QScreen]) -> list[str]:
    return id_labels([ScreenId.of(screen) for screen in screens])


def id_labels(ids: list[ScreenId]) -> list[str]:
    """Names for a list: a name shared by several screens gets their size and place."""
    out = []
    for number, sid in enumerate(ids):
        twins = [o for o in ids if o.name == sid.name]
        if len(twins) == 1:
            out.append(sid.name)
            continue
        parts = [f"{sid.width}\u00d7{sid.height}"]
        place = _place(sid, [o for o in twins if o is not sid])
        if place:
            parts.append(place)
        alike = [
            o
            for o in twins
            if (o.width, o.height, o.x, o.y) == (sid.width, sid.height, sid.x, sid.y)
        ]
        if len(alike) > 1:
            parts.append(str(number + 1))
        out.append(f"{sid.name} ({', '.join(parts)})")
    return out


def _place(sid: ScreenId, others: list[ScreenId]) -> str:
    if all(o.x == sid.x and o.y == sid.y for o in others):
        return ""
    if all(sid.x > o.x for o in others):
        return QCoreApplication.translate("ScreenPlace", "right")
    if all(sid.x < o.x for o in others):
        return QCoreApplication.translate("ScreenPlace", "left")
    if all(sid.y > o.y for o in others):
        return QCoreApplication.translate("ScreenPlace", "below")
    if all(sid.y < o.y for o in others):
        return QCoreApplication.translate("ScreenPlace", "above")
    return f"{sid.x},{sid.y}"


class ScreenChooser:
    def __init__(
        self,
        settings: QSettings,
        screens: Callable[[], list[QScreen]] = QGuiApplication.screens,
    ) -> None:
        self.settings = settings
        self.screens = screens  # a test may narrow the list to simulate unplugging

    def remembered(self) -> ScreenId | None:
        return ScreenId.from_text(str(self.settings.value(SETTINGS_KEY, "") or ""))

    def remember(self, screen: QScreen) -> None:
        self.settings.setValue(SETTINGS_KEY, ScreenId.of(screen).to_text())
        self.settings.sync()

    def choose(self, presenter: QScreen | None) -> QScreen:
        screens = self.screens()
        found = find(self.remembered(), screens)
        if found is not None:
            return found
        home = ScreenId.of(presenter) if presenter is not None else None
        others = [screen for screen in screens if ScreenId.of(screen) != home]
        if others:
            return max(others, key=lambda s: s.geometry().width() * s.geometry().height())
        return presenter if presenter is not None else screens[0]


def put_on(window: QWidget, screen: QScreen) -> None:
    """The window's native handle on `screen` (on another X screen it is made anew there)."""
    window.winId()  # the handle exists before the first show, so the screen is not the default
    window.setScreen(screen)


def place_full_screen(window: QWidget, screen: QScreen) -> None:
    """Full-screen on `screen`, also when the window is already full-screen elsewhere."""
    if (
        window.isVisible()
        and window.isFullScreen()
        and same_screen(window.screen(), screen)
        and window.geometry() == screen.geometry()
    ):
        return
    if window.isFullScreen():
        window.showNormal()
    put_on(window, screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
    logger.info("audience view on screen %s", screen.name())


def place_on(window: QWidget, screen: QScreen) -> None:
    """A normal window, centred in the available area of `screen`."""
    area = screen.availableGeometry()
    width = min(window.width(), area.width())
    height = min(window.height(), area.height())
    put_on(window, screen)
    window.setGeometry(
        area.x() + (area.width() - width) // 2,
        area.y() + (area.height() - height) // 2,
        width,
        height,
    )
