"""Cues that do not depend on colour: near the end and in overtime the projector and the presenter
also change words and form; the warning colour is far from the current speaker's; every text on
the projector is at least 3 % of its height; the time of day."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, Qt, QTime
from PySide6.QtWidgets import QApplication

from intervisie_desktop.core.methods.model import PhaseDef, SpeakerMode, Text
from intervisie_desktop.ui.session.audience import AudienceView
from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.session.theme import DARK, LIGHT
from intervisie_desktop.ui.session.time_of_day import CLOCK_SETTING, ms_to_next_minute
from intervisie_desktop.ui.translation import install_translators
from tests.ui.session.colour_distance import ciede2000, delta_e
from tests.ui.session.cue_checks import dominant, text_sizes
from tests.ui.session.standin_control import MEMBERS, StandInControl, Step, make_control

if TYPE_CHECKING:
    from collections.abc import Iterator

    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from tests.ui.session.standin_control import FakeClock

WORDS = {
    "en": {
        "3": "3 min remaining",
        "2": "2 min remaining",
        "1": "1 min remaining",
        "over": "+0:35 over time",
    },
    "nl": {"3": "nog 3 min", "2": "nog 2 min", "1": "nog 1 min", "over": "+0:35 over tijd"},
}


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param)
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def ten_minutes_warning_at_three(clock: FakeClock, meeting_id: int) -> StandInControl:
    """One open phase of 10 minutes that warns 3 minutes before its end."""
    phase = PhaseDef(
        Text("Vrij gesprek", "Open talk"),
        SpeakerMode.OPEN,
        minutes=10,
        instruction=Text("Praat vrij.", "Talk freely."),
        warning_minutes=3,
    )
    return StandInControl(meeting_id, (Step(Text("Blok", "Block"), (phase,)),), MEMBERS, clock)


def open_session(
    qtbot: QtBot, control: StandInControl, services: Services, settings: QSettings, lang: str
) -> SessionModeController:
    ctrl = SessionModeController(control, services, lang=lang, settings=settings)
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    return ctrl


def press(qtbot: QtBot, ctrl: SessionModeController, key: Qt.Key) -> None:
    """A key as a clicker sends it, to the window session mode gives the keys."""
    window = ctrl.keys_window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key)


def badge_rect(view: AudienceView) -> QRect:
    cue = view.time_cue
    box = cue.box().toRect().adjusted(3, 3, -3, -3)
    return box.translated(cue.mapTo(view, cue.rect().topLeft()))


def test_near_the_end_and_in_overtime_words_and_forms_change_in_both_languages(
    qtbot: QtBot,
    clock: FakeClock,
    meeting_id: int,
    services: Services,
    qsettings: QSettings,
    lang: str,
) -> None:
    words = WORDS[lang]
    ctrl = open_session(
        qtbot, ten_minutes_warning_at_three(clock, meeting_id), services, qsettings, lang
    )
    view, presenter = ctrl.audience, ctrl.presenter
    press(qtbot, ctrl, Qt.Key.Key_PageDown)  # start
    clock.advance(7 * 60 - 1)
    ctrl.refresh()
    assert (view.time_cue.form(), view.phase_line.form(), view.time_cue.text()) == (
        "none",
        "line",
        "",
    )
    assert view.time_cue.text() not in view.shown_texts()
    thin = view.phase_line.height()

    clock.advance(2)  # 2:59 left: past the warning point
    ctrl.refresh()
    assert view.timer.text() == "2:59"
    assert (view.time_cue.text(), view.time_cue.form()) == (words["3"], "outlined")
    assert view.phase_line.form() == "striped" and view.phase_line.height() > 2 * thin
    assert (presenter.time_cue.text(), presenter.time_cue.form()) == (
        view.time_cue.text(),
        "outlined",
    )
    assert presenter.phase_bar.form() == "striped"
    clock.advance(60)  # 1:59 left
    ctrl.refresh()
    assert view.time_cue.text() == words["2"]
    assert view.time_cue.text() in view.shown_texts()
    image = view.grab().toImage()
    inside = dominant(image, badge_rect(view), ignore=set())
    assert inside == DARK.background  # outlined: the screen shows through the box
    clock.advance(60)  # 0:59 left
    ctrl.refresh()
    assert view.time_cue.text() == words["1"]

    clock.advance(59 + 35)  # 35 s over
    ctrl.refresh()
    assert view.timer.text() == "+0:35"
    assert (view.time_cue.text(), view.time_cue.form()) == (words["over"], "filled")
    assert view.phase_line.form() == "blocks"
    assert (presenter.time_cue.text(), presenter.time_cue.form()) == (words["over"], "filled")
    assert presenter.phase_bar.form() == "blocks"
    image = view.grab().toImage()
    assert dominant(image, badge_rect(view)) == DARK.overtime  # filled box
    assert presenter.preview.time_cue.text() == words["over"]

    press(qtbot, ctrl, Qt.Key.Key_Plus)  # one minute more: back before the end, words follow
    assert view.time_cue.text() == words["1"] and view.time_cue.form() == "outlined"


def test_the_warning_colour_is_far_from_the_current_speaker_chip_as_painted(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    # the measure itself: reference pairs of Sharma, Wu and Dalal (2005)
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)
    assert delta_e("#ffc83d", "#ffd23f") < 5  # the old warning and speaker yellows: one colour
    view = controller.audience
    for theme in (DARK, LIGHT):
        controller.set_theme(theme.key)
        if controller.control.snapshot().state.value == "not_started":
            controller.next()  # Anna's turn of 60 s starts
            clock.advance(50)  # 10 s left: warning
            controller.refresh()
        assert view.tone() == "warning"
        image = view.grab().toImage()
        strip = view.strip
        rects = strip.chip_rects()
        chips = strip.chips()
        current = next(r for r, c in zip(rects, chips, strict=True) if c.kind == "current")
        chip_rect = current.toRect().adjusted(2, 2, -2, -2)
        chip_rect.translate(strip.mapTo(view, strip.rect().topLeft()))
        timer_rect = view.timer.rect().translated(
            view.timer.mapTo(view, view.timer.rect().topLeft())
        )
        chip = dominant(image, chip_rect, ignore={theme.current_text})
        warning = dominant(image, timer_rect, ignore={theme.background})
        assert (chip, warning) == (theme.current_bg, theme.warning)
        assert delta_e(chip, warning) >= 20, (theme.key, chip, warning)


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_text_on_the_projector_is_at_least_three_percent_of_its_height(
    qtbot: QtBot, clock: FakeClock, size: tuple[int, int]
) -> None:
    width, height = size
    control = make_control(clock)
    view = AudienceView("nl")
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.show_time_of_day("14:05")
    measured: dict[str, list[tuple[str, str, float, float]]] = {}

    def measure(state: str, **kwargs: object) -> None:
        view.show_snapshot(control.snapshot(), **kwargs)  # type: ignore[arg-type]
        measured[state] = text_sizes(view)

    control.start()
    while control.snapshot().phase_name.en != "Introduction":
        control.next()  # to the gossip method's introduction: instruction, question, a speaker
    measure("running")
    clock.advance(5 * 60 - 20)
    measure("warning")
    clock.advance(60)
    measure("overtime")
    measure("blanked", blank=True, resume_at="15:30")
    control.toggle_pause()
    measure("paused", resume_at="15:30")
    for state, sizes in measured.items():
        assert sizes, state
        for what, text, pixels, font_height in sizes:
            assert pixels >= 0.03 * height, (state, what, text, pixels)
            assert font_height >= 0.03 * height, (state, what, text, font_height)
    whats = {what for sizes in measured.values() for what, *_ in sizes}
    assert {"phaseCaption", "sessionCaption", "timeOfDay", "timeCue", "speaker"} <= whats
    assert {"messageTitle", "messageSubtitle", "question", "instruction"} <= whats


def test_names_that_do_not_fit_one_line_take_two_rather_than_a_smaller_font(
    qtbot: QtBot, clock: FakeClock
) -> None:
    many = tuple((i, f"Deelnemer{i:02d}") for i in range(1, 15))
    control = StandInControl(1, make_control(clock).steps[:1], many, clock)
    control.start()
    view = AudienceView("nl")
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_snapshot(control.snapshot())
    qtbot.waitExposed(view)
    assert view.strip.font_pixels() >= 0.03 * 720
    assert view.strip.height() > 2 * view.strip.font_pixels() * 1.6  # two lines of chips


def test_time_of_day_on_the_presenter_always_and_on_the_projector_when_chosen(
    qtbot: QtBot, control: StandInControl, services: Services, qsettings: QSettings
) -> None:
    ctrl = open_session(qtbot, control, services, qsettings, "en")
    clock = ctrl.time_of_day.clock
    clock.now = lambda: QTime(14, 5, 30, 250)
    clock.tick()
    assert ctrl.presenter.time_of_day.text() == "14:05"
    assert not ctrl.audience.time_of_day.isVisibleTo(ctrl.audience)  # off by default
    assert clock.timer.isActive() and clock.timer.remainingTime() <= ms_to_next_minute(
        QTime(14, 5, 30, 250)
    )
    assert ms_to_next_minute(QTime(14, 5, 30, 250)) == 29_750 + 20  # just after 14:06:00
    ctrl.presenter.projector_clock_box.click()
    assert services.settings.get(CLOCK_SETTING) is True
    press(qtbot, ctrl, Qt.Key.Key_PageDown)
    assert ctrl.audience.time_of_day.text() == "14:05"
    assert "14:05" in ctrl.audience.shown_texts()
    assert ctrl.presenter.preview.time_of_day.text() == "14:05"
    clock.now = lambda: QTime(14, 6, 0, 20)
    clock.tick()
    assert ctrl.audience.time_of_day.text() == "14:06"
    assert ctrl.presenter.time_of_day.text() == "14:06"
    ctrl.close()

    again = open_session(qtbot, control, services, qsettings, "en")  # remembered
    assert again.presenter.projector_clock_box.isChecked()
    assert again.audience.time_of_day.isVisibleTo(again.audience)
    again.presenter.projector_clock_box.click()
    assert not again.audience.time_of_day.isVisibleTo(again.audience)
    assert services.settings.get(CLOCK_SETTING) is False
