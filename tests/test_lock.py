"""The lock files are what a fresh machine installs: they must agree with pyproject.toml."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCKS = ["requirements.lock", "requirements-dev.lock"]


def _check(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(root / ".ci" / "check_lock.py"), *LOCKS],
                          cwd=root, capture_output=True, text=True, timeout=60)


def _copy(tmp_path: Path) -> Path:
    (tmp_path / ".ci").mkdir()
    shutil.copy(ROOT / ".ci" / "check_lock.py", tmp_path / ".ci")
    for name in ["pyproject.toml", *LOCKS]:
        shutil.copy(ROOT / name, tmp_path / name)
    return tmp_path


def test_the_committed_locks_agree_with_pyproject() -> None:
    done = _check(ROOT)
    assert done.returncode == 0, done.stderr


def test_every_pin_is_exact_and_hashed() -> None:
    for name in LOCKS:
        text = (ROOT / name).read_text(encoding="utf-8")
        pins = [ln for ln in text.splitlines() if ln and not ln[0].isspace() and ln[0] != "#"]
        assert len(pins) > 40, name
        assert all("==" in ln and ln.endswith("\\") for ln in pins), name


def test_a_new_dependency_without_make_lock_fails(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(
        text.replace('dependencies = [\n', 'dependencies = [\n  "attrs-strict>=1.0",\n', 1),
        encoding="utf-8")
    done = _check(root)
    assert done.returncode == 1
    assert "does not pin attrs-strict" in done.stderr
    assert "requirements.lock was not made from this pyproject.toml" in done.stderr
    assert "make lock" in done.stderr


def test_a_bound_the_locked_version_breaks_fails(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(
        text.replace('"cryptography>=42"', '"cryptography>=42,<43"'), encoding="utf-8")
    done = _check(root)
    assert done.returncode == 1
    assert "pins cryptography" in done.stderr and "outside <43,>=42" in done.stderr


def test_a_removed_dependency_is_noticed_too(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(text.replace('  "rl_accel>=0.9",\n', ""),
                                         encoding="utf-8")
    done = _check(root)
    assert done.returncode == 1
    assert "was not made from this pyproject.toml" in done.stderr
