"""What a request must show before it is answered: the Host it was sent to (one of the addresses
the server listens on: no DNS rebinding), the Origin it comes from (none, or that same address),
and a modest rate per client."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable


def host_names(addresses: Iterable[str], port: int) -> frozenset[str]:
    """Every Host header value the server answers: each address with the port ("[::1]:p")."""
    names = set()
    for address in addresses:
        shown = f"[{address}]" if ":" in address else address
        names.add(f"{shown}:{port}")
    if "127.0.0.1" in addresses or "::1" in addresses:
        names.add(f"localhost:{port}")
    return frozenset(names)


def host_ok(host: str | None, allowed: frozenset[str]) -> bool:
    return host is not None and host.lower() in allowed


def origin_ok(origin: str | None, allowed: frozenset[str]) -> bool:
    """No Origin (a plain page load) is fine; one must name exactly a served address."""
    if origin is None:
        return True
    if not origin.startswith("http://"):
        return False
    return origin[len("http://") :].lower() in allowed


@dataclass
class RateLimit:
    """A token bucket per client address: `burst` requests at once, `per_second` after that."""

    clock: Callable[[], float]
    per_second: float = 10.0
    burst: float = 40.0
    clients: dict[str, tuple[float, float]] = field(default_factory=dict)  # level, when
    max_clients: int = 256

    def allow(self, client: str) -> bool:
        now = self.clock()
        level, when = self.clients.get(client, (self.burst, now))
        level = min(self.burst, level + (now - when) * self.per_second)
        if len(self.clients) >= self.max_clients and client not in self.clients:
            self._forget_full(now)
        if level < 1.0:
            self.clients[client] = (level, now)
            return False
        self.clients[client] = (level - 1.0, now)
        return True

    def _forget_full(self, now: float) -> None:
        """Drop the clients whose bucket has filled up again (they lose nothing by it)."""
        for client, (level, when) in list(self.clients.items()):
            if level + (now - when) * self.per_second >= self.burst:
                del self.clients[client]
        if len(self.clients) >= self.max_clients:
            self.clients.clear()
