"""Restores that a bad day cannot turn into a loss: an administrator of the live store allows
them and both trails say so; a kill during the swap is finished at the next open; what killed
restores, backups and exports leave behind is removed by the next run; and the files holding
the key file or personal data are private (0600) whatever the umask."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NamedTuple

import pytest
from sqlalchemy import func, select

from app.exchange.backup import BackupRefused
from app.exchange.export import ExportSpec
from app.services import audit_queries, backups, inspection, users
from app.services.opening import open_desk
from app.store.errors import WrongPassphrase
from app.store.keyfile import TEST_KDF
from app.store.models import AuditEntry
from app.store.store import StorePaths
from app.store.swap import LOCK_NAME, PAUSE_ENV, journal_path
from tests.conftest import PASSPHRASES, StoreFixture
from tests.exchange.test_backup import fingerprint, people
from tests.services.workflow_helpers import add_cleared_person

REPO = Path(__file__).resolve().parents[2]
FORMER = "buves"
FORMER_PW = "former-admin-passphrase-1"


class Entry(NamedTuple):
    seq: int
    username: str
    action: str
    after: str


def _trail(path: Path, user: str = "admin") -> list[Entry]:
    desk = open_desk(path, user, PASSPHRASES[user])
    try:
        assert audit_queries.verify(desk).ok
        with desk.read() as s:
            return [Entry(*row) for row in s.execute(
                select(AuditEntry.seq, AuditEntry.username, AuditEntry.action,
                       AuditEntry.after).order_by(AuditEntry.seq))]
    finally:
        desk.lock()


def _last_seq(path: Path) -> int:
    desk = open_desk(path, "admin", PASSPHRASES["admin"])
    try:
        with desk.read() as s:
            return int(s.execute(select(func.max(AuditEntry.seq))).scalar_one())
    finally:
        desk.lock()


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def test_a_removed_administrator_cannot_restore_with_the_backups_passphrase(
        store: StoreFixture, tmp_path: Path) -> None:
    from app.domain.enums import Role

    users.add_user(store.head, FORMER, full_name="Buvęs Administratorius",
                   roles=[Role.ADMIN.value], passphrase=FORMER_PW,
                   kdf=TEST_KDF)
    old = backups.backup(store.head, tmp_path / "old.tar").path
    store.head.lock()  # removing a user rotates the keys: nobody else has the store open
    admin = store.as_user("admin")
    users.remove_user(admin, FORMER)
    admin.lock()
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 3)  # a decision-worthy change made since the backup
    sec.lock()
    before = fingerprint(store.path)
    with pytest.raises((WrongPassphrase, BackupRefused)):
        backups.restore(old, store.path, FORMER, FORMER_PW)
    after = fingerprint(store.path)
    # At most the failed attempt is counted in the key file; the database is untouched.
    after.pop("permit-desk.db.keys"), before.pop("permit-desk.db.keys")
    assert after == before
    assert people(store.path) == 1


def test_a_live_administrator_restores_and_both_trails_say_so(
        store: StoreFixture, tmp_path: Path) -> None:
    taken = backups.backup(store.head, tmp_path / "b.tar")
    # The archive holds the trail up to (not with) the "backup" entry; _last_seq's unlock follows.
    backup_last = _last_seq(store.path) - 2
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 4)
    sec.lock()
    store.head.lock()
    live_last = _last_seq(store.path)  # _last_seq's own unlock is counted: it is live too
    result = backups.restore(taken.path, store.path, "admin", PASSPHRASES["admin"])
    assert result.authorised_in_live_store and result.replaced_db is not None
    # The live trail (kept aside) records the restore before the swap, by the live admin.
    aside = _trail(result.replaced_db)
    begin = aside[-2]  # then the unlock of _trail itself
    assert begin.action == "store.restore.begin" and begin.username == "admin"
    assert json.loads(begin.after)["from"] == str(taken.path)
    # The restored trail goes on from the backup with the restore: backup, who, how many.
    restored = _trail(store.path)
    entry = next(e for e in restored if e.action == "store.restore")
    assert entry.seq == backup_last + 1  # right after the backup's last entry
    info = json.loads(entry.after)
    assert entry.username == "admin" and info["restored_by"] == "admin"
    assert info["from"] == str(taken.path)
    assert info["rolled_back_entries"] == live_last - backup_last == result.rolled_back_entries
    assert result.rolled_back_entries >= 4  # backup, unlocks, the new person and clearance


def test_a_missing_live_store_is_restored_by_the_backups_administrator(
        store: StoreFixture, tmp_path: Path) -> None:
    taken = backups.backup(store.head, tmp_path / "b.tar")
    store.head.lock()
    paths = StorePaths(store.path)
    for p in [paths.db, paths.keys, *paths.sidecars()]:
        p.unlink(missing_ok=True)
    with pytest.raises(BackupRefused, match="not an administrator in the backup"):
        backups.restore(taken.path, store.path, "inspektorius", PASSPHRASES["inspektorius"])
    result = backups.restore(taken.path, store.path, "admin", PASSPHRASES["admin"])
    assert not result.authorised_in_live_store
    assert "There is no store" in result.live_store_problem
    entry = next(e for e in _trail(store.path) if e.action == "store.restore")
    assert json.loads(entry.after)["authorised_in"] == "backup"


RESTORER = """
import sys
from pathlib import Path
from app.services import backups
backups.restore(Path(sys.argv[1]), Path(sys.argv[2]), "admin", sys.argv[3])
"""

BACKUP_WRITER = """
import sys
from pathlib import Path
from app.services import backups
from app.services.opening import open_desk
desk = open_desk(Path(sys.argv[1]), "admin", sys.argv[2])
backups.backup(desk, Path(sys.argv[3]))
"""

EXPORTER = """
import sys
from datetime import date
from pathlib import Path
from app.exchange.export import ExportSpec
from app.services import inspection
from app.services.opening import open_desk
desk = open_desk(Path(sys.argv[1]), "inspektorius", sys.argv[2])
inspection.export(desk, ExportSpec(date(2026, 1, 1), date(2026, 12, 31)), Path(sys.argv[3]),
                  as_zip=sys.argv[4] == "zip")
