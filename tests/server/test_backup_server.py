"""Backup and restore of a store on a real server: pg_dump while another desk writes, restored
into a fresh database and over the live one (kept aside), counts and audit chain the same;
a tampered, truncated or foreign archive and a wrong recovery key are refused before any
database is made; the dump is never on disk in clear."""

from __future__ import annotations

import os
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, text

from app.exchange.backup import BackupRefused
from app.exchange.pg_backup import MAGIC, ServerBackupInfo
from app.services import audit_queries, backups, server_backup
from app.services import requests as rq
from app.services.errors import InvalidInput, PermissionDenied
from app.services.opening import open_desk
from app.store.keyfile import new_recovery_key
from app.store.locator import ServerLocator, parse
from tests.conftest import PASSPHRASES, StoreFixture
from tests.pg_fixtures import PgDatabase
from tests.services.workflow_helpers import add_cleared_person, draft
from tests.store.helpers import run_cli

ON_SERVER = pytest.mark.parametrize("backend", ["server"], indirect=True)
# Written after pg_dump's snapshot (the backup's own record), so not in the archive.
AFTER_DUMP = ("backup.last_at", "server.backup_recovery")


def _fill(store: StoreFixture, n: int, start: int = 1) -> None:
    security, clerk = store.as_user("saugumas"), store.as_user("rastine")
    for i in range(start, start + n):
        code = add_cleared_person(security, i, last=f"Vardenis{i}")
        rq.submit(clerk, rq.new_request(clerk, draft(code)).id)


def _state(pg: PgDatabase, database: str) -> dict[str, object]:
    """Row counts of every table, every audit entry's hash, and the settings' keys."""
    engine = create_engine(pg.server.superuser_url(database))
    try:
        with engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                "AND tablename <> 'audit_chain_head' ORDER BY 1")).scalars().all()
            state: dict[str, object] = {
                t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in tables}
            state["audit"] = conn.execute(text(
                "SELECT seq, action, hash FROM audit_entry ORDER BY seq")).all()
            state["settings"] = sorted(conn.execute(text("SELECT key FROM setting")).scalars())
            conn.rollback()
        return state
    finally:
        engine.dispose()


def _databases(pg: PgDatabase) -> set[str]:
    with psycopg.connect(pg.server.superuser_dsn(), autocommit=True) as conn:
        return {str(r[0]) for r in conn.execute("SELECT datname FROM pg_database")}


@pytest.fixture
def extra_databases(pg_database: PgDatabase) -> Iterator[list[str]]:
    """Databases a test restores into (and those kept aside), dropped at the end."""
    names: list[str] = []
    yield names
    before = set(names) | {d for d in _databases(pg_database)
                           if d.startswith(pg_database.name + "_")}
    for name in before:
        pg_database.server.drop_database(name)


def _restore(pg: PgDatabase, archive: Path, database: str, key: str,
             ) -> server_backup.ServerRestoreResult:
    where = ServerLocator("localhost", pg.server.port, database, pg.server.ca_pem)
    return server_backup.restore(archive, where, "postgres", pg.server.password, key)


def _take(store: StoreFixture, out: Path) -> ServerBackupInfo:
    admin = store.as_user("admin")
    info = backups.backup(admin, out)
    assert isinstance(info, ServerBackupInfo)
    return info


