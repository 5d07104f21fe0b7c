"""The presenter view on the laptop: script, next phase, planned versus actual, speaker order,
quick note, a live preview of the projector, and a button for every key."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontInfo
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.session.snapshot import RunState, Snapshot
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.audience import AudienceView
from intervisie_desktop.ui.session.cues import CueBadge, CueLine, show_cues
from intervisie_desktop.ui.session.note_keys import NoteKeys
from intervisie_desktop.ui.session.side_column import SideColumn
from intervisie_desktop.ui.session.speakers import SpeakerList
from intervisie_desktop.ui.session.theme import DARK, LIGHT, Theme

if TYPE_CHECKING:
    from collections.abc import Callable

PREVIEW_WIDTH = 384
BUTTONS_PER_ROW = 6  # two rows: nine key actions, Finish and the evaluation


def signed_clock(seconds: float) -> str:
    sign = "-" if seconds < 0 else "+"
    return sign + timing.clock_text(abs(round(seconds)))


class PresenterView(QWidget):
    note_submitted = Signal(str)
    screen_chosen = Signal(str)
    theme_chosen = Signal(str)
    signal_toggled = Signal(bool)
    resume_at_changed = Signal(object)  # "HH:MM" or None
    finish_requested = Signal()
    leave_requested = Signal()
    unlock_requested = Signal()

    def __init__(self, lang: str, theme: Theme = DARK, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("presenterView")
        self.lang = lang
        self.setWindowTitle(self.tr("Session mode \u2014 presenter"))
        self.resize(1200, 760)
        self._closing_allowed = False

        self.finished_note = QLabel(
            self.tr(
                "The session is finished and saved. Esc (or “Leave session mode” below) "
                "brings back the main window; until then the projector shows the closing screen."
            )
        )
        self.finished_note.setObjectName("finishedNote")
        self.finished_note.setWordWrap(True)
        self.finished_note.setStyleSheet(
            "QLabel#finishedNote { background: palette(highlight);"
            " color: palette(highlighted-text); padding: 8px; border-radius: 4px;"
            " font-weight: bold; }"
        )
        self.finished_note.hide()
        self.where = QLabel()
        self.where.setObjectName("where")
        self.where.setWordWrap(True)
        font = self.where.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.where.setFont(font)
        self.state = QLabel()
        self.state.setObjectName("state")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        clock_font = self.clock.font()
        clock_font.setPointSizeF(clock_font.pointSizeF() * 2.4)
        clock_font.setBold(True)
        self.clock.setFont(clock_font)
        self.time_cue = CueBadge()  # "2 min left" outlined, "+0:35 over time" filled
        self.time_cue.set_text_pixels(QFontInfo(clock_font).pixelSize() * 0.55)
        self.phase_bar = CueLine()
        self.phase_bar.set_heights(4)
        self.time_of_day = QLabel()
        self.time_of_day.setObjectName("timeOfDay")
        self.time_of_day.setFont(font)  # as large as the heading, smaller than the timer
        self.session_clock = QLabel()
        self.session_clock.setObjectName("sessionClock")
        self.next_phase = QLabel()
        self.next_phase.setObjectName("nextPhase")
        self.next_phase.setWordWrap(True)
        self.so_far = QLabel()
        self.so_far.setObjectName("soFar")
        self.script = QTextBrowser()
        self.script.setObjectName("script")
        self.script.setOpenLinks(False)

        self.preview = AudienceView(lang, theme)
        self.preview.setObjectName("preview")
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.speakers = SpeakerList()
        self.note = QLineEdit()
        self.note.setObjectName("quickNote")
        self.note.setAccessibleName(self.tr("Quick note (private)"))
        self.note.setPlaceholderText(self.tr("Quick note (private), Enter saves"))
        self._note_keys = NoteKeys(self)
        self.note.installEventFilter(self._note_keys)
        self.note.returnPressed.connect(self._submit_note)
        self.note_status = QLabel()
        self.note_status.setObjectName("noteStatus")

        self.screen_box = QComboBox()
        self.screen_box.setObjectName("screenBox")
        self.screen_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_box.activated.connect(
            lambda i: self.screen_chosen.emit(self.screen_box.itemData(i))
        )
        self.theme_box = QComboBox()
        self.theme_box.setObjectName("themeBox")
        self.theme_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.theme_box.addItem(self.tr("Dark"), "dark")
        self.theme_box.addItem(self.tr("Light"), "light")
        self.theme_box.activated.connect(
            lambda i: self.theme_chosen.emit(self.theme_box.itemData(i))
        )
        self.signal_box = QCheckBox(self.tr("Flash and chime at zero"))
        self.signal_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.signal_box.toggled.connect(self.signal_toggled.emit)
        self.projector_clock_box = QCheckBox(self.tr("Time of day on the projector"))
        self.projector_clock_box.setObjectName("projectorClockBox")
        self.projector_clock_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resume_box = QCheckBox(self.tr("Show \u201cwe continue at\u201d"))
        self.resume_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.resume_time = QTimeEdit(QTime.currentTime().addSecs(15 * 60))
        self.resume_time.setDisplayFormat("HH:mm")
        self.resume_box.toggled.connect(self._resume_changed)
        self.resume_time.timeChanged.connect(self._resume_changed)

        self.buttons = QGridLayout()
        self._placed = 0
        self.finish_button = QPushButton(self.tr("Finish session"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.finish_button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.finish_button.clicked.connect(self.finish_requested.emit)

        self._build_layout()

    def _build_layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self.finished_note)
        left.addWidget(self.where)
        clock_row = QHBoxLayout()
        clock_row.addWidget(self.clock)
        clock_row.addWidget(self.time_cue)
        clock_row.addStretch(1)
        clock_row.addWidget(self.state)
        clock_row.addWidget(self.time_of_day)
        left.addLayout(clock_row)
        left.addWidget(self.phase_bar)
        left.addWidget(self.session_clock)
        left.addWidget(self.so_far)
        left.addWidget(self.next_phase)
        # Script and notes are private: while the program is locked a placeholder takes over.
        self.private_box = QWidget()
        self.private_box.setObjectName("privateBox")
        private = QVBoxLayout(self.private_box)
        private.setContentsMargins(0, 0, 0, 0)
        script_title = QLabel(self.tr("Facilitator script"))
        script_title.setObjectName("scriptTitle")
        private.addWidget(script_title)
        private.addWidget(self.script, 1)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note, 1)
        note_row.addWidget(self.note_status)
        private.addLayout(note_row)
        self.locked_box = QWidget()
        self.locked_box.setObjectName("lockedBox")
        locked = QVBoxLayout(self.locked_box)
        self.locked_label = QLabel(
            self.tr(
                "Intervisie is locked: the script and the notes are hidden. The session and "
                "the projector go on; unlock in the main window."
            )
        )
        self.locked_label.setObjectName("lockedLabel")
        self.locked_label.setWordWrap(True)
        self.locked_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("Unlock\u2026"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button.clicked.connect(self.unlock_requested.emit)
        locked.addStretch(1)
        locked.addWidget(self.locked_label)
        locked.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignCenter)
        locked.addStretch(1)
        self.private_stack = QStackedWidget()
        self.private_stack.addWidget(self.private_box)
        self.private_stack.addWidget(self.locked_box)
        left.addWidget(self.private_stack, 1)
        self._panels = left

        self.side_column = SideColumn()
        right = self.side_column.column
        preview_title = QLabel(self.tr("Projector"))
        right.addWidget(preview_title)
        right.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignLeft)
        self.speaker_box = QGroupBox(self.speaker_title(has_turns=True))
        self.speaker_box.setObjectName("speakerBox")
        order_layout = QVBoxLayout(self.speaker_box)
        order_layout.addWidget(self.speakers)
        right.addWidget(self.speaker_box, 1)
        settings = QGroupBox(self.tr("Projector settings"))
        form = QFormLayout(settings)
        form.addRow(self.tr("Screen"), self.screen_box)
        form.addRow(self.tr("Theme"), self.theme_box)
        form.addRow(self.signal_box)
        form.addRow(self.projector_clock_box)
        resume_row = QHBoxLayout()
        resume_row.addWidget(self.resume_box)
        resume_row.addWidget(self.resume_time)
        form.addRow(resume_row)
        right.addWidget(settings)
        self.side = right
        self.side_column.wheel_scrolls(self.screen_box, self.theme_box, self.resume_time)

        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.side_column, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addLayout(self.buttons)

    def add_buttons(self, actions: list[tuple[QAction, str]]) -> None:
        """One button per key action, its keys written under the name."""
        for action, keys in actions:
            button = QToolButton()
            button.setObjectName("button_" + action.objectName())
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(f"{action.text()}\n{keys}")
            button.setToolTip(keys)
            button.clicked.connect(action.trigger)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            self.add_grid_button(button)
        self.add_grid_button(self.finish_button)

    def add_grid_button(self, button: QWidget) -> None:
        """Buttons fill two rows: the key actions, Finish, and one spare place (the evaluation's),
        so the window still fits a 1366x768 screen."""
        self.buttons.addWidget(
            button, self._placed // BUTTONS_PER_ROW, self._placed % BUTTONS_PER_ROW
        )
        self._placed += 1

    def add_panel(self, panel: QWidget) -> None:
        """A panel of session mode under the script and the note (messages to the room)."""
        self._panels.addWidget(panel)

    def add_side_panel(self, panel: QWidget) -> None:
        """A box below the projector settings (the phone remote's)."""
        self.side.addWidget(panel)

    def button(self, name: str) -> QToolButton:
        found = self.findChild(QToolButton, "button_" + name)
        assert found is not None, name
        return found

    # -- settings shown --------------------------------------------------------------------------
    def set_screens(self, screens: list[tuple[str, str]], current: str) -> None:
        """(label, key) a screen; the key is what `screen_chosen` sends back."""
        self.screen_box.blockSignals(True)
        self.screen_box.clear()
        for label, key in screens:
            self.screen_box.addItem(label, key)
        self.screen_box.setCurrentIndex(max(0, self.screen_box.findData(current)))
        self.screen_box.blockSignals(False)

    def set_theme_key(self, key: str) -> None:
        self.theme_box.setCurrentIndex(max(0, self.theme_box.findData(key)))

    def resume_at(self) -> str | None:
        return self.resume_time.time().toString("HH:mm") if self.resume_box.isChecked() else None

    def _resume_changed(self, *args: object) -> None:
        self.resume_at_changed.emit(self.resume_at())

    def _submit_note(self) -> None:
        text = self.note.text().strip()
        if text:
            self.note_submitted.emit(text)

    def note_saved(self, at: str) -> None:
        self.note.clear()
        self.note.clearFocus()
        self.note_status.setText(self.tr("Saved at {time}").format(time=at))

    # -- showing a snapshot ----------------------------------------------------------------------
    def speaker_title(self, has_turns: bool) -> str:
        if has_turns:
            return self.tr("Speaker order (drag; untick who is absent)")
        return self.tr("Present, no turns (drag; untick who is absent)")

    def state_text(self, snap: Snapshot) -> str:
        texts = {
            RunState.NOT_STARTED: self.tr("Not started: Next starts"),
            RunState.NORMAL: self.tr("Running"),
            RunState.WARNING: self.tr("Nearly over"),
            RunState.OVERTIME: self.tr("Overtime"),
            RunState.PAUSED: self.tr("Paused"),
            RunState.FINISHED: self.tr("Finished"),
        }
        text = texts[snap.state]
        return text + (" \u00b7 " + self.tr("projector blank") if snap.blank else "")

    def show_snapshot(self, snap: Snapshot) -> None:
        lang = self.lang
        where = self.tr("{method} \u00b7 phase {i} of {n}: {phase}").format(
            method=snap.method_name.get(lang),
            i=snap.phase_index + 1,
            n=snap.phase_count,
            phase=snap.phase_name.get(lang),
        )
        _set(self.where, where)
        _set(self.state, self.state_text(snap))
        finished = snap.state == RunState.FINISHED
        self.finished_note.setVisible(finished)
        self.finish_button.setEnabled(not finished)
        self.next_phase.setVisible(not finished)
        if snap.next_phase_name is not None:
            _set(
                self.next_phase,
                self.tr("Next: {phase}").format(phase=snap.next_phase_name.get(lang)),
            )
        else:
            _set(self.next_phase, self.tr("Next: end of the session"))
        script = snap.script.get(lang)
        if self.script.property("shown") != script:
            self.script.setProperty("shown", script)
            self.script.setMarkdown(script)
        # Outside rounds nobody has a turn: the list shows who is here instead of nothing.
        has_turns = bool(snap.speakers)
        _set_title(self.speaker_box, self.speaker_title(has_turns))
        self.speakers.show_speakers(snap.speakers if has_turns else snap.members)
        self._show_continue_at(snap.continue_at)
        self.show_clock(snap)

    def _show_continue_at(self, at: str | None) -> None:
        """The break-screen controls follow the run (a resumed run brings its time back)."""
        if at is None:
            _quietly(self.resume_box, lambda: self.resume_box.setChecked(False))
            return
        time = QTime.fromString(at, "HH:mm")
        if time.isValid() and self.resume_time.time() != time:
            _quietly(self.resume_time, lambda: self.resume_time.setTime(time))
        _quietly(self.resume_box, lambda: self.resume_box.setChecked(True))

    def show_clock(self, snap: Snapshot) -> None:
        shown = timing.shown_timing(snap)
        _set(self.clock, timing.timer_text(shown.remaining))
        show_cues(self.time_cue, self.phase_bar, snap, LIGHT)
        self.phase_bar.set_colours(LIGHT.track, LIGHT.timer_colour(timing.tone(snap)))
        self.phase_bar.set_fraction(timing.fraction(snap.phase))
        _set(
            self.session_clock,
            self.tr("Session {elapsed} of {planned}").format(
                elapsed=timing.clock_text(snap.session.elapsed),
                planned=timing.clock_text(snap.session.planned),
            ),
        )
        planned, actual = snap.planned_so_far, snap.actual_so_far
        _set(
            self.so_far,
            self.tr("Before this phase: planned {planned} \u00b7 actual {actual} ({diff})").format(
                planned=timing.clock_text(planned),
                actual=timing.clock_text(actual),
                diff=signed_clock(actual - planned),
            ),
        )

    def show_time_of_day(self, text: str) -> None:
        _set(self.time_of_day, text)

    def set_locked(self, locked: bool) -> None:
        """Locked: script, quick note and note status give way to a placeholder."""
        if locked:
            self.note.clearFocus()
            self.note_status.clear()
            self.private_stack.setCurrentWidget(self.locked_box)
        else:
            self.private_stack.setCurrentWidget(self.private_box)
        self.note.setEnabled(not locked)

    def is_locked(self) -> bool:
        return self.private_stack.currentWidget() is self.locked_box

    def allow_close(self) -> None:
        self._closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._closing_allowed:
            event.accept()
            return
        event.ignore()
        self.leave_requested.emit()


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _set_title(box: QGroupBox, text: str) -> None:
    if box.title() != text:
        box.setTitle(text)


def _quietly(widget: QWidget, change: Callable[[], None]) -> None:
    """Show a value from the run without sending it back as a new command."""
    blocked = widget.blockSignals(True)
    try:
        change()
    finally:
        widget.blockSignals(blocked)
