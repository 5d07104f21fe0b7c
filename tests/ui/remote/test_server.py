"""The phone remote's server as a phone and an attacker meet it, over loopback: opt-in, the page
and nothing else, 403 for every wrong token, Host or Origin, the rate limit, pairing one device,
a second one waiting for the laptop, unpairing, and every port closed when session mode ends."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.remote.client import Phone, fetch, page_path

if TYPE_CHECKING:
    from PySide6.QtWidgets import QCheckBox
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer
    from intervisie_desktop.ui.session.controller import SessionModeController
    from tests.ui.session.standin_control import StandInControl


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """A click on the check box's square, as a user aims."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def port_open(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_server_runs_only_after_the_supervisor_opts_in(
    qtbot: QtBot, controller: SessionModeController
) -> None:
    phone = controller.phone
    assert not phone.server.running and not phone.panel.qr.isVisible()
    tick(qtbot, phone.panel.use_box)
    assert phone.panel.use_box.isChecked()
    qtbot.waitUntil(lambda: phone.server.running, timeout=3000)
    assert phone.panel.qr.isVisible() and phone.panel.qr.pixmap().width() > 100
    assert phone.server.pairing.token in phone.panel.address.text()
    port = phone.server.port
    assert port_open(port) and port_open(phone.server.ws_port)
    tick(qtbot, phone.panel.use_box)
    assert not phone.server.running and not port_open(port)


def test_the_page_its_assets_and_settings_are_served_with_a_strict_policy(
    qtbot: QtBot, server: RemoteServer
) -> None:
    page = fetch(qtbot, server.port, page_path(server))
    assert page.status == 200 and b'<script src="remote.js"' in page.body
    assert page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and f"ws://127.0.0.1:{server.ws_port}" in policy
    assert page.headers["cache-control"] == "no-store"
    for sub, kind in (
        ("remote.js", "text/javascript"),
        ("remote.css", "text/css"),
        ("display", "text/html"),
        ("icon.svg", "image/svg+xml"),
    ):
        reply = fetch(qtbot, server.port, page_path(server, sub))
        assert reply.status == 200 and reply.headers["content-type"].startswith(kind), sub
    settings = fetch(qtbot, server.port, page_path(server, "settings.json"))
    assert settings.status == 200 and b'"ws": %d' % server.ws_port in settings.body
    assert b'"lang": "en"' in settings.body and b'"next": "Next"' in settings.body


@pytest.mark.parametrize(
    ("path", "headers", "method"),
    [
        ("/", {}, "GET"),  # no token
        ("/WRONGTOKEN/", {}, "GET"),
        ("/{token}", {}, "GET"),
        ("/{token}/secrets.txt", {}, "GET"),
        ("/{token}/../{token}/", {}, "GET"),
        ("/{token}/?x=1", {}, "GET"),
        ("/{token}/", {}, "POST"),
        ("/{token}/", {"Host": "evil.example:{port}"}, "GET"),  # DNS rebinding
        ("/{token}/", {"Host": "127.0.0.1:1"}, "GET"),
        ("/{token}/", {"Origin": "http://evil.example"}, "GET"),
        ("/{token}/", {"Origin": "null"}, "GET"),
    ],
)
def test_anything_else_gets_403_and_an_empty_body(
    qtbot: QtBot, server: RemoteServer, path: str, headers: dict[str, str], method: str
) -> None:
    token = server.pairing.token
    path = path.format(token=token)
    headers = {k: v.format(port=server.port) for k, v in headers.items()}
    reply = fetch(qtbot, server.port, path, headers=headers, method=method)
    assert (reply.status, reply.body) == (403, b"")
    assert token.encode() not in reply.body and "content-security-policy" not in reply.headers


def test_a_token_of_an_earlier_session_is_refused(
    qtbot: QtBot, controller: SessionModeController, server: RemoteServer
) -> None:
    old = server.pairing.token
    assert fetch(qtbot, server.port, f"/{old}/").status == 200
    controller.phone.panel.use_box.click()  # off, and on again: a new session of the remote
    controller.phone.panel.use_box.click()
    qtbot.waitUntil(lambda: server.running, timeout=3000)
    assert server.pairing.token != old
    assert fetch(qtbot, server.port, f"/{old}/").status == 403
    assert fetch(qtbot, server.port, page_path(server)).status == 200


def test_too_many_requests_are_refused_with_429(qtbot: QtBot, server: RemoteServer) -> None:
    statuses = [fetch(qtbot, server.port, "/nothing/").status for _ in range(60)]
    assert statuses[:30] == [403] * 30 and 429 in statuses


def test_the_paired_phone_presses_every_button_and_the_projector_follows(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl, server: RemoteServer
) -> None:
    phone = Phone(server)
    phone.open(qtbot)
    qtbot.waitUntil(lambda: "paired" in phone.types() and phone.last_state() is not None)
    assert controller.phone.panel.unpair_button.isVisible()
    presses = [
        ("next", "start"),
        ("next", "next"),
        ("back", "back"),
        ("pause", "toggle_pause"),
        ("pause", "toggle_pause"),
        ("more", "adjust_minutes(+1)"),
        ("less", "adjust_minutes(-1)"),
        ("skip", "skip_speaker"),
        ("blank", "set_blank(True)"),
    ]
    for name, call in presses:
        del control.calls[:]
        phone.press(name)
        qtbot.waitUntil(lambda: len(control.calls) == 1)
        assert control.calls == [call], name
    qtbot.waitUntil(lambda: (phone.last_state() or {}).get("screen") == "blank")
    assert controller.audience.pages.currentWidget() is controller.audience.message_page
    phone.close()


def test_the_phone_shows_and_clears_the_room_s_preset_messages(
    qtbot: QtBot, controller: SessionModeController, control: StandInControl, server: RemoteServer
) -> None:
    settings = fetch(qtbot, server.port, page_path(server, "settings.json"))
    assert b"One conversation at a time" in settings.body  # the five presets, as the keys have
    phone = Phone(server)
    phone.open(qtbot)
    qtbot.waitUntil(lambda: "paired" in phone.types() and phone.last_state() is not None)
    del control.calls[:]
    phone.press("preset", n=3)
    qtbot.waitUntil(lambda: len(control.calls) == 1)
    assert control.calls == ["show_message('One conversation at a time', False, 3)"]
    phone.press("clear")
    qtbot.waitUntil(lambda: len(control.calls) == 2)
    assert control.calls[1] == "clear_message"
    phone.close()
