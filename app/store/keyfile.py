"""The key file beside the store: one slot per user (and one for the recovery key).

Each slot holds an X25519 key pair: the public half in clear, the private half wrapped
(AES-256-GCM) under a key-encryption key that Argon2id derives from the user's passphrase
(or the recovery key). The store's keys come in generations: a generation's master key is
sealed to every slot's public key (ephemeral X25519 + HKDF-SHA256 + AES-GCM, as age does for
several recipients), and unwraps that generation's raw SQLCipher key and the store key (a
stable key that wraps the audit signing key inside the database).

Rotating needs no passphrase: a new master key and database key are sealed to the public
keys of the slots that remain, so a removed user's old slot, copied before the removal,
opens nothing of the current generation. Changing a passphrase makes a new key pair.

A key file of format /1 (every slot wrapped the one master key directly) is read as /2 with
"legacy" slots; each is turned into a key-pair slot when its owner next opens the store.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.i18n import QT_TRANSLATE_NOOP, msg
from app.store.errors import KeyFileDamaged, Throttled, UnknownUser, WrongPassphrase

FORMAT = "permit-desk-keys/2"
FORMAT_V1 = "permit-desk-keys/1"
RECOVERY_SLOT = "recovery"
# Failed attempts are counted per identity: a user's name, the recovery key, or any name the
# store does not know (whose text is never kept: it may be a passphrase typed in the wrong box).
RECOVERY_ATTEMPT = "(recovery key)"
UNKNOWN_USER_ATTEMPT = "(unknown user)"
# Crockford's base32 alphabet: no I, L, O, U, so nothing is misread aloud or typed wrong.
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
THROTTLE_AFTER = 5
THROTTLE_FIRST_WAIT = 30


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters; memory in KiB."""

    time_cost: int
    memory_kib: int
    parallelism: int

    def to_json(self) -> dict[str, int]:
        return {"t": self.time_cost, "m_kib": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> KdfParams:
        return cls(int(d["t"]), int(d["m_kib"]), int(d["p"]))

    def meets_minimum(self) -> bool:
        # OWASP ASVS 5.0 / cheat sheet floor for Argon2id: m >= 46 MiB with t >= 1.
        return self.memory_kib >= 46 * 1024 and self.time_cost >= 1


# Tuned on the project's 2-core machine: ~0.45 s idle, ~0.9 s under full load (target
# 0.3-1 s); 256 MiB took 1.2 s under load, past the target.
DEFAULT_KDF = KdfParams(time_cost=3, memory_kib=192 * 1024, parallelism=2)
# Only for tests: far below the floor, and `doctor` reports any slot that uses it.
TEST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)


def kdf_from_environment() -> KdfParams:
    """The product's parameters, unless a test run asks for cheap ones (doctor flags them)."""
    if os.environ.get("PERMIT_DESK_KDF_PROFILE") == "test":
        return TEST_KDF
    return DEFAULT_KDF


def _b64(b: bytes) -> str:
    return base64.b64encode(b).decode("ascii")


def _unb64(s: str) -> bytes:
    return base64.b64decode(s.encode("ascii"))


def derive_kek(secret: str, salt: bytes, params: KdfParams, binding: bytes | None) -> bytes:
    raw = hash_secret_raw(
        secret.encode("utf-8"),
        salt,
        params.time_cost,
        params.memory_kib,
        params.parallelism,
        32,
        Type.ID,
    )
    ikm = raw + (binding or b"")
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"permit-desk/slot-kek/v1"
    ).derive(ikm)


def new_recovery_key() -> str:
    """160 random bits as 32 Crockford base32 characters in eight groups of four."""
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(32))
    return "-".join(chars[i : i + 4] for i in range(0, 32, 4))


def normalise_recovery_key(text: str) -> str:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


