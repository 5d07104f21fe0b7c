"""Pairing a phone: one token per session, one paired device at a time, a second one waits for
the supervisor's approval.

The token is the secret part of the page's address (in the QR code, and short enough to type):
ten characters of Crockford's base32 (50 bits), new for every session. Which device holds the
pairing is told by a random device key the page makes and keeps for itself.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from enum import StrEnum

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base32: no I, L, O, U
TOKEN_LENGTH = 10
DEVICE_KEY_MAX = 64


def new_token() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(TOKEN_LENGTH))


def spaced(token: str) -> str:
    """The token as the presenter shows it to type: "K7MQ4-XR2P9"."""
    half = len(token) // 2
    return f"{token[:half]}-{token[half:]}"


class Verdict(StrEnum):
    PAIRED = "paired"  # this device is the remote
    ASK = "ask"  # another device holds the pairing: the supervisor decides
    REFUSED = "refused"  # the supervisor said no (for this device, this session)


@dataclass
class Pairing:
    token: str = field(default_factory=new_token)
    device: str | None = None  # key of the paired device
    pending: str | None = None  # key of a device waiting for approval
    refused: set[str] = field(default_factory=set)

    def token_ok(self, candidate: str) -> bool:
        """Constant-time comparison; anything but the exact token fails."""
        return hmac.compare_digest(candidate.encode(), self.token.encode())

    def hello(self, device_key: str) -> Verdict:
        """A page says which device it is; the first one pairs, a later one must be approved."""
        if device_key in self.refused:
            return Verdict.REFUSED
        if self.device is None or self.device == device_key:
            self.device = device_key
            return Verdict.PAIRED
        self.pending = device_key
        return Verdict.ASK

    def approve(self, device_key: str) -> None:
        """The supervisor lets the waiting device in: it takes over from the paired one."""
        if self.pending == device_key:
            self.device, self.pending = device_key, None

    def refuse(self, device_key: str) -> None:
        if self.pending == device_key:
            self.pending = None
        self.refused.add(device_key)

    def unpair(self) -> None:
        """One click: no device is paired; the next one to open the page pairs again."""
        self.device = None
        self.pending = None


def valid_device_key(key: object) -> bool:
    return (
        isinstance(key, str)
        and 16 <= len(key) <= DEVICE_KEY_MAX
        and all(c.isascii() and (c.isalnum() or c in "-_") for c in key)
    )
