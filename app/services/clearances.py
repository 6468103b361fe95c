"""Clearances: set, suspend, reinstate, withdraw, expire by date, and the expiring worklist."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Date, Integer, Select, and_, bindparam, or_, select, union_all, update
from sqlalchemy.orm import Session, aliased

from app.domain.enums import ClearanceLevel, ClearanceStatus, Role, StaffCategory, label
from app.domain.text_input import InvalidText, checked
from app.i18n import QT_TRANSLATE_NOOP, msg
from app.services.desk import Desk
from app.services.errors import InvalidInput, NotFound
from app.services.policy import in_force
from app.services.views import (
    LIVE_STATUSES,
    ClearanceView,
    PersonView,
    clearance_view,
    current_clearance,
    histories,
)
from app.store.models import Clearance, ClearanceEvent, Person

WRITERS = (Role.SECURITY_OFFICER, Role.ADMIN)

ACTIVE = ClearanceStatus.ACTIVE.value
SUSPENDED = ClearanceStatus.SUSPENDED.value
WITHDRAWN = ClearanceStatus.WITHDRAWN.value
EXPIRED = ClearanceStatus.EXPIRED.value


# --- In-session helpers (also used by the staff import and the violations service) ----------


def person_by_code(session: Session, code: str) -> Person:
    p = session.execute(
        select(Person).where(Person.personal_code == code.strip())
    ).scalar_one_or_none()
    if p is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "No person with personal code %1 is in the "
                "registry."), code.strip()))
    return p


def clearances_of(session: Session, person_id: int) -> list[Clearance]:
    return list(session.execute(
        select(Clearance).where(Clearance.person_id == person_id)).scalars())


def snapshot(c: Clearance) -> dict[str, Any]:
    return {"id": c.id, "level": c.level, "number": c.number, "issued": c.issued.isoformat(),
            "valid_until": c.valid_until.isoformat(), "status": c.status}


def add_event(session: Session, desk: Desk, c: Clearance, reason: str) -> None:
    session.add(ClearanceEvent(clearance_id=c.id, at=desk.now(), status=c.status, level=c.level,
                               valid_until=c.valid_until, reason=reason,
                               user_id=desk.actor.user_id or None))


def _level(value: ClearanceLevel | str) -> ClearanceLevel:
    try:
        return ClearanceLevel(value)
    except ValueError:
        names = ", ".join(v.value for v in ClearanceLevel)
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Unknown clearance level %1; the levels "
                "are %2."), repr(value), names)) from None


# Whole sentences for the verbs and states of _transition's callers, so that a translation
# need not put English words together; %2 is the clearance's status.
_SAY_WHY = {
    "suspended": QT_TRANSLATE_NOOP("Core", "Say why the clearance is suspended."),
    "reinstated": QT_TRANSLATE_NOOP("Core", "Say why the clearance is reinstated."),
    "withdrawn": QT_TRANSLATE_NOOP("Core", "Say why the clearance is withdrawn."),
}
_ONLY_FROM = {
    ("suspended", "active"): QT_TRANSLATE_NOOP(
        "Core", "Clearance %1 is %2; only an active clearance can be suspended."),
    ("reinstated", "suspended"): QT_TRANSLATE_NOOP(
        "Core", "Clearance %1 is %2; only a suspended clearance can be reinstated."),
    ("withdrawn", "active or suspended"): QT_TRANSLATE_NOOP(
        "Core", "Clearance %1 is %2; only an active or suspended clearance can be withdrawn."),
}


def _status_name(status: str) -> str:
    return label(ClearanceStatus(status), "en")


def _view(session: Session, c: Clearance) -> ClearanceView:
    return clearance_view(c, tuple(histories(session, [c.id])[c.id]))


# --- Changes ----------------------------------------------------------------------------


def set_clearance(
    desk: Desk,
    code: str,
    *,
    level: ClearanceLevel | str,
    number: str,
    issued: date,
    valid_until: date,
    reason: str = "",
) -> ClearanceView:
    """Grant a clearance, or correct/renew the person's current one (same number)."""
    lvl = _level(level)
    try:  # the same rule as the staff import: no hidden characters, no longer than stored
        number = checked(number, "clearance_number")
    except InvalidText as e:
        raise InvalidInput(e.args[0]) from None  # its translatable message
    if not number:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A clearance needs a number.")))
    if valid_until < issued:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "A clearance cannot end (%1) before it "
                "was issued (%2)."), valid_until, issued))
    today = desk.today()
    def work(s: Session) -> ClearanceView:
        person = person_by_code(s, code)
        cur = current_clearance(clearances_of(s, person.id))
        reuse = cur is not None and (
            cur.status in LIVE_STATUSES or (cur.status == EXPIRED and cur.number == number))
        if cur is not None and cur.status == WITHDRAWN and cur.number == number:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Clearance %1 was withdrawn; a new "
                    "clearance needs a new number."), number))
        if reuse and cur is not None:
            before = snapshot(cur)
            if (cur.level, cur.number, cur.issued, cur.valid_until) == (
                    lvl.value, number, issued, valid_until):
                raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The clearance already has these "
                        "values; nothing was changed.")))
            cur.level, cur.number, cur.issued, cur.valid_until = (
                lvl.value, number, issued, valid_until)
            if valid_until < today:
                cur.status = EXPIRED
            elif cur.status == EXPIRED:
                cur.status = ACTIVE  # renewed under the same number
            cur.updated_at = desk.now()
            c = cur
        else:
            before = None
            c = Clearance(person_id=person.id, level=lvl.value, number=number, issued=issued,
                          valid_until=valid_until,
                          status=EXPIRED if valid_until < today else ACTIVE,
                          updated_at=desk.now())
            s.add(c)
        s.flush()
        add_event(s, desk, c, reason)
        desk.record(s, "clearance.set", "clearance", c.id, before=before,
                    after={**snapshot(c), "person_code": person.personal_code,
                           "reason": reason})
        return _view(s, c)

    view = desk.run(work, QT_TRANSLATE_NOOP("Core", "set clearances"), *WRITERS)
    desk.announce("clearance", ids=(("clearance", view.id),))
    return view


