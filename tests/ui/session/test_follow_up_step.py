"""The follow-up step and the opening round in session mode: the presenter lists the open actions
of earlier cases by case bringer and the supervisor marks them with keys and buttons (stored, and
the meetings pane follows); the opening round shows each member's learning goal beside the name.
Neither the actions nor a goal ever reach the projector."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton

from intervisie_desktop.core.models import FollowUpStatus
from intervisie_desktop.ui.session.chair import chair_line
from intervisie_desktop.ui.session.follow_up import FOLLOW_UP_BLOCK
from intervisie_desktop.ui.session.follow_up_topics import open_topics
from intervisie_desktop.ui.session.goals import OPENING_BLOCK
from tests.ui.session.conftest import press_f5
from tests.ui.session.test_real_session import all_texts
from tests.ui.session.test_session_mode import TIME, allowed_texts

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.session.controller import SessionModeController
    from intervisie_desktop.ui.window.main_window import MainWindow

ACTIONS = ["Zorgplan bespreken met Kwelderhof-team", "Tweede gesprek met moeder Vlinderpad"]
GOAL = "Doorvragen zonder oordeel Meeuwenduin"
DESCRIPTION = "Vertrouwelijk verhaal over Zilvermeeuwstraat"
OUTCOME = "Uitkomst met Dwarsligger-inzicht"
TOPICS = ["Onderwerp Lindeboom 0", "Onderwerp Lindeboom 1"]
NEEDLES = [
    "Kwelderhof",
    "Vlinderpad",
    "Meeuwenduin",
    "Zilvermeeuw",
    "Dwarsligger",
    "Learning goal",
    "Leerdoel",
]


def plant(services: Services, meeting_id: int) -> tuple[list[int], int]:
    """Two cases with actions at an earlier meeting of the group; a goal for one member."""
    meeting = services.meetings.get(meeting_id)
    earlier = [
        m
        for m in services.meetings.for_group(meeting.group_id)
        if m.date < meeting.date and services.cases.for_meeting(m.id or 0)
    ]
    source = max(earlier, key=lambda m: m.date)
    assert source.id is not None
    bringer = next(c.bringer_id for c in services.cases.for_meeting(source.id) if c.bringer_id)
    ids = []
    for n, actions in enumerate(ACTIONS):
        case = services.cases.create(
            meeting_id=source.id,
            bringer_id=bringer,
            topic=TOPICS[n],
            agreed_actions=actions,
            description=DESCRIPTION,
            outcome=OUTCOME,
        ).value
        assert case.id is not None and case.follow_up_status == FollowUpStatus.OPEN
        ids.append(case.id)
    services.goals.create(
        member_id=bringer, group_id=meeting.group_id, year=meeting.date.year, goal=GOAL
    )
    return ids, bringer


def still_open(services: Services, meeting_id: int) -> set[str]:
    """The topics of the cases still open for the meeting's follow-up step, as stored."""
    return {
        a.topic
        for g in services.cases.open_actions(meeting_id)
        for a in g.actions
        if a.status in (FollowUpStatus.OPEN, FollowUpStatus.CARRIED)
    }


def step_of(ctrl: SessionModeController, key: str) -> int:
    plan = ctrl.services.sessions.frozen_plan(ctrl.meeting_id)
    assert plan is not None
    return next(i for i, s in enumerate(plan.steps) if s.method.key == key)


def projector_text(ctrl: SessionModeController) -> str:
    return " | ".join(all_texts(ctrl.audience) + all_texts(ctrl.presenter.preview))


