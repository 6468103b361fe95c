"""The one rule of which clearance record is current: the latest issued, then the latest
entered; a withdrawal that is the latest record is never hidden behind an older one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.domain.clearance import current_clearance


@dataclass(frozen=True)
class Rec:
    id: int
    issued: date
    status: str


def test_the_latest_issued_record_is_current_whatever_its_status() -> None:
    old = Rec(1, date(2020, 1, 1), "active")
    withdrawn = Rec(2, date(2024, 1, 1), "withdrawn")
    assert current_clearance([old, withdrawn]) is withdrawn
    assert current_clearance([withdrawn, old]) is withdrawn  # input order plays no part


def test_issue_date_orders_before_entry_order() -> None:
    newer = Rec(1, date(2025, 6, 1), "active")
    backfilled = Rec(9, date(2019, 1, 1), "expired")  # entered later, issued earlier
    assert current_clearance([newer, backfilled]) is newer


def test_same_day_records_are_told_apart_by_entry_order() -> None:
    first = Rec(3, date(2024, 1, 1), "active")
    second = Rec(4, date(2024, 1, 1), "withdrawn")
    assert current_clearance([second, first]) is second


def test_nobody_holds_a_clearance_without_records() -> None:
    assert current_clearance([]) is None
