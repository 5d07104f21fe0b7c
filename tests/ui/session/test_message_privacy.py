"""Messages to the room never carry confidential text: with a unique string planted in every
confidential field of the demo (case descriptions, outcomes, agreed actions, follow-ups, notes,
meeting evaluations, learning goals, members' full names and contact details), a session driven
with 1-5, M, Shift+M and 0 puts none of them in the projector's widget tree, the run's log or
the program's log."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget
from sqlmodel import select

from intervisie_desktop.core.models import (
    Case,
    LearningGoal,
    Meeting,
    Member,
    Note,
    Registration,
    SessionEvent,
)
from intervisie_desktop.ui.session.message_dialogs import MessageEntry
from tests.ui.session.message_helpers import answering, open_session, press

if TYPE_CHECKING:
    from pathlib import Path

    import pytest
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services

K = Qt.Key
CASE_FIELDS = ("description", "outcome", "agreed_actions", "follow_up_text")


def plant(services: Services) -> list[str]:
    """A unique string in every confidential field of every row; the strings planted."""
    planted: list[str] = []

    def mark(row: object, field: str) -> None:
        value = f"PLANTED-{type(row).__name__}-{field}-{len(planted):04d}-zq"
        planted.append(value)
        setattr(row, field, value)

    with services.db.session() as session:
        for case in session.exec(select(Case)).all():
            for field in CASE_FIELDS:
                mark(case, field)
            session.add(case)
        for note in session.exec(select(Note)).all():
            mark(note, "title")
            mark(note, "body")
            session.add(note)
        for meeting in session.exec(select(Meeting)).all():
            mark(meeting, "evaluation")
            session.add(meeting)
        for goal in session.exec(select(LearningGoal)).all():
            mark(goal, "goal")
            mark(goal, "evaluation")
            session.add(goal)
        for member in session.exec(select(Member)).all():
            for field in ("full_name", "email"):
                mark(member, field)
            session.add(member)
        for registration in session.exec(select(Registration)).all():
            mark(registration, "number")
            session.add(registration)
        session.commit()
    return planted


def widget_texts(widget: QWidget) -> list[str]:
    """Every text in the widget's tree, shown or hidden: labels, chips, titles, tooltips."""
    texts = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        texts += [child.toolTip(), child.accessibleName(), child.windowTitle()]
        text = getattr(child, "text", None)
        if callable(text):
            value = text()
            if isinstance(value, str):
                texts.append(value)
    texts += [label.text() for label in widget.findChildren(QLabel)]
    chips = getattr(widget, "strip", None)
    if chips is not None:
        texts += chips.shown_texts()
    return [t for t in texts if t]


def test_no_planted_text_reaches_the_projector_or_the_run_log_through_messages(
    qtbot: QtBot, demo_services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    planted = plant(demo_services)
    assert len(planted) > 40
    caplog.set_level(logging.DEBUG)
    ctrl = open_session(qtbot, demo_services, tmp_path, "en")
    audience = ctrl.audience
    seen: list[str] = []
    banners: list[str] = []

    def look() -> None:
        seen.extend(widget_texts(audience))
        seen.extend(widget_texts(ctrl.presenter.preview))
        if audience.banner.isVisibleTo(audience):
            banners.append(audience.banner.text())

    def typed(text: str) -> None:
        def answer(dialog: MessageEntry) -> None:
            qtbot.keyClicks(dialog.field, text)
            qtbot.keyClick(dialog.field, K.Key_Return)

        answering(MessageEntry, answer, [])

    for round_ in range(12):
        for key in (K.Key_1, K.Key_2, K.Key_3, K.Key_4, K.Key_5):
            press(qtbot, ctrl, key)
            look()
        typed(f"Typed for the room {round_}")
        press(qtbot, ctrl, K.Key_M)
        look()
        typed(f"Typed for me {round_}")
        press(qtbot, ctrl, K.Key_M, Qt.KeyboardModifier.ShiftModifier)
        look()
        press(qtbot, ctrl, K.Key_0)
        look()
        press(qtbot, ctrl, K.Key_PageDown)  # on through the session: other phases, other cases
        look()
    with demo_services.db.session() as session:
        events = session.exec(select(SessionEvent)).all()
        log = [f"{e.command} {e.payload_json}" for e in events]
    assert sum(line.startswith("message ") for line in log) >= 12 * 8
    records = [record.getMessage() for record in caplog.records]
    for where, texts in (("projector", seen), ("run log", log), ("program log", records)):
        for text in texts:
            for secret in planted:
                assert secret not in text, (where, secret)
            assert "PLANTED-" not in text, where
    # The walk did show every kind of message (so the checks above looked at something).
    assert {"Five more minutes", "Let each other finish", "Typed for the room 11"} <= set(banners)
    assert not [b for b in banners if b.startswith("Typed for me")]  # only on the presenter
