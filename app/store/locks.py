"""Named write locks held until the end of the caller's transaction.

Read-then-write sequences (the audit chain's last entry, a register's next number, a state
counter) must not interleave between two writers. On SQLite every write transaction starts
with BEGIN IMMEDIATE (app.store.engine), which already admits one writer at a time, so the
lock is free. On PostgreSQL several workstations write at once: a transaction-scoped
advisory lock serialises the writers that take the same name, and is released by COMMIT or
ROLLBACK (nothing to forget on an error path).
"""

from __future__ import annotations

import zlib

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

# Names in use. A transaction that needs several takes them in this order (counter rows
# first, then REGISTER or STAFF, then AUDIT_CHAIN, which audit.append takes last), so two
# writers never wait on each other in a circle.
REGISTER = "register-counter"
STAFF = "staff-import"
AUDIT_CHAIN = "audit-chain"


def _key(name: str) -> int:
    # A stable signed 64-bit key (PostgreSQL's bigint): crc32 of the name, in a namespace
    # of our own so an institution's other advisory locks never collide with ours.
    return (0x5044 << 32) | zlib.crc32(name.encode())


def dialect_name(bind: Session | Connection) -> str:
    if isinstance(bind, Session):
        return bind.get_bind().dialect.name
    return bind.dialect.name


def hold(bind: Session | Connection, name: str) -> None:
    """Take the named write lock for the rest of the current transaction."""
    if dialect_name(bind) == "postgresql":
        bind.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _key(name)})