def _transition(desk: Desk, code: str, reason: str, *, verb: str, action: str,
                allowed_from: tuple[str, ...], to: str, event_reason: str | None = None,
                audit_extra: dict[str, Any] | None = None) -> ClearanceView:
    if not reason.strip():
        raise InvalidInput(msg(_SAY_WHY.get(verb) or
                               QT_TRANSLATE_NOOP("Core", "Say why the clearance is %1."), verb))
    def work(s: Session) -> ClearanceView:
        person = person_by_code(s, code)
        c = current_clearance(clearances_of(s, person.id))
        if c is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Core", "%1 (%2) holds no clearance."),
                               f"{person.first_name} {person.last_name}", person.personal_code))
        if c.status not in allowed_from:
            allowed = " or ".join(_status_name(a) for a in allowed_from)
            article = "an" if allowed[0] in "aeiou" else "a"
            only = _ONLY_FROM.get((verb, allowed))
            if only is not None:  # the sentences the window translates
                raise InvalidInput(msg(only, c.number, ClearanceStatus(c.status)))
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Clearance %1 is %2; only %3 %4 "
                    "clearance can be %5."),
                    c.number, _status_name(c.status), article, allowed, verb))
        if to == ACTIVE and c.valid_until < desk.today():
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "Clearance %1 ran out on %2; set a "
                    "renewed one instead of reinstating it."), c.number, c.valid_until))
        before = snapshot(c)
        c.status = to
        c.updated_at = desk.now()
        s.flush()
        add_event(s, desk, c, event_reason or reason)
        desk.record(s, action, "clearance", c.id, before=before,
                    after={**snapshot(c), "person_code": person.personal_code, "reason": reason,
                           **(audit_extra or {})})
        return _view(s, c)

    view = desk.run(work, msg(QT_TRANSLATE_NOOP("Core", "change clearances (%1)"), action),
                    *WRITERS)
    desk.announce("clearance", ids=(("clearance", view.id),))
    return view


def suspend(desk: Desk, code: str, reason: str) -> ClearanceView:
    return _transition(desk, code, reason, verb="suspended", action="clearance.suspend",
                       allowed_from=(ACTIVE,), to=SUSPENDED)


