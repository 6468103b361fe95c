"""Create, unlock, lock and re-key an encrypted store (the database file and its key file)."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
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
    RECOVERY_ATTEMPT,
    RECOVERY_SLOT,
    Clock,
    FailedAttempt,
    KdfParams,
    KeyFile,
    Slot,
    WrappedKey,
    atomic_write,
    new_recovery_key,
    normalise_recovery_key,
    system_clock,
)
from app.store.locator import FileLocator
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


@dataclass(frozen=True)
class Rotation:
    """What a key rotation did: the new generation, and the users left out of it (slots
    from format /1 whose owners have not opened the store since; an admin resets them)."""

    generation: int
    dropped_users: tuple[str, ...] = ()


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
    # The stable key that wraps the audit key; master_key is the current generation's.
    store_key: bytes | None = None
    # Whose failed attempts this unlock clears: the user's name, or RECOVERY_ATTEMPT.
    attempt_name: str = ""
    kind: str = field(default="file", init=False)

    @property
    def locator(self) -> FileLocator:
        return FileLocator(self.paths.db)

    @property
    def store_id(self) -> str:
        return self.keyfile.store_id

    # ---- logins: on a file store, a user's key slot ----------------------------------
    def add_login(self, session: Session, username: str, passphrase: str,
                  roles: Sequence[str], kdf: KdfParams) -> None:
        # The slot is written before the caller commits: a slot without a user is harmless
        # and is replaced by a retry; a user without a slot could never log in.
        self.add_user_slot(username, passphrase, kdf)

    def change_login_password(self, session: Session, username: str, passphrase: str,
                              kdf: KdfParams) -> None:
        self.add_user_slot(username, passphrase, kdf)

    def set_login_roles(self, session: Session, username: str, roles: Sequence[str]) -> None:
        """Roles live in the store's own tables on a file store; the slot does not change."""

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

    def require_store_key(self) -> bytes:
        if self.store_key is None:
            raise StoreError("The store is locked.")
        return self.store_key

    @property
    def bound(self) -> bool:
        return self.binding is not None

    def close(self) -> None:
        """Lock: close every connection and drop the key material."""
        self.engine.dispose()
        self.master_key = None
        self.store_key = None
        self.binding = None

    def settle_failed_attempts(self) -> None:
        """After the failures were audited: mark them so, and clear the unlocker's own count
        (other users' counts stay, so one user's success does not lift another's throttle)."""
        kf = KeyFile.load(self.paths.keys)
        kept = [replace(f, audited=True) for f in kf.failures if f.username != self.attempt_name]
        if kept != kf.failures:
            kf.failures = kept
            kf.save()
        self.keyfile = kf

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

    def can_rotate(self) -> bool:
        """False while the recovery slot is still in format /1 (see rotate)."""
        return not KeyFile.load(self.paths.keys).recovery_slot().legacy

    def rekey(self) -> int:
        """Rotate the keys (see rotate); the new generation."""
        return self.rotate().generation

    def rotate(self, new_recovery: str | None = None) -> Rotation:
        """A new generation: new master key, new database key, sealed to the remaining slots'
        public keys, so no passphrase is needed and no old copy of a slot opens it.

        A kill at any moment leaves the old or the new key usable:
        1. the new generation goes into the key file as "pending" (atomic write);
        2. PRAGMA rekey rewrites every page in one transaction;
        3. the pending generation becomes the current one (atomic write).
        Unlock tries the current key, then the pending one, and finishes step 3 itself.

        Slots from format /1 cannot be sealed to: user slots are dropped (the result names
        them) and a /1 recovery slot refuses the rotation unless `new_recovery` (a new
        recovery key, shown to the admin before this call) replaces it.
        """
        mk = self.require_master_key()
        sk = self.require_store_key()
        before = self.paths.keys.read_bytes()
        kf = KeyFile.load(self.paths.keys)
        recovery = kf.recovery_slot()
        if recovery.legacy and new_recovery is None:
            raise StoreError(msg(QT_TRANSLATE_NOOP(
                "Core", "The recovery key's slot predates this version and cannot receive a "
                "new key: open the store once with the recovery key, or rotate with a new "
                "recovery key (rekey --new-recovery-key).")))
        if new_recovery is not None:
            kf.put_slot(kf.make_slot(RECOVERY_SLOT, "recovery", None,
                                     normalise_recovery_key(new_recovery), mk, recovery.kdf,
                                     None))
        dropped = tuple(s.username or s.id for s in kf.slots if s.legacy)
        for slot in [s for s in kf.slots if s.legacy]:
            kf.remove_slot(slot.id)
        new_master = os.urandom(32)
        new_key = os.urandom(32)
        generation = kf.db_key.generation + 1
        kf.pending_db_key = kf.wrap_db_key(new_master, new_key, generation)
        kf.pending_store_key = kf.wrap_store_key(new_master, sk, generation)
        kf.pending_grants = {s.id: kf.seal(s, new_master, generation) for s in kf.slots}
        kf.save()
        eng.checkpoint_wal(self.engine)
        self.engine.dispose()
        # Rekeying in WAL mode is not supported by SQLCipher: switch to a rollback journal
        # for the rewrite; the journal keeps the old pages so a kill rolls back cleanly.
        old_key = kf.unwrap_db_key(mk, kf.db_key)
        try:
            _rekey_file(self.paths.db, old_key, new_key)
        except Exception as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            # Another connection has the database open: nothing was rewritten; put the key
            # file back as it was and go on with the old key.
            atomic_write(self.paths.keys, before)
            self.keyfile = KeyFile.load(self.paths.keys)
            self.engine = eng.make_engine(self.paths.db, old_key)
            raise StoreBusy(msg(QT_TRANSLATE_NOOP(
                "Core", "The store is open elsewhere, so its keys were not rotated: close it "
                "everywhere else and run rekey."))) from None
        _promote_pending(kf, new_master)
        kf.save()
        self.keyfile = kf
        self.master_key = new_master
        self.engine = eng.make_engine(self.paths.db, new_key)
        eng.probe(self.engine)
        return Rotation(generation, dropped)


