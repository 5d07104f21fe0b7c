"""The remote's live side on Qt's WebSocket server: the paired phone's button presses come in,
the projector's state goes out to the phone and to read-only displays.

A handshake from a foreign Origin is refused by Qt with 403. A socket to a wrong Host, to a path
other than /<token>/ws, or over the rate is closed at once with nothing sent. A page must say
hello (its device key) within a few seconds; only the paired device's presses count.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from intervisie_desktop.core.remote.commands import MAX_MESSAGE, Hello, Press, parse
from intervisie_desktop.core.remote.gate import RateLimit, host_ok, origin_ok
from intervisie_desktop.core.remote.pairing import Verdict

if TYPE_CHECKING:
    from PySide6.QtWebSockets import QWebSocketCorsAuthenticator

    from intervisie_desktop.core.remote.pairing import Pairing

logger = logging.getLogger(__name__)
HELLO_WITHIN_MS = 5000
MAX_VIEWERS = 4
MAX_PENDING = 8
PRESSES_PER_SECOND = 20.0
PRESSES_BURST = 20.0
Close = QWebSocketProtocol.CloseCode


class RemoteSockets(QObject):
    pressed = Signal(object)  # a Press from the paired device
    asks = Signal(str)  # a second device wants to pair: the supervisor decides
    devices_changed = Signal()

    def __init__(self, pairing: Pairing, limit: RateLimit, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pairing = pairing
        self.limit = limit
        # presses per socket: more than a finger can do is dropped
        self.presses = RateLimit(limit.clock, per_second=PRESSES_PER_SECOND, burst=PRESSES_BURST)
        self.allowed: frozenset[str] = frozenset()  # the page's hosts (Origin)
        self.ws_allowed: frozenset[str] = frozenset()  # the socket's hosts (Host)
        self.servers: list[QWebSocketServer] = []
        self.remote: QWebSocket | None = None
        self.waiting: dict[str, QWebSocket] = {}
        self.viewers: list[QWebSocket] = []
        self._keys: dict[int, str] = {}
        self._last = ""
        self.refused = 0

    def new_server(self) -> QWebSocketServer:
        server = QWebSocketServer("Intervisie", QWebSocketServer.SslMode.NonSecureMode, self)
        server.setMaxPendingConnections(MAX_PENDING)
        server.setHandshakeTimeout(HELLO_WITHIN_MS)
        server.originAuthenticationRequired.connect(self._origin)
        server.newConnection.connect(lambda: self._accept(server))
        self.servers.append(server)
        return server

    def _origin(self, authenticator: QWebSocketCorsAuthenticator) -> None:
        origin = authenticator.origin()
        authenticator.setAllowed(bool(origin) and origin_ok(origin, self.allowed))

    def _accept(self, server: QWebSocketServer) -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                return
            socket.setParent(self)
            if not self._fits(socket):
                self.refused += 1
                socket.abort()
                socket.deleteLater()
                continue
            socket.setMaxAllowedIncomingMessageSize(MAX_MESSAGE)
            socket.setMaxAllowedIncomingFrameSize(MAX_MESSAGE)
            socket.textMessageReceived.connect(lambda text, s=socket: self._message(s, text))
            socket.binaryMessageReceived.connect(lambda _data, s=socket: self._drop(s))
            socket.disconnected.connect(lambda s=socket: self._gone(s))
            QTimer.singleShot(HELLO_WITHIN_MS, socket, lambda s=socket: self._hello_due(s))

    def _fits(self, socket: QWebSocket) -> bool:
        if not self.limit.allow(socket.peerAddress().toString()):
            return False
        request = socket.request()
        host = request.rawHeader("host").toStdString() or None
        url = socket.requestUrl()
        parts = url.path().split("/")
        return (
            host_ok(host, self.ws_allowed)
            and not url.hasQuery()
            and len(parts) == 3
            and parts[0] == ""
            and parts[2] == "ws"
            and self.pairing.token_ok(parts[1])
        )

    # -- messages ------------------------------------------------------------------------------
    def _message(self, socket: QWebSocket, text: str) -> None:
        if not self.presses.allow(str(id(socket))):
            return  # too fast: the press is dropped, the phone stays
        message = parse(text)
        key = self._keys.get(id(socket))
        if isinstance(message, Hello) and key is None:
            self._hello(socket, message)
        elif (
            isinstance(message, Press)
            and socket is self.remote
            and key is not None
            and key == self.pairing.device
        ):
            self.pressed.emit(message)

    def _hello(self, socket: QWebSocket, hello: Hello) -> None:
        self._keys[id(socket)] = hello.device_key
        if hello.read_only:
            if len(self.viewers) >= MAX_VIEWERS:
                self._drop(socket)
                return
            self.viewers.append(socket)
            self._send(socket, {"type": "display"})
            self._send_text(socket, self._last)
            self.devices_changed.emit()
            return
        verdict = self.pairing.hello(hello.device_key)
        if verdict == Verdict.PAIRED:
            self._make_remote(socket)
        elif verdict == Verdict.ASK:
            old = self.waiting.pop(hello.device_key, None)
            if old is not None and old is not socket:
                self._drop(old)
            self.waiting[hello.device_key] = socket
            self._send(socket, {"type": "waiting"})
            self.asks.emit(hello.device_key)
        else:
            self._send(socket, {"type": "refused"})
            self._drop(socket)

    def _make_remote(self, socket: QWebSocket) -> None:
        old, self.remote = self.remote, socket
        if old is not None and old is not socket:
            self._send(old, {"type": "unpaired"})
            self._drop(old)
        self._send(socket, {"type": "paired"})
        self._send_text(socket, self._last)
        self.devices_changed.emit()

    def approve(self, key: str) -> None:
        socket = self.waiting.pop(key, None)
        self.pairing.approve(key)
        if socket is not None and self.pairing.device == key:
            self._make_remote(socket)

    def refuse(self, key: str) -> None:
        socket = self.waiting.pop(key, None)
        self.pairing.refuse(key)
        if socket is not None:
            self._send(socket, {"type": "refused"})
            self._drop(socket)

    def unpair(self) -> None:
        """The paired phone (and anyone waiting) is sent away; displays stay."""
        for socket in [self.remote, *self.waiting.values()]:
            if socket is not None:
                self._send(socket, {"type": "unpaired"})
                self._drop(socket)
        self.remote = None
        self.waiting.clear()
        self.devices_changed.emit()

    def broadcast(self, state: dict[str, Any]) -> bool:
        """Send the state to the paired phone and the displays when it changed."""
        text = json.dumps(state, ensure_ascii=False, separators=(",", ":"))
        if text == self._last:
            return False
        self._last = text
        for socket in [self.remote, *self.viewers]:
            if socket is not None:
                self._send_text(socket, text)
        return True

    # -- ends ----------------------------------------------------------------------------------
    def _hello_due(self, socket: QWebSocket) -> None:
        if id(socket) not in self._keys:
            self._drop(socket)

    def _drop(self, socket: QWebSocket) -> None:
        socket.close(Close.CloseCodePolicyViolated)
        socket.abort()

    def _gone(self, socket: QWebSocket) -> None:
        self._keys.pop(id(socket), None)
        if socket is self.remote:
            self.remote = None
        if socket in self.viewers:
            self.viewers.remove(socket)
        for key, waiting in list(self.waiting.items()):
            if waiting is socket:
                del self.waiting[key]
        socket.deleteLater()
        self.devices_changed.emit()

    def close_all(self) -> None:
        for server in self.servers:
            server.close()
        for socket in [self.remote, *self.waiting.values(), *self.viewers]:
            if socket is not None:
                socket.abort()
        self.remote = None
        self.waiting.clear()
        self.viewers.clear()
        self.servers.clear()

    def _send(self, socket: QWebSocket, data: dict[str, Any]) -> None:
        self._send_text(socket, json.dumps(data))

    @staticmethod
    def _send_text(socket: QWebSocket, text: str) -> None:
        if text and socket.isValid():
            socket.sendTextMessage(text)
