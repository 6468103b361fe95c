"""The home screen's worklist: what waits for this user, by role, most urgent first."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.enums import DecisionOutcome, RequestState, Role
from app.services import clearances, queries
from app.services import policy as policy_svc
from app.services.desk import Desk
from app.services.request_views import RequestRow
from app.services.views import PersonView
from app.store.models import Decision, Person, TravelRequest, User


# Not frozen: a frozen dataclass sets each field through object.__setattr__ (2.7 us an item
# against 0.7), and a security officer's refresh builds 750 of them at 500k requests. Nothing
# changes an item after the service returns it.
@dataclass(slots=True)
class WorkItem:
    # decide | returned | sign_letter | print_letter | overdue_debrief | review_declaration
    # | expiring_clearance | starting_soon | backup_due
    kind: str
    title: str
    detail: str
    request_id: int | None = None
    letter_id: int | None = None
    person_code: str | None = None
    due: date | None = None
    # The facts behind title and detail, so a screen can say them in its own language
    # instead of re-reading the English sentences.
    values: dict[str, str] = field(default_factory=dict, compare=False)


# The most urgent items of each kind a refresh shows. A hundred is more than a day's work of
# any kind, and keeps a refresh within 10 ms on a server at 500,000 requests (200 of each
# kind, 750 items for a security officer, took 12 ms of CPU alone). When a kind has more,
# the screens say that only the first ones are shown (`capped_kinds`); the Requests screen
# lists them all.
PER_KIND = 100


def capped_kinds(items: list[WorkItem], limit: int | None = None) -> list[str]:
    """The kinds that filled their `limit` (PER_KIND): more of them may wait than shown."""
    counts = Counter(i.kind for i in items)
    return [kind for kind, n in counts.items() if n >= (limit or PER_KIND)]


def for_user(desk: Desk, limit: int | None = None) -> list[WorkItem]:
    """What waits for the user, the first `limit` (PER_KIND) of each kind."""
    limit = limit or PER_KIND
    a = desk.actor
    today = desk.today()
    items: list[WorkItem] = []
    expiring: list[PersonView] = []
    with desk.read() as s:
        if a.has(Role.HEAD, Role.DEPUTY):
            # A decision is due the policy's lead time before departure (the review the
            # lead time leaves room for); past that day it is late, not yet impossible.
            lead = policy_svc.in_force(s).policy.min_lead_days
            before = timedelta(days=lead)
            for r in queries.pending_decisions(s, limit):
                trip = _trip(r)
                trip["lead_days"] = str(lead)
                items.append(WorkItem("decide", f"{trip['name']}: {trip['countries']}",
                                      f"{trip['depart']} – {trip['return']}, submitted "
                                      f"{trip['submitted']}" if r.submitted_at else "",
                                      request_id=r.id, person_code=r.personal_code,
                                      due=r.depart - before, values=trip))
        if a.has(Role.HEAD, Role.DEPUTY, Role.CLERK):
            for lid, kind, reg, rid in queries.letters_waiting(s, limit):
                items.append(WorkItem("sign_letter", f"Letter {reg} ({kind})",
                                      "decided, not yet signed", request_id=rid, letter_id=lid,
                                      values={"number": reg}))
        if a.has(Role.CLERK):
            returned = queries.returned_requests(s, limit)
            why = _return_reasons(s, limit) if returned else {}
            for r in returned:
                reason, by = why.get(r.id, ("", ""))
                trip = _trip(r)
                trip.update(reason=reason, returned_by=by)
                items.append(WorkItem("returned", f"{trip['name']}: {trip['countries']}",
                                      f"returned for changes: {' '.join(reason.split())}" if reason
                                      else "returned for changes", request_id=r.id,
                                      person_code=r.personal_code, values=trip))
            for lid, kind, reg, rid in queries.letters_to_print(s, limit):
                items.append(WorkItem("print_letter", f"Letter {reg} ({kind})", "signed, to print",
                                      request_id=rid, letter_id=lid, values={"number": reg}))
        if a.has(Role.SECURITY_OFFICER, Role.CLERK):
            for r in queries.starting_soon(s, today, 7, limit):
                trip = _trip(r)
                items.append(WorkItem("starting_soon", f"{trip['name']}: {trip['countries']}",
                                      f"departs {trip['depart']}", request_id=r.id,
                                      person_code=r.personal_code, due=r.depart, values=trip))
        if a.has(Role.SECURITY_OFFICER):
            for d in queries.overdue_debrief_rows(s, today, limit):
                items.append(WorkItem("overdue_debrief", f"Debrief for request {d.request_id}",
                                      f"was due {d.due}", request_id=d.request_id, due=d.due,
                                      values={"request": str(d.request_id),
                                              "due": str(d.due)}))
            declared = s.execute(
                select(TravelRequest.id, Person.first_name, Person.last_name, TravelRequest.depart)
                .join(Person, Person.id == TravelRequest.person_id)
                .where(TravelRequest.state == RequestState.DECLARED.value)
                .order_by(TravelRequest.id).limit(limit)).all()
            for rid, first, last, dep in declared:
                items.append(WorkItem("review_declaration", f"{first} {last}: declared departure",
                                      f"departed {dep}", request_id=rid,
                                      values={"name": f"{first} {last}", "depart": str(dep)}))
            expiring = clearances.expiring_in(s, today, limit=limit)
    if a.has(Role.ADMIN):
        from app.services.backups import backup_due, config

        cfg = config(desk)
        reminder = backup_due(desk, cfg)
        if reminder:
            items.append(WorkItem("backup_due", "Backup", reminder,
                                  values=_backup_values(desk, cfg)))
    for p in expiring:
        c = p.clearance
        if c is not None:
            items.append(WorkItem("expiring_clearance",
                                  f"{p.first_name} {p.last_name}: clearance {c.number}",
                                  f"valid until {c.valid_until}",
                                  person_code=p.personal_code, due=c.valid_until,
                                  values={"name": f"{p.first_name} {p.last_name}",
                                          "number": c.number,
                                          "valid_until": str(c.valid_until)}))
    return items


def _return_reasons(s: Session, limit: int) -> dict[int, tuple[str, str]]:
    """The latest return decision's reason and who wrote it, per returned request: the clerk
    corrects what the head asked for, so the worklist says it where the item appears.

    The requests are returned_requests' own page as a subquery: 200 ids as bind parameters
    cost more to compile and send than the query itself on a server (3 ms of 22)."""
    page = (select(TravelRequest.id).where(TravelRequest.state == RequestState.RETURNED.value)
            .order_by(TravelRequest.updated_at, TravelRequest.id).limit(limit).scalar_subquery())
    rows = s.execute(
        select(Decision.request_id, Decision.reason, User.full_name)
        .join(User, User.id == Decision.decided_by)
        .where(Decision.request_id.in_(page), Decision.outcome == DecisionOutcome.RETURN.value)
        .order_by(Decision.request_id, Decision.decided_at, Decision.id)).all()
    return {rid: (reason, name) for rid, reason, name in rows}  # the last one per request wins


def _trip(r: RequestRow) -> dict[str, str]:
    # isoformat, not strftime: 0.2 us instead of 2 us, for up to 600 rows a refresh.
    return {"name": r.traveller, "countries": ",".join(r.countries),
            "depart": r.depart.isoformat(), "return": r.return_.isoformat(),
            "submitted": r.submitted_at.date().isoformat() if r.submitted_at else ""}


def _backup_values(desk: Desk, cfg: Any) -> dict[str, str]:
    values = {"every": str(cfg.every_days)}
    if cfg.last_at:
        taken = datetime.strptime(cfg.last_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        values.update(days=str((desk.clock().astimezone(UTC) - taken).days),
                      taken=f"{taken:%Y-%m-%d}")
    return values
