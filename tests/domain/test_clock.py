"""One clock for people (issue 13, point 6): Vilnius local time with the right daylight-saving
offset on both sides of the March and October changes; storage stays UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.domain.clock import for_people, in_vilnius

SPRING = datetime(2026, 3, 29, 1, 0, tzinfo=UTC)  # 03:00 EET becomes 04:00 EEST
AUTUMN = datetime(2026, 10, 25, 1, 0, tzinfo=UTC)  # 04:00 EEST becomes 03:00 EET


@pytest.mark.parametrize(("utc", "seen"), [
    (SPRING - timedelta(seconds=1), "2026-03-29 02:59:59 +02:00"),
    (SPRING, "2026-03-29 04:00:00 +03:00"),
    (AUTUMN - timedelta(seconds=1), "2026-10-25 03:59:59 +03:00"),
    (AUTUMN, "2026-10-25 03:00:00 +02:00"),
    (datetime(2026, 12, 31, 23, 30, tzinfo=UTC), "2027-01-01 01:30:00 +02:00"),
])
def test_times_around_the_changes_read_in_vilnius(utc: datetime, seen: str) -> None:
    assert for_people(utc, seconds=True, offset=True) == seen


def test_the_stored_forms_are_utc() -> None:
    """The store keeps naive UTC datetimes and audit text ending in Z: both are UTC."""
    naive = SPRING.replace(tzinfo=None)
    assert for_people(naive) == "2026-03-29 04:00"
    assert for_people("2026-10-25T00:59:59.000001Z", seconds=True) == "2026-10-25 03:59:59"
    assert for_people("2026-10-25T01:00:00.000000Z", seconds=True) == "2026-10-25 03:00:00"
    assert in_vilnius(naive).utcoffset() == timedelta(hours=3)


def test_an_hour_apart_in_utc_reads_an_hour_apart_or_the_same_wall_time() -> None:
    """The autumn hour is seen twice on the wall; the offset tells the two apart."""
    first = for_people(AUTUMN - timedelta(hours=1), offset=True)
    second = for_people(AUTUMN, offset=True)
    assert first == "2026-10-25 03:00 +03:00" and second == "2026-10-25 03:00 +02:00"


def test_nothing_and_not_a_time() -> None:
    assert for_people(None) == ""
    assert for_people("yesterday") == "yesterday"
