"""Working days in Lithuania: weekends and public holidays skipped, for deadlines."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def lithuanian_holidays(year: int) -> frozenset[date]:
    """The Lithuanian public holidays of one year (from the `holidays` package)."""
    # Built once per year: country_holidays() is slow compared with a set lookup,
    # and deadline lists call is_working_day() thousands of times.
    return frozenset(holidays.country_holidays("LT", years=year).keys())


def holiday_name(d: date) -> str | None:
    """The English name of the holiday on d, or None on an ordinary day."""
    if d not in lithuanian_holidays(d.year):
        return None
    return str(holidays.country_holidays("LT", years=d.year).get(d))


def is_working_day(d: date) -> bool:
    return d.weekday() < 5 and d not in lithuanian_holidays(d.year)


def add_working_days(d: date, n: int) -> date:
    """The n-th working day after d (d itself never counts); n=0 returns d unchanged.

    A negative n counts backwards to the n-th working day before d.
    """
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    current = d
    while remaining:
        current += step
        if is_working_day(current):
            remaining -= 1
    return current


def working_days_between(a: date, b: date) -> int:
    """Working days in (a, b]: a itself never counts, b counts if it is a working day.

    So add_working_days(a, working_days_between(a, b)) is the last working day not
    after b. When b is before a the result is the count for (b, a], negated.
    """
    if b < a:
        return -working_days_between(b, a)
    count = 0
    current = a
    one = timedelta(days=1)
    while current < b:
        current += one
        if is_working_day(current):
            count += 1
    return count
