"""Encryption at rest: recognising encrypted files, checking passphrases, re-encrypting safely."""

from intervisie_desktop.core.security.detect import is_encrypted, verify_passphrase
from intervisie_desktop.core.security.encryption import (
    ProtectionService,
    WrongPassphrase,
    change_passphrase_file,
    decrypt_file,
    encrypt_file,
)
from intervisie_desktop.core.security.throttle import FailureDelay

__all__ = [
    "FailureDelay",
    "ProtectionService",
    "WrongPassphrase",
    "change_passphrase_file",
    "decrypt_file",
    "encrypt_file",
    "is_encrypted",
    "verify_passphrase",
]