"""


def _kill_at(point: str, script: str, args: list[str], tmp_path: Path) -> None:
    """Run `script` until it reaches the pause point, then SIGKILL it there."""
    marker = tmp_path / f"paused-{point}"
    marker.unlink(missing_ok=True)
    env = dict(os.environ, PERMIT_DESK_KDF_PROFILE="test", PYTHONPATH=str(REPO),
               **{PAUSE_ENV: f"{point}:{marker}"})
    with subprocess.Popen([sys.executable, "-c", script, *args], cwd=REPO, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        deadline = time.monotonic() + 120
        while not marker.exists():
            if proc.poll() is not None:
                raise AssertionError(f"never reached {point}: {proc.communicate()[1]}")
            assert time.monotonic() < deadline, f"never reached {point}"
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert proc.returncode == -signal.SIGKILL


@pytest.mark.parametrize("point", ["restore.db-aside", "restore.keys-in"])
def test_a_kill_during_the_swap_is_finished_at_the_next_open(
        store: StoreFixture, tmp_path: Path, point: str) -> None:
    taken = backups.backup(store.head, tmp_path / "b.tar")
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 5)
    sec.lock()
    store.head.lock()
    assert people(store.path) == 1
    _kill_at(point, RESTORER, [str(taken.path), str(store.path), PASSPHRASES["admin"]],
             tmp_path)
    assert journal_path(store.path).exists()  # killed between the renames
    assert people(store.path) == 0  # the next open finishes the swap: the backup's store
    folder = store.path.parent
    assert not journal_path(store.path).exists()
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no scratch left
    aside = [p for p in folder.iterdir() if p.name.endswith(".db") and "-replaced-" in p.name]
    assert len(aside) == 1 and people(aside[0]) == 1  # the live store, kept whole
    assert any(e.action == "store.restore" for e in _trail(store.path))


def test_a_kill_before_the_swap_leaves_the_store_and_its_scratch_goes(
        store: StoreFixture, tmp_path: Path) -> None:
    taken = backups.backup(store.head, tmp_path / "b.tar")
    store.head.lock()
    before = fingerprint(store.path)
    _kill_at("restore.checked", RESTORER,
             [str(taken.path), str(store.path), PASSPHRASES["admin"]], tmp_path)
    scratch = [p for p in store.path.parent.iterdir() if p.name.startswith(".permit-desk-")]
    assert scratch and stat.S_IMODE(scratch[0].stat().st_mode) == 0o700
    after = fingerprint(store.path)  # (the killed process had it open: an empty -wal, -shm)
    assert {k: after[k] for k in before} == before
    assert people(store.path) == 0  # opens as it was ...
    assert not [p for p in store.path.parent.iterdir() if p.name.startswith(".")]  # ... tidied


def test_killed_backups_and_exports_leave_nothing_after_the_next_run(
        store: StoreFixture, tmp_path: Path) -> None:
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 6)
    sec.lock()
    store.head.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    _kill_at("backup.written", BACKUP_WRITER,
             [str(store.path), PASSPHRASES["admin"], str(usb / "a.tar")], tmp_path)
    out = tmp_path / "out"
    out.mkdir()

    def partial(folder: Path) -> list[Path]:
        found = [p for p in folder.iterdir() if p.name.endswith(".partial")]
        # What a kill leaves is private to this account, and marked as a scratch folder.
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o700 for p in found)
        assert all((p / LOCK_NAME).exists() for p in found)
        return found

    assert len(partial(usb)) == 1
    _kill_at("bundle.written", EXPORTER,
             [str(store.path), PASSPHRASES["inspektorius"], str(out / "rinkinys"), "folder"],
             tmp_path)
    (first,) = partial(out)
    assert (first / "README.txt").exists() or any(first.iterdir())  # plaintext tables
    _kill_at("bundle.written", EXPORTER,
             [str(store.path), PASSPHRASES["inspektorius"], str(out / "r.zip"), "zip"],
             tmp_path)
    (second,) = partial(out)  # the second export removed the first's
    assert second != first and not first.exists()
    admin = store.as_user("admin")
    try:
        backups.backup(admin, usb / "b.tar")
    finally:
        admin.lock()
    assert [p.name for p in usb.iterdir()] == ["b.tar"]
    insp = store.as_user("inspektorius")
    try:
        inspection.export(insp, ExportSpec(date(2026, 1, 1), date(2026, 12, 31)),
                          out / "kitas.zip", as_zip=True)
    finally:
        insp.lock()
    assert [p.name for p in out.iterdir()] == ["kitas.zip"]


def test_a_scratch_folder_in_use_is_left_alone(tmp_path: Path) -> None:
    from app.store.swap import Scratch, sweep_scratch

    busy = Scratch(tmp_path, prefix=".rinkinys.", suffix=".partial")
    try:
        assert sweep_scratch(tmp_path) == [] and busy.path.exists()
    finally:
        busy.remove()


def test_backup_zip_and_restored_key_file_are_private(
        store: StoreFixture, tmp_path: Path, umask_022: None) -> None:
    taken = backups.backup(store.head, tmp_path / "b.tar")
    assert stat.S_IMODE(taken.path.stat().st_mode) == 0o600
    insp = store.as_user("inspektorius")
    try:
        z = inspection.export(insp, ExportSpec(date(2026, 1, 1), date(2026, 12, 31)),
                              tmp_path / "rinkinys.zip", as_zip=True)
        d = inspection.export(insp, ExportSpec(date(2026, 1, 1), date(2026, 12, 31)),
                              tmp_path / "rinkinys", as_zip=False)
    finally:
        insp.lock()
    assert stat.S_IMODE(z.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(d.path.stat().st_mode) == 0o700
    store.head.lock()
    backups.restore(taken.path, store.path, "admin", PASSPHRASES["admin"])
    keys = StorePaths(store.path).keys
    assert stat.S_IMODE(keys.stat().st_mode) == 0o600
