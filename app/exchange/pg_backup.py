"""Backup and restore of a store on a PostgreSQL server: pg_dump's custom format, encrypted
to the institution's recovery key as it streams, checked whole before anything is restored.

Who, and with which rights
    A backup is taken by a Permit Desk administrator (services.backups.BACKUP_ROLES, as for a
    file store) with their own login: pg_dump reads every table (every Permit Desk group may
    SELECT them; the admin group may also read the sequences' positions, which pg_dump needs),
    with row-level security on (--enable-row-security: the policies let every login read every
    row), in one snapshot, so another workstation may go on writing. The chain head
    (audit_chain_head, the superuser's) is left out: secure() rebuilds it from the entries.
    A restore is the IT administrator's: it creates databases, makes roles and installs the
    guards, so it needs the server's superuser, whose name and password they give as they do
    to `permit-desk server setup` (--setup-user, PERMIT_DESK_SETUP_PASSWORD), plus the
    recovery key.

How the dump is encrypted (the recovery-key scheme of the file backups)
    A file backup is the still-encrypted database with its key file, whose recovery slot is an
    X25519 key pair: the private key wrapped by Argon2id of the recovery key, the database's
    keys sealed to the public key. A server has no key file, so its store keeps the same kind
    of slot in the setting `server.backup_recovery`: made at the first backup, when Permit Desk
    prints a new recovery key once (to keep in the safe beside the file stores' ones). Each
    backup draws a random 256-bit data key, seals it to the slot's public key (ephemeral
    X25519, HKDF-SHA256, AES-256-GCM) and encrypts pg_dump's output as it arrives, in 1 MiB
    frames of AES-256-GCM (nonce: frame number and a last-frame flag; associated data: the
    SHA-256 of the archive's header), so a frame changed, moved, dropped or cut off at the end,
    or a header edited, fails authentication. No secret is needed to take a backup (a
    scheduled one can run unattended) and none to read it but the recovery key. pg_dump
    writes to a pipe and the archive file gets only ciphertext: the dump is never on disk in
    clear, here or in a temporary folder. The archive carries its own copy of the slot, so it
    restores on a new server where the old database is gone.

What is checked before a restore touches anything
    The recovery key opens the slot (a wrong key is told, nothing done); every frame is
    decrypted and authenticated through to the last one while pg_restore --list reads the
    stream (a damaged or foreign archive is refused before any database is created). Then the
    dump is restored, decrypted again as it streams, into a new scratch database; the guards,
    grants and chain head are installed there (pg_server.secure) and the whole audit chain with
    its checkpoints verifies, and the store's id matches the live store's, before the live
    database is moved.

How a restore proceeds
    Into a database name that does not exist yet, the checked scratch database is renamed to
    it. When it replaces a live database, the live trail first records the restore
    (store.restore.begin), the live database is closed to connections, its sessions ended,
    and it is renamed aside (NAME_replaced_STAMP, kept, never dropped; reopen it with
    ALTER DATABASE ... ALLOW_CONNECTIONS true), then the scratch database takes its name. The
    restored trail goes on with a store.restore entry. Login roles belong to the cluster, not
    the database: on the same server every login still works; on a new server the restore
    makes the group roles and says which users have no login yet.

pg_dump and pg_restore run as subprocesses with the connection in PG* environment variables:
the password in a PGPASSFILE inside a private temporary folder (0700, removed after), never on
a command line; sslmode=verify-full against the institution's CA and SCRAM channel binding,
as the application's own connections.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import shutil
import struct
import subprocess
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.exchange.backup import BackupInfo, BackupRefused
from app.exchange.bundle_io import DiskFull, fsync_dir, is_disk_full
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.errors import StoreError
from app.store.keyfile import KdfParams, derive_kek, normalise_recovery_key
from app.store.locator import ServerLocator
from app.store.server import ca_for

FORMAT = "permit-desk-pg-backup/1"
MAGIC = b"PERMIT-DESK-PG-BACKUP/1\n"
FRAME = 1 << 20
RECOVERY_SETTING = "server.backup_recovery"
BINDIR_ENV = "PERMIT_DESK_PG_BINDIR"
CHAIN_HEAD = "audit_chain_head"
_LAST = 1
_MAX_HEADER = 1 << 16


class PgToolMissing(StoreError):
    """pg_dump or pg_restore is not installed on this workstation."""


@dataclass(frozen=True)
class ServerBackupInfo(BackupInfo):
    # The recovery key made by this backup (the store's first): shown once, then never again.
    new_recovery_key: str = ""


# ---- the recovery slot: an X25519 key pair whose private key the recovery key wraps ---------


@dataclass(frozen=True)
class RecoverySlot:
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    public: bytes

    @property
    def fingerprint(self) -> str:
        return hashlib.sha256(self.public).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {"kdf": {"name": "argon2id", **self.kdf.to_json()}, "salt": _b64(self.salt),
                "nonce": _b64(self.nonce), "wrapped": _b64(self.wrapped),
                "public": _b64(self.public)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> RecoverySlot:
        slot = cls(KdfParams.from_json(d["kdf"]), _unb64(d["salt"]), _unb64(d["nonce"]),
                   _unb64(d["wrapped"]), _unb64(d["public"]))
        if len(slot.public) != 32:
            raise ValueError("public key")
        return slot


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"), validate=True)


def _slot_aad(store_id: str) -> bytes:
    return f"permit-desk/pg-backup/recovery/{store_id}".encode()


def _grant_aad(store_id: str) -> bytes:
    return f"permit-desk/pg-backup/data-key/{store_id}".encode()


def new_recovery_slot(recovery_key: str, store_id: str, kdf: KdfParams) -> RecoverySlot:
    private = X25519PrivateKey.generate()
    salt, nonce = os.urandom(16), os.urandom(12)
    kek = derive_kek(normalise_recovery_key(recovery_key), salt, kdf, None)
    wrapped = AESGCM(kek).encrypt(nonce, private.private_bytes_raw(), _slot_aad(store_id))
    return RecoverySlot(kdf, salt, nonce, wrapped, private.public_key().public_bytes_raw())


def _open_slot(slot: RecoverySlot, recovery_key: str, store_id: str) -> X25519PrivateKey:
    kek = derive_kek(normalise_recovery_key(recovery_key), slot.salt, slot.kdf, None)
    try:
        raw = AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _slot_aad(store_id))
    except InvalidTag:
        raise BackupRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The recovery key does not open this backup; nothing was changed."))) \
            from None
    return X25519PrivateKey.from_private_bytes(raw)


def _grant_kek(shared: bytes, epk: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + public,
                info=b"permit-desk/pg-backup/grant/v1").derive(shared)


def _seal_data_key(slot: RecoverySlot, data_key: bytes, store_id: str) -> dict[str, str]:
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    kek = _grant_kek(ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public)), epk,
                     slot.public)
    nonce = os.urandom(12)
    return {"epk": _b64(epk), "nonce": _b64(nonce),
            "wrapped": _b64(AESGCM(kek).encrypt(nonce, data_key, _grant_aad(store_id)))}


# ---- the archive: header, then authenticated frames ----------------------------------------


@dataclass(frozen=True)
class Header:
    raw: bytes
    fields: dict[str, Any]

    @property
    def digest(self) -> bytes:
        return hashlib.sha256(MAGIC + self.raw).digest()

    @property
    def store_id(self) -> str:
        return str(self.fields["store_id"])

    @property
    def created_at(self) -> str:
        return str(self.fields.get("created_at", ""))


def _nonce(counter: int, last: bool) -> bytes:
    return struct.pack(">QI", counter, _LAST if last else 0)


class _FrameWriter:
    """Encrypts what it is given into frames of FRAME bytes; close() writes the last one."""

    def __init__(self, out: _HashingFile, key: bytes, aad: bytes) -> None:
        self.out, self.aead, self.aad = out, AESGCM(key), aad
        self.buf = bytearray()
        self.counter = 0
        self.plain_size = 0

    def write(self, data: bytes) -> None:
        self.buf += data
        self.plain_size += len(data)
        while len(self.buf) > FRAME:  # keep at least one byte back for the last frame
            self._frame(bytes(self.buf[:FRAME]), last=False)
            del self.buf[:FRAME]

    def _frame(self, plain: bytes, last: bool) -> None:
        sealed = self.aead.encrypt(_nonce(self.counter, last), plain, self.aad)
        self.out.write(struct.pack(">I", len(sealed)) + sealed)
        self.counter += 1

    def close(self) -> None:
        self._frame(bytes(self.buf), last=True)
        self.buf.clear()


def _damaged() -> BackupRefused:
    return BackupRefused(msg(QT_TRANSLATE_NOOP(
        "Core", "The backup file is damaged, truncated or altered; nothing was changed.")))


def read_header(archive: Path) -> Header:
    """The archive's header (not yet authenticated: the frames' check covers it)."""
    if not archive.is_file():
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "There is no backup file at %1."),
                                archive))
    with open(archive, "rb") as f:
        return _read_header(f)


def _read_header(f: IO[bytes]) -> Header:
    if f.read(len(MAGIC)) != MAGIC:
        raise BackupRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The file is not a Permit Desk server backup; nothing was changed.")))
    size_b = f.read(4)
    if len(size_b) != 4:
        raise _damaged()
    (size,) = struct.unpack(">I", size_b)
    raw = f.read(size) if size <= _MAX_HEADER else b""
    try:
        fields = json.loads(raw.decode("utf-8"))
        if fields.get("format") != FORMAT or not isinstance(fields.get("store_id"), str):
            raise ValueError
        RecoverySlot.from_json(fields["recovery"])
        return Header(raw, dict(fields))
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise _damaged() from None


def open_data_key(header: Header, recovery_key: str) -> bytes:
    """The backup's data key, opened with the recovery key; BackupRefused if it is wrong."""
    try:
        slot = RecoverySlot.from_json(header.fields["recovery"])
        grant = {k: _unb64(header.fields["grant"][k]) for k in ("epk", "nonce", "wrapped")}
    except (ValueError, KeyError, TypeError):
        raise _damaged() from None
    private = _open_slot(slot, recovery_key, header.store_id)
    kek = _grant_kek(private.exchange(X25519PublicKey.from_public_bytes(grant["epk"])),
                     grant["epk"], slot.public)
    try:
        return AESGCM(kek).decrypt(grant["nonce"], grant["wrapped"],
                                   _grant_aad(header.store_id))
    except InvalidTag:
        raise _damaged() from None


