"""No confidential text ever leaves the program through the phone remote: case descriptions,
outcomes, agreed actions, notes, evaluations, members' full names and register details and the
facilitator script are planted in the demo, a whole session is walked from the phone, and no
byte of any answer (page, assets, settings, every socket message) holds one of them."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from sqlmodel import select

from intervisie_desktop.core.models import Case, Member, Note, Registration
from intervisie_desktop.core.models.meetings import Meeting
from intervisie_desktop.core.session.snapshot import RunState
from tests.ui.remote.client import Phone, fetch, page_path
from tests.ui.session.conftest import press_f5

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow

PLANT = "Zwartkoffer-Q7731X"


def plant(services: Services) -> list[str]:
    """Unique confidential texts in every private field of the demo; returns them."""
    planted: list[str] = []

    def secret(kind: str, n: int) -> str:
        text = f"{PLANT} {kind} {n} vertrouwelijk"
        planted.append(text)
        return text

    with services.db.session() as session:
        for n, case in enumerate(session.exec(select(Case)).all()):
            case.description = secret("description", n)
            case.outcome = secret("outcome", n)
            case.agreed_actions = secret("actions", n)
            case.follow_up_text = secret("follow-up", n)
            session.add(case)
        for n, member in enumerate(session.exec(select(Member)).all()):
            member.full_name = f"{member.display_name} {PLANT}fam{n}"
            member.email = f"m{n}.{PLANT.lower()}@example.org"
            planted += [member.full_name, member.email]
            session.add(member)
        for n, registration in enumerate(session.exec(select(Registration)).all()):
            registration.number = f"{PLANT}-reg-{n}"
            planted.append(registration.number)
            session.add(registration)
        for n, meeting in enumerate(session.exec(select(Meeting)).all()):
            meeting.evaluation = secret("evaluation", n)
            session.add(meeting)
        for n, note in enumerate(session.exec(select(Note)).all()):
            note.body = secret("note", n)
            session.add(note)
        session.commit()
    return planted


@pytest.mark.slow
def test_no_confidential_text_in_any_answer_through_a_whole_session(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    secrets = plant(demo_services)
    assert len(secrets) > 20
    win = make_window()
    ctrl = press_f5(qtbot, win)
    ctrl.phone.panel.use_box.click()
    server = ctrl.phone.server
    assert server.running
    answers: list[bytes] = []
    for sub in ("", "display", "remote.js", "remote.css", "icon.svg", "settings.json"):
        reply = fetch(qtbot, server.port, page_path(server, sub))
        assert reply.status == 200
        answers.append(reply.body + repr(reply.headers).encode())
    phone = Phone(server)
    phone.open(qtbot)
    qtbot.waitUntil(lambda: "paired" in phone.types(), timeout=5000)
    scripts: set[str] = set()
    states: set[RunState] = set()
    for _ in range(200):
        snap = ctrl.control.snapshot()
        states.add(snap.state)
        if snap.script.get("en").strip():
            scripts.add(snap.script.get("en").strip())
        if snap.state == RunState.FINISHED:
            break
        for name in ("next", "blank", "blank", "pause", "pause"):
            ticks = ctrl.ticks
            phone.press(name)
            qtbot.waitUntil(lambda t=ticks: ctrl.ticks > t, timeout=5000)
            qtbot.wait(60)  # a person's pace: the remote drops presses beyond 20 a second
    assert RunState.FINISHED in states and scripts
    answers += [repr(message).encode() for message in phone.received]
    phone.close()
    assert len(phone.received) > 50
    joined = b"\n".join(answers).decode()
    assert PLANT not in joined and PLANT.lower() not in joined.lower()
    for text in secrets:
        assert text not in joined
    for script in scripts:
        for start in range(0, max(1, len(script) - 40), 20):
            assert script[start : start + 40] not in joined
