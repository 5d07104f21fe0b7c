"""Session-mode fixtures: the stand-in control on a hand-moved clock, and a controller around it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from intervisie_desktop.core.services import Services
from intervisie_desktop.ui.session.controller import SessionModeController
from tests.ui.session.standin_control import FakeClock, StandInControl, make_control


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meeting_id(services: Services) -> int:
    import datetime as dt

    group = services.groups.create(name="Balintgroep Zwolle")
    meeting = services.meetings.create(
        group_id=group.id,
        date=dt.date(2025, 3, 4),
        planned_start=dt.time(14, 0),
        planned_end=dt.time(16, 0),
    )
    return int(meeting.id)


@pytest.fixture
def control(clock: FakeClock, meeting_id: int) -> StandInControl:
    return make_control(clock, meeting_id=meeting_id)


@pytest.fixture
def qsettings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "machine.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def controller(
    qtbot: QtBot, control: StandInControl, services: Services, qsettings: QSettings
) -> Iterator[SessionModeController]:
    ctrl = SessionModeController(control, services, lang="en", settings=qsettings)
    # pytest-qt closes registered widgets before fixture teardown: leave session mode first,
    # so closing the presenter does not ask "leave?" with nobody to answer.
    qtbot.addWidget(ctrl.presenter, before_close_func=lambda _w: ctrl.close())
    qtbot.addWidget(ctrl.audience, before_close_func=lambda _w: ctrl.close())
    ctrl.show()
    yield ctrl
    ctrl.close()
