"""Workstation binding: a secure (test) keyring binds the store; a plaintext backend is refused."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.services.desk import init_store, open_desk, open_desk_with_recovery
from app.store import keyring_guard
from app.store.errors import WrongPassphrase
from app.store.keyfile import TEST_KDF, KeyFile
from app.store.store import StorePaths, unlock
from tests.conftest import PASSPHRASES
from tests.store.helpers import CLI, REPO, app_env, run_python

HEAD_PW = PASSPHRASES["vadovas"]


class MemoryKeyring(KeyringBackend):
    """A keyring held in memory; accepted only inside a test run (the flag below)."""

    priority = 1  # type: ignore[assignment]
    permit_desk_test_backend = True

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def _new_store(path: Path, bind: bool) -> str:
    new = init_store(path, institution="Institucija", head_username="vadovas",
                     head_full_name="Jonas Žukauskas", passphrase=HEAD_PW, kdf=TEST_KDF,
                     bind=bind)
    assert new.bound is bind, new.keyring_message
    new.desk.lock()
    return new.recovery_key


def test_test_backend_is_accepted_and_binds_the_store(memory_keyring: MemoryKeyring,
                                                      tmp_path: Path) -> None:
    st = keyring_guard.status()
    assert st.available, st.reason
    assert st.backend.endswith("MemoryKeyring")
    db = tmp_path / "here" / "permit-desk.db"
    recovery = _new_store(db, bind=True)
    kf = KeyFile.load(StorePaths(db).keys)
    assert kf.binding_account == kf.store_id
    assert all(s.bound for s in kf.slots if s.kind == "user")
    assert (keyring_guard.SERVICE, kf.store_id) in memory_keyring.secrets

    # On this workstation the passphrase alone opens it.
    desk = open_desk(db, "vadovas", HEAD_PW)
    assert desk.store.bound
    desk.lock()

    # A copy taken elsewhere (the keyring secret is not there) refuses the passphrase...
    copy = tmp_path / "elsewhere" / "permit-desk.db"
    copy.parent.mkdir()
    shutil.copy2(db, copy)
    shutil.copy2(StorePaths(db).keys, StorePaths(copy).keys)
    memory_keyring.secrets.clear()
    with pytest.raises(WrongPassphrase) as err:
        unlock(copy, "vadovas", HEAD_PW)
    assert "recovery key" in str(err.value)
    # ...but opens with the recovery key.
    desk = open_desk_with_recovery(copy, recovery)
    assert desk.store.via_recovery
    desk.lock()


def test_a_bound_slot_needs_the_right_keyring_secret(memory_keyring: MemoryKeyring,
                                                     tmp_path: Path) -> None:
    db = tmp_path / "permit-desk.db"
    _new_store(db, bind=True)
    kf = KeyFile.load(StorePaths(db).keys)
    # A different secret under the same name (another workstation's keyring) does not open it.
    memory_keyring.secrets[(keyring_guard.SERVICE, kf.store_id)] = (
        "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFBQUE=")
    with pytest.raises(WrongPassphrase):
        unlock(db, "vadovas", HEAD_PW)


def test_bind_false_leaves_the_store_unbound(memory_keyring: MemoryKeyring,
                                            tmp_path: Path) -> None:
    db = tmp_path / "permit-desk.db"
    _new_store(db, bind=False)
    assert KeyFile.load(StorePaths(db).keys).binding_account is None
    assert memory_keyring.secrets == {}


PLAINTEXT = "plaintext_keyring.PlaintextFileKeyring"


def _plaintext_env(tmp_path: Path) -> dict[str, str]:
    return {
        "PYTHONPATH": str(REPO / "tests" / "store") + os.pathsep + str(REPO),
        "PYTHON_KEYRING_BACKEND": PLAINTEXT,
        "PLAINTEXT_KEYRING_FILE": str(tmp_path / "plaintext-keyring.json"),
    }


def test_plaintext_backend_requested_through_the_environment_is_refused(tmp_path: Path) -> None:
    env = _plaintext_env(tmp_path)
    probe = run_python(
        "import json, keyring\n"
        "from app.store import keyring_guard as g\n"
        "st = g.status()\n"
        "print(json.dumps({'loaded': type(keyring.get_keyring()).__qualname__,\n"
        "                  'available': st.available, 'backend': st.backend,\n"
        "                  'reason': st.reason}))\n",
        **env)
    assert probe.returncode == 0, probe.stderr
    found = json.loads(probe.stdout)
    # keyring really loaded the plaintext backend (else the refusal proves nothing)...
    assert found["loaded"] == "PlaintextFileKeyring"
    # ...and Permit Desk refuses it.
    assert found["available"] is False
    assert found["backend"] == PLAINTEXT
    assert "not a secure store" in found["reason"]

    db = tmp_path / "store" / "permit-desk.db"
    import subprocess

    full_env = app_env(**env, PERMIT_DESK_PASSPHRASE=HEAD_PW)
    init = subprocess.run([CLI, "--store", str(db), "init", "--institution", "Institucija",
                           "--head", "vadovas", "--head-name", "Jonas Žukauskas"],
                          capture_output=True, text=True, env=full_env, timeout=60)
    assert init.returncode == 0, init.stderr
    assert "Workstation binding: off" in init.stdout
    assert "not a secure store" in init.stdout
    assert KeyFile.load(StorePaths(db).keys).binding_account is None
    assert not (tmp_path / "plaintext-keyring.json").exists(), "a secret went into plaintext"

    doctor = subprocess.run([CLI, "--store", str(db), "--user", "vadovas", "doctor"],
                            capture_output=True, text=True, env=full_env, timeout=60)
    keyring_line = [ln for ln in doctor.stdout.splitlines() if " keyring:" in ln]
    assert len(keyring_line) == 1, doctor.stdout
    assert keyring_line[0].startswith("warn")
    assert "not a secure store and is refused" in keyring_line[0]
    assert f"PYTHON_KEYRING_BACKEND={PLAINTEXT}" in keyring_line[0]
    assert any(ln.startswith("warn binding: not bound") for ln in doctor.stdout.splitlines())


def test_the_test_flag_does_not_work_outside_pytest(tmp_path: Path) -> None:
    """The in-memory double is refused in the product (no pytest loaded)."""
    code = (
        "import sys, keyring\n"
        "from keyring.backend import KeyringBackend\n"
        "class Fake(KeyringBackend):\n"
        "    priority = 1\n"
        "    permit_desk_test_backend = True\n"
        "    def get_password(self, s, u): return None\n"
        "    def set_password(self, s, u, p): pass\n"
        "    def delete_password(self, s, u): pass\n"
        "keyring.set_keyring(Fake())\n"
        "from app.store import keyring_guard as g\n"
        "assert 'pytest' not in sys.modules\n"
        "print(g.status().available)\n"
    )
    out = run_python(code)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"
