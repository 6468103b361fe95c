"""The offline bundle: built, checked, installed with no package index, smoke-run, and
refused when any file differs from SHA256SUMS."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.installer.conftest import install, unpack
from tests.installer.smoke import smoke_run

pytestmark = pytest.mark.installer


@pytest.fixture(scope="module")
def unpacked(bundle: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return unpack(bundle, tmp_path_factory.mktemp("media"))


def test_the_bundle_lists_and_holds_everything(bundle: Path, unpacked: Path) -> None:
    assert bundle.stat().st_size < 400 * 2**20
    sums = {line[66:]: line[:64] for line in (unpacked / "SHA256SUMS").read_text().splitlines()}
    files = {str(p.relative_to(unpacked)) for p in unpacked.rglob("*")
             if p.is_file() and p.name != "SHA256SUMS"}
    assert set(sums) == files
    for name, digest in sums.items():
        assert hashlib.sha256((unpacked / name).read_bytes()).hexdigest() == digest, name
    wheels = {p.name.split("-")[0].lower() for p in (unpacked / "wheels").glob("*.whl")}
    for needed in ("permit_desk", "pyside6_essentials", "sqlcipher3", "keyring", "pyhanko",
                   "alembic", "reportlab", "pip"):
        assert needed in wheels
    (ours,) = (unpacked / "wheels").glob("permit_desk-*.whl")
    names = zipfile.ZipFile(ours).namelist()
    assert "app/store/migrations/env.py" in names
    assert any(n.startswith("app/store/migrations/versions/0001") for n in names)
    assert any(n.startswith("ui/") for n in names)
    res = unpacked / "resources"
    assert (res / "letters" / "sRGB.icc").exists() and list((res / "fonts").glob("*.ttf"))
    assert {p.name for p in (res / "translations").glob("*.qm")} >= {
        "permit_desk_lt.qm", "permit_desk_en.qm"}


def test_installs_offline_and_the_smoke_run_passes(unpacked: Path, tmp_path: Path) -> None:
    done = install(unpacked, tmp_path / "opt", tmp_path / "bin")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Checked" in done.stdout
    launcher = tmp_path / "bin" / "permit-desk"
    assert "PERMIT_DESK_RESOURCES" in launcher.read_text()
    steps = smoke_run([str(launcher)], tmp_path / "work")
    assert steps[-1] == "ok doctor" and "ok verify" in " ".join(steps)


def _copy(unpacked: Path, where: Path) -> Path:
    # Hard links: cheap; every tampered file is replaced, never written through.
    subprocess.run(["cp", "-al", str(unpacked), str(where)], check=True)
    return where


def _replace(path: Path, data: bytes) -> None:
    path.unlink()
    path.write_bytes(data)


@pytest.mark.parametrize("tamper", ["wheel", "sums", "extra wheel", "missing file"])
def test_a_tampered_bundle_is_refused(unpacked: Path, tmp_path: Path, tamper: str) -> None:
    media = _copy(unpacked, tmp_path / "media")
    wheel = next((media / "wheels").glob("keyring-*.whl"))
    if tamper == "wheel":
        data = bytearray(wheel.read_bytes())
        data[len(data) // 2] ^= 0x01
        _replace(wheel, bytes(data))
    elif tamper == "sums":
        sums = media / "SHA256SUMS"
        text = sums.read_text()
        _replace(sums, ("0" if text[0] != "0" else "1").encode() + text[1:].encode())
    elif tamper == "extra wheel":
        shutil.copy(wheel, media / "wheels" / "keyring-99.0-py3-none-any.whl")
    else:
        wheel.unlink()
    done = install(media, tmp_path / "opt", tmp_path / "bin")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "nothing was installed" in done.stderr or "incomplete" in done.stderr
    assert not (tmp_path / "opt").exists() and not (tmp_path / "bin").exists()