def reinstate(desk: Desk, code: str, reason: str) -> ClearanceView:
    return _transition(desk, code, reason, verb="reinstated", action="clearance.reinstate",
                       allowed_from=(SUSPENDED,), to=ACTIVE)


def _withdrawal_reason(reason: str, on: date, today: date) -> str:
    # ClearanceEvent has no effective-date column; a back-dated withdrawal says so in words.
    return reason if on == today else f"{reason} (withdrawn with effect from {on.isoformat()})"


def withdraw(desk: Desk, code: str, reason: str, on: date | None = None) -> ClearanceView:
    today = desk.today()
    when = on or today
    return _transition(desk, code, reason, verb="withdrawn", action="clearance.withdraw",
                       allowed_from=LIVE_STATUSES, to=WITHDRAWN,
                       event_reason=_withdrawal_reason(reason, when, today),
                       audit_extra={"on": when.isoformat()})


def withdraw_in_session(desk: Desk, session: Session, person_id: int, reason: str,
                        on: date) -> int | None:
    """Withdraw the person's active or suspended clearance in the caller's transaction.

    The caller has checked permission and commits; returns the clearance id, or None when
    the person holds no active or suspended clearance.
    """
    c = current_clearance(clearances_of(session, person_id))
    if c is None or c.status not in LIVE_STATUSES:
        return None
    before = snapshot(c)
    c.status = WITHDRAWN
    c.updated_at = desk.now()
    session.flush()
    add_event(session, desk, c, _withdrawal_reason(reason, on, desk.today()))
    desk.record(session, "clearance.withdraw", "clearance", c.id, before=before,
                after={**snapshot(c), "reason": reason, "on": on.isoformat()})
    return c.id


# --- Expiry -----------------------------------------------------------------------------


def expire_due(desk: Desk) -> int:
    """Active or suspended clearances past their valid-until date become expired.

    Idempotent and cheap when nothing is due: one indexed read, no write transaction.
    Expiry follows the calendar, so it needs no role; the trail names who triggered it.
    """
    today = desk.today()
    due_q = select(Clearance.id, Clearance.level, Clearance.valid_until).where(
        Clearance.valid_until < today, Clearance.status.in_(LIVE_STATUSES))
    with desk.read() as s:
        if s.execute(due_q.limit(1)).first() is None:
            return 0
    if desk.store.kind == "server":
        return _expire_on_server(desk, today)
    with desk.unit(QT_TRANSLATE_NOOP("Core", "expire clearances")) as s:
        # Two workstations opening the store at once both find the same clearances due. Read
        # them again inside the write transaction with their rows locked (FOR UPDATE on
        # PostgreSQL; SQLite's BEGIN IMMEDIATE already admits one writer): the second waits
        # for the first to commit and then no longer finds them live, so each expiry is
        # written, evented and audited once. The row locks come before the audit entry's.
        due = s.execute(due_q.order_by(Clearance.id).with_for_update()).all()
        if not due:
            return 0
        ids = [row.id for row in due]
        now = desk.now()
        for i in range(0, len(ids), 500):
            s.execute(update(Clearance).where(Clearance.id.in_(ids[i:i + 500]),
                                              Clearance.status.in_(LIVE_STATUSES))
                      .values(status=EXPIRED, updated_at=now))
        s.connection().execute(ClearanceEvent.__table__.insert(), [
            {"clearance_id": r.id, "at": now, "status": EXPIRED, "level": r.level,
             "valid_until": r.valid_until, "user_id": None,
             "reason": f"expired on {(r.valid_until + timedelta(days=1)).isoformat()}"}
            for r in due])
        desk.record(s, "clearance.expire", "clearance", "",
                    after={"count": len(ids), "ids": ids, "today": today.isoformat()})
    desk.announce("clearance")
    return len(ids)


def _expire_on_server(desk: Desk, today: date) -> int:
    """On a server the database expires them (app.store.pg_server permit_desk_expire_due:
    whoever opens the store may run it, it can do nothing else, and it takes no date later
    than the server's own); the trail entry is the caller's, in the same transaction."""
    from sqlalchemy import text

    with desk.unit() as s:
        due = s.execute(text("SELECT id, level, valid_until FROM "
                             "permit_desk_expire_due(:today, :now)"),
                        {"today": today, "now": desk.now()}).all()
        if not due:
            return 0
        ids = [row.id for row in due]
        desk.record(s, "clearance.expire", "clearance", "",
                    after={"count": len(ids), "ids": ids, "today": today.isoformat()})
    desk.announce("clearance")
    return len(ids)


