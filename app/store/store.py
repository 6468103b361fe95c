"""Create, unlock, lock and re-key an encrypted store (the database file and its key file)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store import engine as eng
from app.store import keyring_guard, schema
from app.store.errors import (
    KeyFileDamaged,
    StoreDamaged,
    StoreError,
    StoreExists,
    StoreNotFound,
    UnknownUser,
    WrongPassphrase,
)
from app.store.keyfile import (
    RECOVERY_SLOT,
    Clock,
    FailedAttempt,
    KdfParams,
    KeyFile,
    WrappedKey,
    new_recovery_key,
    normalise_recovery_key,
    system_clock,
)
from app.store.models import Base

KEY_SUFFIX = ".keys"


@dataclass(frozen=True)
class StorePaths:
    db: Path

    @property
    def keys(self) -> Path:
        return self.db.with_name(self.db.name + KEY_SUFFIX)

    @property
    def backups(self) -> Path:
        return self.db.with_name(self.db.stem + "-backups")

    def sidecars(self) -> list[Path]:
        return [self.db.with_name(self.db.name + s) for s in ("-wal", "-shm", "-journal")]

    def exists(self) -> bool:
        return self.db.exists() and self.keys.exists()


def user_slot_id(username: str) -> str:
    return f"user:{username}"


@dataclass
class OpenStore:
    """An unlocked store. Holds the keys in memory until close()."""

    paths: StorePaths
    engine: Engine
    keyfile: KeyFile
    master_key: bytes | None
    username: str
    via_recovery: bool = False
    binding: bytes | None = None
    failed_attempts: list[FailedAttempt] = field(default_factory=list)
    upgraded_from: str | None = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one write transaction: committed only if the caller commits."""
        with Session(self.engine, expire_on_commit=False) as s:
            try:
                yield s
            finally:
                if s.in_transaction():
                    s.rollback()

    @contextmanager
    def read_session(self) -> Iterator[Session]:
        """A session for reading only: a deferred BEGIN takes no write lock."""
        conn = self.engine.connect().execution_options(sqlite_begin="DEFERRED")
        try:
            with Session(bind=conn, expire_on_commit=False) as s:
                yield s
                s.rollback()
        finally:
            conn.close()

    def require_master_key(self) -> bytes:
        if self.master_key is None:
            raise StoreError("The store is locked.")
        return self.master_key

    @property
    def bound(self) -> bool:
        return self.binding is not None

    def close(self) -> None:
        """Lock: close every connection and drop the key material."""
        self.engine.dispose()
        self.master_key = None
        self.binding = None

    # ---- slots ---------------------------------------------------------------------
    def add_user_slot(self, username: str, passphrase: str, kdf: KdfParams) -> None:
        kf = KeyFile.load(self.paths.keys)
        binding = self._binding_for_new_slot(kf)
        kf.put_slot(
            kf.make_slot(
                user_slot_id(username), "user", username, passphrase,
                self.require_master_key(), kdf, binding,
            )
        )
        kf.save()
        self.keyfile = kf

    def remove_user_slot(self, username: str) -> None:
        kf = KeyFile.load(self.paths.keys)
        kf.remove_slot(user_slot_id(username))
        kf.save()
        self.keyfile = kf

    def _binding_for_new_slot(self, kf: KeyFile) -> bytes | None:
        if kf.binding_account is None:
            return None
        return keyring_guard.read_binding_secret(kf.binding_account)

    def rekey(self) -> int:
        """Rotate the database key; a kill at any moment leaves the old or the new key usable.

        1. the new key goes into the key file as "pending" (atomic write);
        2. PRAGMA rekey rewrites every page in one transaction;
        3. the pending key becomes the current one (atomic write).
        Unlock tries the current key, then the pending one, and finishes step 3 itself.
        """
        mk = self.require_master_key()
        kf = KeyFile.load(self.paths.keys)
        new_key = os.urandom(32)
        generation = kf.db_key.generation + 1
        kf.pending_db_key = kf.wrap_db_key(mk, new_key, generation)
        kf.save()
        eng.checkpoint_wal(self.engine)
        self.engine.dispose()
        # Rekeying in WAL mode is not supported by SQLCipher: switch to a rollback journal
        # for the rewrite; the journal keeps the old pages so a kill rolls back cleanly.
        old_key = kf.unwrap_db_key(mk, kf.db_key)
        _rekey_file(self.paths.db, old_key, new_key)
        kf.db_key = kf.pending_db_key
        kf.pending_db_key = None
        kf.save()
        self.keyfile = kf
        self.engine = eng.make_engine(self.paths.db, new_key)
        eng.probe(self.engine)
        return generation


