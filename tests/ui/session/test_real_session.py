"""Session mode on the real runner, started from the main window of the small demo."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from sqlmodel import select

from intervisie_desktop.core.models import Case, Note
from intervisie_desktop.core.session.snapshot import RunState
from intervisie_desktop.ui.context import AppContext
from intervisie_desktop.ui.security.overlay import KEEP_WHEN_LOCKED
from intervisie_desktop.ui.session import start as start_module
from intervisie_desktop.ui.session.resume import ResumeAnswer, ResumeChoice, ResumeDialog
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.session.controller import SessionModeController
    from intervisie_desktop.ui.window.main_window import MainWindow

NOTE_TEXT = "Ursula looked tired today; ask her privately how the reorganisation goes"


def all_texts(widget: QWidget) -> list[str]:
    """Every text the audience view holds, shown or not: labels, chips, titles, tooltips."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts.append(child.toolTip())
        text = getattr(child, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                texts.append(value)
    texts += [label.text() for label in widget.findChildren(QLabel)]
    return [t for t in texts if t]


def test_f5_starts_the_demo_session_wherever_the_focus_is_and_esc_comes_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    expected = demo_services.meetings.next_planned(win.group_id)
    assert expected is not None
    for focus in (None, win.group_list.list, win.tabs):
        if focus is not None:
            focus.setFocus()
        ctrl = press_f5(qtbot, win)
        assert ctrl.meeting_id == expected.id
        assert ctrl.audience.isVisible() and ctrl.presenter.isVisible()
        assert not win.isVisible()  # the presenter takes the laptop screen
        assert ctrl.control.snapshot().state == RunState.NOT_STARTED
        qtbot.keyClick(ctrl.audience, Qt.Key.Key_Escape)  # not started: leaves without asking
        qtbot.waitUntil(win.isActiveWindow, timeout=2000)  # F5 works again at once
        assert win.session_mode.controller is None
        assert win.tabs.currentWidget() is win.meetings
        assert win.meetings.current_meeting_id() == expected.id


def test_heartbeat_every_few_seconds_while_session_mode_runs(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    assert ctrl.heartbeat_timer.isActive()
    assert 2000 <= ctrl.heartbeat_timer.interval() <= 10000
    assert ctrl.heartbeat_timer is not ctrl.ticker  # not on the repaint path
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # start
    run = demo_services.sessions.run_for(ctrl.meeting_id)
    assert run is not None and run.heartbeat_t is not None and run.heartbeat_at is not None
    before = (run.heartbeat_t, run.heartbeat_at)
    ctrl.heartbeat_timer.setInterval(20)
    qtbot.waitUntil(lambda: ctrl.heartbeats >= 2, timeout=3000)
    run = demo_services.sessions.run_for(ctrl.meeting_id)
    assert run is not None and run.heartbeat_t is not None and run.heartbeat_at is not None
    assert run.heartbeat_t > before[0] and run.heartbeat_at > before[1]


def test_locked_projector_goes_on_presenter_hides_script_and_notes(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    presenter = ctrl.presenter
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert presenter.script.isVisible() and presenter.note.isVisible()
    lock = win.context.lock
    lock.lock()
    assert ctrl.audience.property(KEEP_WHEN_LOCKED)
    assert ctrl.audience.isVisible() and presenter.isVisible()
    assert not presenter.script.isVisible() and not presenter.note.isVisible()
    assert presenter.locked_label.isVisible()
    before = ctrl.control.snapshot().phase_index
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # the clicker still drives the session
    assert ctrl.control.snapshot().phase_index == before + 1
    presenter.unlock_button.click()  # the passphrase prompt is on the main window
    assert win.isVisible()
    assert lock.try_unlock("")  # the demo has no passphrase
    assert presenter.script.isVisible() and presenter.note.isVisible()
    assert not presenter.locked_label.isVisible()


def test_a_finished_session_starts_a_backup_in_the_background(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads: list[threading.Thread] = []
    before = {b.path for b in demo_services.backups.all()}
    real = start_module.backup_after_session

    def spy(services: Services) -> threading.Thread:
        thread = real(services)
        threads.append(thread)
        return thread

    monkeypatch.setattr(start_module, "backup_after_session", spy)
    win = make_window()
    ctrl = press_f5(qtbot, win)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)
    ctrl.presenter.finish_button.click()
    assert len(threads) == 1 and threads[0].name == "backup-after-session"
    threads[0].join(10)
    new = [b for b in demo_services.backups.all() if b.path not in before]
    assert [b.reason for b in new] == ["session"]  # a real, checked copy in the rotation


def test_after_a_finished_session_the_main_window_shows_the_meeting_held(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    # The meeting is today's: a session finished before its meeting's day holds nothing.
    upcoming = demo_services.meetings.next_planned()
    assert upcoming is not None and upcoming.id is not None
    demo_services.meetings.update(upcoming.id, date=date.today())
    win = make_window()
    win.show_tab(2)
    ctrl = press_f5(qtbot, win)
    meeting_id = ctrl.meeting_id
    assert meeting_id == upcoming.id
    assert win.meetings.current_meeting_id() == meeting_id
    assert win.meetings.tree.currentItem().text(2) == "planned"  # type: ignore[union-attr]
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)  # start
    ctrl.presenter.finish_button.click()
    qtbot.keyClick(ctrl.audience, Qt.Key.Key_Escape)  # finished: leaves without asking
    qtbot.waitUntil(win.isActiveWindow, timeout=2000)
    qtbot.waitUntil(lambda: win.context.hub.settled(), timeout=2000)
    assert demo_services.meetings.get(meeting_id).status == "held"
    assert win.meetings.current_meeting_id() == meeting_id
    # told by the hub while hidden, shown on return: no refresh by hand
    qtbot.waitUntil(
        lambda: win.meetings.tree.currentItem().text(2) == "held",  # type: ignore[union-attr]
        timeout=2000,
    )


def test_an_unfinished_run_is_offered_and_resumes_where_it_stood(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    for _ in range(4):
        qtbot.keyClick(ctrl.presenter, Qt.Key.Key_PageDown)
    before = ctrl.control.snapshot()
    meeting_id = ctrl.meeting_id
    ctrl.close()
    demo_services.sessions.close(meeting_id)  # as after a restart: the run is only on disk
    offered: list[list[int]] = []

    def ask(
        parent: QWidget, context: AppContext, meetings: list[object]
    ) -> tuple[ResumeAnswer, bool]:
        offered.append([m.id for m in meetings])  # type: ignore[attr-defined]
        return ResumeAnswer(ResumeChoice.RESUME, meeting_id), True

    monkeypatch.setattr(ResumeDialog, "ask", ask)
    resumed = win.session_mode.offer_resume()
    assert offered == [[meeting_id]]
    assert resumed is not None and resumed.control is not ctrl.control
    after = resumed.control.snapshot()
    assert after.state == RunState.PAUSED
    assert (after.step_index, after.phase_index) == (before.step_index, before.phase_index)
    assert after.current_speaker == before.current_speaker
    assert abs(after.phase.elapsed - before.phase.elapsed) < 2


def test_the_resume_dialog_discards_only_after_confirming(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    meeting = demo_services.meetings.next_planned()
    assert meeting is not None and meeting.id is not None
    runner = demo_services.sessions.open(meeting.id)
    runner.start()
    context = AppContext(services=demo_services, data_dir=tmp_path, lang="en")
    dialog = ResumeDialog(context, demo_services.sessions.unfinished())
    qtbot.addWidget(dialog)
    assert str(meeting.date.year) in dialog.only.text()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    dialog.discard_button.click()
    assert dialog.choice == ResumeChoice.NOT_NOW and dialog.result() == 0  # "No": nothing
    dialog.discard_button.click()
    assert dialog.choice == ResumeChoice.DISCARD
    assert dialog.meeting_id() == meeting.id


def test_the_projector_never_shows_a_case_description_or_a_note_through_a_whole_session(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    with demo_services.db.session() as session:
        descriptions = [c.description for c in session.exec(select(Case)).all() if c.description]
    assert descriptions
    audience = ctrl.audience
    ctrl.presenter.note.setText(NOTE_TEXT)
    qtbot.keyClick(ctrl.presenter.note, Qt.Key.Key_Return)
    with demo_services.db.session() as session:
        notes = [n.body for n in session.exec(select(Note)).all() if n.body]
    assert NOTE_TEXT in notes
    secrets = descriptions + notes
    seen: set[str] = set()
    states: set[RunState] = set()
    for _ in range(200):
        snap = ctrl.control.snapshot()
        states.add(snap.state)
        for key in (Qt.Key.Key_B, Qt.Key.Key_B, Qt.Key.Key_Space, Qt.Key.Key_Space):
            texts = all_texts(audience)
            seen.update(texts)
            qtbot.keyClick(audience, key)
        seen.update(all_texts(audience))
        if snap.state == RunState.FINISHED:
            break
        qtbot.keyClick(audience, Qt.Key.Key_PageDown)
    assert RunState.FINISHED in states and RunState.NORMAL in states
    assert "Gossip method" in seen and "Thank you" in seen  # the walk did see the session
    for text in seen:
        for secret in secrets:
            assert secret not in text
            # no long fragment of a secret either
            for start in range(0, max(1, len(secret) - 40), 20):
                assert secret[start : start + 40] not in text


def resume_offered(
    qtbot: QtBot, win: MainWindow, meeting_id: int, monkeypatch: pytest.MonkeyPatch
) -> SessionModeController:
    """Accept the start-up offer to resume the meeting's run (the dialog answered "Resume")."""
    monkeypatch.setattr(
        ResumeDialog,
        "ask",
        lambda *_a: (ResumeAnswer(ResumeChoice.RESUME, meeting_id), True),
    )
    resumed = win.session_mode.offer_resume()
    assert resumed is not None
    windows = (resumed.audience, resumed.presenter)
    qtbot.waitUntil(lambda: QApplication.activeWindow() in windows, timeout=3000)
    return resumed


def test_a_resumed_session_keeps_the_projector_blank_and_the_break_screen(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    presenter = ctrl.presenter
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_Space):
        qtbot.keyClick(presenter, key)
    presenter.resume_time.setTime(QTime(15, 30))
    presenter.resume_box.click()
    assert ctrl.audience.shown_texts() == ["Pause", "We continue at 15:30"]
    meeting_id = ctrl.meeting_id
    ctrl.close()
    demo_services.sessions.close(meeting_id)  # as after a restart: the run is only on disk

    resumed = resume_offered(qtbot, win, meeting_id, monkeypatch)  # the break screen is back
    assert resumed.audience.shown_texts() == ["Pause", "We continue at 15:30"]
    assert resumed.presenter.resume_box.isChecked()
    assert resumed.presenter.resume_time.time() == QTime(15, 30)
    qtbot.keyClick(resumed.presenter, Qt.Key.Key_B)  # a private moment: the wall goes dark
    assert resumed.audience.shown_texts() == ["We continue at 15:30"]
    resumed.close()
    demo_services.sessions.close(meeting_id)

    again = resume_offered(qtbot, win, meeting_id, monkeypatch)
    audience, presenter = again.audience, again.presenter
    assert audience.shown_texts() == ["We continue at 15:30"]  # still dark after the restart
    assert presenter.state.text() == "Paused \u00b7 projector blank"
    assert presenter.preview.shown_texts() == audience.shown_texts()
    qtbot.keyClick(presenter, Qt.Key.Key_Space)  # continuing the session keeps it dark ...
    assert again.control.snapshot().state == RunState.NORMAL
    assert audience.shown_texts() == ["We continue at 15:30"]
    presenter.resume_box.click()
    qtbot.keyClick(presenter, Qt.Key.Key_Period)  # ... until the supervisor shows it again
    assert again.control.snapshot().phase_name.en in audience.shown_texts()


def test_outside_rounds_the_presenter_lists_who_is_present_and_the_case_bringer(
    qtbot: QtBot, make_window: Callable[[], MainWindow]
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    presenter, speakers = ctrl.presenter, ctrl.presenter.speakers
    plan = ctrl.control.plan  # type: ignore[attr-defined]
    everyone = [s.display_name for s in plan.speakers]
    assert ctrl.control.snapshot().speakers == ()  # the opening's first phase has no turns
    assert [speakers.item(i).text() for i in range(speakers.count())] == everyone
    assert presenter.speaker_box.title().startswith("Present, no turns")
    for _ in range(60):  # by keys to the gossip method's open discussion
        snap = ctrl.control.snapshot()
        if snap.speaker_mode == "open" and snap.case_bringer_id is not None:
            break
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert snap.speakers == () and ctrl.audience.strip.chips() == ()
    bringer = next(s.display_name for s in plan.speakers if s.member_id == snap.case_bringer_id)
    texts = [speakers.item(i).text() for i in range(speakers.count())]
    assert len(texts) == len(everyone)
    assert [t for t in texts if "(case bringer)" in t] == [f"{bringer} \u2605 (case bringer)"]
    item = speakers.item(len(texts) - 1)
    rect = speakers.visualItemRect(item)
    check_at = QPoint(rect.left() + rect.height() // 2, rect.center().y())
    qtbot.mouseClick(speakers.viewport(), Qt.MouseButton.LeftButton, pos=check_at)
    assert speakers.item(len(texts) - 1).text() == f"{everyone[-1]} \u2014 absent"
    assert speakers.item(len(texts) - 1).font().strikeOut()
    for _ in range(10):  # on to the next round: the absent one has no turn
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
        if ctrl.control.snapshot().speaker_mode == "round":
            break
    assert presenter.speaker_box.title().startswith("Speaker order")
    shown = ctrl.audience.strip.shown_texts()
    assert len(shown) == len(everyone) - 1 and everyone[-1] not in shown
