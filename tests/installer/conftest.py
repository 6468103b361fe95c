"""Installer tests: slow builds, run only when asked (`pytest -m installer`; `.ci/run` does)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
INSTALLER = REPO / "installer"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "installer: builds and installs the offline bundle, "
                            "the frozen app or the .deb (minutes; run with -m installer)")
    config.addinivalue_line("markers", "frozen: needs the PyInstaller build (slower still)")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Deselected, not skipped, unless asked for: .ci/run runs them after make test."""
    if "installer" in (config.getoption("-m") or ""):
        return
    slow = [item for item in items if item.get_closest_marker("installer")]
    if slow:
        config.hook.pytest_deselected(items=slow)
        items[:] = [item for item in items if not item.get_closest_marker("installer")]


def offline_env(**extra: str) -> dict[str, str]:
    """No package index: PIP_NO_INDEX, no find-links, the machine's pip.conf masked."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PIP_FIND_LINKS", "PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL",
                        "VIRTUAL_ENV", "PYTHONPATH")}
    env.update(PIP_NO_INDEX="1", PIP_CONFIG_FILE="/dev/null", **extra)
    return env


def no_network() -> list[str]:
    """Run in a network namespace of its own when we may (root): the index is unreachable."""
    if shutil.which("unshare") and subprocess.run(["unshare", "--net", "true"],
                                                  capture_output=True).returncode == 0:
        return ["unshare", "--net"]
    return []


def base_python() -> str:
    return str(getattr(sys, "_base_executable", None) or sys.executable)


def build_bundle(out: Path, *extra: str) -> Path:
    done = subprocess.run(["nice", "-n", "19", str(INSTALLER / "build_wheelhouse.sh"),
                           "--out", str(out), *extra],
                          capture_output=True, text=True, timeout=1800,
                          env=dict(os.environ, PYTHON=str(REPO / ".venv/bin/python")))
    assert done.returncode == 0, done.stdout + done.stderr
    return Path(done.stdout.strip().splitlines()[-1])


def unpack(archive: Path, where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive) as tar:
        tar.extractall(where, filter="tar")
    (top,) = where.iterdir()
    return top


def install(bundle_dir: Path, prefix: Path, bindir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*no_network(), "nice", "-n", "19", str(bundle_dir / "install.sh"),
                           "--prefix", str(prefix), "--bin-dir", str(bindir),
                           "--python", base_python()],
                          capture_output=True, text=True, timeout=1200, env=offline_env())


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The offline bundle built from HEAD (or the one PERMIT_DESK_BUNDLE names)."""
    given = os.environ.get("PERMIT_DESK_BUNDLE")
    if given:
        yield Path(given)
        return
    yield build_bundle(tmp_path_factory.mktemp("dist"))
