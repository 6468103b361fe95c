"""A busy store, a full disk and a read-only folder are each told in their own sentence, never
as damage and never as a traceback; damage is told only when SQLite's check of the pages
fails. Real conditions: a second connection holding the write lock, a tmpfs filled to the
brim or remounted read-only (when this machine lets us mount; otherwise a folder without
write permission, and a subprocess under RLIMIT_FSIZE)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.opening import open_desk
from app.store import store as store_mod
from app.store.errors import DiskFull, StoreBusy, StoreDamaged, StoreReadOnly
from tests.conftest import PASSPHRASES, StoreFixture
from tests.store.helpers import PYTHON, REPO

HEAD_PW = PASSPHRASES["vadovas"]


def _mount(path: Path, size: str) -> bool:
    path.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                          capture_output=True).returncode == 0


@pytest.fixture
def medium(tmp_path: Path) -> Iterator[tuple[Path, bool]]:
    """A folder of its own: a 4 MiB tmpfs (mounted True) or a plain folder (False)."""
    mnt = tmp_path / f"medium-{uuid.uuid4().hex[:6]}"
    mounted = _mount(mnt, "4m")
    try:
        yield mnt, mounted
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(mnt)], check=False)


def _copy_store(store: StoreFixture, folder: Path) -> Path:
    store.head.lock()
    for p in store.path.parent.iterdir():
        if p.is_file():
            shutil.copy2(p, folder / p.name)
    return folder / store.path.name


def _fill(folder: Path, leave: int = 0) -> None:
    st = os.statvfs(folder)
    try:
        with open(folder / "filler.bin", "wb") as f:
            f.write(b"\0" * max(0, st.f_bavail * st.f_frsize - leave))
            while leave == 0:  # to the last block
                f.write(b"\0" * 4096)
                f.flush()
    except OSError:
        pass


def _cli(db: Path, *args: str, user: str = "vadovas", fsize: int | None = None,
         input_env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PERMIT_DESK_PASSPHRASE=PASSPHRASES.get(user, "x"),
               PERMIT_DESK_KDF_PROFILE="test", PERMIT_DESK_NEW_PASSPHRASE="new-user-pass-1")
    env.update(input_env or {})

    def limit() -> None:
        if fsize is not None:
            import resource

            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    env["PYTHONPATH"] = str(REPO)  # this tree's code, whatever the venv's entry point says
    return subprocess.run([PYTHON, "-m", "app", "--store", str(db), "--user", user, *args],
                          capture_output=True, text=True, timeout=300, env=env, cwd=REPO,
                          stdin=subprocess.DEVNULL, preexec_fn=limit)


def _one_sentence(out: subprocess.CompletedProcess[str], *words: str) -> None:
    assert out.returncode == 1, (out.stdout, out.stderr)
    assert "Traceback" not in out.stderr, out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("permit-desk: "), out.stderr
    assert "damaged —" not in lines[0] and "Restore the latest backup" not in lines[0]
    for w in words:
        assert w in lines[0], lines[0]


def test_a_busy_store_opens_and_says_another_program_is_using_it(store: StoreFixture) -> None:
    """Another program holds the write lock past the busy timeout: the first read still
    works (it needs no write lock), the unlock's audit entry waits and then says so."""
    sec = store.as_user("saugumas")
    store.head.lock()
    hold = sec.store.engine.connect()
    try:
        hold.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar()  # BEGIN IMMEDIATE
        t0 = time.monotonic()
        opened = store_mod.unlock(store.path, "vadovas", HEAD_PW)  # was: "damaged" after 10 s
        opened.close()
        assert time.monotonic() - t0 < 8
        with pytest.raises(StoreBusy, match="Another program is using the store"):
            open_desk(store.path, "vadovas", HEAD_PW)
    finally:
        hold.rollback()
        hold.close()
        sec.lock()
    open_desk(store.path, "vadovas", HEAD_PW).lock()  # and once it lets go, all is well


HOLDER = """
import sys, time
from pathlib import Path
from app.services.opening import open_desk
desk = open_desk(Path(sys.argv[1]), "saugumas", sys.argv[2])
with desk.read() as s:
    print("open", flush=True)
    time.sleep(120)
"""


