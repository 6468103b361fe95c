"""Lithuanian working days: weekends and public holidays are skipped."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.workdays import (
    add_working_days,
    holiday_name,
    is_working_day,
    lithuanian_holidays,
    working_days_between,
)


@pytest.mark.parametrize(
    "holiday",
    [
        date(2026, 1, 1),
        date(2026, 2, 16),
        date(2026, 3, 11),
        date(2026, 4, 6),  # Easter Monday 2026
        date(2025, 4, 21),  # Easter Monday 2025
        date(2026, 5, 1),
        date(2026, 6, 24),
        date(2026, 7, 6),
        date(2026, 11, 2),
        date(2026, 12, 24),
        date(2026, 12, 25),
    ],
)
def test_weekday_holidays_are_not_working_days(holiday: date) -> None:
    assert holiday.weekday() < 5
    assert not is_working_day(holiday)
    assert holiday_name(holiday)


def test_ordinary_days() -> None:
    assert is_working_day(date(2026, 11, 25))  # a Wednesday
    assert not is_working_day(date(2026, 11, 28))  # a Saturday
    assert holiday_name(date(2026, 11, 25)) is None
    assert {date(2025, 11, 1), date(2025, 11, 2)} <= lithuanian_holidays(2025)


def test_counting_starts_the_day_after() -> None:
    wed = date(2026, 11, 25)
    assert add_working_days(wed, 0) == wed
    assert add_working_days(wed, 1) == date(2026, 11, 26)
    assert add_working_days(wed, 3) == date(2026, 11, 30)  # over the weekend
    assert add_working_days(date(2026, 11, 28), 1) == date(2026, 11, 30)  # from a Saturday


def test_across_christmas_and_new_year() -> None:
    # 2026: Dec 24 Thu, 25 Fri, 26 Sat are holidays; Jan 1 2027 is a Friday.
    assert add_working_days(date(2026, 12, 23), 1) == date(2026, 12, 28)
    assert add_working_days(date(2026, 12, 23), 5) == date(2027, 1, 4)
    assert working_days_between(date(2026, 12, 23), date(2027, 1, 4)) == 5


def test_across_easter_monday_and_restoration_days() -> None:
    assert add_working_days(date(2026, 4, 3), 1) == date(2026, 4, 7)  # Fri -> Tue
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 17)  # Fri -> Tue past Feb 16
    assert add_working_days(date(2026, 3, 10), 1) == date(2026, 3, 12)  # past Mar 11


def test_across_midsummer_statehood_day_and_all_souls() -> None:
    assert add_working_days(date(2026, 6, 23), 1) == date(2026, 6, 25)
    assert add_working_days(date(2026, 7, 3), 1) == date(2026, 7, 7)  # Fri, Mon Jul 6 off
    assert add_working_days(date(2026, 10, 30), 1) == date(2026, 11, 3)  # Fri, Nov 1 Sun, 2 Mon


def test_negative_counts_go_backwards() -> None:
    assert add_working_days(date(2026, 12, 28), -1) == date(2026, 12, 23)


def test_working_days_between() -> None:
    a, b = date(2026, 11, 23), date(2026, 11, 30)  # Mon .. next Mon
    assert working_days_between(a, a) == 0
    assert working_days_between(a, b) == 5
    assert working_days_between(b, a) == -5
    for n in range(0, 40):
        assert working_days_between(a, add_working_days(a, n)) == n