class StoreBusy(StoreError):
    """A rotation found the database open elsewhere and changed nothing."""


def _promote_pending(kf: KeyFile, pending_master: bytes) -> None:
    """The pending generation becomes the current one (the database has its key)."""
    assert kf.pending_db_key is not None
    kf.db_key, kf.pending_db_key = kf.pending_db_key, None
    if kf.pending_store_key is not None:
        kf.store_key, kf.pending_store_key = kf.pending_store_key, None
    if kf.pending_grants:
        kf.grants, kf.pending_grants = kf.pending_grants, {}
    else:
        # The pending key was wrapped under the same master key: re-seal it to the slots
        # under the new generation's number.
        kf.grants = {s.id: kf.seal(s, pending_master, kf.db_key.generation)
                     for s in kf.slots if not s.legacy}


def _forget_pending(kf: KeyFile) -> None:
    kf.pending_db_key = None
    kf.pending_store_key = None
    kf.pending_grants = {}


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
    store_key = os.urandom(32)
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
    kf.store_key = kf.wrap_store_key(master_key, store_key, 1)
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
    store = OpenStore(paths, engine, kf, master_key, username, binding=binding,
                      store_key=store_key, attempt_name=username)
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


def _record_failure(kf: KeyFile, who: str, clock: Clock) -> None:
    """`who` is a slot's user name, RECOVERY_ATTEMPT or UNKNOWN_USER_ATTEMPT: never the
    text of a name the store does not know (it may be a passphrase typed in the wrong box)."""
    kf.failures.append(FailedAttempt(clock(), who))
    kf.save()


def _wrong(kf: KeyFile, who: str, clock: Clock) -> WrongPassphrase:
    _record_failure(kf, who, clock)
    return WrongPassphrase(msg(QT_TRANSLATE_NOOP("Core", "The user name or the passphrase is "
                                                 "wrong.")))


