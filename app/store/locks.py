"""Named write locks held until the end of the caller's transaction.

Read-then-write sequences (the audit chain's last entry, a register's next number, a state
counter) must not interleave between two writers. On SQLite every write transaction starts
with BEGIN IMMEDIATE (app.store.engine), which already admits one writer at a time, so the
lock is free. On PostgreSQL several workstations write at once: a transaction-scoped
advisory lock serialises the writers that take the same name, and is released by COMMIT or
ROLLBACK (nothing to forget on an error path).
"""

from __future__ import annotations

import functools
import zlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, Connection, Select, bindparam, func, select, text
from sqlalchemy.orm import Session

from app.store.batch import Query, fetch_all

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


@functools.cache
def _hold_q() -> Select[Any]:
    return select(func.pg_advisory_xact_lock(bindparam("k", type_=BigInteger)))


def hold_then(s: Session, name: str, query: Query) -> Sequence[Sequence[Any]]:
    """Take the named write lock, then run `query` under it: on a server in one round trip
    (the server runs them in order, so the query waits for the lock), which matters most
    for what runs under the lock while other writers wait (the audit chain's head, the
    register's next number)."""
    if dialect_name(s) != "postgresql":
        return s.execute(*query).all()
    return fetch_all(s, [(_hold_q(), {"k": _key(name)}), query])[1]
