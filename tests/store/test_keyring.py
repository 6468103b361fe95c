"""Workstation binding against a real Secret Service (gnome-keyring on a private bus);
plaintext backends and test doubles are refused."""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.services.opening import init_store, open_desk, open_desk_with_recovery
from app.store import keyring_guard
from app.store.errors import WrongPassphrase
from app.store.keyfile import TEST_KDF, KeyFile
from app.store.store import StorePaths, unlock
from tests.conftest import PASSPHRASES
from tests.secret_service import SecretService, running_secret_service
from tests.store.helpers import CLI, PYTHON, REPO, app_env, run_python

HEAD_PW = PASSPHRASES["vadovas"]
SECRET_SERVICE = "keyring.backends.SecretService.Keyring"


def _new_store(path: Path, bind: bool) -> str:
    new = init_store(path, institution="Institucija", head_username="vadovas",
                     head_full_name="Jonas Žukauskas", passphrase=HEAD_PW, kdf=TEST_KDF,
                     bind=bind)
    assert new.bound is bind, new.keyring_message
    new.desk.lock()
    return new.recovery_key


@contextmanager
def _other_workstation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                       ) -> Iterator[SecretService]:
    """From here on this process talks to another workstation's (empty, working) keyring."""
    with running_secret_service(tmp_path / "other-workstation") as other:
        for name, value in other.env.items():
            monkeypatch.setenv(name, value)
        yield other