@dataclass
class Slot:
    id: str
    kind: str  # "user" or "recovery"
    username: str | None
    kdf: KdfParams
    salt: bytes
    bound: bool
    nonce: bytes
    wrapped: bytes
    # The X25519 public key; None for a legacy (/1) slot, which wraps a master key directly.
    public: bytes | None = None

    @property
    def legacy(self) -> bool:
        return self.public is None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "username": self.username,
            "kdf": {"name": "argon2id", **self.kdf.to_json(), "salt": _b64(self.salt)},
            "bound": self.bound,
            "public": _b64(self.public) if self.public is not None else None,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any], legacy: bool = False) -> Slot:
        public = None if legacy or d.get("public") is None else _unb64(d["public"])
        if public is not None and len(public) != 32:
            raise ValueError("public key")
        return cls(
            id=d["id"],
            kind=d["kind"],
            username=d.get("username"),
            kdf=KdfParams.from_json(d["kdf"]),
            salt=_unb64(d["kdf"]["salt"]),
            bound=bool(d.get("bound", False)),
            nonce=_unb64(d["nonce"]),
            wrapped=_unb64(d["wrapped"]),
            public=public,
        )


@dataclass
class Grant:
    """One generation's master key sealed to one slot's public key."""

    generation: int
    epk: bytes
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"generation": self.generation, "epk": _b64(self.epk), "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Grant:
        return cls(int(d["generation"]), _unb64(d["epk"]), _unb64(d["nonce"]),
                   _unb64(d["wrapped"]))


def _grant_kek(shared: bytes, epk: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=epk + public,
                info=b"permit-desk/grant/v2").derive(shared)