def decrypted(archive: Path, key: bytes) -> Iterator[bytes]:
    """The dump, frame by frame, each authenticated before it is handed on; BackupRefused at
    the first frame that does not authenticate and when the last frame is missing."""
    with open(archive, "rb") as f:
        header = _read_header(f)
        aead, aad = AESGCM(key), header.digest
        counter = 0
        while True:
            size_b = f.read(4)
            if len(size_b) != 4:
                raise _damaged()  # cut off before the last frame
            (size,) = struct.unpack(">I", size_b)
            sealed = f.read(size) if size <= FRAME + 16 else b""
            if len(sealed) != size or size < 16:
                raise _damaged()
            for last in (False, True):
                try:
                    plain = aead.decrypt(_nonce(counter, last), sealed, aad)
                    break
                except InvalidTag:
                    continue
            else:
                raise _damaged()
            counter += 1
            yield plain
            if last:
                if f.read(1):
                    raise _damaged()  # something appended after the last frame
                return


# ---- running pg_dump / pg_restore ------------------------------------------------------------


def pg_tool(name: str) -> Path:
    """pg_dump or pg_restore: PERMIT_DESK_PG_BINDIR, then PATH, then the newest Debian one."""
    dirs: list[Path] = []
    if os.environ.get(BINDIR_ENV):
        dirs.append(Path(os.environ[BINDIR_ENV]))
    found = shutil.which(name)
    if found:
        dirs.append(Path(found).parent)
    versions = []
    for d in Path("/usr/lib/postgresql").glob("*/bin"):
        if d.parent.name.isdigit():
            versions.append((int(d.parent.name), d))
    dirs += [d for _, d in sorted(versions, reverse=True)]
    for d in dirs:
        if (d / name).is_file():
            return d / name
    raise PgToolMissing(msg(QT_TRANSLATE_NOOP(
        "Core", "%1 is not installed on this workstation: install the PostgreSQL client "
        "programs of the server's version (Debian: postgresql-client), or name their folder "
        "in %2."), name, BINDIR_ENV))


