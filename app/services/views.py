"""Frozen values for people and clearances that services return; no ORM object leaks out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain import clearance as clearance_rule
from app.domain.enums import ClearanceLevel, ClearanceStatus, StaffCategory
from app.store.models import Clearance, ClearanceEvent, Person, User

# Statuses under which a clearance still works (or may work again after a suspension).
LIVE_STATUSES = (ClearanceStatus.ACTIVE.value, ClearanceStatus.SUSPENDED.value)


@dataclass(frozen=True, slots=True)
class ClearanceEventView:
    at: datetime
    status: ClearanceStatus
    level: ClearanceLevel
    valid_until: date
    reason: str
    username: str | None  # None: the program itself (expiry by date)


@dataclass(frozen=True, slots=True)
class ClearanceView:
    id: int
    person_id: int
    level: ClearanceLevel
    number: str
    issued: date
    valid_until: date
    status: ClearanceStatus
    history: tuple[ClearanceEventView, ...] = ()


@dataclass(frozen=True, slots=True)
class PersonView:
    id: int
    personal_code: str
    last_name: str
    first_name: str
    position: str
    unit: str
    category: StaffCategory
    clearance: ClearanceView | None  # the current one (app.domain.clearance)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


def current_clearance(clearances: Sequence[Clearance]) -> Clearance | None:
    """The person's current clearance, by the domain's one rule (app.domain.clearance)."""
    return clearance_rule.current_clearance(clearances)


def _chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


def clearance_view(c: Clearance, history: tuple[ClearanceEventView, ...] = ()) -> ClearanceView:
    return ClearanceView(c.id, c.person_id, ClearanceLevel(c.level), c.number, c.issued,
                         c.valid_until, ClearanceStatus(c.status), history)


def histories(session: Session, clearance_ids: Sequence[int]
              ) -> dict[int, list[ClearanceEventView]]:
    out: dict[int, list[ClearanceEventView]] = {cid: [] for cid in clearance_ids}
    for chunk in _chunks(list(clearance_ids)):
        rows = session.execute(
            select(ClearanceEvent, User.username)
            .outerjoin(User, User.id == ClearanceEvent.user_id)
            .where(ClearanceEvent.clearance_id.in_(chunk))
            .order_by(ClearanceEvent.id)
        ).all()
        for ev, username in rows:
            out[ev.clearance_id].append(ClearanceEventView(
                ev.at, ClearanceStatus(ev.status), ClearanceLevel(ev.level), ev.valid_until,
                ev.reason, username))
    return out


def person_views(session: Session, people: Sequence[Person],
                 with_history: bool = True) -> list[PersonView]:
    """Views of the given people in their order, with each one's current clearance."""
    ids = [p.id for p in people]
    by_person: dict[int, list[Clearance]] = {}
    for chunk in _chunks(ids):
        for c in session.execute(select(Clearance).where(Clearance.person_id.in_(chunk))).scalars():
            by_person.setdefault(c.person_id, []).append(c)
    current = {pid: current_clearance(cs) for pid, cs in by_person.items()}
    hist: dict[int, list[ClearanceEventView]] = {}
    if with_history:
        hist = histories(session, [c.id for c in current.values() if c is not None])
    views = []
    for p in people:
        held = current.get(p.id)
        cv = clearance_view(held, tuple(hist.get(held.id, ()))) if held is not None else None
        views.append(PersonView(p.id, p.personal_code, p.last_name, p.first_name, p.position,
                                p.unit, StaffCategory(p.category), cv))
    return views


def person_view(session: Session, person: Person) -> PersonView:
    return person_views(session, [person])[0]
