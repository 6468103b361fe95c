"""Backup and restore of the whole store: one uncompressed tar (the database is encrypted, so
compression gains nothing) holding a SQLite online-backup copy, still encrypted with the
same raw key, the key file, and a manifest with their hashes.

A backup is built under a temporary name in the target folder, fsynced, then renamed: a full
disk or a crash leaves no half archive and never touches an earlier backup. A restore opens
and checks the backup in a scratch folder beside the store before it moves anything.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tarfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from app.errors import ServiceError
from app.exchange.bundle_io import (
    CHUNK,
    DiskFull,
    HashingWriter,
    fsync_dir,
    is_disk_full,
    sha256_of,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store import engine as eng
from app.store.store import KEY_SUFFIX, OpenStore, StorePaths
from app.store.swap import Scratch, swap_in, sweep_scratch, test_pause

FORMAT = "permit-desk-backup/1"
DB_NAME = "permit-desk.db"
KEYS_NAME = DB_NAME + KEY_SUFFIX
MANIFEST_NAME = "backup-manifest.json"


class BackupRefused(ServiceError):
    """A backup that cannot be restored: damaged, foreign, or not openable by this user."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    sha256: str
    store_id: str
    created_at: str


def _sha256_file(p: Path) -> str:
    with open(p, "rb") as f:
        return sha256_of(f)[0]


def _online_backup(store: OpenStore, target: Path, key: bytes) -> None:
    """The SQLite online backup API in one step (pages=-1: one read snapshot, so the copy
    is consistent however busy the store is) into a scratch file that needs neither a
    journal nor its own fsync: the archive it goes into is fsynced once, at the end."""
    import sqlcipher3

    dest = sqlcipher3.connect(str(target), isolation_level=None)
    try:
        dest.execute(f"PRAGMA key = \"{eng._raw_key_literal(key)}\"")
        dest.execute("PRAGMA cipher_memory_security = OFF")
        dest.execute("PRAGMA temp_store = MEMORY")
        dest.execute("PRAGMA journal_mode = OFF")
        dest.execute("PRAGMA synchronous = OFF")
        with eng.raw_connection(store.engine) as src:
            try:
                src.backup(dest, pages=-1)
            finally:  # every page went through this pooled connection's cache: let go
                src.execute("PRAGMA shrink_memory")
    finally:
        dest.close()


def _private_file(path: Path) -> IO[bytes]:
    """A new file only this account can read (0600), whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.fchmod(fd, 0o600)
    except (AttributeError, OSError):  # pragma: no cover - no fchmod (Windows)
        pass
    return os.fdopen(fd, "wb")


def write_backup(store: OpenStore, out: Path, *, created_by: str, now: datetime) -> BackupInfo:
    """The archive at `out`, all or nothing, readable by this account only (it holds the key
    file). A killed earlier backup's scratch folder in the same place is removed first."""
    from concurrent.futures import ThreadPoolExecutor

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "%1 already exists; backups never "
                "overwrite one another."), out))
    sweep_scratch(out.parent)
    try:
        work = Scratch(out.parent, prefix=f".{out.name}.", suffix=".partial")
    except OSError as exc:
        if is_disk_full(exc):
            raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: the backup could not "
                    "be written to %1; nothing was left behind and earlier backups are untouched."),
                    out.parent)) from None
        raise
    scratch = work.path
    try:
        db_copy = scratch / DB_NAME
        kf = store.keyfile
        key = kf.unwrap_db_key(store.require_master_key(), kf.db_key)
        _online_backup(store, db_copy, key)
        keys = store.paths.keys.read_bytes()
        created = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        tmp_tar = scratch / "backup.tar"
        # One pass over the copy: it streams into the archive (hashed as written) while a
        # second thread hashes it for the manifest (hashlib and file reads release the GIL).
        # The manifest, which needs that hash, is the archive's last member.
        with ThreadPoolExecutor(1) as pool, _private_file(tmp_tar) as fh:
            db_hash = pool.submit(_sha256_file, db_copy)
            hashed = HashingWriter(fh)
            # TarFile itself, which tarfile.open("w") returns: its stub has copybufsize.
            with tarfile.TarFile(fileobj=hashed, mode="w", format=tarfile.PAX_FORMAT,
                                 copybufsize=CHUNK) as tar:
                ti = tarfile.TarInfo(KEYS_NAME)
                ti.size = len(keys)
                ti.mtime = int(now.timestamp())
                ti.mode = 0o600
                tar.addfile(ti, io.BytesIO(keys))
                ti = tar.gettarinfo(str(db_copy), DB_NAME)
                ti.mode = 0o600
                with open(db_copy, "rb") as src:
                    tar.addfile(ti, src)
                manifest = {
                    "format": FORMAT, "store_id": kf.store_id, "created_at": created,
                    "created_by": created_by,
                    "files": {DB_NAME: {"sha256": db_hash.result(), "size": ti.size},
                              KEYS_NAME: {"sha256": hashlib.sha256(keys).hexdigest(),
                                          "size": len(keys)}},
                }
                mbytes = (json.dumps(manifest, indent=1) + "\n").encode()
                ti = tarfile.TarInfo(MANIFEST_NAME)
                ti.size = len(mbytes)
                ti.mtime = int(now.timestamp())
                ti.mode = 0o600
                tar.addfile(ti, io.BytesIO(mbytes))
            fh.flush()
            os.fsync(fh.fileno())
        digest = hashed.h.hexdigest()
        size = hashed.size
        db_copy.unlink()
        test_pause("backup.written")
        os.replace(tmp_tar, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        work.remove()
        if is_disk_full(exc):
            raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: the backup could not "
                    "be written to %1; nothing was left behind and earlier backups are untouched."),
                    out.parent)) from None
        raise
    work.remove()
    return BackupInfo(out, size, digest, kf.store_id, created)