@ON_SERVER
def test_backup_while_another_desk_writes_restores_into_a_fresh_database(
        store: StoreFixture, pg_database: PgDatabase, extra_databases: list[str],
        tmp_path: Path) -> None:
    _fill(store, 3)
    entries_before = len(_state(pg_database, pg_database.name)["audit"])  # type: ignore[arg-type]
    stop, written, failures = threading.Event(), [0], []

    def keep_writing() -> None:
        try:
            security, clerk = store.as_user("saugumas"), store.as_user("rastine")
            i = 100
            while not stop.is_set():
                code = add_cleared_person(security, i, last=f"Rašytojas{i}")
                rq.submit(clerk, rq.new_request(clerk, draft(code)).id)
                written[0] += 1
                i += 1
        except BaseException as exc:  # pragma: no cover - shown by the assertion below
            failures.append(exc)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while written[0] < 2 and writer.is_alive():
            time.sleep(0.02)
        info = _take(store, tmp_path / "during.pgbackup")
        during = written[0]
    finally:
        stop.set()
        writer.join()
    assert not failures, failures
    assert written[0] > during or during >= 2  # the other desk wrote while pg_dump ran
    assert info.new_recovery_key and info.path.read_bytes().startswith(MAGIC)

    fresh = pg_database.name + "_copy"
    extra_databases.append(fresh)
    result = _restore(pg_database, info.path, fresh, info.new_recovery_key)
    assert result.replaced_database is None and result.users_without_login == ()
    restored = _state(pg_database, fresh)
    audit_rows = restored["audit"]
    assert isinstance(audit_rows, list)
    assert len(audit_rows) > entries_before and audit_rows[-1].action == "store.restore"
    # One snapshot: every request the dump holds has its person, and the chain verifies.
    head = open_desk(str(ServerLocator("localhost", pg_database.server.port, fresh,
                                       pg_database.server.ca_pem)),
                     "vadovas", PASSPHRASES["vadovas"], clock=store.clock)
    try:
        report = audit_queries.verify(head)
        assert report.ok, report.problem
        assert report.entries >= len(audit_rows)  # opening the desk is audited too
    finally:
        head.lock()


@ON_SERVER
def test_restore_over_the_live_database_keeps_it_aside_with_counts_and_chain_identical(
        store: StoreFixture, pg_database: PgDatabase, extra_databases: list[str],
        tmp_path: Path) -> None:
    _fill(store, 4)
    first = _take(store, tmp_path / "first.pgbackup")
    at_backup = _state(pg_database, pg_database.name)
    second = _take(store, tmp_path / "second.pgbackup")
    assert second.new_recovery_key == ""  # the store's slot is kept: one key for all backups
    _fill(store, 2, start=50)  # made after the backup: rolled back by the restore
    live_before = _state(pg_database, pg_database.name)
    store.lock_all()

    t0 = time.perf_counter()
    result = _restore(pg_database, first.path, pg_database.name, first.new_recovery_key)
    elapsed = time.perf_counter() - t0
    assert result.replaced_database is not None
    assert result.replaced_database in _databases(pg_database)

    restored = _state(pg_database, pg_database.name)
    for table, count in at_backup.items():
        if table not in ("audit", "settings", "setting", "audit_entry"):
            assert restored[table] == count, table
    backup_audit = at_backup["audit"]
    assert isinstance(backup_audit, list)
    # The backup's own entries (its recovery key, then the backup) are written after its dump.
    assert [r.action for r in backup_audit[-2:]] == ["backup.recovery_key", "backup"]
    dumped = backup_audit[:-2]
    assert restored["audit"][: len(dumped)] == dumped  # type: ignore[index]
    assert [r.action for r in restored["audit"][len(dumped):]] == ["store.restore"]  # type: ignore[index]
    assert [k for k in restored["settings"] if k not in AFTER_DUMP] == \
        [k for k in at_backup["settings"] if k not in AFTER_DUMP]  # type: ignore[attr-defined]
    assert result.rolled_back_entries == len(live_before["audit"]) - len(dumped)  # type: ignore[arg-type]

    # The replaced database is kept, closed, with the restore recorded at its end.
    with psycopg.connect(pg_database.server.superuser_dsn(), autocommit=True) as conn:
        allowed = conn.execute("SELECT datallowconn FROM pg_database WHERE datname = %s",
                               (result.replaced_database,)).fetchone()
        assert allowed == (False,)
        conn.execute(f'ALTER DATABASE "{result.replaced_database}" ALLOW_CONNECTIONS true')
    aside = _state(pg_database, result.replaced_database)
    assert aside["audit"][:-1] == live_before["audit"]  # type: ignore[index]
    assert aside["audit"][-1].action == "store.restore.begin"  # type: ignore[index]

    # Users log in to the restored store as before, and its guards are in place.
    head = open_desk(store.path, "vadovas", PASSPHRASES["vadovas"], clock=store.clock)
    try:
        assert audit_queries.verify(head).ok
    finally:
        head.lock()
    with pytest.raises(psycopg.errors.InsufficientPrivilege, match="append-only"):
        with psycopg.connect(pg_database.server.superuser_dsn(pg_database.name),
                             autocommit=True) as conn:
            conn.execute("DELETE FROM audit_entry")
    print(f"\nrestore of {first.size // 1024} KiB in {elapsed:.2f} s")


