"""Upgrading from media: a newer bundle installed over an older one keeps the store and key
file, and the new version opens the store (the schema upgrade path is tested in tests/store)."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest

from tests.installer.conftest import REPO, build_bundle, install, unpack
from tests.installer.smoke import PERSON, STAFF_CSV, Cli, doctor, init_store

pytestmark = pytest.mark.installer


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _version_of(prefix: Path) -> str:
    py = prefix / "current" / "venv" / "bin" / "python"
    return subprocess.run([str(py), "-I", "-c", "import importlib.metadata as m; "
                           "print(m.version('permit-desk'))"],
                          capture_output=True, text=True, check=True).stdout.strip()


def newer_source(where: Path) -> Path:
    """HEAD with the patch version bumped: the same code as a 'newer' release."""
    where.mkdir()
    archive = subprocess.run(["git", "-C", str(REPO), "archive", "HEAD"], check=True,
                             capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    pyproject = where / "pyproject.toml"
    text = pyproject.read_text()
    old = re.search(r'^version = "(\d+)\.(\d+)\.(\d+)"', text, re.M)
    assert old
    new = f'version = "{old[1]}.{old[2]}.{int(old[3]) + 1}"'
    pyproject.write_text(text.replace(old[0], new, 1))
    return where


def test_a_newer_bundle_keeps_the_store_and_opens_it(bundle: Path, tmp_path: Path) -> None:
    prefix, bindir = tmp_path / "opt", tmp_path / "bin"
    done = install(unpack(bundle, tmp_path / "old-media"), prefix, bindir)
    assert done.returncode == 0, done.stderr
    old_version = _version_of(prefix)

    cli = Cli([str(bindir / "permit-desk")], tmp_path / "work")
    init_store(cli)
    csv = tmp_path / "work" / "staff.csv"
    csv.write_text(STAFF_CSV, encoding="utf-8", newline="")
    assert "Imported: 2 added" in cli("vadovas", "staff", "import", csv).stdout
    store = Path(cli.env["PERMIT_DESK_STORE"])
    keys = store.with_name(store.name + ".keys")
    before = {p: _digest(p) for p in (store, keys)}

    newer = build_bundle(tmp_path / "dist-new", "--src", str(newer_source(tmp_path / "src")))
    done = install(unpack(newer, tmp_path / "new-media"), prefix, bindir)
    assert done.returncode == 0, done.stderr
    new_version = _version_of(prefix)
    assert new_version != old_version and f"previous: versions/{old_version}" in done.stdout
    # The installer never touched the store or its key file...
    assert {p: _digest(p) for p in (store, keys)} == before
    assert (prefix / "current").resolve().name == new_version
    assert (prefix / "versions" / old_version).is_dir()  # kept for a rollback
    # ...and the new version opens it with the same passphrase and finds the data.
    doctor(cli)
    assert cli("vadovas", "unlock-test").returncode == 0
    staff = json.loads(cli("vadovas", "staff", "list", "--json").stdout)
    assert PERSON in {p["personal_code"] for p in staff}
