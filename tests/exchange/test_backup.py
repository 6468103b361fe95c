"""Backups and restores on real stores: consistent under concurrent writes from another
process, refused when damaged or foreign with the live store byte-for-byte untouched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tarfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain.personal_code import make_personal_code
from app.exchange.backup import BackupInfo, BackupRefused
from app.services import audit_queries, backups
from app.services.desk import Desk
from app.services.errors import InvalidInput, PermissionDenied
from app.services.opening import init_store, open_desk
from app.store import engine as eng
from app.store.errors import WrongPassphrase
from app.store.keyfile import TEST_KDF
from app.store.models import AuditEntry, Person
from app.store.store import StorePaths
from tests.conftest import PASSPHRASES, StoreFixture
from tests.services.workflow_helpers import add_cleared_person

REPO = Path(__file__).resolve().parents[2]

WRITER = """
import itertools, sys, time
from pathlib import Path
from app.domain.enums import StaffCategory
from app.services import staff
from app.services.opening import open_desk
from tests.exchange.test_backup import written_person
desk = open_desk(Path(sys.argv[1]), "saugumas", sys.argv[2])
for i in itertools.count():
    staff.add_person(desk, **written_person(i), category=StaffCategory.EMPLOYEE)
    print(i, flush=True)  # after the commit: line i means writes 0..i are in the store
    # A busy workstation, not a hot loop that never lets go of the write lock: back to back,
    # the test's own backup audit entry can wait out the 10 s busy timeout on a loaded machine.
    time.sleep(0.01)