def _rekey_file(db: Path, old_key: bytes, new_key: bytes) -> None:
    import sqlcipher3

    conn = sqlcipher3.connect(str(db), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{old_key.hex()}'\"")
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA rekey = \"x'{new_key.hex()}'\"")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()


# ---- creation --------------------------------------------------------------------------


@dataclass(frozen=True)
class CreatedStore:
    store: OpenStore
    recovery_key: str
    bound: bool
    keyring_message: str


def create_store(
    db_path: Path,
    *,
    username: str,
    passphrase: str,
    kdf: KdfParams,
    bind: bool = True,
) -> CreatedStore:
    """A new empty store at the newest schema, with the first user's and the recovery slot."""
    from app.store.swap import finish_interrupted_restore

    paths = StorePaths(db_path)
    finish_interrupted_restore(paths.db)  # a half-swapped store is a store: never overwrite
    if paths.db.exists() or paths.keys.exists():
        raise StoreExists(f"A store already exists at {paths.db}.")
    paths.db.parent.mkdir(parents=True, exist_ok=True)
    store_id = str(uuid.uuid4())
    master_key = os.urandom(32)
    db_key = os.urandom(32)
    status = keyring_guard.status()
    binding = keyring_guard.create_binding_secret(store_id) if bind and status.available else None
    kf = KeyFile(
        path=paths.keys,
        store_id=store_id,
        binding_account=store_id if binding is not None else None,
        slots=[],
        db_key=WrappedKey(0, b"", b""),
    )
    kf.db_key = kf.wrap_db_key(master_key, db_key, 1)
    recovery = new_recovery_key()
    kf.put_slot(kf.make_slot(user_slot_id(username), "user", username, passphrase, master_key,
                             kdf, binding))
    kf.put_slot(kf.make_slot(RECOVERY_SLOT, "recovery", None, recovery, master_key, kdf, None))
    engine = eng.make_engine(paths.db, db_key)
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            # Stamp the newest revision: the models are the schema at head.
            conn.exec_driver_sql(
                "CREATE TABLE IF NOT EXISTS alembic_version (version_num VARCHAR(32) NOT NULL "
                "PRIMARY KEY)"
            )
            conn.exec_driver_sql(
                "INSERT INTO alembic_version (version_num) VALUES (?)", (schema.head_revision(),)
            )
        eng.check_pragmas(engine)
        kf.save()
    except BaseException:
        engine.dispose()
        for p in [paths.db, paths.keys, *paths.sidecars()]:
            if p.exists():
                p.unlink()
        raise
    store = OpenStore(paths, engine, kf, master_key, username, binding=binding)
    return CreatedStore(store, recovery, binding is not None, status.reason)


# ---- unlocking -------------------------------------------------------------------------


def _load(paths: StorePaths) -> KeyFile:
    # A restore killed during its swap is finished first; scratch folders of killed
    # restores beside the store go.
    from app.store.swap import finish_interrupted_restore

    finish_interrupted_restore(paths.db)
    if not paths.db.exists():
        raise StoreNotFound(f"There is no store at {paths.db}.")
    if not paths.keys.exists():
        raise StoreNotFound(f"The key file {paths.keys} is missing; restore it from a backup.")
    return KeyFile.load(paths.keys)


def _record_failure(kf: KeyFile, username: str, clock: Clock) -> None:
    kf.failures.append(FailedAttempt(clock(), username))
    kf.save()


