"""The audit trail: append an entry in the caller's transaction, checkpoint, verify."""

from __future__ import annotations

import base64
import functools
import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.domain.audit_chain import (
    CHECKPOINT_EVERY,
    GENESIS,
    ChainAnchor,
    ChainCheckpoint,
    ChainEntry,
    ChainReport,
    canonical_json,
    checkpoint_message,
    entry_hash,
    verify_chain,
)
from app.store import locks
from app.store.models import AuditCheckpoint, AuditEntry, Setting
from app.store.txn_memo import once_per_transaction

PUBLIC_KEY = "audit.public_key"
PRIVATE_KEY = "audit.private_key.wrapped"

# Field names whose values never enter the trail, whatever a caller passes.
SECRET_FIELDS = frozenset({"passphrase", "password", "pin", "recovery_key", "key", "secret"})


def utc_now_text(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _scrub(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: ("***" if k in SECRET_FIELDS else _scrub(v)) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_scrub(v) for v in value]
    return value


def create_audit_key(session: Session, master_key: bytes) -> None:
    """The institution's Ed25519 audit key, kept wrapped under the store's master key."""
    key = Ed25519PrivateKey.generate()
    raw = key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    nonce = os.urandom(12)
    wrapped = AESGCM(master_key).encrypt(nonce, raw, b"permit-desk/audit-key/v1")
    pub = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    session.add(Setting(key=PRIVATE_KEY, value=base64.b64encode(nonce + wrapped).decode()))
    session.add(Setting(key=PUBLIC_KEY, value=base64.b64encode(pub).decode()))


def load_private_key(session: Session, master_key: bytes) -> Ed25519PrivateKey:
    blob = base64.b64decode(session.get(Setting, PRIVATE_KEY).value)  # type: ignore[union-attr]
    raw = AESGCM(master_key).decrypt(blob[:12], blob[12:], b"permit-desk/audit-key/v1")
    return Ed25519PrivateKey.from_private_bytes(raw)


def public_key(session: Session) -> Ed25519PublicKey:
    raw = base64.b64decode(session.get(Setting, PUBLIC_KEY).value)  # type: ignore[union-attr]
    return Ed25519PublicKey.from_public_bytes(raw)


def public_key_pem(session: Session) -> bytes:
    return public_key(session).public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def _last(session: Session) -> tuple[int, str]:
    return _head_of(session.execute(_last_q()).all())


def _head_of(rows: Sequence[Sequence[Any]]) -> tuple[int, str]:
    """The chain's head from _last_q's rows: none for an empty chain."""
    return (rows[0][0], rows[0][1]) if rows else (0, GENESIS)


@functools.cache
def _last_q() -> Select[int, str]:
    return select(AuditEntry.seq, AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1)


# session.info key: the chain head this transaction holds the lock on (see _held_head).
_HEAD = "audit.held_head"


@dataclass
class _Head:
    seq: int
    hash: str
    appended: bool = False  # `seq` is this transaction's entry: no checkpoint has it yet
    checkpoint: AuditCheckpoint | None = None  # this transaction's checkpoint at `seq`


def _held_head(session: Session) -> _Head:
    """The chain lock and the last entry, once per transaction: the lock is held to the
    commit and only this transaction appends meanwhile, so after the first read the head is
    whatever it appended last. A decision and its signed letter append three entries and a
    checkpoint; each asked the server for the lock and the head again (8 round trips, 6 of
    them spent while every other writer waits on the chain)."""

    def lock_and_read() -> _Head:
        # The lock and the head in one round trip on a server (app.store.locks.hold_then).
        return _Head(*_head_of(locks.hold_then(session, locks.AUDIT_CHAIN, (_last_q(), {}))))

    return once_per_transaction(session, _HEAD, lock_and_read)


def append(
    session: Session,
    *,
    username: str,
    action: str,
    entity: str = "",
    entity_id: str | int = "",
    before: Any = None,
    after: Any = None,
    acting_for: str = "",
    signing_key: Ed25519PrivateKey | None = None,
    now: datetime | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction. The chain lock is held from the read of
    the last entry to the commit, so two writers never fork the chain (see app.store.locks)."""
    head = _held_head(session)
    last_seq, last_hash = head.seq, head.hash
    seq = last_seq + 1
    at = utc_now_text(now)
    before_s = canonical_json(_scrub(before))
    after_s = canonical_json(_scrub(after))
    h = entry_hash(seq=seq, at=at, username=username, acting_for=acting_for, action=action,
                   entity=entity, entity_id=str(entity_id), before=before_s, after=after_s,
                   prev_hash=last_hash)
    entry = AuditEntry(seq=seq, at=at, username=username, acting_for=acting_for, action=action,
                       entity=entity, entity_id=str(entity_id), before=before_s, after=after_s,
                       prev_hash=last_hash, hash=h)
    session.add(entry)
    head.seq, head.hash, head.appended, head.checkpoint = seq, h, True, None
    if signing_key is not None and seq % CHECKPOINT_EVERY == 0:
        session.flush()
        head.checkpoint = add_checkpoint(session, signing_key, seq, h, now)
    return entry


def add_checkpoint(
    session: Session,
    signing_key: Ed25519PrivateKey,
    seq: int | None = None,
    head_hash: str | None = None,
    now: datetime | None = None,
) -> AuditCheckpoint | None:
    held: _Head | None = None
    if seq is None or head_hash is None:
        held = _held_head(session)
        if held.checkpoint is not None:
            return held.checkpoint
        seq, head_hash = held.seq, held.hash
        if seq == 0:
            return None
    existing = None if held is not None and held.appended else session.get(AuditCheckpoint, seq)
    if existing is not None:
        return existing
    at = utc_now_text(now)
    sig = signing_key.sign(checkpoint_message(seq, head_hash, at))
    cp = AuditCheckpoint(seq=seq, head_hash=head_hash, at=at,
                         signature=base64.b64encode(sig).decode())
    session.add(cp)
    if held is not None:
        held.checkpoint = cp
    return cp


def head(session: Session) -> tuple[int, str]:
    return _last(session)


def iter_entries(session: Session, batch: int = 5000) -> Iterator[ChainEntry]:
    result = session.execute(select(AuditEntry).order_by(AuditEntry.seq)).scalars()
    for e in result.yield_per(batch):
        yield ChainEntry(e.seq, e.at, e.username, e.acting_for, e.action, e.entity, e.entity_id,
                         e.before, e.after, e.prev_hash, e.hash)


def iter_checkpoints(session: Session) -> list[ChainCheckpoint]:
    return [
        ChainCheckpoint(c.seq, c.head_hash, c.at, base64.b64decode(c.signature))
        for c in session.execute(select(AuditCheckpoint).order_by(AuditCheckpoint.seq)).scalars()
    ]


def verify_session(session: Session,
                   entries: Callable[[Iterator[ChainEntry]], Iterator[ChainEntry]] | None = None,
                   anchors: Sequence[ChainAnchor] = ()) -> ChainReport:
    """The chain, every checkpoint and every external anchor (see audit_anchors); `entries`
    may wrap the stream of entries (to tell progress, or to stop by raising)."""
    pub = public_key(session)

    def check(sig: bytes, msg: bytes) -> bool:
        try:
            pub.verify(sig, msg)
            return True
        except InvalidSignature:
            return False

    stream = iter_entries(session)
    return verify_chain(entries(stream) if entries else stream, iter_checkpoints(session), check,
                        anchors)