"""


def written_person(i: int) -> dict[str, str]:
    """The writer process's i-th person, field by field, so a restore can be checked
    against exactly what was written."""
    return {"personal_code": make_personal_code("F", date(1960, 1, 1) + timedelta(days=i),
                                                i % 1000),
            "last_name": "Rašytojaitė", "first_name": f"N{i}", "position": "Referentė",
            "unit": "Ūkio skyrius"}


def fingerprint(path: Path) -> dict[str, str]:
    """Hashes of the store file, its key file and any sidecar."""
    paths = StorePaths(path)
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in [paths.db, paths.keys, *paths.sidecars()] if p.exists()}


def people(path: Path, user: str = "vadovas") -> int:
    desk = open_desk(path, user, PASSPHRASES[user])
    try:
        with desk.read() as s:
            return int(s.execute(select(func.count()).select_from(Person)).scalar_one())
    finally:
        desk.lock()


def test_backup_then_restore_brings_the_store_back(store: StoreFixture, tmp_path: Path) -> None:
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 1)
    (tmp_path / "atsargines").mkdir()
    info = backups.backup(store.head, tmp_path / "atsargines")  # a folder: a dated name in it
    assert info.path.parent == tmp_path / "atsargines" and info.path.name.endswith(".backup.tar")
    with tarfile.open(info.path) as tar:
        assert sorted(tar.getnames()) == ["backup-manifest.json", "permit-desk.db",
                                          "permit-desk.db.keys"]
    assert [p.name for p in (tmp_path / "atsargines").iterdir()] == [info.path.name]
    add_cleared_person(sec, 2)
    sec.lock()
    store.head.lock()
    assert people(store.path) == 2
    result = backups.restore(info.path, store.path, "admin", PASSPHRASES["admin"])
    assert people(store.path) == 1
    assert result.replaced_db is not None and result.replaced_db.name.startswith(
        "permit-desk-replaced-")
    assert people(result.replaced_db) == 2  # the replaced store is kept, and still opens
    desk = open_desk(store.path, "admin", PASSPHRASES["admin"])
    try:
        assert audit_queries.verify(desk).ok
        with desk.read() as s:
            actions = list(s.execute(select(AuditEntry.action).order_by(AuditEntry.seq)).scalars())
        assert "store.restore" in actions and actions.count("backup") == 0
        assert backups.config(desk).last_at == ""  # the backup predates its own record
    finally:
        desk.lock()
    assert not [p for p in store.path.parent.iterdir() if "restore" in p.name]


def committed(desk: Desk) -> int:
    """People committed to the store right now, as a fresh read transaction sees them."""
    with desk.read() as s:
        return int(s.execute(select(func.count()).select_from(Person)).scalar_one())


def test_backup_during_writes_from_another_process_restores_consistently(
        store: StoreFixture, tmp_path: Path) -> None:
    """Each backup is one snapshot: a prefix of the writer's commits, each whole, no fewer
    than were committed when the backup started and no more than when it ended. Where in
    that window it lands is the scheduler's business: a slow machine may let every write
    (or none) happen while a backup runs."""
    env = dict(os.environ, PERMIT_DESK_KDF_PROFILE="test", PYTHONPATH=str(REPO))
    taken: list[tuple[BackupInfo, int, int]] = []  # (backup, committed before, after)
    with subprocess.Popen([sys.executable, "-c", WRITER, str(store.path),
                           PASSPHRASES["saugumas"]], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, cwd=REPO, env=env) as writer:
        assert writer.stdout is not None and writer.stderr is not None
        out, err = writer.stdout, writer.stderr

        def wait_for_write(i: int) -> None:
            """Until write i is committed (or the writer dies, which fails the test)."""
            while (line := out.readline()) and int(line) < i:
                pass
            assert line, f"the writer stopped: {err.read()}"

        try:
            wait_for_write(19)  # 20 people in the store before the first backup
            for i in range(3):
                before = committed(store.head)
                info = backups.backup(store.head, tmp_path / f"b{i}.tar")
                taken.append((info, before, committed(store.head)))
            # the writer commits again after the last backup: the backups left no lock behind
            wait_for_write(taken[-1][2] + 5)
        finally:
            writer.terminate()
            writer.wait(30)
    assert all(before >= 20 for _, before, _ in taken)
    store.head.lock()
    written = people(store.path)
    assert written > taken[-1][2] + 5
    backup, before, after = taken[1]
    result = backups.restore(backup.path, store.path, "vadovas", PASSPHRASES["vadovas"])
    assert result.replaced_db is not None and people(result.replaced_db) == written
    desk = open_desk(store.path, "vadovas", PASSPHRASES["vadovas"])
    try:
        assert eng.integrity_problems(desk.store.engine) == []
        assert audit_queries.verify(desk).ok
        with desk.read() as s:
            restored = list(s.execute(select(Person).order_by(Person.id)).scalars())
            rows = [{"personal_code": p.personal_code, "last_name": p.last_name,
                     "first_name": p.first_name, "position": p.position, "unit": p.unit}
                    for p in restored]
            ids = [str(p.id) for p in restored]
            added = list(s.execute(select(AuditEntry.entity_id)
                                   .where(AuditEntry.action == "person.add")
                                   .order_by(AuditEntry.seq)).scalars())
        # the first n writes, in order, each whole; nothing after a gap, nothing half-written
        assert rows == [written_person(i) for i in range(len(rows))]
        # every person has its audit entry, in the order written, and no entry lacks its
        # person: person and entry commit in one transaction
        assert added == ids
        # the snapshot lies inside the backup's own window, wherever the scheduler put it
        assert before <= len(rows) <= after, (before, len(rows), after)
    finally:
        desk.lock()


def _corrupt(src: Path, dst: Path, at_fraction: float) -> Path:
    data = bytearray(src.read_bytes())
    i = int(len(data) * at_fraction)
    data[i] ^= 0xFF
    dst.write_bytes(bytes(data))
    return dst


def test_damaged_foreign_or_unopenable_backups_are_refused_untouched(
        store: StoreFixture, tmp_path: Path) -> None:
    good = backups.backup(store.head, tmp_path / "good.tar").path
    other = init_store(tmp_path / "kita" / "kita.db", institution="Kita įstaiga",
                       head_username="vadovas", head_full_name="Kitas Vadovas",
                       passphrase=PASSPHRASES["vadovas"], kdf=TEST_KDF, bind=False)
    foreign = backups.backup(other.desk, tmp_path / "foreign.tar").path
    other.desk.lock()
    sec = store.as_user("saugumas")
    add_cleared_person(sec, 7)
    sec.lock()
    store.head.lock()
    before = fingerprint(store.path)
    cut = tmp_path / "cut.tar"
    cut.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    cases = [
        (_corrupt(good, tmp_path / "flipped.tar", 0.6), "admin", "damaged"),
        (cut, "admin", "damaged or truncated"),
        (foreign, "vadovas", "another store"),
        (good, "inspektorius", "not an administrator"),
        (tmp_path / "nera.tar", "admin", "no backup file"),
    ]
    (tmp_path / "not-a-backup.tar").write_bytes(b"tai ne archyvas" * 100)
    cases.append((tmp_path / "not-a-backup.tar", "admin", "damaged or truncated"))
    for archive, user, words in cases:
        with pytest.raises(BackupRefused, match=words):
            backups.restore(archive, store.path, user, PASSPHRASES[user])
        assert fingerprint(store.path) == before, archive
    # The live store's passphrase allows a restore: a wrong one is counted like any failed
    # unlock (the key file's failure counter), and nothing else changes.
    with pytest.raises(WrongPassphrase, match="user name or the passphrase is wrong"):
        backups.restore(good, store.path, "admin", "neteisingas")
    after = fingerprint(store.path)
    assert after.pop("permit-desk.db.keys") != before.pop("permit-desk.db.keys")
    assert after == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == sorted(
        ["permit-desk.db", "permit-desk.db.keys"])
    assert people(store.path) == 1


def test_schedule_and_reminder(store: StoreFixture, tmp_path: Path) -> None:
    head = store.head
    assert backups.backup_due(head) is None  # no schedule, no reminder
    insp = store.as_user("inspektorius")
    try:
        with pytest.raises(PermissionDenied):
            backups.configure(insp, every_days=3)
        with pytest.raises(PermissionDenied):
            backups.backup(insp, tmp_path / "x.tar")
    finally:
        insp.lock()
    with pytest.raises(InvalidInput, match="backup folder"):
        backups.backup(head)
    cfg = backups.configure(head, folder=tmp_path / "usb", every_days=7)
    assert cfg.every_days == 7 and cfg.folder == str(tmp_path / "usb")
    assert backups.backup_due(head) == ("No backup of this store has been made yet; back up "
                                        "every 7 days.")
    info = backups.backup(head)
    assert info.path.parent == tmp_path / "usb"
    assert backups.backup_due(head) is None
    store.clock.advance(days=8)
    assert backups.backup_due(head) == ("The last backup is 8 days old (taken 2026-11-25); "
                                        "the schedule asks for one every 7 days.")
    with head.read() as s:
        last = s.execute(select(AuditEntry).order_by(AuditEntry.seq.desc())).scalars().first()
        assert last is not None and last.action == "backup"
    assert date.fromisoformat(backups.config(head).last_at[:10]) == date(2026, 11, 25)
    # a second backup in the same second gets refused rather than overwriting the first
    with pytest.raises(Exception, match="never overwrite"):
        backups.backup(head, info.path)