@dataclass(frozen=True)
class RestoreResult:
    store_id: str
    backup_created_at: str
    replaced_db: Path | None
    replaced_keys: Path | None
    # Who allowed it: an administrator of the live store, or (when the live store could not
    # be opened at all) of the backup's; and why the live store could not be asked.
    authorised_in_live_store: bool = True
    live_store_problem: str = ""
    rolled_back_entries: int = 0


def _read_manifest(tar: tarfile.TarFile) -> dict[str, Any]:
    try:
        member = tar.getmember(MANIFEST_NAME)
        f = tar.extractfile(member)
        assert f is not None
        m = json.loads(f.read().decode("utf-8"))
        if m.get("format") != FORMAT:
            raise ValueError
        return dict(m)
    except (KeyError, ValueError, AssertionError, UnicodeDecodeError):
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The file is not a Permit Desk backup, "
                "or its manifest is damaged; nothing was changed."))) from None


def last_audit_seq(s: Any) -> int:
    from sqlalchemy import func, select

    from app.store.models import AuditEntry

    return int(s.execute(select(func.coalesce(func.max(AuditEntry.seq), 0))).scalar_one())


def open_live(live: StorePaths, username: str, passphrase: str) -> tuple[OpenStore | None, str]:
    """The live store opened as `username`, or (None, why) when it cannot be opened at all:
    missing or damaged. A wrong passphrase, a busy or read-only store is no such case: it
    refuses the restore (raised), or a removed administrator could restore with the backup's
    old passphrase."""
    from app.store import store as store_mod
    from app.store.errors import KeyFileDamaged, StoreDamaged, StoreNotFound

    try:
        return store_mod.unlock(live.db, username, passphrase, upgrade=False), ""
    except (StoreNotFound, StoreDamaged, KeyFileDamaged) as exc:
        return None, str(exc)


def open_backup(tmp_db: Path, live_store: OpenStore | None, username: str,
                 passphrase: str) -> OpenStore:
    """The checked copy in the scratch folder: with the live store's master key when it has
    one (the restoring administrator may have no account in the backup), else as `username`
    with the passphrase the backup knows."""
    from app.store import store as store_mod
    from app.store.errors import StoreError
    from app.store.keyfile import KeyFile

    paths = StorePaths(tmp_db)
    try:
        if live_store is not None and live_store.master_key is not None:
            kf = KeyFile.load(paths.keys)
            try:
                kf.unwrap_db_key(live_store.master_key, kf.db_key)
            except StoreError:
                pass  # another master key: the backup's own slots decide
            else:
                return store_mod._open_with_master_key(paths, kf, live_store.master_key,
                                                       username, None, False)
        return store_mod.unlock(tmp_db, username, passphrase, upgrade=False)
    except StoreError as exc:
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup cannot be opened: %1 "
                "Nothing was changed."), exc)) from None