# Members by stored value: a dict lookup, where Enum(value) costs 1.2 us (three a row of the
# expiring list, 200 rows in the security officer's worklist).
_CATEGORY_OF = {m.value: m for m in StaffCategory}
_LEVEL_OF = {m.value: m for m in ClearanceLevel}
_STATUS_OF = {m.value: m for m in ClearanceStatus}


@functools.cache
def _expiring_select() -> Select[*tuple[Any, ...]]:
    """The expiring page, built once with bound dates and limit (building it, two walks and a
    union, cost 2 ms a call: more than the query itself at 60,000 people).

    A renewal leaves the old row expired; only people whose current clearance is due count
    (app.domain.clearance: none of theirs issued later, or the same day and entered later).
    Plain columns, no ORM objects and no second read per person: 200 Person objects and
    their clearances took 21 ms of the security officer's 36 ms worklist at 60,000 people.
    One ordered walk of ix_clearance_status_valid per live status, each stopping at the
    limit, merged: with both statuses in one IN the whole window (1,800 clearances) was
    read, checked and sorted for a page of 200 (12 ms)."""
    later = aliased(Clearance)
    superseded = (select(later.id).where(
        later.person_id == Clearance.person_id,
        or_(later.issued > Clearance.issued,
            and_(later.issued == Clearance.issued, later.id > Clearance.id)))
        .exists())
    first, last = bindparam("first", type_=Date), bindparam("last", type_=Date)
    limit = bindparam("limit", type_=Integer)
    walks = [select(Clearance.id.label("cid"), Clearance.valid_until.label("until"))
             .where(Clearance.status == status, Clearance.valid_until >= first,
                    Clearance.valid_until <= last, ~superseded)
             .order_by(Clearance.valid_until, Clearance.id).limit(limit).subquery()
             for status in LIVE_STATUSES]
    page = union_all(*[select(w.c.cid, w.c.until) for w in walks]).subquery()
    return (select(Person.id, Person.personal_code, Person.last_name, Person.first_name,
                   Person.position, Person.unit, Person.category, Clearance.id, Clearance.level,
                   Clearance.number, Clearance.issued, Clearance.valid_until, Clearance.status)
            .select_from(page)
            .join(Clearance, Clearance.id == page.c.cid)
            .join(Person, Person.id == Clearance.person_id)
            .order_by(page.c.until, page.c.cid)
            .limit(limit))


def expiring(desk: Desk, within_days: int | None = None, limit: int = 200) -> list[PersonView]:
    """People whose active or suspended clearance ends within N days, soonest first."""
    with desk.read() as s:
        return expiring_in(s, desk.today(), within_days, limit)


def expiring_in(s: Session, today: date, within_days: int | None = None,
                limit: int = 200) -> list[PersonView]:
    """expiring() inside a read the caller holds: the worklist asks it in its own session,
    as a second session cost a server checkout, ping, policy read and rollback (4 round
    trips over TLS)."""
    stmt, params = expiring_query(s, today, within_days, limit)
    return expiring_views(s.execute(stmt, params).all())


def expiring_query(s: Session, today: date, within_days: int | None = None,
                   limit: int = 200) -> tuple[Select[*tuple[Any, ...]], dict[str, Any]]:
    """The statement and parameters of expiring_in, for a worklist that sends its questions
    to the server at once (app.store.batch)."""
    days = in_force(s).policy.expiring_within_days if within_days is None else within_days
    if days < 0:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Core", "The number of days must not be "
                "negative.")))
    return _expiring_select(), {"first": today, "last": today + timedelta(days=days),
                                "limit": limit}


def expiring_views(rows: Sequence[Any]) -> list[PersonView]:
    return [PersonView(pid, code, last, first, position, unit, _CATEGORY_OF[category],
                       ClearanceView(cid, pid, _LEVEL_OF[level], number, issued, until,
                                     _STATUS_OF[status]))
            for (pid, code, last, first, position, unit, category, cid, level, number, issued,
                 until, status) in rows]
