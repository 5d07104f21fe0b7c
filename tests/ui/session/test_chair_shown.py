"""When a member chairs, session mode names them on the presenter and on the projector (and its
preview), in Dutch and English, and heads the presenter's script as the chair's; when the
supervisor chairs, nothing of this is shown."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel

from intervisie_desktop.core.models import ChairMode
from intervisie_desktop.ui.session.controller import SessionModeController
from intervisie_desktop.ui.translation import install_translators
from tests.ui.session.conftest import press_f5
from tests.ui.session.standin_control import make_control

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from PySide6.QtCore import QSettings
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.models import Member
    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow
    from tests.ui.session.standin_control import FakeClock

WORDS = {
    "en": (
        "Chair: Anna Bos",
        "the supervisor in the background",
        "The chair's script (for Anna Bos)",
    ),
    "nl": (
        "Voorzitter: Anna Bos",
        "de begeleider op de achtergrond",
        "Draaiboek voor de voorzitter (Anna Bos)",
    ),
}
BACKGROUND = WORDS["en"][1]


@pytest.fixture(params=["en", "nl"])
def lang(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, request.param) if request.param == "nl" else []
    yield request.param
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def chaired_meeting(services: Services, mode: ChairMode | None) -> int:
    group = services.groups.create(name="Balintgroep Zwolle", guided=True).value
    anna = services.members.create(full_name="Anna Bos").value
    services.memberships.add(group.id or 0, anna.id or 0, dt.date(2024, 1, 1))
    meeting = services.meetings.create(
        group_id=group.id,
        date=dt.date(2025, 3, 4),
        planned_start=dt.time(14, 0),
        planned_end=dt.time(16, 0),
    ).value
    if mode is not None:
        services.meetings.update(meeting.id or 0, led_by_member_id=anna.id, chair_mode=mode)
    return int(meeting.id or 0)


@pytest.fixture
def session_for(
    qtbot: QtBot, clock: FakeClock, services: Services, qsettings: QSettings
) -> Iterator[Callable[[ChairMode | None, str], SessionModeController]]:
    made: list[SessionModeController] = []

    def make(mode: ChairMode | None, lang: str) -> SessionModeController:
        control = make_control(clock, meeting_id=chaired_meeting(services, mode))
        ctrl = SessionModeController(control, services, lang=lang, settings=qsettings)
        qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
        qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
        ctrl.show()
        qtbot.waitExposed(ctrl.presenter)
        made.append(ctrl)
        return ctrl

    yield make
    for ctrl in made:
        ctrl.close()


def script_title(ctrl: SessionModeController) -> str:
    title = ctrl.presenter.findChild(QLabel, "scriptTitle")
    assert title is not None
    return title.text()


def test_a_member_chairing_is_named_on_presenter_and_projector(
    qtbot: QtBot, session_for: Callable[..., SessionModeController], lang: str
) -> None:
    named, background, heading = WORDS[lang]
    ctrl = session_for(ChairMode.MEMBER_SUPERVISED, lang)
    ctrl.start()
    ctrl.refresh()
    line = ctrl.presenter.findChild(QLabel, "chairLine")
    assert line is not None and line.isVisible()
    assert line.text() == f"{named} \u2014 {background}"
    assert script_title(ctrl) == heading
    assert ctrl.presenter.script.toPlainText().strip()  # the method's script for the phase
    for view in (ctrl.audience, ctrl.presenter.preview):
        assert named in view.shown_texts()
    # The name grows with the projector's window, as its other texts do.
    label = ctrl.audience.findChild(QLabel, "chairName")
    assert label is not None
    before = label.font().pixelSize()
    ctrl.audience.resize(ctrl.audience.width() * 2, ctrl.audience.height() * 2)
    qtbot.waitUntil(lambda: label.font().pixelSize() > before, timeout=2000)


def test_a_member_alone_is_named_without_the_supervisor(
    session_for: Callable[..., SessionModeController],
) -> None:
    ctrl = session_for(ChairMode.MEMBER, "en")
    ctrl.refresh()
    line = ctrl.presenter.findChild(QLabel, "chairLine")
    assert line is not None and line.text() == "Chair: Anna Bos"


def test_the_supervisor_chairing_shows_no_chair_line(
    session_for: Callable[..., SessionModeController],
) -> None:
    ctrl = session_for(None, "en")
    ctrl.start()
    ctrl.refresh()
    assert ctrl.presenter.findChild(QLabel, "chairLine") is None
    assert script_title(ctrl) == "Facilitator script"
    assert not any(t.startswith("Chair:") for t in ctrl.audience.shown_texts())


def chair_lines(ctrl: SessionModeController) -> list[str]:
    """The chair's line as the projector, its preview and the presenter show it now."""
    lines = [t for v in (ctrl.audience, ctrl.presenter.preview) for t in v.shown_texts()]
    presenter = ctrl.presenter.findChild(QLabel, "chairLine")
    if presenter is not None and presenter.isVisible():
        lines.append(presenter.text())
    return [t for t in lines if t.startswith("Chair:")]


def test_a_chair_changed_in_the_meetings_pane_shows_at_once_in_session_mode(
    qtbot: QtBot, make_window: Callable[[], MainWindow], demo_services: Services
) -> None:
    win = make_window()
    ctrl = press_f5(qtbot, win)
    qtbot.keyClick(ctrl.presenter, Qt.Key.Key_F5)  # the session runs
    meeting = demo_services.meetings.get(ctrl.meeting_id)
    people = [p for _s, p in demo_services.memberships.members_of(meeting.group_id, meeting.date)]
    first, second = people[0], people[1]
    ops, pane = win.context.ops, win.meetings

    def led_by(member: Member | None, mode: ChairMode) -> None:
        """What the meetings pane's Who chairs / Led by fields store, through the hub."""
        ops.perform(
            pane,
            lambda: demo_services.meetings.update(
                ctrl.meeting_id,
                led_by_member_id=member.id if member else None,
                chair_mode=mode,
            ),
        )

    led_by(first, ChairMode.MEMBER_SUPERVISED)
    want = f"Chair: {first.full_name}"
    qtbot.waitUntil(lambda: chair_lines(ctrl) == [want, want, f"{want} \u2014 " + BACKGROUND])
    assert script_title(ctrl) == f"The chair's script (for {first.full_name})"

    led_by(second, ChairMode.MEMBER)  # another member, alone this time
    want = f"Chair: {second.full_name}"
    qtbot.waitUntil(lambda: chair_lines(ctrl) == [want, want, want])

    # The chair's name edited in the members pane follows too.
    ops.perform(None, lambda: demo_services.members.update(second.id or 0, full_name="Zoë Kaan"))
    qtbot.waitUntil(lambda: chair_lines(ctrl) == ["Chair: Zoë Kaan"] * 3)

    led_by(None, ChairMode.SUPERVISOR)  # the supervisor takes the chair back
    qtbot.waitUntil(lambda: chair_lines(ctrl) == [])
    assert script_title(ctrl) == "Facilitator script"
    ctrl.refresh()
    assert not any("Zoë" in t for t in ctrl.audience.shown_texts())