def test_the_secret_service_binds_the_store(secret_service: SecretService, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    st = keyring_guard.status()
    assert st.available, st.reason
    assert st.backend == SECRET_SERVICE
    db = tmp_path / "here" / "permit-desk.db"
    recovery = _new_store(db, bind=True)
    kf = KeyFile.load(StorePaths(db).keys)
    assert kf.binding_account == kf.store_id
    assert all(s.bound for s in kf.slots if s.kind == "user")
    # The secret is in the Secret Service, as libsecret's own client reads it back.
    stored = secret_service.lookup(keyring_guard.SERVICE, kf.store_id)
    assert stored is not None
    assert len(base64.b64decode(stored)) == 32
    assert keyring_guard.read_binding_secret(kf.store_id) == base64.b64decode(stored)
    assert stored not in StorePaths(db).keys.read_text()

    # On this workstation the passphrase alone opens it.
    desk = open_desk(db, "vadovas", HEAD_PW)
    assert desk.store.bound
    desk.lock()

    # A copy taken to another workstation, whose keyring works but lacks the secret,
    # refuses the passphrase...
    copy = tmp_path / "elsewhere" / "permit-desk.db"
    copy.parent.mkdir()
    shutil.copy2(db, copy)
    shutil.copy2(StorePaths(db).keys, StorePaths(copy).keys)
    with _other_workstation(tmp_path, monkeypatch) as other:
        assert keyring_guard.status().available
        assert other.lookup(keyring_guard.SERVICE, kf.store_id) is None
        with pytest.raises(WrongPassphrase) as err:
            unlock(copy, "vadovas", HEAD_PW)
        assert "recovery key" in str(err.value)
        # ...but opens with the recovery key.
        desk = open_desk_with_recovery(copy, recovery)
        assert desk.store.via_recovery
        desk.lock()


def test_a_bound_slot_needs_the_right_keyring_secret(secret_service: SecretService,
                                                     tmp_path: Path) -> None:
    db = tmp_path / "permit-desk.db"
    _new_store(db, bind=True)
    kf = KeyFile.load(StorePaths(db).keys)
    # Another secret under the same name (as another workstation's keyring would hold).
    secret_service.clear(keyring_guard.SERVICE)
    secret_service.store(keyring_guard.SERVICE, kf.store_id,
                         base64.b64encode(b"A" * 32).decode("ascii"))
    assert keyring_guard.read_binding_secret(kf.store_id) == b"A" * 32
    with pytest.raises(WrongPassphrase):
        unlock(db, "vadovas", HEAD_PW)


def test_bind_false_leaves_the_store_unbound(secret_service: SecretService,
                                            tmp_path: Path) -> None:
    assert keyring_guard.status().available
    db = tmp_path / "permit-desk.db"
    _new_store(db, bind=False)
    assert KeyFile.load(StorePaths(db).keys).binding_account is None
    assert secret_service.accounts(keyring_guard.SERVICE) == []


def test_the_cli_binds_a_new_store_to_the_secret_service(secret_service: SecretService,
                                                         tmp_path: Path) -> None:
    """A fresh process finds the Secret Service by itself: init binds, doctor says so."""
    db = tmp_path / "store" / "permit-desk.db"
    env = app_env(PERMIT_DESK_PASSPHRASE=HEAD_PW)
    init = subprocess.run([CLI, "--store", str(db), "init", "--institution", "Institucija",
                           "--head", "vadovas", "--head-name", "Jonas Žukauskas"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert init.returncode == 0, init.stderr
    assert "Workstation binding: on (OS keyring)" in init.stdout
    kf = KeyFile.load(StorePaths(db).keys)
    assert kf.binding_account == kf.store_id
    assert secret_service.accounts(keyring_guard.SERVICE) == [kf.store_id]

    doctor = subprocess.run([CLI, "--store", str(db), "--user", "vadovas", "doctor"],
                            capture_output=True, text=True, env=env, timeout=60)
    lines = doctor.stdout.splitlines()
    assert ("ok   keyring: The keyring Secret Service (GNOME Keyring, KDE Wallet) is available "
            "and keeps secrets protected.") in lines, doctor.stdout
    # Plain words, never the Python class behind them (issue 13, point 7).
    assert "keyring.backends" not in init.stdout + doctor.stdout
    assert "ok   binding: bound to this workstation's keyring" in lines, doctor.stdout
    opened = subprocess.run([CLI, "--store", str(db), "--user", "vadovas", "unlock-test"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert opened.returncode == 0, opened.stderr


def test_a_test_double_is_refused_even_where_pytest_is_loaded(tmp_path: Path) -> None:
    """A keyring double flagged as a test backend, with pytest imported: refused all the same.

    In a child process, so the double never joins this run's keyring backends.
    """
    code = (
        "import json, sys\n"
        "import pytest, keyring\n"
        "from keyring.backend import KeyringBackend\n"
        "class FlaggedDouble(KeyringBackend):\n"
        "    priority = 1\n"
        "    permit_desk_test_backend = True\n"
        "    secrets = {}\n"
        "    def get_password(self, s, u): return self.secrets.get((s, u))\n"
        "    def set_password(self, s, u, p): self.secrets[(s, u)] = p\n"
        "    def delete_password(self, s, u): self.secrets.pop((s, u))\n"
        "keyring.set_keyring(FlaggedDouble())\n"
        "from app.services.opening import init_store\n"
        "from app.store import keyring_guard as g\n"
        "from app.store.keyfile import TEST_KDF\n"
        "st = g.status()\n"
        "new = init_store(__import__('pathlib').Path(sys.argv[1]), institution='I',\n"
        "                 head_username='vadovas', head_full_name='J', passphrase=sys.argv[2],\n"
        "                 kdf=TEST_KDF, bind=True)\n"
        "new.desk.lock()\n"
        "print(json.dumps({'pytest': 'pytest' in sys.modules, 'available': st.available,\n"
        "                  'reason': st.reason, 'bound': new.bound,\n"
        "                  'stored': len(FlaggedDouble.secrets)}))\n"
    )
    out = subprocess.run([PYTHON, "-c", code, str(tmp_path / "permit-desk.db"), HEAD_PW],
                         capture_output=True, text=True, timeout=60, env=app_env(), cwd=REPO)
    assert out.returncode == 0, out.stderr
    found = json.loads(out.stdout)
    assert found["pytest"] is True
    assert found["available"] is False
    assert found["reason"].startswith("This workstation has no keyring that keeps secrets "
                                      "protected")  # plain words, no class name
    assert found["bound"] is False
    assert found["stored"] == 0


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
    assert "no keyring that keeps secrets protected" in found["reason"]
    assert "plaintext_keyring" not in found["reason"]

    db = tmp_path / "store" / "permit-desk.db"
    full_env = app_env(**env, PERMIT_DESK_PASSPHRASE=HEAD_PW)
    init = subprocess.run([CLI, "--store", str(db), "init", "--institution", "Institucija",
                           "--head", "vadovas", "--head-name", "Jonas Žukauskas"],
                          capture_output=True, text=True, env=full_env, timeout=60)
    assert init.returncode == 0, init.stderr
    assert "Workstation binding: off" in init.stdout
    assert "no keyring that keeps secrets protected" in init.stdout
    assert "plaintext_keyring" not in init.stdout and "PlaintextFileKeyring" not in init.stdout
    assert KeyFile.load(StorePaths(db).keys).binding_account is None
    assert not (tmp_path / "plaintext-keyring.json").exists(), "a secret went into plaintext"

    doctor = subprocess.run([CLI, "--store", str(db), "--user", "vadovas", "doctor"],
                            capture_output=True, text=True, env=full_env, timeout=60)
    keyring_line = [ln for ln in doctor.stdout.splitlines() if " keyring:" in ln]
    assert len(keyring_line) == 1, doctor.stdout
    assert keyring_line[0].startswith("warn")
    assert "no keyring that keeps secrets protected" in keyring_line[0]
    assert "PYTHON_KEYRING_BACKEND chooses the keyring" in keyring_line[0]
    assert PLAINTEXT not in keyring_line[0]
    assert any(ln.startswith("warn binding: not bound") for ln in doctor.stdout.splitlines())
