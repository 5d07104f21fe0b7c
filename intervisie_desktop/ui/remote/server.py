"""The phone remote's server: Qt's HTTP server for the page, Qt's WebSocket server for the live
link, both on loopback and the local network addresses only, each on a free port, for one
session; a new token each time it starts, and everything closed by `stop()`."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QHostAddress, QTcpServer

from intervisie_desktop.core.remote.gate import RateLimit, host_names
from intervisie_desktop.core.remote.pairing import Pairing, new_token
from intervisie_desktop.ui.remote.addresses import LOOPBACK, local_addresses
from intervisie_desktop.ui.remote.sockets import RemoteSockets
from intervisie_desktop.ui.remote.web import RemoteWeb

if TYPE_CHECKING:
    from collections.abc import Callable

logger = logging.getLogger(__name__)
TRIES = 8


class RemoteServer(QObject):
    pressed = Signal(object)  # commands.Press from the paired phone
    asks = Signal(str)  # device key of a second device waiting for approval
    devices_changed = Signal()

    def __init__(
        self,
        settings: Callable[[], dict[str, Any]],
        *,
        addresses: Callable[[], list[str]] = local_addresses,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._addresses = addresses
        self.pairing = Pairing()
        self.limit = RateLimit(clock)
        self.web: RemoteWeb | None = None
        self.sockets: RemoteSockets | None = None
        self.tcp: list[QTcpServer] = []
        self.addresses: list[str] = []
        self.port = 0
        self.ws_port = 0

    @property
    def running(self) -> bool:
        return self.web is not None

    def start(self) -> bool:
        """Listen on every local address; False (and nothing listening) when no port is free."""
        if self.running:
            return True
        self.pairing = Pairing(token=new_token())
        addresses = self._addresses()
        self.web = RemoteWeb(self.pairing, self.limit, self._settings)
        self.sockets = RemoteSockets(self.pairing, self.limit, self)
        self.sockets.pressed.connect(self.pressed)
        self.sockets.asks.connect(self.asks)
        self.sockets.devices_changed.connect(self.devices_changed)
        http_ok = self._listen_http(addresses)
        ws_ok = http_ok and self._listen_ws(addresses)
        if not ws_ok:
            self.stop()
            return False
        self.web.allowed = self.sockets.allowed = host_names(self.addresses, self.port)
        self.sockets.ws_allowed = host_names(self.addresses, self.ws_port)
        self.web.ws_port = self.ws_port
        logger.info("phone remote listening on %d address(es)", len(self.addresses))
        return True

    def _listen_http(self, addresses: list[str]) -> bool:
        assert self.web is not None
        for _ in range(TRIES):
            servers = _listen_all(addresses, lambda: QTcpServer())
            if servers is not None:
                self.tcp, self.addresses = servers
                self.port = self.tcp[0].serverPort()
                for server in self.tcp:
                    self.web.bind(server)
                return True
        return False

    def _listen_ws(self, addresses: list[str]) -> bool:
        assert self.sockets is not None
        sockets = self.sockets
        for _ in range(TRIES):
            port = 0
            made = []
            for address in self.addresses or addresses:
                server = sockets.new_server()
                made.append(server)
                if not server.listen(QHostAddress(address), port):
                    if address == LOOPBACK:
                        return False
                    break
                port = server.serverPort()
            else:
                self.ws_port = port
                return True
            for server in made:
                server.close()
            sockets.servers.clear()
        return False

    def url(self, address: str | None = None) -> str:
        """The page's address, the token in it: what the QR code holds."""
        host = address or self.lan_address()
        return f"http://{host}:{self.port}/{self.pairing.token}/"

    def lan_address(self) -> str:
        """The address a phone in the room can reach: the first local network one, if any."""
        return self.addresses[1] if len(self.addresses) > 1 else LOOPBACK

    def broadcast(self, state: dict[str, Any]) -> bool:
        return self.sockets.broadcast(state) if self.sockets is not None else False

    def paired(self) -> bool:
        return self.sockets is not None and self.sockets.remote is not None

    def approve(self, key: str) -> None:
        if self.sockets is not None:
            self.sockets.approve(key)

    def refuse(self, key: str) -> None:
        if self.sockets is not None:
            self.sockets.refuse(key)

    def unpair(self) -> None:
        """The phone is sent away and the token changes: the old address no longer opens."""
        if self.sockets is None:
            return
        self.sockets.unpair()
        self.pairing.token = new_token()
        self.pairing.unpair()
        self.devices_changed.emit()

    def stop(self) -> None:
        """Close every socket and port: nothing of the remote listens any more."""
        if self.sockets is not None:
            self.sockets.close_all()
            self.sockets.deleteLater()
        for server in self.tcp:
            server.close()
        if self.web is not None:
            self.web.http.deleteLater()
        self.web = None
        self.sockets = None
        self.tcp = []
        self.addresses = []
        self.port = self.ws_port = 0
        logger.info("phone remote stopped")


def _listen_all(
    addresses: list[str], make: Callable[[], QTcpServer]
) -> tuple[list[QTcpServer], list[str]] | None:
    """One server per address on one port (loopback picks it); a busy port on a network
    address means try again, an address that cannot be used at all is left out."""
    servers: list[QTcpServer] = []
    used: list[str] = []
    port = 0
    for address in addresses:
        server = make()
        if server.listen(QHostAddress(address), port):
            servers.append(server)
            used.append(address)
            port = server.serverPort()
            continue
        busy = server.serverError() == server.serverError().AddressInUseError
        if address == LOOPBACK or busy:
            for made in servers:
                made.close()
            return None
    return servers, used