def _convert_legacy_slot(store: OpenStore, slot: Slot, secret: str,
                         binding: bytes | None) -> None:
    """A format /1 slot, just opened by its owner: give it a key pair (format /2)."""
    kf = store.keyfile
    mk = store.require_master_key()
    if kf.store_key is None:
        # In format /1 the one master key also wrapped the audit key: it stays the store key.
        kf.store_key = kf.wrap_store_key(mk, store.require_store_key(), kf.db_key.generation)
    kf.put_slot(kf.make_slot(slot.id, slot.kind, slot.username, secret, mk, slot.kdf,
                             binding if slot.bound else None))
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
    who = kf.attempt_name(username)
    kf.check_throttle(clock(), who)
    try:
        slot = kf.slot_for(username)
    except UnknownUser:
        raise _wrong(kf, who, clock) from None
    binding = None
    if slot.bound:
        binding = keyring_guard.read_binding_secret(kf.binding_account or "")
        if binding is None:
            raise WrongPassphrase(msg(QT_TRANSLATE_NOOP(
                "Core", "This store is bound to another workstation's keyring, or the keyring "
                "is unavailable; open it with the recovery key.")))
    try:
        master_key, pending_key = kf.master_keys(slot, kf.open_slot(slot, passphrase, binding))
    except WrongPassphrase:
        raise _wrong(kf, who, clock) from None
    failures = [f for f in kf.failures if not f.audited]
    store = _open_with_master_key(paths, kf, master_key, username, binding, upgrade,
                                  pending_key)
    try:
        if slot.legacy:
            _convert_legacy_slot(store, slot, passphrase, binding)
    except BaseException:
        store.close()
        raise
    store.failed_attempts = failures
    store.attempt_name = who
    return store


def unlock_with_recovery(
    db_path: Path, recovery_key: str, *, clock: Clock = system_clock, upgrade: bool = True
) -> OpenStore:
    paths = StorePaths(db_path)
    kf = _load(paths)
    kf.check_throttle(clock(), RECOVERY_ATTEMPT)
    slot = kf.recovery_slot()
    secret = normalise_recovery_key(recovery_key)
    try:
        master_key, pending_key = kf.master_keys(slot, kf.open_slot(slot, secret, None))
    except WrongPassphrase:
        _record_failure(kf, RECOVERY_ATTEMPT, clock)
        wrong = msg(QT_TRANSLATE_NOOP("Core", "The recovery key is wrong."))
        raise WrongPassphrase(wrong) from None
    binding = (
        keyring_guard.read_binding_secret(kf.binding_account) if kf.binding_account else None
    )
    failures = [f for f in kf.failures if not f.audited]
    store = _open_with_master_key(paths, kf, master_key, "(recovery)", binding, upgrade,
                                  pending_key)
    try:
        if slot.legacy:
            _convert_legacy_slot(store, slot, secret, None)
    except BaseException:
        store.close()
        raise
    store.via_recovery = True
    store.failed_attempts = failures
    store.attempt_name = RECOVERY_ATTEMPT
    return store


def _open_with_master_key(
    paths: StorePaths,
    kf: KeyFile,
    master_key: bytes,
    username: str,
    binding: bytes | None,
    upgrade: bool,
    pending_key: bytes | None = None,
) -> OpenStore:
    db_key = kf.unwrap_db_key(master_key, kf.db_key)
    engine = eng.make_engine(paths.db, db_key)
    try:
        eng.probe(engine)
        if kf.pending_db_key is not None:
            # A rekey was started but never reached the database: forget it.
            _forget_pending(kf)
            kf.save()
    except StoreDamaged:
        engine.dispose()
        if kf.pending_db_key is None:
            raise
        # The database was rekeyed but the key file not yet told: finish the rotation.
        pending_master = pending_key or master_key
        db_key = kf.unwrap_db_key(pending_master, kf.pending_db_key)
        engine = eng.make_engine(paths.db, db_key)
        eng.probe(engine)
        _promote_pending(kf, pending_master)
        kf.save()
        master_key = pending_master
    try:
        store_key = kf.unwrap_store_key(master_key)
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
                     upgraded_from=upgraded_from, store_key=store_key)


def _upgrade_if_needed(paths: StorePaths, engine: Engine, db_key: bytes) -> str | None:
    with engine.connect() as conn:
        conn = conn.execution_options(sqlite_begin="DEFERRED")  # a read: no write lock
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
