"""A travel request's state changes: the one place that keeps the event log and the counters.

Requests, decisions and aftercare all move requests; they import this module, and it imports
none of them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import Insert, bindparam, insert
from sqlalchemy.orm import Session

from app.domain.enums import RequestState
from app.domain.workflow import Action, TransitionRefused, next_state
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput
from app.store import locks
from app.store.batch import Write, dialect_insert, execute_all
from app.store.models import LegTally, RequestEvent, RequestTally, StateCount, TravelRequest

# request_tally's country under which every request counts once.
ALL_COUNTRIES = "*"


def set_state(
    desk: Desk, s: Session, req: TravelRequest, action: Action, note: str = ""
) -> RequestState:
    """The state `action` leads to from the request's own (refused if the workflow has no
    such step), recorded with its event and counters."""
    current = RequestState(req.state) if req.state else None
    try:
        new = next_state(current, action)
    except TransitionRefused as exc:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Request %1: %2"), req.id, exc)) from None
    move_state(desk, s, req, current, new, note)
    return new


def move_state(
    desk: Desk, s: Session, req: TravelRequest, current: RequestState | None,
    new: RequestState, note: str,
) -> None:
    """Put the request in `new` without asking the workflow (a reconsidered decision jumps
    between approved and denied), with its event and counters."""
    req.state = new.value
    req.updated_at = desk.now()
    # Mapped[int] describes a stored row: a request new in this session has no id until flushed.
    if cast("int | None", req.id) is None:
        s.flush()
    event = {"request_id": req.id, "at": desk.now(), "from_state": current.value if current
             else None, "to_state": new.value, "user_id": desk.actor.user_id or None,
             "note": note}
    bumps = {new.value: +1}
    if current is not None:
        bumps[current.value] = bumps.get(current.value, 0) - 1
    tally: dict[tuple[str, str, str], int] = {}
    for month, country in tally_keys(req.depart, req.countries):
        tally[(month, country, new.value)] = +1
        if current is not None:
            key = (month, country, current.value)
            tally[key] = tally.get(key, 0) - 1
    # The event and the counters in one go (one round trip on a server, where they were
    # four). Counter rows in one order everywhere: two writers moving requests in opposite
    # directions (approved -> denied, denied -> approved) never wait on each other's row.
    execute_all(s, [(_event_insert(), [event]),
                    _state_rows(s, bumps), _tally_rows(s, tally)])


@functools.cache
def _event_insert() -> Insert:
    return insert(RequestEvent).values(
        {c: bindparam(c) for c in ("request_id", "at", "from_state", "to_state", "user_id",
                                   "note")})


def bump_state_count(s: Session, state: str, delta: int) -> None:
    """Add `delta` to the state's counter in one statement: an upsert, so two writers that
    both find no row for a state never both insert it, and neither loses the other's update
    (the row lock, not a read-then-write, orders them), so no named lock is needed. Both
    SQLite and PostgreSQL know INSERT ... ON CONFLICT DO UPDATE."""
    execute_all(s, [_state_rows(s, {state: delta})])


def _state_rows(s: Session, deltas: Mapping[str, int]) -> Write:
    return (_upsert(locks.dialect_name(s), StateCount, ("state",)),
            [{"state": st, "n": d} for st, d in sorted(deltas.items()) if d])


# ---- tallies: request_tally (per month, country, state) and leg_tally -------------------------
#
# Lock order, the same in every writer so two never wait on each other in a circle: state_count,
# then request_tally, then leg_tally, each in sorted key order.


def tally_keys(depart: date | str, countries: str) -> list[tuple[str, str]]:
    """The (month, country) keys of request_tally a request counts under: its month of
    departure with "*" and with each distinct code of its `countries`. `depart` may be a date
    or SQLite's text for one ("2026-11-25")."""
    month = str(depart)[:7]
    return [(month, ALL_COUNTRIES), *((month, c) for c in sorted(set(countries.split(",")) - {""}))]


@dataclass(frozen=True)
class Trip:
    """What a request is tallied by besides its state: taken before an edit, so the tallies can
    be moved from it to what the edit made."""

    depart: date
    countries: str
    legs: frozenset[str]


def trip_of(req: TravelRequest) -> Trip:
    """The request's trip now (its legs must be loaded: a new request's list, or eagerly)."""
    return Trip(req.depart, req.countries, frozenset(g.country for g in req.legs))


def retally(s: Session, req: TravelRequest, was: Trip | None) -> None:
    """Move the request's tallies from `was` to its trip now, in the same state; `was` None
    for a request just entered, whose state move_state has tallied, so only its legs count."""
    now = trip_of(req)
    if was is not None and was != now:
        tally: dict[tuple[str, str, str], int] = {}
        for sign, trip in ((-1, was), (+1, now)):
            for month, country in tally_keys(trip.depart, trip.countries):
                key = (month, country, req.state)
                tally[key] = tally.get(key, 0) + sign
        bump_tally(s, tally)
    legs = dict.fromkeys(now.legs, 1)
    for c in was.legs if was is not None else ():
        legs[c] = legs.get(c, 0) - 1
    bump_legs(s, legs)


@functools.cache
def _upsert(dialect: str, model: Any, keys: tuple[str, ...]) -> Insert:
    """Add the row's n to its key's counter: one statement, built once, run once per row."""
    ins = dialect_insert(dialect, model).values({c: bindparam(c) for c in (*keys, "n")})
    return ins.on_conflict_do_update(index_elements=list(keys),
                                     set_={"n": model.n + ins.excluded.n})


def bump_tally(s: Session, deltas: Mapping[tuple[str, str, str], int]) -> None:
    """Add each (month, country, state)'s delta to request_tally (zeros skipped), in sorted
    order, by upsert like bump_state_count."""
    execute_all(s, [_tally_rows(s, deltas)])


def _tally_rows(s: Session, deltas: Mapping[tuple[str, str, str], int]) -> Write:
    return (_upsert(locks.dialect_name(s), RequestTally, ("month", "country", "state")),
            [{"month": m, "country": c, "state": st, "n": d}
             for (m, c, st), d in sorted(deltas.items()) if d])


def bump_legs(s: Session, deltas: Mapping[str, int]) -> None:
    """Add each country's delta to leg_tally (zeros skipped), in sorted order."""
    execute_all(s, [(_upsert(locks.dialect_name(s), LegTally, ("country",)),
                     [{"country": c, "n": d} for c, d in sorted(deltas.items()) if d])])