@dataclass(frozen=True)
class Unpacked:
    """A backup checked against its manifest and unpacked in a scratch folder beside the
    live store, ready to be opened, and then swapped in (swap_in_backup)."""

    live: StorePaths
    scratch: Path
    manifest: dict[str, Any]
    store_id: str

    @property
    def db(self) -> Path:
        return self.scratch / DB_NAME


@contextmanager
def unpacked(archive: Path, db_path: Path) -> Iterator[Unpacked]:
    """The archive's files unpacked beside the store at `db_path` and checked against the
    manifest's hashes and the store's id; the scratch folder goes when the block ends.
    Nothing of the live store is touched."""
    from app.store.errors import StoreError
    from app.store.keyfile import KeyFile
    from app.store.swap import finish_interrupted_restore

    live = StorePaths(db_path.resolve())
    if not archive.is_file():
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "There is no backup file at %1."),
                archive))
    live.db.parent.mkdir(parents=True, exist_ok=True)
    finish_interrupted_restore(live.db)  # a restore killed mid-swap ends before another starts
    try:
        live_id = KeyFile.load(live.keys).store_id if live.keys.exists() else None
    except StoreError:
        live_id = None  # a damaged key file: the live store cannot be opened anyway
    work = Scratch(live.db.parent, prefix=f".{live.db.stem}-restore-")
    scratch = work.path
    try:
        try:
            with tarfile.open(archive, mode="r:") as tar:
                manifest = _read_manifest(tar)
                for name in (DB_NAME, KEYS_NAME):
                    member = tar.getmember(name)
                    if not member.isfile():
                        raise KeyError(name)
                    src = tar.extractfile(member)
                    assert src is not None
                    with _private_file(scratch / name) as dst:
                        shutil.copyfileobj(src, dst, CHUNK)
        except BackupRefused:
            raise
        except (tarfile.TarError, KeyError, OSError, EOFError, AssertionError) as exc:
            if is_disk_full(exc):
                raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: there is no room "
                        "beside the store to check the backup; nothing was changed."))) from None
            raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup file is damaged or "
                    "truncated; nothing was changed."))) from None
        for name, want in manifest["files"].items():
            p = scratch / name
            if not p.exists() or _sha256_file(p) != want["sha256"]:
                raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup is damaged: %1 does "
                        "not match its hash; nothing was changed."), name))
        store_id = str(manifest["store_id"])
        try:
            kf = KeyFile.load(scratch / KEYS_NAME)
        except StoreError:
            raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup's key file is damaged; "
                    "nothing was changed."))) \
                from None
        if kf.store_id != store_id or (live_id is not None and store_id != live_id):
            raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "This backup is of another store (a "
                    "different store id); nothing was changed.")))
        yield Unpacked(live, scratch, manifest, store_id)
    finally:
        work.remove()


def swap_in_backup(u: Unpacked, when: datetime) -> tuple[Path | None, Path | None]:
    """Move the live store aside (never deleted), then put the checked backup in its place
    (journalled: a kill in between is finished at the next open). Returns where the live
    store's database and key file went (None for what was not there)."""
    live = u.live
    stamp = when.strftime("%Y%m%dT%H%M%SZ")
    aside_db = live.db.with_name(f"{live.db.stem}-replaced-{stamp}{live.db.suffix}")
    n = 1
    while aside_db.exists() or aside_db.with_name(aside_db.name + KEY_SUFFIX).exists():
        n += 1
        aside_db = live.db.with_name(f"{live.db.stem}-replaced-{stamp}-{n}{live.db.suffix}")
    aside_keys = aside_db.with_name(aside_db.name + KEY_SUFFIX)
    had_db, had_keys = live.db.exists(), live.keys.exists()
    for side in StorePaths(u.db).sidecars():
        if side.exists():
            side.unlink()
    os.chmod(u.scratch / KEYS_NAME, 0o600)
    swap_in(live.db, live.keys, u.db, u.scratch / KEYS_NAME, aside_db, aside_keys, u.scratch)
    return (aside_db if had_db else None), (aside_keys if had_keys else None)
