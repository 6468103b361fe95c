"""Shared bits of the store tests: people with a marker name, file hashes, app subprocesses."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from app.domain.text import fold
from app.store.models import Person

REPO = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
CLI = str(Path(sys.executable).with_name("permit-desk"))

MARKER_SURNAME = "Žalgiriškis-MARKER-7Q"
MARKER_FIRST = "Ąžuolė"
MARKER_CODE = "49912317777"


def marker_needles() -> list[bytes]:
    """Every byte form in which the marker could leak: UTF-8, folded ASCII, the code."""
    return [
        MARKER_SURNAME.encode("utf-8"),
        fold(MARKER_SURNAME).encode("ascii"),
        b"MARKER-7Q",
        b"marker-7q",
        MARKER_CODE.encode("ascii"),
        MARKER_CODE.encode("utf-16-le"),
    ]


def person(i: int, now: datetime, *, code: str | None = None,
           surname: str = MARKER_SURNAME) -> Person:
    last = f"{surname}{i}" if i else surname
    return Person(personal_code=code or f"3{i:010d}", last_name=last, first_name=MARKER_FIRST,
                  search_name=fold(f"{last} {MARKER_FIRST}"), position="Vyresnysis specialistas",
                  unit="Skyrius", category="civil_servant", created_at=now, updated_at=now)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def app_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env["PERMIT_DESK_KDF_PROFILE"] = "test"
    env.pop("PYTHON_KEYRING_BACKEND", None)
    env.update(extra)
    return env


def run_python(code: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PYTHON, "-c", code], capture_output=True, text=True, timeout=timeout,
                          env=app_env(**env), cwd=REPO)


def run_cli(store: Path, user: str | None, *args: str, passphrase: str | None = None,
            timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    extra = dict(env)
    if passphrase is not None:
        extra["PERMIT_DESK_PASSPHRASE"] = passphrase
    cmd = [CLI, "--store", str(store)] + (["--user", user] if user else []) + list(args)
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout,
                          env=app_env(**extra), cwd=REPO)
