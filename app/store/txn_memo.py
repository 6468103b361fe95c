"""A value read once per transaction and kept until its end (session.info), for reads that
several steps of one use case repeat and that nothing else changes meanwhile: the audit
chain's head under its lock, the policy in force. A new transaction (a retry after a
serialization failure, the next use case) reads afresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar, cast

from sqlalchemy.orm import Session

T = TypeVar("T")


def once_per_transaction(session: Session, key: str, make: Callable[[], T]) -> T:
    """`make()`'s value for the session's current transaction, made on the first call."""
    txn = session.get_transaction()
    held = session.info.get(key)
    if held is not None and txn is not None and held[0] is txn:
        return cast(T, held[1])
    value = make()
    # make() may itself have begun the transaction (its first statement).
    session.info[key] = (session.get_transaction(), value)
    return value


def forget(session: Session, key: str) -> None:
    """Drop the kept value: this transaction has changed what it was read from."""
    session.info.pop(key, None)