def test_follow_up_step_marks_actions_by_key_and_click_and_the_projector_never_shows_them(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    ids, bringer = plant(demo_services, ctrl.meeting_id)
    panel = ctrl.follow_up.panel
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)  # start the session
    assert not panel.isVisible()
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_D)  # not the follow-up step: nothing happens
    assert demo_services.cases.get(ids[0]).follow_up_status == FollowUpStatus.OPEN

    # The opening round: the goal beside the name, on the presenter only.
    ctrl.control.jump_to(step_of(ctrl, OPENING_BLOCK))
    ctrl.refresh()
    speakers = ctrl.presenter.speakers
    rows = [speakers.item(i).text() for i in range(speakers.count())]
    assert any(GOAL in row for row in rows), rows
    assert GOAL not in projector_text(ctrl)

    ctrl.control.jump_to(step_of(ctrl, FOLLOW_UP_BLOCK))
    ctrl.refresh()
    assert panel.isVisible()
    assert not any(GOAL in speakers.item(i).text() for i in range(speakers.count()))
    listing = panel.findChild(QListWidget, "followUpActions")
    assert listing is not None
    texts = [listing.item(i).text() for i in range(listing.count())]
    name = next(s.display_name for s in ctrl.control.snapshot().members if s.member_id == bringer)
    assert name in texts  # the bringer's heading, their actions under it
    assert any(ACTIONS[0] in t for t in texts) and any(ACTIONS[1] in t for t in texts)

    # The key marks the chosen action and moves on to the next open one.
    listing.setCurrentRow(next(i for i, t in enumerate(texts) if ACTIONS[0] in t))
    ctrl.presenter.activateWindow()
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_D)
    assert demo_services.cases.get(ids[0]).follow_up_status == FollowUpStatus.DONE
    assert demo_services.cases.get(ids[0]).follow_up_meeting_id == ctrl.meeting_id
    assert ACTIONS[1] in listing.currentItem().text()
    carry = panel.findChild(QPushButton, "followUp_carried")
    assert carry is not None
    qtbot.mouseClick(carry, Qt.MouseButton.LeftButton)
    assert demo_services.cases.get(ids[1]).follow_up_status == FollowUpStatus.CARRIED
    shown = [listing.item(i).text() for i in range(listing.count())]
    assert any(ACTIONS[0] in t and "[action done]" in t for t in shown)
    assert any(ACTIONS[1] in t and "[carried over]" in t for t in shown)

    shown_on_projector = projector_text(ctrl)
    for needle in NEEDLES:
        assert needle not in shown_on_projector

    # The meetings pane follows: only the carried case is still open for a later meeting.
    qtbot.waitUntil(ctrl.hub.settled)
    meeting = demo_services.meetings.get(ctrl.meeting_id)
    still = demo_services.cases.open_follow_ups(meeting.group_id)
    assert ids[1] in [c.id for c, _m in still] and ids[0] not in [c.id for c, _m in still]


def test_planted_actions_and_goals_never_reach_the_projector_through_the_whole_session(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    plant(demo_services, ctrl.meeting_id)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)
    ctrl.presenter.activateWindow()
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)
    seen_on_presenter: set[str] = set()
    topics_seen = 0
    for _turn in range(200):
        snap = ctrl.control.snapshot()
        on_projector = projector_text(ctrl)
        at_step = ctrl.follow_up.panel.isVisible()
        # The topic labels: on the projector at the follow-up step, and only there.
        assert (TOPICS[0] in on_projector or TOPICS[1] in on_projector) == (
            at_step and bool(still_open(demo_services, ctrl.meeting_id) & set(TOPICS))
        ), (snap.step_index, on_projector)
        topics_seen += TOPICS[0] in on_projector
        if at_step:
            listing = ctrl.follow_up.panel.list
            seen_on_presenter.update(listing.item(i).text() for i in range(listing.count()))
            qtbot.keyClick(ctrl.presenter, Qt.Key.Key_X)  # a mark on the way
        speakers = ctrl.presenter.speakers
        seen_on_presenter.update(speakers.item(i).text() for i in range(speakers.count()))
        shown = projector_text(ctrl)
        for needle in NEEDLES:
            assert needle not in shown, (snap.step_index, snap.phase_index)
        if snap.state.name == "FINISHED":
            break
        ctrl.next()
    else:
        pytest.fail("the session did not reach its end")
    presenter = " | ".join(seen_on_presenter)
    assert "Kwelderhof" in presenter and GOAL in presenter  # shown there: the check could fail
    assert topics_seen  # the projector did show a topic: the needles above were looked for


def test_the_lock_hides_the_follow_up_panel_and_unlocking_brings_it_back(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    ids, _bringer = plant(demo_services, ctrl.meeting_id)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_Space)  # paused: no tick would repaint
    ctrl.control.jump_to(step_of(ctrl, FOLLOW_UP_BLOCK))
    ctrl.refresh()
    panel = ctrl.follow_up.panel
    assert panel.isVisible()
    ctrl.set_locked(True)
    assert not panel.isVisible()
    ctrl.follow_up.panel.choose(ids[0])
    ctrl.presenter.activateWindow()
    qtbot.waitUntil(ctrl.presenter.isActiveWindow, timeout=2000)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_D)  # locked: no mark
    assert demo_services.cases.get(ids[0]).follow_up_status == FollowUpStatus.OPEN
    ctrl.set_locked(False)
    assert panel.isVisible()


