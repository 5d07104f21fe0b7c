"""A compact presenter over the audience view, for when the audience view fills the only screen:
phase, speaker, time, next step and the keys. P shows and hides it.

It is on the screen the room sees, so it shows only what the projector may show plus the next
phase's name and the keys. The facilitator script appears only when the supervisor asks for it
with F while the overlay is up, under a heading that says the room can read it; never while the
program is locked. Case descriptions and notes are never in it (the snapshot has none).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.faces import projector_font
from intervisie_desktop.ui.session.keys import HELPER_KEYS
from intervisie_desktop.ui.session.labels import action_labels, key_labels

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.session.control import SessionControl
    from intervisie_desktop.core.session.snapshot import Snapshot


class OverlayHost(Protocol):
    """What the overlay reads of session mode (the controller)."""

    control: SessionControl
    locked: bool


OVERLAY_KEY = HELPER_KEYS["overlay"][0]
SCRIPT_KEY = HELPER_KEYS["overlay_script"][0]
BACKGROUND = "#1d2733"
TEXT = "#ffffff"
MUTED = "#c9d2dc"
WARNING_BG = "#ffd23f"
WARNING_TEXT = "#000000"
HINT_ACTIONS = ("next", "back", "pause", "blank", "more", "less", "skip", "leave")


def _label(name: str, colour: str = TEXT, wrap: bool = True) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)
    return label


class PresenterOverlay(QFrame):
    """Hidden until P; placed in the lower left of the audience view, about half its width."""

    def __init__(
        self, audience: QWidget, controller: OverlayHost, covers: Callable[[], bool]
    ) -> None:
        super().__init__(audience)
        self.setObjectName("presenterOverlay")
        self.controller = controller
        self.covers = covers  # does the audience view cover the presenter's screen?
        self.audience = audience
        self.script_wanted = False
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        self.setPalette(palette)
        self.setFrameShape(QFrame.Shape.Box)

        self.title = _label("overlayTitle", MUTED)
        self.title.setText(
            QCoreApplication.translate(
                "PresenterOverlay", "Presenter (P hides) \u2014 visible to the room"
            )
        )
        self.where = _label("overlayWhere")
        self.speaker = _label("overlaySpeaker")
        self.clock = _label("overlayClock", wrap=False)
        self.next_step = _label("overlayNext")
        self.hints = _label("overlayHints", MUTED)
        self.script_title = _label("overlayScriptTitle", WARNING_TEXT)
        self.script_title.setText(
            QCoreApplication.translate(
                "PresenterOverlay", "Facilitator script \u2014 VISIBLE TO THE ROOM (F hides it)"
            )
        )
        self.script_title.setAutoFillBackground(True)
        title_palette = self.script_title.palette()
        title_palette.setColor(QPalette.ColorRole.Window, QColor(WARNING_BG))
        self.script_title.setPalette(title_palette)
        self.script = _label("overlayScript")
        layout = self._layout = QVBoxLayout(self)
        for label in (
            self.title,
            self.where,
            self.speaker,
            self.clock,
            self.next_step,
            self.script_title,
            self.script,
            self.hints,
        ):
            layout.addWidget(label)
        self.script_title.hide()
        self.script.hide()
        self.hide()
        audience.installEventFilter(self)

        self.toggle_action = self._action("presenterOverlay", OVERLAY_KEY, self.toggle)
        self.script_action = self._action("overlayScript", SCRIPT_KEY, self.toggle_script)

    def _action(self, name: str, key: int | str, slot: object) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        return action

    def actions_for_keys(self) -> list[QAction]:
        return [self.toggle_action, self.script_action]

    # -- keys ------------------------------------------------------------------------------------
    def toggle(self) -> None:
        """P: the overlay comes and goes, only where the audience view covers the presenter."""
        if self.isVisible():
            self.hide_all()
            return
        if not self.covers():
            return  # the presenter is in view on its own screen (or beside a shared window)
        self.script_wanted = False
        self.setVisible(True)
        self.follow()
        self.raise_()

    def toggle_script(self) -> None:
        """F, with the overlay up: the supervisor's explicit request to show the script."""
        if not self.isVisible():
            return
        self.script_wanted = not self.script_wanted
        self.follow()

    def hide_all(self) -> None:
        self.script_wanted = False
        self.script.clear()
        self.script_title.hide()
        self.script.hide()
        self.hide()

    # -- showing ---------------------------------------------------------------------------------
    def follow(self) -> None:
        """After every repaint of session mode: the overlay shows the same moment."""
        if not self.isVisible():
            return
        if not self.covers():
            self.hide_all()  # the audience view moved off the presenter's screen
            return
        self.show_snapshot(self.controller.control.snapshot())

    def show_snapshot(self, snap: Snapshot) -> None:
        lang = getattr(self.audience, "lang", "nl")
        _set(
            self.where,
            QCoreApplication.translate(
                "PresenterOverlay", "{method} \u00b7 phase {i} of {n}: {phase}"
            ).format(
                method=snap.method_name.get(lang),
                i=snap.phase_index + 1,
                n=snap.phase_count,
                phase=snap.phase_name.get(lang),
            ),
        )
        current = snap.current_speaker
        _set(
            self.speaker,
            QCoreApplication.translate("PresenterOverlay", "Speaker: {name}").format(
                name=current.display_name
            )
            if current is not None
            else QCoreApplication.translate("PresenterOverlay", "No turns in this phase"),
        )
        shown = timing.shown_timing(snap)
        state = {
            RunState.NOT_STARTED: QCoreApplication.translate("PresenterOverlay", "not started"),
            RunState.PAUSED: QCoreApplication.translate("PresenterOverlay", "paused"),
            RunState.FINISHED: QCoreApplication.translate("PresenterOverlay", "finished"),
            RunState.OVERTIME: QCoreApplication.translate("PresenterOverlay", "over time"),
        }.get(snap.state, "")
        clock = QCoreApplication.translate(
            "PresenterOverlay", "{time} \u00b7 session {elapsed} of {planned}"
        ).format(
            time=timing.timer_text(shown.remaining),
            elapsed=timing.clock_text(snap.session.elapsed),
            planned=timing.clock_text(snap.session.planned),
        )
        _set(self.clock, f"{clock} \u00b7 {state}" if state else clock)
        _set(
            self.next_step,
            QCoreApplication.translate("PresenterOverlay", "Next: {phase}").format(
                phase=snap.next_phase_name.get(lang)
            )
            if snap.next_phase_name is not None
            else QCoreApplication.translate("PresenterOverlay", "Next: end of the session"),
        )
        _set(self.hints, self.hint_text())
        show_script = self.script_wanted and not self.controller.locked
        script = snap.script.get(lang) if show_script else ""
        _set(self.script, script)
        self.script_title.setVisible(show_script)
        self.script.setVisible(show_script and bool(script))
        self._fit()

    def hint_text(self) -> str:
        keys, names = key_labels(), action_labels()
        parts = [f"{keys[name]} {names[name]}" for name in HINT_ACTIONS]
        parts.append(
            QCoreApplication.translate("PresenterOverlay", "F script (visible to the room)")
        )
        parts.append(QCoreApplication.translate("PresenterOverlay", "P hide"))
        return "  \u00b7  ".join(parts)

    def shown_texts(self) -> list[str]:
        """What the overlay puts on the room's screen now (the privacy tests read it)."""
        if not self.isVisible():
            return []
        return [
            label.text()
            for label in self.findChildren(QLabel)
            if label.isVisibleTo(self) and label.text()
        ]

    # -- size and place --------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.audience and event.type() == QEvent.Type.Resize and self.isVisible():
            self._fit()
        return False

    def _fit(self) -> None:
        """Half the audience view's width, in its lower left; text sized to its height."""
        area = self.audience.rect()
        unit = max(2.0, min(area.height(), area.width() * 0.75) / 100)
        for label, size, bold in (
            (self.title, 2.2, False),
            (self.where, 3.0, True),
            (self.speaker, 3.0, False),
            (self.clock, 3.6, True),
            (self.next_step, 3.0, False),
            (self.script_title, 2.4, True),
            (self.script, 2.4, False),
            (self.hints, 2.0, False),
        ):
            label.setFont(projector_font(size * unit, bold))
        margin = round(2 * unit)
        self._layout.setContentsMargins(margin, margin, margin, margin)
        width = area.width() // 2
        self.setFixedWidth(width)
        self.adjustSize()
        height = min(self.sizeHint().height(), area.height() - 2 * margin)
        self.setGeometry(margin, area.height() - height - margin, width, height)


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
