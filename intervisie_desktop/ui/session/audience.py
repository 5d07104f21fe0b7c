"""The audience view: what the projector shows, read only from a snapshot's projector fields.

It never receives the facilitator script, a case description or a note: the only free text it
can show is the method and phase names, the instruction, display names and the case's question
(which the runner leaves out when the supervisor hides it).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from intervisie_desktop.core.session.snapshot import Cue, RunState, Snapshot, SpeakerState
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.banner import Banner
from intervisie_desktop.ui.session.cues import CueBadge, CueLine, show_cues
from intervisie_desktop.ui.session.faces import (
    Chip,
    ProgressLine,
    SpeakerStrip,
    TimerFace,
    projector_font,
)
from intervisie_desktop.ui.session.theme import DARK, Theme

CASE_BRINGER_MARK = "\u2605 "  # a star before the case bringer's name
MIN_TEXT = 0.03  # every text on the projector is at least this share of its height
CUE_ORDER = (Cue.CASE_BRINGER_AWAY, Cue.CASE_BRINGER_SILENT, Cue.NO_ADVICE, Cue.WRITE_FIRST)


def _label(name: str, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names and questions are never markup
    return label


def _set_fg(widget: QWidget, colour: str, background: str | None = None) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    if background is not None:
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        widget.setAutoFillBackground(True)
    widget.setPalette(palette)


class AudienceView(QWidget):
    """Full-screen on the projector; the presenter view shows a small copy as its preview."""

    def __init__(
        self, lang: str = "nl", theme: Theme = DARK, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("audienceView")
        self.lang = lang
        self.theme = theme
        self.setAutoFillBackground(True)
        self._snapshot: Snapshot | None = None
        self._tone = "normal"

        self.method = _label("method")
        self.phase_count = _label("phaseCount")
        self.phase_count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_of_day = _label("timeOfDay")  # shown only when the supervisor turns it on
        self.time_of_day.hide()
        self.phase_name = _label("phaseName", wrap=True)
        self.instruction = _label("instruction", wrap=True)
        self.cues = _label("cues", wrap=True)
        self.strip = SpeakerStrip()
        self.timer = TimerFace()
        self.phase_caption = _label("phaseCaption")
        self.session_caption = _label("sessionCaption")
        self.phase_line = CueLine()  # changes form near the end and in overtime
        self.time_cue = CueBadge()  # "nog 2 min", "+0:35 over tijd"
        self.session_line = ProgressLine()
        self.question_caption = _label("questionCaption")
        self.question = _label("question", wrap=True)
        self.title = _label("messageTitle", wrap=True)
        self.subtitle = _label("messageSubtitle", wrap=True)
        for label in (self.title, self.subtitle, self.phase_name, self.instruction, self.cues):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        main = QWidget()
        main.setObjectName("mainPage")
        self._main_layout = QVBoxLayout(main)
        top = QHBoxLayout()
        top.addWidget(self.method, 1)
        top.addWidget(self.phase_count)
        top.addWidget(self.time_of_day)
        self._main_layout.addLayout(top)
        self._main_layout.addWidget(self.phase_name)
        self._main_layout.addWidget(self.instruction)
        self._main_layout.addWidget(self.cues)
        self._main_layout.addStretch(1)
        self._main_layout.addWidget(self.strip)
        self._main_layout.addWidget(self.timer)
        self._progress_rows = []
        for caption, line in (
            (self.phase_caption, self.phase_line),
            (self.session_caption, self.session_line),
        ):
            row = QHBoxLayout()
            row.addWidget(caption)
            row.addWidget(line, 1)
            self._progress_rows.append(row)
            self._main_layout.addLayout(row)
        self._progress_rows[0].addWidget(self.time_cue)
        self._main_layout.addStretch(1)
        question_row = QHBoxLayout()
        question_row.addWidget(self.question_caption, 0, Qt.AlignmentFlag.AlignTop)
        question_row.addWidget(self.question, 1)
        self._main_layout.addLayout(question_row)

        message = QWidget()
        message.setObjectName("messagePage")
        message_layout = QVBoxLayout(message)
        message_layout.addStretch(1)
        message_layout.addWidget(self.title)
        message_layout.addWidget(self.subtitle)
        message_layout.addStretch(1)

        # A message to the room is a banner above every page (also the blank and pause ones).
        self.banner = Banner()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        page_host = QWidget()
        outer.addWidget(page_host, 1)
        self.pages = QStackedLayout(page_host)
        # The window's size sets the text sizes, never the reverse: moved from a large screen
        # to a smaller one, the view must be able to shrink before its texts follow.
        self.pages.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.pages.addWidget(main)
        self.pages.addWidget(message)
        self.main_page, self.message_page = main, message
        self._static_texts()
        self.set_theme(theme)
        self._apply_sizes()

    # -- texts ---------------------------------------------------------------------------------
    def _static_texts(self) -> None:
        self.phase_caption.setText(self.tr("Phase"))
        self.session_caption.setText(self.tr("Session"))
        self.question_caption.setText(self.tr("Question:"))

    def cue_text(self, cue: Cue) -> str:
        return {
            Cue.CASE_BRINGER_AWAY: self.tr("The case bringer turns away and listens"),
            Cue.CASE_BRINGER_SILENT: self.tr("The case bringer listens in silence"),
            Cue.NO_ADVICE: self.tr("No advice in this phase"),
            Cue.WRITE_FIRST: self.tr("Write first, then speak"),
        }[cue]

    def fixed_texts(self) -> set[str]:
        """Every text of ours (not from the snapshot) it may show; the privacy test uses it."""
        texts = {
            self.tr("Phase"),
            self.tr("Session"),
            self.tr("Question:"),
            self.tr("Pause"),
            self.tr("Thank you"),
            self.tr("The session has ended"),
        }
        texts.update(self.cue_text(cue) for cue in Cue)
        return texts

    def resume_text(self, resume_at: str) -> str:
        return self.tr("We continue at {time}").format(time=resume_at)

    # -- colours and sizes ---------------------------------------------------------------------
    def set_theme(self, theme: Theme) -> None:
        self.theme = theme
        t = theme
        _set_fg(self, t.text, t.background)
        for label in (self.method, self.phase_count, self.phase_caption, self.session_caption):
            _set_fg(label, t.muted)
        _set_fg(self.question_caption, t.muted)
        for label in (self.phase_name, self.instruction, self.question, self.title):
            _set_fg(label, t.text)
        _set_fg(self.subtitle, t.muted)
        _set_fg(self.cues, t.cue_text, t.cue_bg)
        self.banner.set_theme(t)
        self.strip.set_colours(
            {
                "current": (t.current_text, t.current_bg),
                "done": (t.dimmed, t.background),
                "to_come": (t.text, t.background),
            }
        )
        self.timer.set_palette_colours(t.background, t.flash_bg, t.flash_text)
        self.timer.show_time(self.timer.text(), t.timer_colour(self._tone))
        _set_fg(self.time_of_day, t.muted)
        self._line_colours()
        if self._snapshot is not None:
            show_cues(self.time_cue, self.phase_line, self._snapshot, t)

    def _line_colours(self) -> None:
        fill = self.theme.timer_colour(self._tone) if self._tone != "normal" else self.theme.fill
        self.phase_line.set_colours(self.theme.track, fill)
        self.session_line.set_colours(self.theme.track, self.theme.fill)

    def line_index_after(self, widget: QWidget | None) -> int:
        """Where a line goes in the main column: under `widget`, or under the top row."""
        return 1 if widget is None else self._main_layout.indexOf(widget) + 1

    def insert_line(self, index: int, label: QLabel) -> None:
        """Add a line of text to the main column (see ui.session.projector_line)."""
        self._main_layout.insertWidget(index, label)

    def unit(self) -> float:
        """One hundredth of the usable height (4:3 and wider screens alike)."""
        return max(2.0, min(self.height(), self.width() * 0.75) / 100)

    def _apply_sizes(self) -> None:
        u = self.unit()
        margin = round(3 * u)
        self._main_layout.setContentsMargins(margin, round(2.5 * u), margin, round(2.5 * u))
        self._main_layout.setSpacing(round(1.0 * u))
        for row in self._progress_rows:
            row.setSpacing(round(1.5 * u))
        for label, size, bold in (
            (self.method, 3.2, False),
            (self.phase_count, 3.2, False),
            (self.phase_name, 5.5, True),
            (self.instruction, 4.0, False),
            (self.cues, 3.2, True),
            (self.phase_caption, 3.1, False),
            (self.session_caption, 3.1, False),
            (self.time_of_day, 3.2, False),
            (self.question_caption, 3.1, False),
            (self.question, 3.4, False),
            (self.title, 9.0, True),
            (self.subtitle, 4.5, False),
        ):
            label.setFont(projector_font(size * u, bold))
        self.banner.set_unit(u)
        self.cues.setContentsMargins(round(u), round(0.4 * u), round(u), round(0.4 * u))
        self.time_of_day.setContentsMargins(round(2.5 * u), 0, 0, 0)
        caption_width = max(
            self.phase_caption.sizeHint().width(), self.session_caption.sizeHint().width()
        )
        for caption in (self.phase_caption, self.session_caption):
            caption.setFixedWidth(caption_width)
        self.phase_line.set_heights(max(3, round(0.6 * u)))
        self.session_line.setFixedHeight(max(3, round(0.6 * u)))
        self.time_cue.set_text_pixels(3.6 * u)
        self.strip.set_unit(3.6 * u, MIN_TEXT * self.height())
        self.timer.set_ink_height(0.25 * self.height() * 1.04)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()

    # -- showing a snapshot --------------------------------------------------------------------
    def show_snapshot(
        self,
        snap: Snapshot,
        *,
        blank: bool = False,
        resume_at: str | None = None,
        flashing: bool = False,
    ) -> None:
        """Show the snapshot; only widgets whose text or colour changed repaint."""
        self._snapshot = snap
        self.banner.show_message(snap.message)
        if blank:
            self._message("", self.resume_text(resume_at) if resume_at else "")
            return
        if snap.state == RunState.PAUSED:
            self._message(self.tr("Pause"), self.resume_text(resume_at) if resume_at else "")
            return
        if snap.state == RunState.FINISHED:
            self._message(self.tr("Thank you"), self.tr("The session has ended"))
            return
        self.pages.setCurrentWidget(self.main_page)
        lang = self.lang
        _set_text(self.method, snap.method_name.get(lang))
        _set_text(
            self.phase_count,
            self.tr("Phase {i} of {n}").format(i=snap.phase_index + 1, n=snap.phase_count),
        )
        _set_text(self.phase_name, snap.phase_name.get(lang))
        _set_text(self.instruction, snap.instruction.get(lang))
        cues = [self.cue_text(cue) for cue in CUE_ORDER if cue in snap.cues]
        _set_text(self.cues, "  \u00b7  ".join(cues))
        self.cues.setVisible(bool(cues))
        self.strip.set_chips(self.chips(snap))
        self.strip.setVisible(bool(self.strip.chips()))
        self.show_clock(snap, flashing)
        question = snap.case_question or ""
        _set_text(self.question, question)
        self.question.setVisible(bool(question))
        self.question_caption.setVisible(bool(question))

    def show_clock(self, snap: Snapshot, flashing: bool = False) -> None:
        """The once-a-second part: timer text and colour, progress lines."""
        tone = timing.tone(snap)
        if tone != self._tone:
            self._tone = tone
            self._line_colours()
        shown = timing.shown_timing(snap)
        self.timer.show_time(
            timing.timer_text(shown.remaining), self.theme.timer_colour(tone), flashing
        )
        self.phase_line.set_fraction(timing.fraction(snap.phase))
        show_cues(self.time_cue, self.phase_line, snap, self.theme)
        self.session_line.set_fraction(timing.fraction(snap.session))

    @staticmethod
    def chips(snap: Snapshot) -> tuple[Chip, ...]:
        kinds = {
            SpeakerState.CURRENT: "current",
            SpeakerState.DONE: "done",
            SpeakerState.TO_COME: "to_come",
        }
        return tuple(
            Chip(
                (CASE_BRINGER_MARK if s.is_case_bringer else "") + s.display_name,
                kinds[s.state],
            )
            for s in snap.speakers
            if s.state != SpeakerState.ABSENT
        )

    def show_time_of_day(self, text: str | None) -> None:
        """The time of day at the top right, or nothing (None)."""
        if text is not None:
            _set_text(self.time_of_day, text)
        self.time_of_day.setVisible(text is not None)

    def _message(self, title: str, subtitle: str) -> None:
        _set_text(self.title, title)
        _set_text(self.subtitle, subtitle)
        self.title.setVisible(bool(title))
        self.subtitle.setVisible(bool(subtitle))
        self.pages.setCurrentWidget(self.message_page)

    # -- what a test can ask -------------------------------------------------------------------
    def tone(self) -> str:
        return self._tone

    def shown_texts(self) -> list[str]:
        """Every text on the screen now (labels, chips, the timer), for the privacy test."""
        page = self.pages.currentWidget()
        if page is None:
            return []
        texts = [self.banner.text()] if self.banner.isVisibleTo(self) else []
        texts += [
            label.text()
            for label in page.findChildren(QLabel)
            if label.isVisibleTo(self) and label.text()
        ]
        if page is self.main_page:
            if self.strip.isVisibleTo(self):
                texts += self.strip.shown_texts()
            texts.append(self.timer.text())
            if self.time_cue.colour_pair() is not None:
                texts.append(self.time_cue.text())
        return texts

    def colour_pairs(self) -> list[tuple[str, str, str]]:
        """(what, text colour, background colour) of everything with text on the screen now."""
        page = self.pages.currentWidget()
        if page is None:
            return []
        background = self.palette().color(QPalette.ColorRole.Window).name()
        pairs = []
        if self.banner.isVisibleTo(self):
            palette = self.banner.palette()
            pairs.append(
                (
                    "messageBanner",
                    palette.color(QPalette.ColorRole.WindowText).name(),
                    palette.color(QPalette.ColorRole.Window).name(),
                )
            )
        for label in page.findChildren(QLabel):
            if not label.isVisibleTo(self):
                continue
            palette = label.palette()
            bg = (
                palette.color(QPalette.ColorRole.Window).name()
                if label.autoFillBackground()
                else background
            )
            fg = palette.color(QPalette.ColorRole.WindowText).name()
            pairs.append((label.objectName(), fg, bg))
        if page is self.main_page:
            if self.strip.isVisibleTo(self):
                pairs += self.strip.colour_pairs()
            pairs.append(("timer", self.timer.colour(), self.timer.background()))
            cue = self.time_cue.colour_pair()
            if cue is not None:
                pairs.append(("timeCue", *cue))
        return pairs


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
