"""Malformed requests against the phone remote, over raw sockets: broken request lines, huge
headers, wrong methods, binary junk, half requests, bad WebSocket handshakes and frames. The
program must not crash, must answer nothing but 403/429/400-class statuses or close, and no
answer may carry the token, the page or a state (0 leaks). The paired phone still works after."""

from __future__ import annotations

import random
import socket
import time
from typing import TYPE_CHECKING

import pytest

from tests.ui.remote.client import Phone, in_thread

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from intervisie_desktop.ui.remote.server import RemoteServer
    from intervisie_desktop.ui.session.controller import SessionModeController
    from tests.ui.session.standin_control import StandInControl

TRIALS = 400


def junk_requests(rng: random.Random, token: str, port: int, ws_port: int) -> list[bytes]:
    near = token[:-1] + ("0" if token[-1] != "0" else "1")
    host = f"127.0.0.1:{port}"
    fixed = [
        b"",
        b"\r\n\r\n",
        b"GET\r\n\r\n",
        b"GET / HTTP/9.9\r\n\r\n",
        f"GET /{near}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"GET /{token.lower()}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"GET /{token}/ HTTP/1.1\r\nHost: {host}\r\nHost: evil\r\n\r\n".encode(),
        f"GET /{token}/ HTTP/1.1\r\n\r\n".encode(),  # no Host
        f"GET /{token}/%00 HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"GET /{token}/..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"GET //{token}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"GET http://evil/{token}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"OPTIONS /{token}/ HTTP/1.1\r\nHost: {host}\r\n\r\n".encode(),
        f"PUT /{token}/ HTTP/1.1\r\nHost: {host}\r\nContent-Length: 5\r\n\r\nhello".encode(),
        f"POST /{token}/ HTTP/1.1\r\nHost: {host}\r\nTransfer-Encoding: chunked\r\n\r\n"
        "ZZ\r\n".encode(),
        f"GET /{token}/ HTTP/1.1\r\nHost: {host}\r\nX: {'a' * 70000}\r\n\r\n".encode(),
        b"GET /" + b"A" * 9000 + b" HTTP/1.1\r\n\r\n",
        f"GET /{token}/ HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\n"
        "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n".encode(),
        f"GET /{token}/ HTTP/1.1\r\nHost: \xff\xfe{host}\r\n\r\n".encode("latin-1"),
        f"GET /{token}/ HTTP/1.1\r\nHost: {host}\r\nOrigin: http://{host}.evil\r\n\r\n".encode(),
    ]
    made = list(fixed)
    while len(made) < TRIALS:
        kind = rng.randrange(4)
        if kind == 0:
            made.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 400))))
        elif kind == 1:
            base = bytearray(rng.choice(fixed[4:]) or b"GET / HTTP/1.1\r\n\r\n")
            for _ in range(rng.randrange(1, 6)):
                base[rng.randrange(len(base))] = rng.randrange(256)
            made.append(bytes(base))
        elif kind == 2:
            made.append(rng.choice(fixed)[: rng.randrange(1, 60)])
        else:
            path = "/" + "".join(rng.choice("ab/%.?#" + token) for _ in range(rng.randrange(30)))
            made.append(f"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n".encode("latin-1"))
    return made


def send_raw(port: int, data: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
        if data:
            s.sendall(data)
        s.shutdown(socket.SHUT_WR)
        chunks = []
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                chunks.append(chunk)
        except (TimeoutError, ConnectionResetError):
            pass
        return b"".join(chunks)


@pytest.mark.slow
def test_malformed_requests_crash_nothing_and_leak_nothing(
    qtbot: QtBot,
    controller: SessionModeController,
    control: StandInControl,
    server: RemoteServer,
) -> None:
    phone = Phone(server)
    phone.open(qtbot)
    qtbot.waitUntil(lambda: "paired" in phone.types(), timeout=5000)
    token = server.pairing.token
    rng = random.Random(20)
    requests = junk_requests(rng, token, server.port, server.ws_port)
    server.limit.per_second = server.limit.burst = 1e6  # the rate limit has its own test
    page = (server.web.assets[""].body if server.web else b"")[:200]

    def attack() -> list[bytes]:
        replies = []
        for i, data in enumerate(requests):
            port = server.ws_port if i % 3 == 2 else server.port
            try:
                replies.append(send_raw(port, data))
            except OSError as exc:  # a refused or reset connection is an answer too
                replies.append(repr(exc).encode())
        return replies

    started = time.monotonic()
    replies = in_thread(qtbot, attack, timeout=55000)
    assert len(replies) == TRIALS and time.monotonic() - started < 55
    host_line = f"\r\nHost: 127.0.0.1:{server.port}\r\n".encode()
    pages = [f"GET /{token}/{sub} HTTP/1.1\r\n".encode() for sub in ("", "display")]

    def entitled(request: bytes) -> bool:
        """A request a paired phone could send (a junk byte in another header aside)."""
        head = request.split(b"\r\n\r\n", 1)[0] + b"\r\n"
        return any(request.startswith(p) for p in pages) and head.count(host_line) == 1

    leaks = [
        (q, r)
        for q, r in zip(requests, replies, strict=True)
        if not entitled(q) and (token.encode() in r or page in r or b'"type"' in r)
    ]
    assert leaks == []
    statuses = {
        r.split(b" ", 2)[1]
        for q, r in zip(requests, replies, strict=True)
        if r.startswith(b"HTTP/1.1 ") and not entitled(q)
    }
    served = sum(1 for q in requests if entitled(q))
    assert statuses <= {b"400", b"403", b"404", b"405", b"413", b"414", b"429", b"431"}, statuses
    assert served < TRIALS // 10  # nearly all of them are refusals to check
    # still alive, the phone still paired and obeyed
    assert server.running and not phone.closed()
    del control.calls[:]
    phone.press("next")
    qtbot.waitUntil(lambda: control.calls == ["start"], timeout=5000)
    phone.close()
