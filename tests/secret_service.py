"""A real Secret Service for the tests: gnome-keyring-daemon on a private D-Bus session bus.

The workstation binding is tested against the keyring Linux desktops really use, never a
double. Each instance has its own bus, HOME and XDG directories under a temporary folder,
so the developer's own keyring is never touched, and its login keyring is created unlocked
from a password on stdin (as PAM does at login). The bus has no service directories, so
nothing is started behind our back; both daemons are ours and stopped on exit (and get
SIGTERM should pytest itself die, through setpriv's parent-death signal).
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import secretstorage
from jeepney.io.blocking import DBusConnection, open_dbus_connection

LOGIN_PASSWORD = b"login-password-for-tests"
TOOLS = ("dbus-daemon", "gnome-keyring-daemon", "secret-tool")

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


@dataclass(frozen=True)
class SecretService:
    """One running instance: the environment a client needs to reach it."""

    address: str
    env: dict[str, str]

    def connect(self) -> DBusConnection:
        return open_dbus_connection(self.address)

    def lookup(self, service: str, username: str) -> str | None:
        """The secret as libsecret's own client (secret-tool) reads it back, or None."""
        out = subprocess.run(["secret-tool", "lookup", "service", service, "username", username],
                             capture_output=True, text=True, timeout=20,
                             env={**os.environ, **self.env})
        return out.stdout if out.returncode == 0 and out.stdout else None

    def store(self, service: str, username: str, secret: str) -> None:
        """Store a secret the way another program on the workstation would (secret-tool)."""
        out = subprocess.run(["secret-tool", "store", "--label", f"{service} {username}",
                              "service", service, "username", username],
                             input=secret, capture_output=True, text=True, timeout=20,
                             env={**os.environ, **self.env})
        assert out.returncode == 0, out.stderr

    def accounts(self, service: str) -> list[str]:
        """The user names of every item stored under `service`, sorted."""
        conn = self.connect()
        try:
            return sorted(item.get_attributes().get("username", "")
                          for item in secretstorage.search_items(conn, {"service": service}))
        finally:
            conn.close()

    def clear(self, service: str) -> None:
        """Delete every item stored under `service`."""
        conn = self.connect()
        try:
            for item in secretstorage.search_items(conn, {"service": service}):
                item.delete()
        finally:
            conn.close()


def missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


def _guarded(cmd: list[str]) -> list[str]:
    # The daemon gets SIGTERM when the test process dies, even without a teardown.
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM", *cmd] if setpriv else cmd


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


def _read_address(bus: subprocess.Popen[bytes], timeout: float) -> str:
    assert bus.stdout is not None
    with selectors.DefaultSelector() as sel:
        sel.register(bus.stdout, selectors.EVENT_READ)
        if not sel.select(timeout):
            raise RuntimeError("dbus-daemon did not print its address")
    address = bus.stdout.readline().decode().strip()
    if not address:
        raise RuntimeError(f"dbus-daemon did not start (exit {bus.poll()})")
    return address


def _wait_for_login_collection(address: str, timeout: float) -> None:
    """Until the daemon owns org.freedesktop.secrets with its default collection unlocked."""
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            conn = open_dbus_connection(address)
        except OSError as exc:
            last = exc
        else:
            try:
                collection = secretstorage.get_default_collection(conn)
                if not collection.is_locked():
                    return
                last = RuntimeError("the login collection is locked")
            except Exception as exc:  # not on the bus yet
                last = exc
            finally:
                conn.close()
        time.sleep(0.05)
    raise RuntimeError(f"gnome-keyring-daemon did not offer an unlocked login keyring: {last}")


@contextmanager
def running_secret_service(root: Path, timeout: float = 20) -> Iterator[SecretService]:
    """A D-Bus session bus and gnome-keyring-daemon (secrets only) in `root`, stopped on exit."""
    home, runtime = root / "home", root / "run"
    data, config, cache = home / ".local" / "share", home / ".config", home / ".cache"
    for d in (home, runtime, data, config, cache):
        d.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    conf = root / "bus.conf"
    conf.write_text(_BUS_CONFIG.format(socket=root / "bus"))
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK")}
    env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime), XDG_DATA_HOME=str(data),
               XDG_CONFIG_HOME=str(config), XDG_CACHE_HOME=str(cache))
    log = (root / "daemons.log").open("ab")  # their complaints, kept for a failing run
    bus = subprocess.Popen(_guarded(["dbus-daemon", "--nofork", "--config-file", str(conf),
                                     "--print-address=1"]),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=log, env=env)
    daemon: subprocess.Popen[bytes] | None = None
    try:
        address = _read_address(bus, timeout)
        env["DBUS_SESSION_BUS_ADDRESS"] = address
        daemon = subprocess.Popen(_guarded(["gnome-keyring-daemon", "--foreground", "--unlock",
                                            "--components=secrets"]),
                                  stdin=subprocess.PIPE, stdout=log, stderr=log, env=env)
        assert daemon.stdin is not None
        daemon.stdin.write(LOGIN_PASSWORD)
        daemon.stdin.close()
        _wait_for_login_collection(address, timeout)
        client_env = {"DBUS_SESSION_BUS_ADDRESS": address, "XDG_CONFIG_HOME": str(config),
                      "XDG_DATA_HOME": str(data)}
        yield SecretService(address, client_env)
    finally:
        if daemon is not None:
            _stop(daemon)
        _stop(bus)
        log.close()