def _passfile_field(value: str) -> str:
    return value.replace("\\", "\\\\").replace(":", "\\:")


@contextmanager
def pg_environment(locator: ServerLocator, user: str, password: str,
                   database: str | None = None) -> Iterator[dict[str, str]]:
    """The environment for a PostgreSQL client program: the password in a PGPASSFILE in a
    private temporary folder, removed when the block ends; TLS verify-full and SCRAM channel
    binding as the application's own connections. Nothing inherited can override them."""
    private = Path(tempfile.mkdtemp(prefix="permit-desk-pg-"))
    try:
        os.chmod(private, 0o700)
        passfile = private / "pgpass"
        fd = os.open(passfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(":".join([_passfile_field(locator.host), str(locator.port), "*",
                              _passfile_field(user), _passfile_field(password)]) + "\n")
        env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
        env.update(PGHOST=locator.host, PGPORT=str(locator.port), PGUSER=user,
                   PGDATABASE=database or locator.database, PGPASSFILE=str(passfile),
                   PGSSLMODE="verify-full", PGSSLROOTCERT=str(ca_for(locator)),
                   PGCHANNELBINDING="require", PGAPPNAME="Permit Desk backup",
                   PGCONNECT_TIMEOUT="10", PGTZ="UTC", LC_MESSAGES="C")
        yield env
    finally:
        shutil.rmtree(private, ignore_errors=True)


def _tool_failed(tool: str, stderr: str) -> StoreError:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    detail = next((ln for ln in lines if "error" in ln.lower()), lines[0] if lines else "")
    return StoreError(msg(QT_TRANSLATE_NOOP("Core", "%1 failed: %2"), tool,
                          detail.removeprefix(f"{tool}: ") or "no reason given"))


class _Drain(threading.Thread):
    """Reads a child's stderr so that it never blocks on a full pipe."""

    def __init__(self, stream: IO[bytes]) -> None:
        super().__init__(daemon=True)
        self.stream, self.chunks = stream, bytearray()

    def run(self) -> None:
        self.chunks += self.stream.read()

    def text(self) -> str:
        self.join()
        return self.chunks.decode("utf-8", "replace")


# ---- backup ------------------------------------------------------------------------------------


def write_server_backup(locator: ServerLocator, user: str, password: str, out: Path, *,
                        slot: RecoverySlot, store_id: str, created_by: str, now: datetime,
                        server_version: str, new_recovery_key: str = "") -> ServerBackupInfo:
    """pg_dump of the store streamed into the encrypted archive at `out`, all or nothing: a
    temporary name in the same folder (0600), fsynced, then renamed; never overwrites."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise BackupRefused(msg(QT_TRANSLATE_NOOP("Core", "%1 already exists; backups never "
                                                  "overwrite one another."), out))
    pg_dump = pg_tool("pg_dump")
    version = subprocess.run([str(pg_dump), "--version"], capture_output=True, text=True,
                             check=False).stdout.strip()
    data_key = os.urandom(32)
    created = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = {"format": FORMAT, "store_id": store_id, "database": locator.database,
              "created_at": created, "created_by": created_by,
              "server_version": server_version, "pg_dump": version,
              "recovery": slot.to_json(), "recovery_fingerprint": slot.fingerprint,
              "grant": _seal_data_key(slot, data_key, store_id), "frame": FRAME}
    raw = json.dumps(fields, indent=1, sort_keys=True).encode("utf-8")
    header = Header(raw, fields)
    tmp = out.with_name(f".{out.name}.partial")
    hashed = hashlib.sha256()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                     0o600)
        with os.fdopen(fd, "wb") as fh, pg_environment(locator, user, password) as env:
            out_f = _HashingFile(fh, hashed)
            out_f.write(MAGIC + struct.pack(">I", len(raw)) + raw)
            frames = _FrameWriter(out_f, data_key, header.digest)
            # --serializable-deferrable: one snapshot that no concurrent writer can make
            # inconsistent, waiting (briefly) for a safe moment rather than failing.
            proc = subprocess.Popen(
                [str(pg_dump), "--format=custom", "--enable-row-security",
                 "--serializable-deferrable", f"--exclude-table=public.{CHAIN_HEAD}",
                 "--no-password"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
            assert proc.stdout is not None and proc.stderr is not None
            errors = _Drain(proc.stderr)
            errors.start()
            try:
                while chunk := proc.stdout.read(FRAME):
                    frames.write(chunk)
            finally:
                proc.stdout.close()
                code = proc.wait()
                err_text = errors.text()
                proc.stderr.close()
            if code != 0:
                raise _tool_failed("pg_dump", err_text)
            frames.close()
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, out)
        fsync_dir(out.parent)
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if is_disk_full(exc):
            raise DiskFull(msg(QT_TRANSLATE_NOOP("Core", "The disk is full: the backup could not "
                    "be written to %1; nothing was left behind and earlier backups are untouched."),
                    out.parent)) from None
        raise
    return ServerBackupInfo(out, out.stat().st_size, hashed.hexdigest(), store_id, created,
                            new_recovery_key)


class _HashingFile:
    def __init__(self, fh: IO[bytes], h: Any) -> None:
        self.fh, self.h = fh, h

    def write(self, b: bytes) -> int:
        self.h.update(b)
        return self.fh.write(b)


# ---- restore -----------------------------------------------------------------------------------


def _feed(archive: Path, key: bytes, proc: subprocess.Popen[bytes]) -> BackupRefused | None:
    """Every frame into the child's stdin, authenticated first; after the child stops reading
    (pg_restore --list needs the table of contents only) the rest is still authenticated.
    Returns the refusal instead of raising, so the caller always reaps the child."""
    assert proc.stdin is not None
    open_pipe = True
    try:
        for plain in decrypted(archive, key):
            if open_pipe:
                try:
                    proc.stdin.write(plain)
                except BrokenPipeError:
                    open_pipe = False
    except BackupRefused as refused:
        return refused
    finally:
        try:
            proc.stdin.close()
        except BrokenPipeError:
            pass
    return None


def _run_fed(cmd: list[str], env: dict[str, str], archive: Path, key: bytes,
             on_fail: Callable[[str], BaseException]) -> str:
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    assert proc.stdout is not None and proc.stderr is not None
    errors, output = _Drain(proc.stderr), _Drain(proc.stdout)
    errors.start()
    output.start()
    refused = _feed(archive, key, proc)
    if refused is not None:
        proc.kill()
    code = proc.wait()
    out_text, err_text = output.text(), errors.text()
    proc.stdout.close()
    proc.stderr.close()
    if refused is not None:
        raise refused
    if code != 0:
        raise on_fail(err_text)
    return out_text


def verify_archive(archive: Path, key: bytes) -> int:
    """Every frame authenticated and pg_restore --list reading the decrypted stream: the number
    of entries in its table of contents. BackupRefused if anything does not check."""
    pg_restore = pg_tool("pg_restore")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    listing = _run_fed([str(pg_restore), "--list"], env, archive, key,
                       lambda err: BackupRefused(msg(QT_TRANSLATE_NOOP(
                           "Core", "pg_restore cannot read the backup (%1); nothing was "
                           "changed."), err.strip().splitlines()[0] if err.strip() else "")))
    entries = [ln for ln in listing.splitlines() if ln and not ln.startswith(";")]
    if not any(" TABLE DATA public audit_entry " in ln for ln in entries):
        raise BackupRefused(msg(QT_TRANSLATE_NOOP(
            "Core", "The backup holds no Permit Desk store; nothing was changed.")))
    return len(entries)


def restore_into(archive: Path, key: bytes, locator: ServerLocator, superuser: str,
                 password: str, database: str) -> None:
    """pg_restore of the decrypted stream into `database` (new, empty, prepared), in one
    transaction as the superuser: all of it or nothing."""
    pg_restore = pg_tool("pg_restore")
    with pg_environment(locator, superuser, password, database) as env:
        _run_fed([str(pg_restore), "--dbname", database, "--exit-on-error",
                  "--single-transaction", "--no-password"], env, archive, key,
                 lambda err: _tool_failed("pg_restore", err))
