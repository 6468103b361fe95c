"""Workstation binding through the OS keyring, accepting only backends that keep secrets safe."""

from __future__ import annotations

import base64
import os
from dataclasses import dataclass
from typing import Any

from app.i18n import QT_TRANSLATE_NOOP, msg

SERVICE = "permit-desk"

# Backends that keep secrets encrypted under the user's login. Anything else (plaintext
# files, "chainer" over unknown backends, the null/fail backends) is refused even when
# PYTHON_KEYRING_BACKEND or a keyringrc asks for it.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
    }
)


@dataclass(frozen=True)
class KeyringStatus:
    available: bool
    backend: str
    reason: str


def _qualname(obj: Any) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def _secure_backend(obj: Any) -> bool:
    # By class name only: no flag or environment lets another backend in, not even in a test
    # run (the tests bind to a real Secret Service, gnome-keyring on a private bus).
    return _qualname(obj) in SECURE_BACKENDS


def current_backend() -> Any | None:
    try:
        import keyring
        import keyring.backends.chainer

        backend = keyring.get_keyring()
    except Exception:
        return None
    # A chainer is only as good as its members: pick the first secure one, or refuse.
    if isinstance(backend, keyring.backends.chainer.ChainerBackend):
        for member in backend.backends:
            if _secure_backend(member) and _viable(member):
                return member
        return backend
    return backend


def _viable(backend: Any) -> bool:
    try:
        return float(getattr(type(backend), "priority", 1)) > 0
    except Exception:
        return False


# How a person knows each keyring (never a Python class name on a screen or in a command).
_PLAIN_NAMES = {
    "keyring.backends.Windows.WinVaultKeyring": "Windows Credential Manager",
    "keyring.backends.macOS.Keyring": "macOS Keychain",
    "keyring.backends.SecretService.Keyring": "Secret Service (GNOME Keyring, KDE Wallet)",
    "keyring.backends.kwallet.DBusKeyring": "KDE Wallet",
}


def plain_name(backend: str) -> str:
    """The keyring's name for people: a secure one by its product name, anything else as
    "no secure keyring" (the class name means nothing to the user)."""
    return _PLAIN_NAMES.get(backend, "")


def status() -> KeyringStatus:
    backend = current_backend()
    if backend is None:
        return KeyringStatus(False, "none", msg(QT_TRANSLATE_NOOP(
            "Core", "No keyring could be loaded on this workstation.")))
    name = _qualname(backend)
    if not _secure_backend(backend):
        return KeyringStatus(False, name, msg(QT_TRANSLATE_NOOP(
            "Core", "This workstation has no keyring that keeps secrets protected (Windows "
            "Credential Manager, macOS Keychain, GNOME Keyring or KDE Wallet).")))
    if not _viable(backend):
        return KeyringStatus(False, name, msg(QT_TRANSLATE_NOOP(
            "Core", "The keyring %1 is installed but cannot be used here: it may be locked "
            "or not running."), plain_name(name)))
    return KeyringStatus(True, name, msg(QT_TRANSLATE_NOOP(
        "Core", "The keyring %1 is available and keeps secrets protected."), plain_name(name)))


def _backend_or_none() -> Any | None:
    backend = current_backend()
    if backend is None or not _secure_backend(backend) or not _viable(backend):
        return None
    return backend


def create_binding_secret(account: str) -> bytes | None:
    """Store a fresh 32-byte secret for this store; None where no secure keyring exists."""
    backend = _backend_or_none()
    if backend is None:
        return None
    secret = os.urandom(32)
    try:
        backend.set_password(SERVICE, account, base64.b64encode(secret).decode("ascii"))
    except Exception:
        return None
    return secret


def read_binding_secret(account: str) -> bytes | None:
    backend = _backend_or_none()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, account)
    except Exception:
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value)
    except ValueError:
        return None


def environment_requests_backend() -> str | None:
    return os.environ.get("PYTHON_KEYRING_BACKEND")
