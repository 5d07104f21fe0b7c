"""The timer's text and next repaint moment come from the snapshot; every colour pair is 7:1."""

from __future__ import annotations

import pytest

from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.ui.session import timing
from intervisie_desktop.ui.session.theme import DARK, LIGHT, MIN_CONTRAST, THEMES, contrast
from tests.ui.session.standin_control import FakeClock, make_control


@pytest.mark.parametrize(
    ("remaining", "text"),
    [
        (300.0, "5:00"),
        (299.2, "5:00"),
        (299.0, "4:59"),
        (0.4, "0:01"),
        (0.0, "0:00"),
        (-0.5, "0:00"),
        (-1.0, "+0:01"),
        (-61.7, "+1:01"),
        (3725.0, "1:02:05"),
    ],
)
def test_timer_text_counts_down_then_up(remaining: float, text: str) -> None:
    assert timing.timer_text(remaining) == text


def test_next_repaint_is_the_next_second_boundary_of_the_shown_time() -> None:
    clock = FakeClock()
    control = make_control(clock)
    assert timing.next_change_in(control.snapshot()) is None  # not started: nothing moves
    control.start()
    clock.advance(0.3)
    snap = control.snapshot()
    assert snap.turn is not None and snap.turn.remaining == pytest.approx(59.7)
    assert timing.next_change_in(snap) == pytest.approx(0.7)
    clock.advance(0.7)
    text_before = timing.timer_text(control.snapshot().turn.remaining)  # type: ignore[union-attr]
    assert text_before == "0:59"
    clock.advance(0.999)
    assert timing.timer_text(control.snapshot().turn.remaining) == "0:59"  # type: ignore[union-attr]
    control.toggle_pause()
    assert timing.next_change_in(control.snapshot()) is None


def test_warning_point_between_seconds_is_a_repaint_moment() -> None:
    clock = FakeClock()
    control = make_control(clock)
    control.start()
    clock.advance(44.5)  # warning at 15 s before the end of a 60 s turn
    snap = control.snapshot()
    assert snap.state == RunState.NORMAL
    assert timing.next_change_in(snap) == pytest.approx(0.5)
    clock.advance(0.5)
    assert control.snapshot().state == RunState.WARNING
    assert timing.tone(control.snapshot()) == "warning"
    clock.advance(16)
    assert timing.tone(control.snapshot()) == "overtime"


def test_contrast_formula_matches_known_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)


@pytest.mark.parametrize("theme", [DARK, LIGHT], ids=lambda t: t.key)
def test_every_text_colour_of_a_theme_reaches_seven_to_one(theme: object) -> None:
    t = THEMES[theme.key]  # type: ignore[attr-defined]
    pairs = [
        (t.text, t.background),
        (t.muted, t.background),
        (t.dimmed, t.background),
        (t.current_text, t.current_bg),
        (t.cue_text, t.cue_bg),
        (t.warning, t.background),
        (t.overtime, t.background),
        (t.flash_text, t.flash_bg),
    ]
    for fg, bg in pairs:
        assert contrast(fg, bg) >= MIN_CONTRAST, (t.key, fg, bg)