def test_rekey_while_another_process_has_the_store_open_is_one_sentence(
        store: StoreFixture) -> None:
    store.head.lock()
    env = dict(os.environ, PERMIT_DESK_KDF_PROFILE="test", PYTHONPATH=str(REPO))
    with subprocess.Popen([PYTHON, "-c", HOLDER, str(store.path), PASSPHRASES["saugumas"]],
                          stdout=subprocess.PIPE, text=True, cwd=REPO, env=env) as holder:
        try:
            assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
            out = _cli(store.path, "rekey", user="admin")
            # (key rotation says it in its own words: "the store is open elsewhere")
            _one_sentence(out)
        finally:
            holder.kill()
    assert _cli(store.path, "unlock-test", user="admin").returncode == 0


def _make_read_only(folder: Path, mounted: bool) -> None:
    if mounted:
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
    else:
        for p in folder.iterdir():
            p.chmod(0o444)
        folder.chmod(0o555)


def test_a_read_only_folder_is_not_called_damaged(
        store: StoreFixture, medium: tuple[Path, bool]) -> None:
    folder, mounted = medium
    if not mounted and os.geteuid() == 0:
        raise AssertionError("root ignores permissions: this test needs a tmpfs")
    db = _copy_store(store, folder)
    _make_read_only(folder, mounted)
    try:
        with pytest.raises(StoreReadOnly, match="is read-only") as caught:
            store_mod.unlock(db, "vadovas", HEAD_PW)
        assert not isinstance(caught.value, StoreDamaged)
        # A right passphrase and a wrong one (which would count the failure): one sentence each.
        _one_sentence(_cli(db, "unlock-test"), "is read-only")
        _one_sentence(_cli(db, "unlock-test", input_env={"PERMIT_DESK_PASSPHRASE": "wrong-1"}),
                      "is read-only")
    finally:
        if not mounted:
            folder.chmod(0o755)


def test_a_full_disk_is_told_as_such_by_every_command(
        store: StoreFixture, medium: tuple[Path, bool], tmp_path: Path) -> None:
    folder, mounted = medium
    db = _copy_store(store, folder)
    fsize = None
    if mounted:
        _fill(folder)
    else:
        fsize = db.stat().st_size  # nothing may grow: as full as a disk gets
    if mounted:  # (under RLIMIT_FSIZE only the command line's subprocesses are limited)
        with pytest.raises(DiskFull, match="The disk is full"):
            open_desk(db, "vadovas", HEAD_PW)
    csv = tmp_path / "darbuotojai.csv"
    csv.write_text("Asmens kodas;Pavardė;Vardas;Pareigos;Padalinys\n"
                   "38001010011;Žukauskas;Jonas;Referentas;Skyrius\n", encoding="utf-8")
    words = ("The disk is full",) if mounted else ()
    for args, user in (
            (["user", "add", "naujas", "--role", "clerk", "--full-name", "Naujas Vartotojas"],
             "admin"),
            (["staff", "import", str(csv)], "saugumas"),
            (["request", "new", "--person", "38001010011", "--countries", "BY",
              "--depart", "2026-12-01", "--return", "2026-12-05", "--purpose", "Laidotuvės",
              "--reason-category", "family"], "rastine"),
            (["demo", "--staff", "20", "--requests", "20"], "vadovas"),
            (["rekey"], "admin")):
        _one_sentence(_cli(db, *args, user=user, fsize=fsize), *words)


def test_demo_that_fills_the_disk_halfway_is_one_sentence(
        store: StoreFixture, medium: tuple[Path, bool]) -> None:
    folder, mounted = medium
    db = _copy_store(store, folder)
    fsize = None
    if mounted:
        _fill(folder, leave=256 * 1024)  # room to open, not to fill
    else:
        fsize = db.stat().st_size + 256 * 1024
    out = _cli(db, "demo", "--staff", "400", "--requests", "2000", fsize=fsize)
    _one_sentence(out, *(("The disk is full",) if mounted else ()))
    (folder / "filler.bin").unlink(missing_ok=True)
    assert _cli(db, "unlock-test").returncode == 0  # and the store is whole