def _tampered(src: Path, dst: Path, at: int) -> Path:
    data = bytearray(src.read_bytes())
    data[at] ^= 0x01
    dst.write_bytes(bytes(data))
    return dst


@ON_SERVER
def test_a_tampered_truncated_or_foreign_archive_and_a_wrong_key_are_refused_untouched(
        store: StoreFixture, pg_database: PgDatabase, extra_databases: list[str],
        tmp_path: Path) -> None:
    _fill(store, 2)
    info = _take(store, tmp_path / "good.pgbackup")
    key = info.new_recovery_key
    store.lock_all()
    before, dbs = _state(pg_database, pg_database.name), _databases(pg_database)
    data = info.path.read_bytes()
    cases = {
        "a byte in the dump": _tampered(info.path, tmp_path / "a", len(data) // 2),
        "a byte of the header": _tampered(info.path, tmp_path / "b", len(MAGIC) + 30),
        "the last byte": _tampered(info.path, tmp_path / "c", len(data) - 1),
    }
    cut = tmp_path / "cut"
    cut.write_bytes(data[:-100])
    cases["cut off"] = cut
    longer = tmp_path / "longer"
    longer.write_bytes(data + b"\0")
    cases["something appended"] = longer
    foreign = tmp_path / "foreign"
    foreign.write_bytes(b"PGDMP" + data[5:])
    cases["not an archive"] = foreign
    for what, archive in cases.items():
        with pytest.raises(BackupRefused, match="nothing was changed"):
            _restore(pg_database, archive, pg_database.name, key)
        assert _databases(pg_database) == dbs, what
    with pytest.raises(BackupRefused, match="recovery key does not open"):
        _restore(pg_database, info.path, pg_database.name, new_recovery_key())
    assert _databases(pg_database) == dbs
    assert _state(pg_database, pg_database.name) == before


@ON_SERVER
def test_no_clear_dump_ever_on_disk(store: StoreFixture, pg_database: PgDatabase,
                                     extra_databases: list[str], tmp_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """pg_dump's output (custom format begins "PGDMP") appears in no file of the temporary
    folder the processes use nor of the backup folder, while the backup and the restore run;
    the password file's private folder is gone afterwards."""
    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(private_tmp))
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    out_dir = tmp_path / "backups"
    _fill(store, 2)
    seen: list[str] = []
    files_seen: set[str] = set()
    stop = threading.Event()

    def scan() -> None:
        while not stop.is_set():
            for folder in (private_tmp, out_dir):
                for root, _dirs, files in os.walk(folder):
                    for name in files:
                        p = Path(root, name)
                        files_seen.add(str(p))
                        try:
                            if b"PGDMP" in p.read_bytes():
                                seen.append(str(p))
                        except OSError:
                            pass
            time.sleep(0.005)

    scanner = threading.Thread(target=scan)
    scanner.start()
    try:
        info = _take(store, out_dir / "b.pgbackup")
        extra_databases.append(pg_database.name + "_scan")
        _restore(pg_database, info.path, pg_database.name + "_scan", info.new_recovery_key)
    finally:
        stop.set()
        scanner.join()
    assert not seen, seen
    assert str(info.path) in files_seen  # the scanner did look where the archive went
    assert list(private_tmp.iterdir()) == []  # the PGPASSFILE folders are removed
    assert b"PGDMP" not in info.path.read_bytes()


@ON_SERVER
def test_only_an_administrator_backs_up_and_only_a_superuser_restores(
        store: StoreFixture, pg_database: PgDatabase, tmp_path: Path) -> None:
    with pytest.raises(PermissionDenied):
        backups.backup(store.as_user("rastine"), tmp_path / "x.pgbackup")
    assert not (tmp_path / "x.pgbackup").exists()
    info = _take(store, tmp_path / "ok.pgbackup")
    where = parse(str(store.path))
    assert isinstance(where, ServerLocator)
    with pytest.raises(BackupRefused, match="superuser"):
        server_backup.restore(info.path, where, "admin", PASSPHRASES["admin"],
                              info.new_recovery_key)


@ON_SERVER
def test_the_commands_back_up_and_restore_a_server_store(
        store: StoreFixture, pg_database: PgDatabase, extra_databases: list[str],
        tmp_path: Path) -> None:
    _fill(store, 2)
    out = tmp_path / "cli.pgbackup"
    done = run_cli(store.path, "admin", "backup", "--out", str(out),  # type: ignore[arg-type]
                   passphrase=PASSPHRASES["admin"])
    assert done.returncode == 0, done.stderr
    assert "RECOVERY KEY" in done.stdout and out.is_file()
    key = done.stdout.split("RECOVERY KEY", 1)[1].split()[-1]
    assert PASSPHRASES["admin"] not in done.stdout + done.stderr
    store.lock_all()
    done = run_cli(store.path, None, "restore", str(out),  # type: ignore[arg-type]
                   PERMIT_DESK_SETUP_PASSWORD=pg_database.server.password,
                   PERMIT_DESK_RECOVERY_KEY=key)
    assert done.returncode == 0, done.stderr
    assert "kept as" in done.stdout and "verifies" in done.stdout
    done = run_cli(store.path, None, "restore", str(out),  # type: ignore[arg-type]
                   PERMIT_DESK_SETUP_PASSWORD=pg_database.server.password,
                   PERMIT_DESK_RECOVERY_KEY=new_recovery_key())
    assert done.returncode != 0 and "recovery key does not open" in done.stderr
    assert "Traceback" not in done.stderr


@ON_SERVER
def test_a_new_recovery_key_seals_later_backups_and_the_old_key_still_opens_older_ones(
        store: StoreFixture, pg_database: PgDatabase, extra_databases: list[str],
        tmp_path: Path) -> None:
    """`backup --new-recovery-key`: the key someone saw or took away stops opening new
    backups; the backups made before it stay sealed to it (they cannot be re-sealed)."""
    _fill(store, 1)
    first = _take(store, tmp_path / "first.pgbackup")
    old_key = first.new_recovery_key
    done = run_cli(store.path, "admin", "backup", "--new-recovery-key",  # type: ignore[arg-type]
                   "--out", str(tmp_path / "second.pgbackup"), passphrase=PASSPHRASES["admin"])
    assert done.returncode == 0, done.stderr
    assert "new recovery key" in done.stdout and "old key" in done.stdout
    new_key = done.stdout.split("RECOVERY KEY", 1)[1].split()[-1]
    assert new_key != old_key and old_key not in done.stdout
    third = _take(store, tmp_path / "third.pgbackup")
    assert third.new_recovery_key == ""  # the new slot is the store's from now on
    admin = store.as_user("admin")
    trail = audit_queries.audit_page(admin, limit=50)
    rotated = [e for e in trail if e.action == "backup.recovery_key"]
    assert len(rotated) == 2  # made, then replaced (fingerprints before and after)
    store.lock_all()
    with pytest.raises(BackupRefused, match="recovery key does not open"):
        _restore(pg_database, third.path, "permit_desk_rotated_a", old_key)
    assert "permit_desk_rotated_a" not in _databases(pg_database)
    extra_databases += ["permit_desk_rotated_b", "permit_desk_rotated_c"]
    assert _restore(pg_database, third.path, "permit_desk_rotated_b", new_key).audit_entries
    assert _restore(pg_database, first.path, "permit_desk_rotated_c", old_key).audit_entries
    with pytest.raises(BackupRefused, match="recovery key does not open"):
        _restore(pg_database, first.path, "permit_desk_rotated_a", new_key)


@pytest.mark.parametrize("backend", ["file"], indirect=True)
def test_a_file_store_rotates_its_recovery_key_with_rekey(store: StoreFixture,
                                                          tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="rekey --new-recovery-key"):
        backups.backup(store.as_user("admin"), tmp_path / "b.bak", new_recovery_key=True)
    assert not (tmp_path / "b.bak").exists()
