"""A full disk during a backup or an export: one sentence, no partial file, earlier backups
and the store untouched. A small tmpfs where this machine lets us mount one; otherwise a
subprocess under RLIMIT_FSIZE, which refuses writes past a size (EFBIG)."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.exchange.bundle_io import DiskFull
from app.exchange.export import ExportSpec
from app.services import backups, inspection
from tests.conftest import PASSPHRASES, StoreFixture
from tests.exchange.test_backup import fingerprint
from tests.services.workflow_helpers import add_cleared_person

REPO = Path(__file__).resolve().parents[2]


def _try_mount(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                         capture_output=True)
    return out.returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path | None]:
    """A 1 MiB tmpfs, or None when mounting is not allowed here."""
    mnt = tmp_path / f"usb-{uuid.uuid4().hex[:6]}"
    mounted = _try_mount(mnt, "1m")
    try:
        yield mnt if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mnt)], check=False)


def _fill(disk: Path, leave: int) -> None:
    st = os.statvfs(disk)
    free = st.f_bavail * st.f_frsize
    with open(disk / "kiti-failai.bin", "wb") as f:
        f.write(b"\0" * max(0, free - leave))


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_backup_onto_a_full_disk(store: StoreFixture, small_disk: Path | None,
                                 tmp_path: Path) -> None:
    if small_disk is None:
        _backup_under_fsize_limit(store, tmp_path)
        return
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 1)
    sec.lock()
    earlier = backups.backup(store.head, small_disk / "earlier.tar")
    _fill(small_disk, 64 * 1024)
    before_files = _digests(small_disk)
    store.head.lock()
    live = fingerprint(store.path)
    from app.services.opening import open_desk

    head = open_desk(store.path, "vadovas", PASSPHRASES["vadovas"], clock=store.clock)
    try:
        with pytest.raises(DiskFull) as caught:
            backups.backup(head, small_disk / "new.tar")
        msg = str(caught.value)
        assert msg.startswith("The disk is full: the backup could not be written to ")
        assert msg.count(". ") == 0 and msg.endswith(".")
        assert _digests(small_disk) == before_files  # no partial file, earlier intact
        assert earlier.path.exists()
        assert backups.config(head).last_at == earlier.created_at  # the failure not recorded
    finally:
        head.lock()
    assert fingerprint(store.path).keys() >= {"permit-desk.db", "permit-desk.db.keys"}
    assert fingerprint(store.path)["permit-desk.db.keys"] == live["permit-desk.db.keys"]


def test_export_onto_a_full_disk(store: StoreFixture, small_disk: Path | None,
                                 tmp_path: Path) -> None:
    if small_disk is None:
        pytest.skip("no tmpfs here; the backup test covers the RLIMIT_FSIZE fallback")
    sec = store.as_user("saugumas")
    for i in range(1, 4):
        add_cleared_person(sec, i)
    sec.lock()
    _fill(small_disk, 48 * 1024)
    before_files = _digests(small_disk)
    insp = store.as_user("inspektorius")
    try:
        for as_zip, name in ((False, "rinkinys"), (True, "rinkinys.zip")):
            with pytest.raises(DiskFull) as caught:
                inspection.export(insp, ExportSpec(__import__("datetime").date(2026, 1, 1),
                                                   __import__("datetime").date(2026, 12, 31)),
                                  small_disk / name, as_zip=as_zip)
            assert str(caught.value).startswith("The disk is full: the bundle could not be "
                                                "written to ")
            assert _digests(small_disk) == before_files
    finally:
        insp.lock()


SCRIPT = """
import resource, sys
from pathlib import Path
from app.services import backups
from app.services.opening import open_desk
from app.exchange.bundle_io import DiskFull
desk = open_desk(Path(sys.argv[1]), "vadovas", sys.argv[2])
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[4]), int(sys.argv[4])))
try:
    backups.backup(desk, Path(sys.argv[3]))
except DiskFull as exc:
    print(exc)
    sys.exit(3)
"""


def _backup_under_fsize_limit(store: StoreFixture, tmp_path: Path) -> None:
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    target = tmp_path / "limited"
    target.mkdir()
    store.head.lock()
    env = dict(os.environ, PERMIT_DESK_KDF_PROFILE="test", PYTHONPATH=str(REPO))
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(store.path),
                          PASSPHRASES["vadovas"], str(target / "b.tar"), str(64 * 1024)],
                         capture_output=True, text=True, cwd=REPO, env=env,
                         preexec_fn=lambda: signal.signal(signal.SIGXFSZ, signal.SIG_IGN))
    assert out.returncode == 3, out.stderr
    assert out.stdout.startswith("The disk is full")
    assert list(target.iterdir()) == []
