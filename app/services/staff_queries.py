"""Small reads for the staff screen: the units that occur and how many people a filter finds."""

from __future__ import annotations

from sqlalchemy import func, select

from app.services.desk import Desk
from app.services.staff import people_where
from app.store.models import Person


def units(desk: Desk) -> list[str]:
    """Each unit once, by hopping along ix_person_unit from one unit to the next (a dozen
    index probes): PostgreSQL has no skip scan, and its DISTINCT read all 60,000 people
    (20 ms on a server, against 2 ms in a file)."""
    hop = select(func.min(Person.unit).label("unit")).cte("unit_hop", recursive=True)
    hop = hop.union_all(
        select(select(func.min(Person.unit)).where(Person.unit > hop.c.unit).scalar_subquery())
        .where(hop.c.unit.is_not(None)))
    with desk.read() as s:
        return sorted(u for u in s.execute(select(hop.c.unit).where(hop.c.unit.is_not(None)))
                      .scalars() if u)


def count_people(desk: Desk, *, unit: str | None = None, prefix: str | None = None) -> int:
    """How many people list_people would page through with the same filter."""
    q = people_where(select(func.count()).select_from(Person), unit=unit, prefix=prefix)
    with desk.read() as s:
        return int(s.execute(q).scalar() or 0)
