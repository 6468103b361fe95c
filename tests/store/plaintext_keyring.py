"""A keyring backend that keeps secrets in a plain JSON file: the kind Permit Desk must refuse.

Requested in a subprocess through PYTHON_KEYRING_BACKEND=plaintext_keyring.PlaintextFileKeyring
(with this folder on PYTHONPATH). It deliberately lacks the test-backend flag.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class PlaintextFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _file(self) -> Path:
        return Path(os.environ["PLAINTEXT_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        f = self._file()
        return json.loads(f.read_text()) if f.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        d = self._load()
        d[f"{service}/{username}"] = password
        self._file().write_text(json.dumps(d))

    def delete_password(self, service: str, username: str) -> None:
        d = self._load()
        if d.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._file().write_text(json.dumps(d))
