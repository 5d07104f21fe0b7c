"""Talking to the phone remote from a test as a phone would, over loopback: plain HTTP with
http.client and WebSockets with websocket-client, each in a thread while Qt's loop keeps running
(the server lives in it)."""

from __future__ import annotations

import http.client
import json
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import websocket

if TYPE_CHECKING:
    from collections.abc import Callable

    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


def in_thread(qtbot: QtBot, work: Callable[[], Any], timeout: int = 10000) -> Any:
    """Run blocking client work in a thread; Qt's loop runs until it is done."""
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = work()
        except BaseException as exc:  # handed back to the test
            box["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in box:
        raise box["error"]
    return box["value"]


def get(port: int, path: str, headers: dict[str, str] | None = None, method: str = "GET") -> Reply:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.putrequest(method, path, skip_host=bool(headers and "Host" in headers))
        for name, value in (headers or {}).items():
            conn.putheader(name, value)
        conn.endheaders()
        response = conn.getresponse()
        headers = {name.lower(): value for name, value in response.getheaders()}
        return Reply(response.status, headers, response.read())
    finally:
        conn.close()


def fetch(qtbot: QtBot, port: int, path: str, **kwargs: Any) -> Reply:
    reply: Reply = in_thread(qtbot, lambda: get(port, path, **kwargs))
    return reply


def page_path(server: RemoteServer, sub: str = "") -> str:
    return f"/{server.pairing.token}/{sub}"


def origin(server: RemoteServer) -> str:
    return f"http://127.0.0.1:{server.port}"


class Phone:
    """A WebSocket client with the page's manners: hello with a device key, JSON messages."""

    def __init__(
        self, server: RemoteServer, key: str = "phone-key-0123456789", view: bool = False
    ) -> None:
        self.url = f"ws://127.0.0.1:{server.ws_port}/{server.pairing.token}/ws"
        self.origin = origin(server)
        self.key = key
        self.view = view
        self.ws: websocket.WebSocket | None = None
        self.received: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self._reader: threading.Thread | None = None

    def open(self, qtbot: QtBot) -> None:
        def connect() -> websocket.WebSocket:
            return websocket.create_connection(self.url, origin=self.origin, timeout=5)

        self.ws = in_thread(qtbot, connect)
        self.ws.send(json.dumps({"hello": self.key, "view": self.view}))
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.ws is not None
        while True:
            try:
                text = self.ws.recv()
            except Exception:
                return
            if not text:
                return
            with self._lock:
                self.received.append(json.loads(text))

    def types(self) -> list[str]:
        with self._lock:
            return [m["type"] for m in self.received]

    def last_state(self) -> dict[str, Any] | None:
        with self._lock:
            states = [m for m in self.received if m["type"] == "state"]
        return states[-1] if states else None

    def press(self, name: str, **extra: Any) -> None:
        assert self.ws is not None
        self.ws.send(json.dumps({"do": name, **extra}))

    def closed(self) -> bool:
        return self._reader is not None and not self._reader.is_alive()

    def close(self) -> None:
        if self.ws is not None:
            self.ws.close()
