"""Session mode: owns the audience and presenter windows, the keys, the screens and the ticker.

Everything shown is read from `control.snapshot()`; the next repaint is armed for the moment the
shown time changes (a single-shot timer, re-armed each time), so nothing counts seconds.
"""

from __future__ import annotations

import logging
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.core.errors import IntervisieError
from intervisie_desktop.core.session.snapshot import RunState, Snapshot, SpeakerState
from intervisie_desktop.ui import field_keys
from intervisie_desktop.ui.hub import ChangeHub
from intervisie_desktop.ui.remote.phone import PhoneRemote
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.audience import AudienceView
from intervisie_desktop.ui.session.chair import install_chair
from intervisie_desktop.ui.session.chime import Chime
from intervisie_desktop.ui.session.follow_up import install_follow_up
from intervisie_desktop.ui.session.goals import install_goals
from intervisie_desktop.ui.session.guard import KeepsAlive, Pulses, WindowGuard
from intervisie_desktop.ui.session.keys import KEYS
from intervisie_desktop.ui.session.labels import action_labels, key_labels
from intervisie_desktop.ui.session.messages import RoomMessages
from intervisie_desktop.ui.session.online import AudienceModes
from intervisie_desktop.ui.session.presenter import PresenterView
from intervisie_desktop.ui.session.screens import (
    ScreenChooser,
    ScreenId,
    find,
    labels,
    place_on,
    same_screen,
)
from intervisie_desktop.ui.session.speakers import excused_at
from intervisie_desktop.ui.session.theme import theme_named
from intervisie_desktop.ui.session.time_of_day import TimeOfDayCue
from intervisie_desktop.ui.translation import error_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.core.session.control import SessionControl

logger = logging.getLogger(__name__)

THEME_SETTING = "session.projector_theme"
SIGNAL_SETTING = "session.signal_at_zero"
FLASH_TOGGLES = 6  # three flashes at zero
FLASH_INTERVAL_MS = 250
MARGIN_MS = 1  # fire just after the boundary, never just before it
HEARTBEAT_MS = 5000  # the run's sign of life while session mode is open (resume after a crash)