def test_projector_shows_the_open_topics_at_the_follow_up_step_and_only_there(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    ids, _bringer = plant(demo_services, ctrl.meeting_id)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)
    follow_up = step_of(ctrl, FOLLOW_UP_BLOCK)
    ctrl.control.jump_to(follow_up)
    ctrl.refresh()
    for view in (ctrl.audience, ctrl.presenter.preview):
        shown = " | ".join(view.shown_texts())  # on the screen now, not just held
        assert TOPICS[0] in shown and TOPICS[1] in shown, shown
        # Everything on the projector is the snapshot's, ours, or the topics line.
        snap = ctrl.control.snapshot()
        groups = demo_services.cases.open_actions(ctrl.meeting_id)
        allowed = allowed_texts(view, snap, None, topics=open_topics(groups))
        if ctrl.chair.chair is not None:
            allowed.add(chair_line(ctrl.chair.chair[1]))
        for text in view.shown_texts():
            assert text in allowed or TIME.match(text), text
    on_projector = projector_text(ctrl)
    for needle in NEEDLES:
        assert needle not in on_projector

    # Done: that case has nothing open left, so its topic goes; the carried one stays.
    panel = ctrl.follow_up.panel
    assert panel.choose(ids[0])
    qtbot.mouseClick(panel.buttons[FollowUpStatus.DONE], Qt.MouseButton.LeftButton)
    assert demo_services.cases.get(ids[0]).follow_up_status == FollowUpStatus.DONE
    assert panel.choose(ids[1])
    qtbot.mouseClick(panel.buttons[FollowUpStatus.CARRIED], Qt.MouseButton.LeftButton)
    on_projector = projector_text(ctrl)
    assert TOPICS[0] not in on_projector and TOPICS[1] in on_projector
    assert panel.choose(ids[1])
    qtbot.mouseClick(panel.buttons[FollowUpStatus.DROPPED], Qt.MouseButton.LeftButton)
    assert TOPICS[1] not in projector_text(ctrl)
    # Taken back from the cases pane (through the hub): the topic comes back at once.
    changes = demo_services.cases.mark_follow_up(ids[1], FollowUpStatus.OPEN, ctrl.meeting_id)
    ctrl.hub.broadcast(changes, None)
    qtbot.waitUntil(lambda: TOPICS[1] in projector_text(ctrl))

    # The next step: the topics go from the projector and its preview.
    ctrl.control.jump_to(follow_up + 1)
    ctrl.refresh()
    on_projector = projector_text(ctrl)
    assert not any(topic in on_projector for topic in TOPICS), on_projector
    for needle in NEEDLES:
        assert needle not in on_projector


def test_the_phone_s_display_page_gets_the_same_topics_and_loses_them_with_a_mark(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    from tests.ui.remote.client import Phone

    win = make_window()
    ctrl = press_f5(qtbot, win)
    ids, _bringer = plant(demo_services, ctrl.meeting_id)
    ctrl.phone.panel.use_box.click()
    phone = Phone(ctrl.phone.server, view=True)
    phone.open(qtbot)
    try:
        qtbot.waitUntil(lambda: phone.last_state() is not None, timeout=5000)  # a viewer
        qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)
        ctrl.control.jump_to(step_of(ctrl, FOLLOW_UP_BLOCK))
        ctrl.refresh()

        def topics() -> list[str]:
            state = phone.last_state()
            return list(state["followUp"]) if state else []

        qtbot.waitUntil(lambda: TOPICS[0] in topics() and TOPICS[1] in topics(), timeout=5000)
        assert topics() == ctrl.follow_up.projector.topics  # the projector's own line
        ctrl.follow_up.panel.choose(ids[0])
        qtbot.mouseClick(
            ctrl.follow_up.panel.buttons[FollowUpStatus.DONE], Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda: TOPICS[0] not in topics() and TOPICS[1] in topics(), timeout=5000)
        ctrl.control.jump_to(step_of(ctrl, FOLLOW_UP_BLOCK) + 1)
        ctrl.refresh()
        qtbot.waitUntil(lambda: topics() == [], timeout=5000)
        sent = repr(phone.received)
        for needle in NEEDLES:
            assert needle not in sent
    finally:
        phone.close()


def test_many_open_topics_leave_the_timer_its_room(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    from PySide6.QtWidgets import QLabel

    from intervisie_desktop.ui.session.follow_up_topics import MOST_SHOWN

    win = make_window()
    ctrl = press_f5(qtbot, win)
    _ids, bringer = plant(demo_services, ctrl.meeting_id)
    source = demo_services.cases.get(_ids[0]).meeting_id
    for n in range(12):
        demo_services.cases.create(
            meeting_id=source,
            bringer_id=bringer,
            topic=f"Extra onderwerp {n:02d}",
            agreed_actions="Nog een actie",
        )
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)
    ctrl.control.jump_to(step_of(ctrl, FOLLOW_UP_BLOCK))
    ctrl.refresh()
    topics = open_topics(demo_services.cases.open_actions(ctrl.meeting_id))
    assert len(topics) > MOST_SHOWN + 10
    line = ctrl.audience.findChild(QLabel, "followUpTopics")
    assert line is not None and line.isVisible()
    text = line.text()
    assert [t for t in topics if t in text] == topics[:MOST_SHOWN]
    assert text.endswith(f"{len(topics) - MOST_SHOWN} more")
    # The line stays within a quarter of the projector's height: the timer keeps its room.
    assert line.height() <= ctrl.audience.height() // 4
