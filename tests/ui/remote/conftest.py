"""The session-mode fixtures (stand-in control, controller) for the phone remote's tests, and a
controller with the remote switched on as the supervisor does: the presenter's check box."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.ui.session.conftest import (  # noqa: F401  (fixtures)
    clock,
    control,
    controller,
    demo_services,
    make_window,
    meeting_id,
    qsettings,
)

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer
    from intervisie_desktop.ui.session.controller import SessionModeController


@pytest.fixture
def server(qtbot: QtBot, controller: SessionModeController) -> RemoteServer:  # noqa: F811
    controller.phone.panel.use_box.click()
    qtbot.waitUntil(lambda: controller.phone.server.running, timeout=3000)
    return controller.phone.server
