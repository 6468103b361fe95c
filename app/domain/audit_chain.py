"""The audit trail's hash chain and checkpoints as pure functions (hashing, no storage)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

GENESIS = "0" * 64
ENTRY_DOMAIN = b"permit-desk/audit-entry/v1\x00"
CHECKPOINT_DOMAIN = b"permit-desk/audit-checkpoint/v1\x00"
CHECKPOINT_EVERY = 1000


@dataclass(frozen=True)
class ChainEntry:
    seq: int
    at: str
    username: str
    acting_for: str
    action: str
    entity: str
    entity_id: str
    before: str
    after: str
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainCheckpoint:
    seq: int
    head_hash: str
    at: str
    signature: bytes


@dataclass(frozen=True)
class ChainAnchor:
    """A chain head held outside the store under a signature no store user can make: a
    signed letter or a signed bundle manifest names entry `seq` and its `hash`."""

    seq: int
    hash: str
    source: str  # the file, as the person who passed it named it
    signer: str  # whose signature vouches for it


def canonical_json(value: Any) -> str:
    """One encoding per value: sorted keys, no spaces, UTF-8 kept as is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


def entry_hash(
    *,
    seq: int,
    at: str,
    username: str,
    acting_for: str,
    action: str,
    entity: str,
    entity_id: str,
    before: str,
    after: str,
    prev_hash: str,
) -> str:
    # Domain-separated so an entry's hash can never be mistaken for any other hash we make;
    # every field is framed by the JSON array, so no two field splits encode alike.
    payload = canonical_json(
        [seq, at, username, acting_for, action, entity, entity_id, before, after, prev_hash]
    )
    return hashlib.sha256(ENTRY_DOMAIN + payload.encode("utf-8")).hexdigest()


def checkpoint_message(seq: int, head_hash: str, at: str) -> bytes:
    return CHECKPOINT_DOMAIN + canonical_json([seq, head_hash, at]).encode("utf-8")


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    checkpoints: int
    last_seq: int
    head_hash: str
    problem: str | None
    first_bad_seq: int | None
    # The external anchors checked, and the last entry one of them vouches for: entries after
    # it are protected only by checkpoints any user who can unlock the store could re-sign.
    anchors: tuple[ChainAnchor, ...] = ()
    anchored_seq: int = 0

    @property
    def unanchored(self) -> int:
        """Entries after the last anchored one: nothing outside the store protects them."""
        return max(0, self.last_seq - self.anchored_seq)


def verify_chain(
    entries: Iterable[ChainEntry],
    checkpoints: Iterable[ChainCheckpoint],
    verify_signature: Callable[[bytes, bytes], bool],
    anchors: Iterable[ChainAnchor] = (),
) -> ChainReport:
    """Check every link, every checkpoint and every external anchor; report the first problem.

    Catches an edited entry (its hash), a deleted or reordered entry (sequence numbers and
    links), a chain recomputed after an edit (the signed checkpoint no longer matches) and
    truncation below the last checkpoint (a checkpoint names an entry that is gone).

    Checkpoints are signed with the store's audit key, which every user who can unlock the
    store can unwrap: against such an insider only the anchors count. A chain rewritten,
    renumbered or cut below an anchor no longer holds the anchored hash at the anchored entry.
    """
    cps = sorted(checkpoints, key=lambda c: c.seq)
    by_seq = {c.seq: c for c in cps}
    held = tuple(sorted(anchors, key=lambda a: a.seq))
    anchored: dict[int, list[ChainAnchor]] = {}
    for a in held:
        anchored.setdefault(a.seq, []).append(a)
    for cp in cps:
        if not verify_signature(cp.signature, checkpoint_message(cp.seq, cp.head_hash, cp.at)):
            return ChainReport(False, 0, len(cps), 0, GENESIS,
                               f"The signature of the checkpoint at entry {cp.seq} is not valid.",
                               cp.seq)
    prev = GENESIS
    expected = 1
    count = 0
    for e in entries:
        count += 1
        if e.seq != expected:
            what = "missing (deleted)" if e.seq > expected else "out of order"
            return ChainReport(False, count, len(cps), e.seq, prev,
                               f"Audit entry {expected} is {what}.", expected)
        if e.prev_hash != prev:
            return ChainReport(False, count, len(cps), e.seq, prev,
                               f"Audit entry {e.seq} does not link to the entry before it.", e.seq)
        h = entry_hash(seq=e.seq, at=e.at, username=e.username, acting_for=e.acting_for,
                       action=e.action, entity=e.entity, entity_id=e.entity_id,
                       before=e.before, after=e.after, prev_hash=e.prev_hash)
        if h != e.hash:
            return ChainReport(False, count, len(cps), e.seq, prev,
                               f"Audit entry {e.seq} has been altered (its hash does not match).",
                               e.seq)
        signed = by_seq.get(e.seq)
        if signed is not None and signed.head_hash != e.hash:
            return ChainReport(False, count, len(cps), e.seq, prev,
                               f"The audit chain was rewritten: entry {e.seq} does not match its "
                               "signed checkpoint.", e.seq)
        for a in anchored.get(e.seq, ()):
            if a.hash != e.hash:
                return ChainReport(False, count, len(cps), e.seq, prev,
                                   f"The audit chain was rewritten: entry {e.seq} is not the "
                                   f"entry that {a.source}, signed by {a.signer}, anchors.",
                                   e.seq, held)
        prev = e.hash
        expected += 1
    last = expected - 1
    if cps and cps[-1].seq > last:
        return ChainReport(False, count, len(cps), last, prev,
                           f"The audit trail was truncated: it ends at entry {last} but a signed "
                           f"checkpoint names entry {cps[-1].seq}.", last + 1, held)
    if held and held[-1].seq > last:
        a = held[-1]
        return ChainReport(False, count, len(cps), last, prev,
                           f"The audit trail was truncated: it ends at entry {last} but "
                           f"{a.source}, signed by {a.signer}, anchors entry {a.seq}.",
                           last + 1, held)
    return ChainReport(True, count, len(cps), last, prev, None, None, held,
                       held[-1].seq if held else 0)
