"""Small reads for the staff screen: the units that occur and how many people a filter finds."""

from __future__ import annotations

from sqlalchemy import func, select

from app.services.desk import Desk
from app.services.staff import people_where
from app.store.models import Person


def units(desk: Desk) -> list[str]:
    with desk.read() as s:
        return sorted(u for u in s.execute(select(Person.unit).distinct()).scalars() if u)


def count_people(desk: Desk, *, unit: str | None = None, prefix: str | None = None) -> int:
    """How many people list_people would page through with the same filter."""
    q = people_where(select(func.count()).select_from(Person), unit=unit, prefix=prefix)
    with desk.read() as s:
        return int(s.execute(q).scalar() or 0)
