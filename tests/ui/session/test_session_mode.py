"""Session mode as the supervisor meets it: keys in both windows, states on the projector,
presenter tools, and the rule that the projector shows nothing the snapshot does not allow."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QWidget

from intervisie_desktop.core.session.snapshot import Cue, RunState, Snapshot
from intervisie_desktop.ui.session.audience import CASE_BRINGER_MARK, CUE_ORDER, AudienceView
from intervisie_desktop.ui.session.cues import cue_text
from intervisie_desktop.ui.session.follow_up_topics import topics_line
from intervisie_desktop.ui.session.theme import DARK, LIGHT, MIN_CONTRAST, contrast
from tests.ui.session.standin_control import FakeClock, StandInControl

if TYPE_CHECKING:
    from collections.abc import Sequence

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.session.controller import SessionModeController

TIME = re.compile(r"^\+?(\d+:)?\d{1,2}:\d{2}$")


def press(qtbot: QtBot, window: QWidget, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window, key)


@pytest.fixture
def yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.mark.parametrize("window_name", ["audience", "presenter"])
def test_every_key_sends_its_command_from_either_window(
    qtbot: QtBot,
    controller: SessionModeController,
    control: StandInControl,
    window_name: str,
    yes: list[str],
) -> None:
    window = getattr(controller, window_name)
    press(qtbot, window, Qt.Key.Key_F5)
    assert control.calls == ["start"]
    keys = [
        (Qt.Key.Key_PageDown, "next"),
        (Qt.Key.Key_Right, "next"),
        (Qt.Key.Key_Return, "next"),
        (Qt.Key.Key_Enter, "next"),
        (Qt.Key.Key_PageUp, "back"),
        (Qt.Key.Key_Left, "back"),
        (Qt.Key.Key_Space, "toggle_pause"),
        (Qt.Key.Key_Space, "toggle_pause"),
        (Qt.Key.Key_Plus, "adjust_minutes(+1)"),
        (Qt.Key.Key_Minus, "adjust_minutes(-1)"),
        (Qt.Key.Key_S, "skip_speaker"),
    ]
    for key, command in keys:
        del control.calls[:]
        press(qtbot, window, key)
        assert control.calls == [command], key
    del control.calls[:]
    for key in (Qt.Key.Key_B, Qt.Key.Key_Period):
        press(qtbot, window, key)
        assert controller.blank == (key == Qt.Key.Key_B)
    # blanking is part of the run (it is what the group sees), so a restart keeps it
    assert control.calls == ["set_blank(True)", "set_blank(False)"]
    press(qtbot, window, Qt.Key.Key_Escape)
    assert len(yes) == 1 and controller.is_closing


def test_keys_move_the_projector_through_a_round(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    view = controller.audience
    assert view.phase_count.text() == "Phase 1 of 1"
    press(qtbot, view, Qt.Key.Key_PageDown)  # starts
    assert [c.kind for c in view.strip.chips()][:2] == ["current", "to_come"]
    press(qtbot, view, Qt.Key.Key_PageDown)
    assert [(c.text, c.kind) for c in view.strip.chips()][:2] == [
        ("Anna", "done"),
        ("Bram", "current"),
    ]
    press(qtbot, view, Qt.Key.Key_S)  # Bram passes: left out on the projector
    assert "Bram" not in view.strip.shown_texts()
    assert [c.text for c in view.strip.chips() if c.kind == "current"] == ["Chris"]
    for _ in range(3):
        press(qtbot, view, Qt.Key.Key_PageDown)
    assert view.method.text() == "Gossip method"
    assert view.phase_count.text() == "Phase 1 of 3"
    assert [(c.text, c.kind) for c in view.strip.chips()] == [
        (CASE_BRINGER_MARK + "Chris", "current")
    ]  # the case bringer, marked
    press(qtbot, view, Qt.Key.Key_PageDown)
    assert view.phase_name.text() == "Gossip"
    assert view.cues.text() == "  \u00b7  ".join(
        view.cue_text(c) for c in CUE_ORDER if c in {Cue.CASE_BRINGER_AWAY, Cue.NO_ADVICE}
    )
    assert view.cue_text(Cue.CASE_BRINGER_AWAY) == "The case bringer turns away and listens"
    assert CASE_BRINGER_MARK + "Chris" not in view.strip.shown_texts()  # not in this round
    assert view.question.text() == "Hoe houd ik grenzen bij een veeleisende ouder?"


def test_timer_colour_changes_at_the_warning_point_and_in_overtime(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    view = controller.audience
    press(qtbot, view, Qt.Key.Key_PageDown)
    normal = view.timer.colour()
    assert (view.timer.text(), normal) == ("1:00", DARK.text)
    clock.advance(44.9)
    controller.refresh()
    assert (view.timer.text(), view.timer.colour()) == ("0:16", normal)
    clock.advance(0.2)
    controller.refresh()
    assert (view.timer.text(), view.timer.colour()) == ("0:15", DARK.warning)
    clock.advance(16)
    controller.refresh()
    assert (view.timer.text(), view.timer.colour()) == ("+0:01", DARK.overtime)
    assert controller.presenter.state.text() == "Overtime"


def test_the_ticker_fires_on_the_second_boundary_of_the_shown_time(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    press(qtbot, controller.audience, Qt.Key.Key_PageDown)
    clock.advance(0.25)
    controller.refresh()
    assert controller.ticker.isSingleShot() and controller.ticker.isActive()
    assert 750 <= controller.ticker.remainingTime() <= 752
    press(qtbot, controller.audience, Qt.Key.Key_Space)  # paused: nothing to repaint
    assert not controller.ticker.isActive()


def test_repaints_only_when_the_shown_time_changes(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    press(qtbot, controller.audience, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: controller.audience.timer.paints > 0, timeout=2000)
    before = controller.audience.timer.paints
    clock.advance(0.2)
    controller.refresh()  # same second: nothing new to paint
    for _ in range(5):
        qtbot.wait(10)
    assert controller.audience.timer.paints == before
    clock.advance(1.0)
    controller.refresh()
    qtbot.waitUntil(lambda: controller.audience.timer.paints > before, timeout=2000)


def test_blank_and_pause_hide_everything(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    view = controller.audience
    press(qtbot, view, Qt.Key.Key_PageDown)
    press(qtbot, view, Qt.Key.Key_B)
    assert view.shown_texts() == []
    controller.presenter.resume_time.setTime(QTime(15, 30))
    controller.presenter.resume_box.setChecked(True)
    assert view.shown_texts() == ["We continue at 15:30"]
    press(qtbot, view, Qt.Key.Key_Period)
    assert "Anna" in view.shown_texts()
    press(qtbot, view, Qt.Key.Key_Space)
    assert view.shown_texts() == ["Pause", "We continue at 15:30"]


def test_closing_screen_after_the_last_phase(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl
) -> None:
    controller.presenter.finish_button.click()
    assert control.calls[-1] == "finish"
    assert controller.audience.shown_texts() == ["Thank you", "The session has ended"]


def test_when_finished_the_presenter_says_how_to_get_back_to_the_main_window(
    qtbot: QtBot, controller: SessionModeController, monkeypatch: pytest.MonkeyPatch
) -> None:
    presenter = controller.presenter
    hint = presenter.finished_note
    assert not hint.isVisible()
    for _ in range(30):  # the clicker's Next, to the closing screen
        if controller.control.snapshot().state == RunState.FINISHED:
            break
        press(qtbot, presenter, Qt.Key.Key_PageDown)
    assert controller.audience.shown_texts() == ["Thank you", "The session has ended"]
    assert hint.isVisible() and "Esc" in hint.text()
    assert not presenter.next_phase.isVisible()  # no "Next: end of the session" after the end
    assert not presenter.finish_button.isEnabled()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_Space):
        press(qtbot, presenter, key)  # nothing leaves by accident: the closing screen stays
    assert controller.audience.shown_texts() == ["Thank you", "The session has ended"]
    assert not controller.is_closing
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked"))
    with qtbot.waitSignal(controller.closed, timeout=2000):
        press(qtbot, presenter, Qt.Key.Key_Escape)  # what the hint says: no question asked


def test_flash_and_chime_at_zero_when_the_setting_is_on(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock, services: Services
) -> None:
    controller.presenter.signal_box.click()
    assert services.settings.get("session.signal_at_zero") is True
    press(qtbot, controller.audience, Qt.Key.Key_PageDown)
    clock.advance(59.5)
    controller.refresh()
    clock.advance(0.6)
    controller.refresh()
    assert controller.chime.played == 1
    assert controller.audience.timer.background() == DARK.flash_bg
    qtbot.waitUntil(lambda: controller.audience.timer.background() == DARK.background, timeout=3000)


@pytest.mark.parametrize("theme_key", ["dark", "light"])
def test_every_colour_pair_on_screen_reaches_seven_to_one_in_every_state(
    qtbot: QtBot,
    controller: SessionModeController,
    clock: FakeClock,
    theme_key: str,
    services: Services,
) -> None:
    box = controller.presenter.theme_box
    box.setCurrentIndex(box.findData(theme_key))
    box.activated.emit(box.currentIndex())
    assert services.settings.get("session.projector_theme") == theme_key
    view = controller.audience
    seen: set[str] = set()

    def check() -> None:
        pairs = view.colour_pairs()
        assert pairs
        for what, fg, bg in pairs:
            seen.add(what)
            assert contrast(fg, bg) >= MIN_CONTRAST, (theme_key, what, fg, bg)

    check()  # not started
    controller.next()
    check()
    controller.next()  # Anna done, Bram current: dimmed and highlighted chips
    clock.advance(50)
    controller.refresh()
    check()  # warning
    clock.advance(20)
    controller.refresh()
    check()  # overtime
    controller.set_signal(True)
    controller.next()
    clock.advance(59.5)
    controller.refresh()
    clock.advance(1)
    controller.refresh()
    assert view.timer.background() != view.palette().color(view.backgroundRole()).name()
    check()  # flashing
    for _ in range(4):
        controller.next()
    controller.next()
    check()  # gossip phase: cues, question
    controller.toggle_blank()
    controller.set_resume_at("15:30")
    check()
    controller.toggle_blank()
    controller.control.toggle_pause()
    controller.refresh()
    check()
    controller.finish()
    check()
    assert {"timer", "cues", "question", "speaker current", "speaker done", "messageTitle"} <= seen
    theme = LIGHT if theme_key == "light" else DARK
    assert view.palette().color(view.backgroundRole()).name() == theme.background


def allowed_texts(
    view: AudienceView, snap: Snapshot, resume: str | None, *, topics: Sequence[str] = ()
) -> set[str]:
    """What the projector may show: the snapshot's projector fields, our own texts and, at the
    follow-up step, the topic labels of the cases still open (never their actions)."""
    lang = view.lang
    allowed = set(view.fixed_texts())
    allowed |= {snap.method_name.get(lang), snap.phase_name.get(lang), snap.instruction.get(lang)}
    allowed.add(f"Phase {snap.phase_index + 1} of {snap.phase_count}")
    cues = [view.cue_text(c) for c in CUE_ORDER if c in snap.cues]
    allowed.add("  \u00b7  ".join(cues))
    for s in snap.speakers:
        allowed |= {s.display_name, CASE_BRINGER_MARK + s.display_name}
    if snap.case_question:
        allowed.add(snap.case_question)
    if resume:
        allowed.add(view.resume_text(resume))
    allowed.add(cue_text(snap))  # "1 min left", "+0:35 over time": timing, nothing else
    if topics:
        allowed.add(topics_line(topics))
    return allowed


def test_projector_shows_only_what_the_snapshot_allows_through_a_whole_session(
    qtbot: QtBot,
    controller: SessionModeController,
    clock: FakeClock,
    services: Services,
    meeting_id: int,
) -> None:
    secret_note = "VERTROUWELIJK: zorgen over burn-out van Chris"
    controller.presenter.note.setText(secret_note)
    qtbot.keyClick(controller.presenter.note, Qt.Key.Key_Return)
    view = controller.audience
    controller.set_resume_at("15:30")
    steps = 0
    while True:
        for advance in (0, 50, 30):
            clock.advance(advance)
            controller.refresh()
            snap = controller.control.snapshot()
            for blank in (False, True):
                controller.control.set_blank(blank)
                controller.refresh()
                allowed = allowed_texts(view, snap, "15:30")
                for text in view.shown_texts():
                    assert text in allowed or TIME.match(text), text
                    assert "SCRIPT" not in text and "VERTROUWELIJK" not in text
            controller.control.set_blank(False)
        if snap.state == RunState.FINISHED:
            break
        controller.next()
        steps += 1
        assert steps < 30
    assert services.notes.list(meeting_id=meeting_id)[0].body == secret_note


def test_quick_note_is_saved_at_once_as_a_private_meeting_note(
    qtbot: QtBot,
    controller: SessionModeController,
    services: Services,
    meeting_id: int,
    control: StandInControl,
) -> None:
    note = controller.presenter.note
    note.setFocus()
    qtbot.keyClicks(note, "Bram wil volgende keer inbrengen")  # B, S, space: typed, not sent
    qtbot.keyClick(note, Qt.Key.Key_Return)
    assert control.calls == [] and not controller.blank
    (saved,) = services.notes.list(meeting_id=meeting_id)
    assert saved.body == "Bram wil volgende keer inbrengen"
    assert re.fullmatch(r"\d{2}:\d{2}", saved.title)
    assert note.text() == "" and saved.title in controller.presenter.note_status.text()


def test_speaker_order_drag_and_absent_go_to_the_control(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl
) -> None:
    controller.next()
    speakers = controller.presenter.speakers
    assert speakers.count() == 5
    assert not speakers.item(0).flags() & Qt.ItemFlag.ItemIsDragEnabled  # speaking now
    speakers.move_speaker(4, 1)  # Eva up to speak next
    assert control.calls[-1] == "reorder([5, 2, 3, 4])"
    assert [c.text for c in controller.audience.strip.chips()][1] == "Eva"
    item = speakers.item(2)
    name = item.text()
    rect = speakers.visualItemRect(item)
    check_at = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(speakers.viewport(), Qt.MouseButton.LeftButton, pos=check_at)
    assert control.calls[-1] == "mark_absent(2, True)", name
    assert "Bram" not in controller.audience.strip.shown_texts()


def test_presenter_shows_script_next_phase_and_planned_versus_actual(
    qtbot: QtBot, controller: SessionModeController, clock: FakeClock
) -> None:
    p = controller.presenter
    controller.next()
    assert "SCRIPT-OPENING" in p.script.toPlainText()
    assert p.next_phase.text() == "Next: Introduction"
    for _ in range(5):
        clock.advance(70)
        controller.next()
    assert p.where.text() == "Gossip method \u00b7 phase 1 of 3: Introduction"
    assert p.so_far.text() == "Before this phase: planned 5:00 \u00b7 actual 5:50 (+0:50)"
    assert p.preview.phase_name.text() == controller.audience.phase_name.text()
    for name, keys in (("next", "PgDn"), ("blank", "B"), ("leave", "Esc"), ("more", "+")):
        assert keys in p.button(name).text()
    p.button("blank").click()
    assert controller.blank


def test_text_scales_with_the_screen_and_the_timer_takes_a_quarter(qtbot: QtBot) -> None:
    from tests.ui.session.standin_control import make_control

    control = make_control(FakeClock())
    control.start()
    for width, height in ((1024, 768), (1920, 1080), (3840, 2160)):
        view = AudienceView("nl")
        qtbot.addWidget(view)
        view.resize(width, height)
        view.show_snapshot(control.snapshot())
        view.show()
        qtbot.waitExposed(view)
        assert view.timer.digit_ink_height() >= height / 4, (width, height)
        assert view.timer.height() >= height / 4
        assert view.instruction.font().pixelSize() >= 0.03 * height
        assert view.phase_count.font().pixelSize() >= 24
        assert view.phase_count.text() == "Phase 1 of 1" or view.phase_count.text().startswith(
            "Fase"
        )
        view.close()


def test_a_control_without_a_run_log_gives_no_heartbeat_and_no_error(
    controller: SessionModeController, control: StandInControl, caplog: pytest.LogCaptureFixture
) -> None:
    assert not hasattr(control, "heartbeat")  # the stand-in keeps no run to mark alive
    controller.heartbeat()
    assert controller.heartbeats == 0
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