@dataclass
class WrappedKey:
    generation: int
    nonce: bytes
    wrapped: bytes

    def to_json(self) -> dict[str, Any]:
        return {"generation": self.generation, "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> WrappedKey:
        return cls(int(d["generation"]), _unb64(d["nonce"]), _unb64(d["wrapped"]))


@dataclass
class FailedAttempt:
    """A failed unlock: when, and whose (a user's name, RECOVERY_ATTEMPT or
    UNKNOWN_USER_ATTEMPT); `audited` once it is in the audit trail."""

    at: float
    username: str
    audited: bool = False

    def to_json(self) -> dict[str, Any]:
        return {"at": self.at, "username": self.username, "audited": self.audited}


@dataclass
class KeyFile:
    path: Path
    store_id: str
    binding_account: str | None
    slots: list[Slot]
    db_key: WrappedKey
    pending_db_key: WrappedKey | None = None
    failures: list[FailedAttempt] = field(default_factory=list)
    # The stable store key, wrapped under the current generation's master key; None only in
    # a key file just read from format /1, where the store key is that file's master key.
    store_key: WrappedKey | None = None
    # Slot id -> the current generation's master key sealed to that slot.
    grants: dict[str, Grant] = field(default_factory=dict)
    # A rotation under way: the next generation's store key and grants (see store.rekey).
    pending_store_key: WrappedKey | None = None
    pending_grants: dict[str, Grant] = field(default_factory=dict)
    read_format: str = FORMAT

    # ---- persistence -------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        def opt(w: WrappedKey | None) -> dict[str, Any] | None:
            return w.to_json() if w is not None else None

        return {
            "format": FORMAT,
            "store_id": self.store_id,
            "binding_account": self.binding_account,
            "slots": [s.to_json() for s in self.slots],
            "db_key": self.db_key.to_json(),
            "store_key": opt(self.store_key),
            "grants": {k: g.to_json() for k, g in self.grants.items()},
            "pending_db_key": opt(self.pending_db_key),
            "pending_store_key": opt(self.pending_store_key),
            "pending_grants": {k: g.to_json() for k, g in self.pending_grants.items()},
            "failures": [f.to_json() for f in self.failures],
        }

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            d = json.loads(path.read_text("utf-8"))
            fmt = d.get("format") if isinstance(d, dict) else None
            if fmt not in (FORMAT, FORMAT_V1):
                raise KeyFileDamaged(f"The key file {path} is not a Permit Desk key file.")
            legacy = fmt == FORMAT_V1

            def opt(v: Any) -> WrappedKey | None:
                return WrappedKey.from_json(v) if v else None

            slots = [Slot.from_json(s, legacy=legacy) for s in d["slots"]]
            names = {s.username for s in slots if s.kind == "user"}
            failures = []
            for f in d.get("failures", []):
                who = str(f["username"])
                if who not in names and who != RECOVERY_ATTEMPT:
                    # A /1 file kept whatever was typed as the user name: drop the text.
                    who = UNKNOWN_USER_ATTEMPT
                failures.append(FailedAttempt(float(f["at"]), who, bool(f.get("audited", False))))
            return cls(
                path=path,
                store_id=d["store_id"],
                binding_account=d.get("binding_account"),
                slots=slots,
                db_key=WrappedKey.from_json(d["db_key"]),
                pending_db_key=opt(d.get("pending_db_key")),
                failures=failures,
                store_key=None if legacy else opt(d.get("store_key")),
                grants={} if legacy else {k: Grant.from_json(g)
                                          for k, g in (d.get("grants") or {}).items()},
                pending_store_key=None if legacy else opt(d.get("pending_store_key")),
                pending_grants={} if legacy else {
                    k: Grant.from_json(g) for k, g in (d.get("pending_grants") or {}).items()},
                read_format=str(fmt),
            )
        except KeyFileDamaged:
            raise
        except FileNotFoundError:
            raise
        except (ValueError, KeyError, TypeError) as exc:
            raise KeyFileDamaged(
                f"The key file {path} is damaged ({type(exc).__name__}); restore it from a backup."
            ) from None

    def save(self) -> None:
        atomic_write(self.path, (json.dumps(self.to_json(), indent=1) + "\n").encode("utf-8"))

    # ---- slots -------------------------------------------------------------------
    def slot_for(self, username: str) -> Slot:
        for slot in self.slots:
            if slot.kind == "user" and slot.username == username:
                return slot
        raise UnknownUser(f"There is no user named {username!r} in this store.")

    def recovery_slot(self) -> Slot:
        for slot in self.slots:
            if slot.kind == "recovery":
                return slot
        raise KeyFileDamaged("The key file has no recovery slot.")

    def _aad(self, slot_id: str) -> bytes:
        return f"permit-desk/slot/{self.store_id}/{slot_id}".encode()

    def make_slot(
        self,
        slot_id: str,
        kind: str,
        username: str | None,
        secret: str,
        master_key: bytes,
        kdf: KdfParams,
        binding: bytes | None,
    ) -> Slot:
        """A slot with a new key pair, granted the current generation's master key."""
        private = X25519PrivateKey.generate()
        raw = private.private_bytes_raw()
        salt = os.urandom(16)
        kek = derive_kek(secret, salt, kdf, binding)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, raw, self._aad(slot_id))
        public = private.public_key().public_bytes_raw()
        slot = Slot(slot_id, kind, username, kdf, salt, binding is not None, nonce, wrapped,
                    public)
        self.grants[slot_id] = self.seal(slot, master_key, self.db_key.generation)
        return slot

    def _grant_aad(self, slot_id: str, generation: int) -> bytes:
        return f"permit-desk/grant/{self.store_id}/{slot_id}/{generation}".encode()

    def seal(self, slot: Slot, master_key: bytes, generation: int) -> Grant:
        """A generation's master key sealed to a slot's public key: no passphrase needed."""
        if slot.public is None:
            raise ValueError("a legacy slot has no public key")
        ephemeral = X25519PrivateKey.generate()
        epk = ephemeral.public_key().public_bytes_raw()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(slot.public))
        kek = _grant_kek(shared, epk, slot.public)
        nonce = os.urandom(12)
        wrapped = AESGCM(kek).encrypt(nonce, master_key, self._grant_aad(slot.id, generation))
        return Grant(generation, epk, nonce, wrapped)

    def open_grant(self, slot: Slot, private_raw: bytes, grant: Grant) -> bytes:
        private = X25519PrivateKey.from_private_bytes(private_raw)
        public = private.public_key().public_bytes_raw()
        kek = _grant_kek(private.exchange(X25519PublicKey.from_public_bytes(grant.epk)),
                         grant.epk, public)
        try:
            return AESGCM(kek).decrypt(grant.nonce, grant.wrapped,
                                       self._grant_aad(slot.id, grant.generation))
        except InvalidTag:
            raise KeyFileDamaged("The key file's grant does not match its slot.") from None

    def master_keys(self, slot: Slot, opened: bytes) -> tuple[bytes, bytes | None]:
        """The current and (during a rotation) the pending master key a slot gives access to.

        `opened` is what open_slot returned: a legacy slot's master key, or the private key.
        A slot without a grant for the current generation (a copy kept from before a
        rotation that left it out) opens nothing.
        """
        if slot.legacy:
            return opened, None
        grant = self.grants.get(slot.id)
        if grant is None or grant.generation != self.db_key.generation:
            raise WrongPassphrase(msg(QT_TRANSLATE_NOOP(
                "Core", "The user name or the passphrase is wrong.")))
        current = self.open_grant(slot, opened, grant)
        pending_grant = self.pending_grants.get(slot.id)
        pending = self.open_grant(slot, opened, pending_grant) if pending_grant else None
        return current, pending

    # ---- the store key (wraps the audit key inside the database) ---------------------
    def _store_key_aad(self, generation: int) -> bytes:
        return f"permit-desk/store-key/{self.store_id}/{generation}".encode()

    def wrap_store_key(self, master_key: bytes, store_key: bytes, generation: int) -> WrappedKey:
        nonce = os.urandom(12)
        return WrappedKey(generation, nonce, AESGCM(master_key).encrypt(
            nonce, store_key, self._store_key_aad(generation)))

    def unwrap_store_key(self, master_key: bytes) -> bytes:
        if self.store_key is None:
            # Read from format /1: the one master key is the store key.
            return master_key
        try:
            return AESGCM(master_key).decrypt(self.store_key.nonce, self.store_key.wrapped,
                                              self._store_key_aad(self.store_key.generation))
        except InvalidTag:
            raise KeyFileDamaged("The key file's store key does not match its slots.") from None

    def put_slot(self, slot: Slot) -> None:
        self.slots = [s for s in self.slots if s.id != slot.id] + [slot]
        self.pending_grants.pop(slot.id, None)

    def remove_slot(self, slot_id: str) -> None:
        self.slots = [s for s in self.slots if s.id != slot_id]
        self.grants.pop(slot_id, None)
        self.pending_grants.pop(slot_id, None)

    def open_slot(self, slot: Slot, secret: str, binding: bytes | None) -> bytes:
        """The slot's private key (a legacy slot's master key), or WrongPassphrase: the GCM
        tag tells a wrong secret for sure."""
        kek = derive_kek(secret, slot.salt, slot.kdf, binding if slot.bound else None)
        try:
            return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, self._aad(slot.id))
        except InvalidTag:
            wrong = msg(QT_TRANSLATE_NOOP("Core", "The passphrase is wrong."))
            raise WrongPassphrase(wrong) from None

    # ---- the database key ----------------------------------------------------------
    def _db_aad(self, generation: int) -> bytes:
        return f"permit-desk/db-key/{self.store_id}/{generation}".encode()

    def wrap_db_key(self, master_key: bytes, db_key: bytes, generation: int) -> WrappedKey:
        nonce = os.urandom(12)
        return WrappedKey(
            generation, nonce, AESGCM(master_key).encrypt(nonce, db_key, self._db_aad(generation))
        )

    def unwrap_db_key(self, master_key: bytes, wk: WrappedKey) -> bytes:
        try:
            return AESGCM(master_key).decrypt(wk.nonce, wk.wrapped, self._db_aad(wk.generation))
        except InvalidTag:
            raise KeyFileDamaged("The key file's database key does not match its slots.") from None

    # ---- failed attempts -----------------------------------------------------------
    def attempt_name(self, username: str) -> str:
        """Whose failure a user name counts as: the name if it has a slot, else no text."""
        if any(s.kind == "user" and s.username == username for s in self.slots):
            return username
        return UNKNOWN_USER_ATTEMPT

    def throttle_remaining(self, now: float, who: str) -> int:
        """Seconds `who` must wait: each user, the recovery key and unknown names separately."""
        mine = [f for f in self.failures if f.username == who]
        n = len(mine)
        if n < THROTTLE_AFTER:
            return 0
        wait = THROTTLE_FIRST_WAIT * 2 ** (n - THROTTLE_AFTER)
        remaining = mine[-1].at + wait - now
        return max(0, int(remaining + 0.999))

    def check_throttle(self, now: float, who: str) -> None:
        remaining = self.throttle_remaining(now, who)
        if remaining > 0:
            raise Throttled(remaining)


def atomic_write(path: Path, data: bytes) -> None:
    """Write a file so that a crash leaves either the old or the new content, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise
    try:
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass


Clock = Callable[[], float]
system_clock: Clock = time.time
