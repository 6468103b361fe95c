"""Which of a person's clearance records is the current one: one rule for every caller.

The ordering: the record issued last is current; two records issued on the same day are
told apart by entry order (the higher id was entered later). Status plays no part: a
withdrawn, suspended or expired record that is the latest *is* the person's clearance, so
a withdrawal is never hidden behind an older record that still reads "active". A new
grant after a withdrawal is a new record issued later, and becomes current by the same rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Protocol, TypeVar


class ClearanceRecord(Protocol):
    """What the rule reads of a clearance record (a stored row or a view of one)."""

    @property
    def id(self) -> int: ...

    @property
    def issued(self) -> date: ...


R = TypeVar("R", bound=ClearanceRecord)


def recency(record: ClearanceRecord) -> tuple[date, int]:
    """The ordering key: later issue date first, then later entry."""
    return record.issued, record.id


def current_clearance(records: Iterable[R]) -> R | None:
    """The person's current clearance among their records, or None when they hold none."""
    return max(records, key=recency, default=None)
