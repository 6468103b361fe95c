"""Store-test fixtures: the workstation's keyring is a real Secret Service (gnome-keyring)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backends.SecretService import Keyring as SecretServiceKeyring

from app.store import keyring_guard
from tests.secret_service import SecretService, missing_tools, running_secret_service


@pytest.fixture(scope="session")
def secret_service_daemon(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SecretService]:
    """One private bus + gnome-keyring-daemon for the run, stopped when the run ends."""
    missing = missing_tools()
    if missing:
        pytest.fail("The keyring tests need " + ", ".join(missing) + " (Debian: gnome-keyring, "
                    "dbus-daemon, libsecret-tools): run .ci/debian-packages.sh test.")
    with running_secret_service(tmp_path_factory.mktemp("secret-service")) as service:
        yield service


@pytest.fixture
def secret_service(secret_service_daemon: SecretService,
                   monkeypatch: pytest.MonkeyPatch) -> Iterator[SecretService]:
    """For one test, this process and its children see only the private Secret Service.

    In this process keyring gets the Secret Service backend by hand: it judges which backends
    are viable once per process, so a run that asked before the bus existed never finds it
    (child processes find it by themselves: test_the_cli_binds_...). The previous backend
    comes back afterwards and the test's secrets are deleted.
    """
    previous = keyring.get_keyring()  # before the environment changes (chosen lazily)
    for name, value in secret_service_daemon.env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    keyring.set_keyring(SecretServiceKeyring())
    try:
        yield secret_service_daemon
    finally:
        keyring.set_keyring(previous)
        secret_service_daemon.clear(keyring_guard.SERVICE)
