"""The remote's HTTP side on Qt's own server (QHttpServer): the page, its assets and its settings
under /<token>/, for GET only, after the gate (Host, Origin, rate). Everything else, a wrong or
old token included, is answered 403 with an empty body.

Qt parses and routes; this module decides the answer in the server's after-request hook, which
hands over every response (404 for any path without a route) to be replaced by ours.
"""

from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QHttpHeaders

from intervisie_desktop.core.remote.gate import RateLimit, host_ok, origin_ok
from intervisie_desktop.ui.remote.static import PAGES, Asset, load_assets

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtNetwork import QTcpServer

    from intervisie_desktop.core.remote.pairing import Pairing

logger = logging.getLogger(__name__)
Status = QHttpServerResponder.StatusCode
MAX_BODY = 0  # a GET has no body
MAX_URL = 256
KEEP_ALIVE_S = 15


def _header(request: QHttpServerRequest, name: bytes) -> str | None:
    value = request.value(name)
    if not value:
        return None
    raw = bytes(value.data())
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        return "\ufffd"  # never equal to an allowed name


class RemoteWeb:
    """Answers the page's requests; `settings()` gives the JSON the page reads at start."""

    def __init__(
        self,
        pairing: Pairing,
        limit: RateLimit,
        settings: Callable[[], dict[str, Any]],
    ) -> None:
        self.pairing = pairing
        self.limit = limit
        self.settings = settings
        self.allowed: frozenset[str] = frozenset()
        self.ws_port = 0
        self.assets: dict[str, Asset] = load_assets()
        self.served = 0
        self.refused = 0
        self.http = QHttpServer()
        config = QHttpServerConfiguration()
        config.setMaximumUrlSize(MAX_URL)
        config.setMaximumBodySize(MAX_BODY)
        config.setKeepAliveTimeout(KEEP_ALIVE_S)
        self.http.setConfiguration(config)
        # PySide keeps no reference to the handler: this attribute keeps the bound method alive.
        self._handler = self._answer
        self.http.addAfterRequestHandler(self.http, self._handler)

    def bind(self, server: QTcpServer) -> bool:
        return self.http.bind(server)

    # -- answers -------------------------------------------------------------------------------
    def _answer(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        try:
            answer = self.answer(request)
        except Exception:  # a bug here must cost one request, never the session
            logger.exception("remote request failed")
            answer = _empty(Status.Forbidden)
        response.swap(answer)

    def answer(self, request: QHttpServerRequest) -> QHttpServerResponse:
        client = request.remoteAddress().toString()
        if not self.limit.allow(client):
            self.refused += 1
            return _empty(Status.TooManyRequests)
        host = _header(request, b"host")
        found = self._find(request)
        if (
            found is None
            or request.method() != QHttpServerRequest.Method.Get
            or not host_ok(host, self.allowed)
            or not origin_ok(_header(request, b"origin"), self.allowed)
        ):
            self.refused += 1
            return _empty(Status.Forbidden)
        assert host is not None
        self.served += 1
        if found == "settings.json":
            settings = {**self.settings(), "ws": self.ws_port}
            body = json.dumps(settings, ensure_ascii=False).encode()
            return _full(Asset("application/json; charset=utf-8", body), host, self.ws_port)
        return _full(self.assets[found], host, self.ws_port)

    def _find(self, request: QHttpServerRequest) -> str | None:
        """The asset a path names below /<token>/, or None (wrong token, unknown path, query)."""
        url = request.url()
        if url.hasQuery() or url.hasFragment():
            return None
        path = url.path()
        parts = path.split("/")
        if len(parts) != 3 or parts[0] != "":
            return None
        token, sub = parts[1], parts[2]
        if not self.pairing.token_ok(token):
            return None
        if sub in PAGES or sub == "settings.json":
            return sub
        return None


def _empty(status: QHttpServerResponder.StatusCode) -> QHttpServerResponse:
    response = QHttpServerResponse(status)
    headers = QHttpHeaders()
    headers.append("Cache-Control", "no-store")
    response.setHeaders(headers)
    return response


def _full(asset: Asset, host: str, ws_port: int) -> QHttpServerResponse:
    response = QHttpServerResponse(asset.content_type.encode(), asset.body, Status.Ok)
    headers = QHttpHeaders()
    headers.append("Content-Type", asset.content_type)
    headers.append("Cache-Control", "no-store")
    headers.append("X-Content-Type-Options", "nosniff")
    headers.append("Referrer-Policy", "no-referrer")
    headers.append("X-Frame-Options", "DENY")
    name = host.rsplit(":", 1)[0]
    headers.append(
        "Content-Security-Policy",
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
        f" connect-src 'self' ws://{name}:{ws_port}; base-uri 'none'; form-action 'none';"
        " frame-ancestors 'none'",
    )
    response.setHeaders(headers)
    return response