class SessionModeController(QObject):
    leaving = Signal()  # before the windows close (the main window comes back first)
    closed = Signal()
    finished = Signal()  # the run has just been finished
    refreshed = Signal()  # after every repaint request (tests and the benchmark wait on it)

    def __init__(
        self,
        control: SessionControl,
        services: Services,
        *,
        lang: str = "nl",
        settings: QSettings | None = None,
        presenter_screen: QScreen | None = None,
        screens: Callable[[], list[QScreen]] | None = None,
        hub: ChangeHub | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.control = control
        self.services = services
        self.hub = hub or ChangeHub(self)  # the program's hub: a note made here reaches its panes
        self.meeting_id = control.meeting_id
        self.is_closing = False
        self.signal_at_zero = bool(services.settings.get(SIGNAL_SETTING, False))
        theme = theme_named(services.settings.get(THEME_SETTING, "dark"))
        self.chooser = ScreenChooser(settings or QSettings(), screens or QGuiApplication.screens)
        # Screens are kept by what they are: a QScreen wrapper can outlive its screen (unplugging).
        self._presenter_home = ScreenId.of(presenter_screen) if presenter_screen else None

        self.audience = AudienceView(lang, theme)
        self.audience.setWindowTitle(self.tr("Session mode \u2014 projector"))
        self.audience.setCursor(Qt.CursorShape.BlankCursor)
        # Mapping the projector's window must not take the keys from the presenter.
        self.audience.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.presenter = PresenterView(lang, theme)
        self.presenter.speakers.excused = excused_at(services, self.meeting_id)
        self.presenter.set_theme_key(theme.key)
        self.presenter.signal_box.setChecked(self.signal_at_zero)
        self._guard = WindowGuard(self, self)
        self.audience.installEventFilter(self._guard)

        self.chime = Chime(self)
        self.ticker = QTimer(self)
        self.ticker.setSingleShot(True)
        self.ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self.ticker.timeout.connect(self.refresh)
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(FLASH_INTERVAL_MS)
        self._flash_timer.timeout.connect(self._flash_step)
        self._flash_left = 0
        self._last: tuple[tuple[int, int, int | None], float] | None = None
        self.ticks = 0  # refreshes so far (benchmark)
        self.heartbeats = 0
        # One coarse timer, apart from the repaint ticker: the runner notes it is still alive.
        self.heartbeat_timer = QTimer(self)
        self.heartbeat_timer.setInterval(HEARTBEAT_MS)
        self.heartbeat_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self.heartbeat_timer.timeout.connect(self.heartbeat)
        self.locked = False

        self.actions = self._make_actions()
        field_keys.install()  # F5 and the rest reach the session, not a focused field
        for window in (self.audience, self.presenter):
            window.addActions(list(self.actions.values()))
        self.presenter.add_buttons([(self.actions[name], self.key_names()[name]) for name in KEYS])
        self.messages = RoomMessages(self, self)  # 1-5, M, 0: show_preset, show_text, clear_message
        self._connect()
        self.modes = AudienceModes(self, self)  # projector, a window for a video call, one screen
        from intervisie_desktop.ui.session.evaluation import install_evaluation

        self.evaluation = install_evaluation(self)  # the presenter's E: the group's scores
        self.follow_up = install_follow_up(self)  # the follow-up step: D, C, X mark actions
        self.goals = install_goals(self)  # the opening round: learning goals by the names
        self.time_of_day = TimeOfDayCue(self, services, self.presenter, self.audience, self.leaving)
        self.chair = install_chair(self)  # who chairs, on both screens; follows a change
        self.phone = PhoneRemote(self, lang, parent=self)  # off until opted in; closes on leaving

    # -- keys ------------------------------------------------------------------------------------
    def key_names(self) -> dict[str, str]:
        return key_labels()

    def _make_actions(self) -> dict[str, QAction]:
        texts = action_labels()
        handlers: dict[str, Callable[[], None]] = {
            "next": self.next,
            "back": lambda: self._command(self.control.back),
            "pause": lambda: self._command(self.control.toggle_pause),
            "blank": self.toggle_blank,
            "more": lambda: self._command(lambda: self.control.adjust_minutes(1)),
            "less": lambda: self._command(lambda: self.control.adjust_minutes(-1)),
            "skip": lambda: self._command(self.control.skip_speaker),
            "start": self.start,
            "leave": self.leave,
        }
        actions = {}
        for name, keys in KEYS.items():
            action = QAction(texts[name], self)
            action.setObjectName(name)
            action.setShortcuts([QKeySequence(key) for key in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(handlers[name])
            actions[name] = action
        return actions

    def _command(self, command: Callable[[], None]) -> None:
        try:
            command()
        except IntervisieError as exc:
            logger.warning("session command refused: %s", type(exc).__name__)
            self.presenter.note_status.setText(error_text(exc))
        self.refresh()

    def next(self) -> None:
        snap = self.control.snapshot()
        if snap.state == RunState.NOT_STARTED:
            self._command(self.control.start)
        elif snap.state != RunState.FINISHED and at_the_end(snap):
            self.finish()  # "Next: end of the session": a clicker reaches the closing screen
        else:
            self._command(self.control.next)

    def start(self) -> None:
        if self.control.snapshot().state == RunState.NOT_STARTED:
            self._command(self.control.start)

    @property
    def blank(self) -> bool:
        """The projector is blanked (kept in the run: a restart keeps it blank)."""
        return self.control.snapshot().blank

    @property
    def resume_at(self) -> str | None:
        """The time on the break screen, "HH:MM", kept in the run like blank."""
        return self.control.snapshot().continue_at

    def toggle_blank(self) -> None:
        self._command(lambda: self.control.set_blank(not self.control.snapshot().blank))

    def finish(self) -> None:
        was_finished = self.control.snapshot().state == RunState.FINISHED
        self._command(self.control.finish)
        if not was_finished and self.control.snapshot().state == RunState.FINISHED:
            logger.info("session of meeting %s finished", self.meeting_id)
            self.finished.emit()

    def heartbeat(self) -> None:
        """Every few seconds: the runner stores a sign of life (what a resume counts from)."""
        if not isinstance(self.control, KeepsAlive):
            return
        try:
            self.control.heartbeat()
        except Exception:  # a missed sign of life must never stop the session on screen
            logger.exception("session heartbeat failed")
            return
        self.heartbeats += 1

    def set_locked_on(self) -> None:
        self.set_locked(True)

    def set_locked_off(self) -> None:
        self.set_locked(False)

    def set_locked(self, locked: bool) -> None:
        """The program's lock: the projector goes on, the presenter hides script and notes."""
        self.locked = locked
        self.presenter.set_locked(locked)
        self.refresh()  # what follows the lock on the presenter (the follow-up panel) hears it

    def leave(self) -> None:
        """Esc: the run is already stored, so leaving loses nothing; still, ask first."""
        if self.is_closing:
            return
        if self.control.snapshot().state not in (RunState.NOT_STARTED, RunState.FINISHED):
            # On the presenter's screen, never over the projector's timer; keys come back after.
            answer = QMessageBox.question(
                self.presenter,
                self.tr("Leave session mode"),
                self.tr("Leave session mode? The session is kept and can be resumed."),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.activate()
                return
        self.close()

    # -- wiring ----------------------------------------------------------------------------------
    def _connect(self) -> None:
        p = self.presenter
        p.note_submitted.connect(self.save_note)
        p.speakers.reorder_requested.connect(
            lambda ids: self._command(lambda: self.control.reorder(ids))
        )
        p.speakers.absent_toggled.connect(
            lambda member, absent: self._command(lambda: self.control.mark_absent(member, absent))
        )
        p.screen_chosen.connect(self.choose_screen)
        p.theme_chosen.connect(self.set_theme)
        p.signal_toggled.connect(self.set_signal)
        p.resume_at_changed.connect(self.set_resume_at)
        p.finish_requested.connect(self.finish)
        p.leave_requested.connect(self.leave)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self.screens_changed)
        app.screenRemoved.connect(self.screens_changed)

    def save_note(self, text: str) -> None:
        """A private note of the meeting, titled with the time; stored at once."""
        now = QTime.currentTime().toString("HH:mm")
        try:
            created = self.services.notes.create(meeting_id=self.meeting_id, title=now, body=text)
        except IntervisieError as exc:
            self.presenter.note_status.setText(error_text(exc))
            return
        self.hub.broadcast(created.changes, self)
        self.presenter.note_saved(now)

    def set_theme(self, key: str) -> None:
        theme = theme_named(key)
        self.services.settings.set(THEME_SETTING, theme.key)
        self.audience.set_theme(theme)
        self.presenter.preview.set_theme(theme)

    def set_signal(self, on: bool) -> None:
        self.signal_at_zero = on
        self.services.settings.set(SIGNAL_SETTING, on)

    def set_resume_at(self, value: str | None) -> None:
        self._command(lambda: self.control.set_continue_at(value))

    # -- screens ---------------------------------------------------------------------------------
    def presenter_screen(self) -> QScreen:
        screens = self.chooser.screens()
        home = find(self._presenter_home, screens)
        if home is not None:
            return home
        primary = QGuiApplication.primaryScreen()
        return find(ScreenId.of(primary) if primary else None, screens) or screens[0]

    def show(self) -> None:
        home = self.presenter_screen()
        place_on(self.presenter, home)
        if QGuiApplication.platformName().startswith("wayland"):
            # A Wayland compositor gives the keys to the window mapped last and lets no program
            # take them back: the presenter comes last there.
            self.place_audience()
            self.presenter.show()
        else:
            self.presenter.show()
            self.place_audience()
        self.refresh()
        self.heartbeat_timer.start()
        self.activate()
        QTimer.singleShot(0, self.activate)  # after the window system has mapped both windows

    def activate(self) -> None:
        """Keys go to the presenter; with one screen to the audience view that covers it."""
        if self.is_closing:
            return
        window = self.keys_window()
        window.raise_()
        window.activateWindow()

    def keys_window(self) -> QWidget:
        """The presenter, unless the audience view covers it on one screen."""
        return self.audience if self.modes.covers_presenter() else self.presenter

    def place_audience(self, screen: QScreen | None = None) -> None:
        home = self.presenter_screen()
        target = self.modes.screen_for(screen or self.chooser.choose(home), home)
        self.modes.place(target)
        screens = self.chooser.screens()
        keys = [ScreenId.of(s).to_text() for s in screens]
        current = ScreenId.of(target).to_text()
        self.presenter.set_screens(list(zip(labels(screens), keys, strict=True)), current)

    def choose_screen(self, key: str) -> None:
        for screen in self.chooser.screens():
            if ScreenId.of(screen).to_text() == key:
                self.chooser.remember(screen)
                self.place_audience(screen)
                self.activate()
                return

    def screens_changed(self, *args: object) -> None:
        # Qt first moves windows off a removed screen itself; place ours once it has.
        QTimer.singleShot(0, self._replace_windows)

    def _replace_windows(self) -> None:
        if self.is_closing:
            return
        home = self.presenter_screen()
        if not same_screen(self.presenter.screen(), home):
            place_on(self.presenter, home)
        self.place_audience()
        logger.info("screens changed: %d screen(s)", len(self.chooser.screens()))

    # -- painting --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the snapshot, show it (only what changed repaints), arm the next repaint."""
        if self.is_closing:
            return
        snap = self.control.snapshot()
        self.ticks += 1
        self._check_zero(snap)
        flashing = self._flash_left > 0 and self._flash_left % 2 == 0
        for view in (self.audience, self.presenter.preview):
            view.show_snapshot(
                snap, blank=snap.blank, resume_at=snap.continue_at, flashing=flashing
            )
        self.presenter.show_snapshot(snap)
        if isinstance(self.control, Pulses):
            self.control.pulse()  # a resume after a kill comes back to this second
        self._arm(snap)
        self.refreshed.emit()

    def _arm(self, snap: Snapshot) -> None:
        delay = timing.next_change_in(snap)
        if delay is None:
            self.ticker.stop()
            return
        self.ticker.start(max(1, math.ceil(delay * 1000) + MARGIN_MS))

    def _check_zero(self, snap: Snapshot) -> None:
        current = snap.current_speaker
        key = (snap.step_index, snap.phase_index, current.member_id if current else None)
        remaining = timing.shown_timing(snap).remaining
        last, self._last = self._last, (key, remaining)
        if (
            self.signal_at_zero
            and snap.state in timing.RUNNING
            and last is not None
            and last[0] == key
            and last[1] > 0 >= remaining
        ):
            self._flash_left = FLASH_TOGGLES
            self._flash_timer.start()
            self.chime.play()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        if self._flash_left <= 0:
            self._flash_timer.stop()
        snap = self.control.snapshot()
        flashing = self._flash_left > 0 and self._flash_left % 2 == 0
        if not snap.blank:
            for view in (self.audience, self.presenter.preview):
                view.show_clock(snap, flashing)

    # -- end ------------------------------------------------------------------------------------
    def close(self) -> None:
        """Close both windows; the run itself is kept by the runner."""
        if self.is_closing:
            return
        self.leaving.emit()
        self.is_closing = True
        self.ticker.stop()
        self._flash_timer.stop()
        self.heartbeat_timer.stop()
        beats = self.heartbeats
        self.heartbeat()  # the last sign of life before the windows go
        if self.heartbeats > beats and isinstance(self.control, KeepsAlive):
            self.control.release()  # stored: the kill-only sign of life beside it can go
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.disconnect(self.screens_changed)
            app.screenRemoved.disconnect(self.screens_changed)
        self.presenter.allow_close()
        self.audience.close()
        self.presenter.close()
        logger.info("session mode left for meeting %s", self.meeting_id)
        self.closed.emit()

    def dispose(self) -> None:
        """Free both windows and this controller once session mode is left."""
        self.audience.deleteLater()
        self.presenter.deleteLater()
        self.deleteLater()


def at_the_end(snap: Snapshot) -> bool:
    """The last phase of the plan with no speaker still to come: Next would change nothing."""
    return snap.next_phase_name is None and not any(
        speaker.state == SpeakerState.TO_COME for speaker in snap.speakers
    )