def unlock(
    db_path: Path,
    username: str,
    passphrase: str,
    *,
    clock: Clock = system_clock,
    upgrade: bool = True,
) -> OpenStore:
    """Verify the passphrase against its slot, then open the database with the key it unwraps.

    A wrong passphrase is told by the slot's GCM tag before SQLCipher sees any key, so a
    store that then fails to decrypt is damaged, not locked with another key.
    """
    paths = StorePaths(db_path)
    kf = _load(paths)
    kf.check_throttle(clock())
    try:
        slot = kf.slot_for(username)
    except UnknownUser:
        _record_failure(kf, username, clock)
        raise WrongPassphrase(msg(QT_TRANSLATE_NOOP("Core", "The user name or the passphrase is "
                                                      "wrong."))) from None
    binding = None
    if slot.bound:
        binding = keyring_guard.read_binding_secret(kf.binding_account or "")
        if binding is None:
            raise WrongPassphrase(msg(QT_TRANSLATE_NOOP(
                "Core", "This store is bound to another workstation's keyring, or the keyring "
                "is unavailable; open it with the recovery key.")))
    try:
        master_key = kf.open_slot(slot, passphrase, binding)
    except WrongPassphrase:
        _record_failure(kf, username, clock)
        raise WrongPassphrase(msg(QT_TRANSLATE_NOOP("Core", "The user name or the passphrase is "
                                                      "wrong."))) from None
    store = _open_with_master_key(paths, kf, master_key, username, binding, upgrade)
    store.failed_attempts = list(kf.failures)
    return store


def unlock_with_recovery(
    db_path: Path, recovery_key: str, *, clock: Clock = system_clock, upgrade: bool = True
) -> OpenStore:
    paths = StorePaths(db_path)
    kf = _load(paths)
    kf.check_throttle(clock())
    try:
        master_key = kf.open_slot(kf.recovery_slot(), normalise_recovery_key(recovery_key), None)
    except WrongPassphrase:
        _record_failure(kf, "(recovery key)", clock)
        wrong = msg(QT_TRANSLATE_NOOP("Core", "The recovery key is wrong."))
        raise WrongPassphrase(wrong) from None
    binding = (
        keyring_guard.read_binding_secret(kf.binding_account) if kf.binding_account else None
    )
    store = _open_with_master_key(paths, kf, master_key, "(recovery)", binding, upgrade)
    store.via_recovery = True
    store.failed_attempts = list(kf.failures)
    return store


def _open_with_master_key(
    paths: StorePaths,
    kf: KeyFile,
    master_key: bytes,
    username: str,
    binding: bytes | None,
    upgrade: bool,
) -> OpenStore:
    db_key = kf.unwrap_db_key(master_key, kf.db_key)
    engine = eng.make_engine(paths.db, db_key)
    try:
        eng.probe(engine)
        if kf.pending_db_key is not None:
            # A rekey was started but never reached the database: forget it.
            kf.pending_db_key = None
            kf.save()
    except StoreDamaged:
        engine.dispose()
        if kf.pending_db_key is None:
            raise
        # The database was rekeyed but the key file not yet told: finish the rotation.
        db_key = kf.unwrap_db_key(master_key, kf.pending_db_key)
        engine = eng.make_engine(paths.db, db_key)
        eng.probe(engine)
        kf.db_key, kf.pending_db_key = kf.pending_db_key, None
        kf.save()
    try:
        eng.check_pragmas(engine)
        upgraded_from = _upgrade_if_needed(paths, engine, db_key) if upgrade else None
    except BaseException as exc:
        engine.dispose()
        from app.store.errors import translate

        told = translate(exc, paths.db)  # busy, full, read-only: never "damaged"
        if told is not None and told is not exc:
            raise told from exc
        raise
    return OpenStore(paths, engine, kf, master_key, username, binding=binding,
                     upgraded_from=upgraded_from)


def _upgrade_if_needed(paths: StorePaths, engine: Engine, db_key: bytes) -> str | None:
    with engine.connect() as conn:
        current = schema.current_revision(conn)
        conn.rollback()
    if current == schema.head_revision():
        return None
    backup_before_upgrade(paths, engine, db_key)
    with engine.begin() as conn:
        schema.upgrade(conn)
    return current or "(none)"


def backup_before_upgrade(paths: StorePaths, engine: Engine, db_key: bytes) -> Path:
    """An encrypted copy of the store and its key file, taken before a schema upgrade."""
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = paths.backups / f"{paths.db.stem}-pre-upgrade-{stamp}.db"
    eng.online_backup(engine, target, db_key)
    shutil.copy2(paths.keys, target.with_name(target.name + KEY_SUFFIX))
    return target


def latest_backup(paths: StorePaths) -> Path | None:
    if not paths.backups.is_dir():
        return None
    found = sorted(paths.backups.glob("*.db"), key=lambda p: p.stat().st_mtime)
    return found[-1] if found else None


__all__ = [
    "CreatedStore",
    "KeyFileDamaged",
    "OpenStore",
    "StorePaths",
    "create_store",
    "latest_backup",
    "unlock",
    "unlock_with_recovery",
]
