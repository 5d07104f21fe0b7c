"""The chime at zero: a short WAV through QSoundEffect, silent when there is no audio device."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from intervisie_desktop.paths import resource_dir

if TYPE_CHECKING:  # imported when the chime is first played: the module may be missing
    from PySide6.QtMultimedia import QSoundEffect

logger = logging.getLogger(__name__)


class Chime(QObject):
    """Loads the sound on first use; a machine without audio output simply stays quiet."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effect: QSoundEffect | None = None
        self._tried = False
        self.played = 0  # how often a chime was asked for (tests read it)

    def _load(self) -> QSoundEffect | None:
        self._tried = True
        path = resource_dir() / "sounds" / "chime.wav"
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            logger.info("no multimedia module: chime stays silent")
            return None
        if not path.exists() or not QMediaDevices.audioOutputs():
            logger.info("no audio output: chime stays silent")
            return None
        effect = QSoundEffect(self)
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.setVolume(0.6)
        return effect

    def play(self) -> None:
        self.played += 1
        if not self._tried:
            self._effect = self._load()
        if self._effect is not None:
            self._effect.play()
