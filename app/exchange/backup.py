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
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from app.exchange.bundle_io import (
    CHUNK,
    DiskFull,
    HashingWriter,
    fsync_dir,
    is_disk_full,
    sha256_of,
)
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.errors import ServiceError
from app.store import engine as eng
from app.store.store import KEY_SUFFIX, OpenStore, StorePaths

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


def write_backup(store: OpenStore, out: Path, *, created_by: str, now: datetime) -> BackupInfo:
    """The archive at `out`, all or nothing."""
    from concurrent.futures import ThreadPoolExecutor

    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise ServiceError(msg(QT_TRANSLATE_NOOP("Core", "%1 already exists; backups never "
                "overwrite one another."), out))
    scratch = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=".partial", dir=out.parent))
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
        with ThreadPoolExecutor(1) as pool, open(tmp_tar, "wb") as fh:
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
        os.replace(tmp_tar, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        if is_disk_full(exc):
            raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: the backup could not "
                    "be written to %1; nothing was left behind and earlier backups are untouched."),
                    out.parent)) from None
        raise
    shutil.rmtree(scratch, ignore_errors=True)
    return BackupInfo(out, size, digest, kf.store_id, created)


@dataclass(frozen=True)
class RestoreResult:
    store_id: str
    backup_created_at: str
    replaced_db: Path | None
    replaced_keys: Path | None


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


def restore_backup(archive: Path, db_path: Path, username: str, passphrase: str,
                   *, now: datetime | None = None) -> RestoreResult:
    """Check the backup completely in a scratch folder, then swap it in; the live store is
    moved aside (never deleted) and is untouched if anything fails before the swap."""
    from app.domain.enums import Role
    from app.services import audit
    from app.services.desk import Desk, _load_actor
    from app.store import store as store_mod
    from app.store.errors import StoreError
    from app.store.keyfile import KeyFile

    live = StorePaths(db_path.resolve())
    live_id = KeyFile.load(live.keys).store_id if live.keys.exists() else None
    if not archive.is_file():
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "There is no backup file at %1."),
                archive))
    live.db.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{live.db.stem}-restore-", dir=live.db.parent))
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
                    with open(scratch / name, "wb") as dst:
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
        tmp_db = scratch / DB_NAME
        try:
            opened = store_mod.unlock(tmp_db, username, passphrase, upgrade=False)
        except StoreError as exc:
            raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup cannot be opened: %1 "
                    "Nothing was changed."), exc)) \
                from None
        try:
            problems = eng.integrity_problems(opened.engine)
            if problems:
                raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup is damaged (%1); "
                        "nothing was changed."), problems[0]))
            with opened.session() as s:
                actor = _load_actor(s, username)
                if not actor.has(Role.ADMIN):
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "%1 is not an administrator "
                            "in the backup's store; restoring needs the administrator role."),
                            username))
                chain = audit.verify_session(s)
                if not chain.ok:
                    raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "The backup's audit trail "
                            "does not verify (%1); nothing was changed."), chain.problem))
                desk = Desk(opened, actor)
                when = now or datetime.now(UTC)
                desk.record(s, "store.restore", "store", store_id,
                            after={"from": str(archive), "backup_created_at":
                                   manifest.get("created_at"), "at": when.isoformat()})
                s.commit()
            eng.checkpoint_wal(opened.engine)
        finally:
            opened.close()
        # Everything holds: move the live store aside, then put the backup in its place.
        stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
        aside_db = live.db.with_name(f"{live.db.stem}-replaced-{stamp}{live.db.suffix}")
        aside_keys = aside_db.with_name(aside_db.name + KEY_SUFFIX)
        moved_db = moved_keys = None
        if live.db.exists():
            os.replace(live.db, aside_db)
            moved_db = aside_db
            for side in live.sidecars():
                if side.exists():
                    os.replace(side, aside_db.with_name(aside_db.name + side.name[len(
                        live.db.name):]))
        if live.keys.exists():
            os.replace(live.keys, aside_keys)
            moved_keys = aside_keys
        for side in StorePaths(tmp_db).sidecars():
            if side.exists():
                side.unlink()
        os.replace(scratch / KEYS_NAME, live.keys)
        os.replace(tmp_db, live.db)
        fsync_dir(live.db.parent)
        return RestoreResult(store_id, str(manifest.get("created_at", "")), moved_db,
                             moved_keys)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
