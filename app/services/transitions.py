"""A travel request's state changes: the one place that keeps the event log and the counters.

Requests, decisions and aftercare all move requests; they import this module, and it imports
none of them.
"""

from __future__ import annotations

from typing import cast

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from app.domain.enums import RequestState
from app.domain.workflow import Action, TransitionRefused, next_state
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput
from app.store import locks
from app.store.models import RequestEvent, StateCount, TravelRequest


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
    s.add(RequestEvent(request_id=req.id, at=desk.now(),
                       from_state=current.value if current else None, to_state=new.value,
                       user_id=desk.actor.user_id or None, note=note))
    bumps = {new.value: +1}
    if current is not None:
        bumps[current.value] = bumps.get(current.value, 0) - 1
    # Counter rows in one order everywhere: two writers moving requests in opposite
    # directions (approved -> denied, denied -> approved) never wait on each other's row.
    for state in sorted(bumps):
        bump_state_count(s, state, bumps[state])


def bump_state_count(s: Session, state: str, delta: int) -> None:
    """Add `delta` to the state's counter in one statement: an upsert, so two writers that
    both find no row for a state never both insert it, and neither loses the other's update
    (the row lock, not a read-then-write, orders them), so no named lock is needed. Both
    SQLite and PostgreSQL know INSERT ... ON CONFLICT DO UPDATE."""
    dialect = locks.dialect_name(s)
    ins = (postgresql.insert(StateCount) if dialect == "postgresql"
           else sqlite.insert(StateCount)).values(state=state, n=delta)
    s.execute(ins.on_conflict_do_update(index_elements=[StateCount.state],
                                        set_={"n": StateCount.n + ins.excluded.n}))
