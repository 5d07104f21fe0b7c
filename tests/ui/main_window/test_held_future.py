"""A meeting dated in the future cannot be marked held: the form says so beside Status."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import pytest

from intervisie_desktop.core.errors import ValidationError
from intervisie_desktop.core.models import Group, MeetingStatus
from tests.ui.main_window.conftest import TODAY, settle

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.core.services import Services
    from intervisie_desktop.ui.window.main_window import MainWindow


def test_the_service_refuses_held_for_a_meeting_ahead(services: Services, group: Group) -> None:
    ahead = next(m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY)
    with pytest.raises(ValidationError) as refused:
        services.meetings.update(ahead.id or 0, status=MeetingStatus.HELD)
    assert refused.value.field == "status"
    assert ahead.date.isoformat() in refused.value.english()
    assert services.meetings.get(ahead.id or 0).status == MeetingStatus.PLANNED
    # today itself is fine
    services.meetings.update(ahead.id or 0, date=TODAY, status=MeetingStatus.HELD)
    assert services.meetings.get(ahead.id or 0).status == MeetingStatus.HELD


def test_choosing_held_for_next_week_is_refused_beside_status(
    qtbot: QtBot, win: MainWindow, services: Services, group: Group
) -> None:
    win.show_tab(2)
    settle(qtbot, win)
    pane = win.meetings
    ahead = next(m for m in services.meetings.for_group(group.id or 0) if m.date > TODAY)
    assert pane.meeting is not None and pane.meeting.id == ahead.id
    pane.status.setFocus()
    pane.status.setCurrentIndex(pane.status.findData(MeetingStatus.HELD))
    pane.status.activated.emit(pane.status.currentIndex())
    settle(qtbot, win)
    shown = pane.binder.error_of("status")
    assert "still ahead" in shown and ahead.date.isoformat() in shown
    assert services.meetings.get(ahead.id or 0).status == MeetingStatus.PLANNED
    assert pane.ahead.child(0).text(2) == "planned"
    assert TODAY + timedelta(days=14) == ahead.date
